import { BLANK_REASON, type CellValue, cellText, fail, isBlank, ok, type Parsed } from './cell.ts';
import { KEY_WORDS, type MethodKey, type PartyKey, type PlaceKey } from './key-words.ts';
import { normalizeWidth } from './width.ts';
import { lookupWord, type WordTable } from './words.ts';

/*
 * The vocabularies of domain §2 as data. Each parser takes its table as an optional last argument,
 * so an office extends a vocabulary by passing a copy: `{ ...METHOD_WORDS, face: [...METHOD_WORDS.face, '現地'] }`.
 * Words match whatever their width, spacing and Latin case.
 */

/** A value with a parenthesised detail after it: その他（自宅）, 訪問(職場). */
export function splitParenthesised(text: string): { base: string; detail: string } | null {
  const t = text.trim();
  if (!t.endsWith(')') && !t.endsWith('）')) return null;
  const m = /^([\s\S]*?)\s*[(（]([\s\S]*)[)）]$/.exec(t);
  if (!m) return null;
  return { base: m[1]!, detail: m[2]!.trim() };
}

/** The kind of a word, or of the word before a parenthesised detail (離職（自己都合）). */
function kindOf<K extends string>(table: WordTable<K>, text: string): K | undefined {
  const kind = lookupWord(table, text);
  if (kind !== undefined) return kind;
  const p = splitParenthesised(text);
  return p ? lookupWord(table, p.base) : undefined;
}

function readText(v: CellValue): Parsed<string> {
  if (isBlank(v)) return fail(BLANK_REASON);
  return ok(cellText(v));
}

const unknownWord = (text: string, what: string) => fail(`「${text}」は${what}として読めません`);

function parseWord<K extends string>(
  v: CellValue,
  table: WordTable<K>,
  what: string,
): Parsed<{ kind: K; word: string }> {
  const t = readText(v);
  if (!t.ok) return t;
  const kind = kindOf(table, t.value);
  return kind === undefined ? unknownWord(t.value, what) : ok({ kind, word: t.value });
}

// ---------------------------------------------------------------------------------------------
// Free-text words read by the key words they contain (domain §2, key-words.ts)

/** Words an office taught (mapping file `words`): whole cell texts and what they mean. They win over key words. */
export type TaughtWords<K extends string> = Readonly<Record<string, K>>;

/** How key words are compared: NFKC (ﾒｰﾙ → メール, ＴＥＬ → TEL), no spaces, Latin lower-cased. */
export function meaningKey(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

type KeyList<K extends string> = readonly (readonly [key: string, means: K])[];

const keyIndexes = new WeakMap<object, Map<string, { key: string; means: string }[]>>();

/** The keys of a list by their first character, longest first (built once per list). */
function keyIndex<K extends string>(list: KeyList<K>): Map<string, { key: string; means: K }[]> {
  let index = keyIndexes.get(list) as Map<string, { key: string; means: K }[]> | undefined;
  if (!index) {
    index = new Map();
    for (const [word, means] of list) {
      const key = meaningKey(word);
      if (key === '') continue;
      const bucket = index.get(key[0]!) ?? [];
      bucket.push({ key, means });
      index.set(key[0]!, bucket);
    }
    for (const bucket of index.values()) bucket.sort((a, b) => b.key.length - a.key.length);
    keyIndexes.set(list, index);
  }
  return index;
}

/**
 * The key words a text holds, read left to right taking the longest key at each place, so that
 * テレビ電話 is one key (video) and not テレビ + 電話, and オンライン is not read as ライン.
 */
export function keyWordsIn<K extends string>(text: string, list: KeyList<K>): K[] {
  const index = keyIndex(list);
  const t = meaningKey(text);
  const out: K[] = [];
  for (let i = 0; i < t.length; ) {
    const hit = index.get(t[i]!)?.find((k) => t.startsWith(k.key, i));
    if (hit) {
      out.push(hit.means);
      i += hit.key.length;
    } else i += 1;
  }
  return out;
}

function taughtKind<K extends string>(taught: TaughtWords<K> | undefined, text: string): K | undefined {
  if (!taught) return undefined;
  const key = meaningKey(text);
  for (const [word, kind] of Object.entries(taught)) if (meaningKey(word) === key) return kind;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// 方法 (contact method)

export type MethodKind = 'face' | 'video' | 'phone' | 'mail' | 'other-remote' | 'other';

/** Strongest first: a cell naming two methods (電話→来所) counts as the strongest (domain §2). */
export const METHOD_STRENGTH: readonly MethodKind[] = [
  'face',
  'video',
  'phone',
  'mail',
  'other-remote',
  'other',
];

/** The method a set of key words means, by the precedence of domain §2. */
export function methodOfKeys(keys: readonly MethodKey[]): MethodKind {
  const kinds = new Set<MethodKind>();
  for (const k of keys) if (k !== 'meeting' && k !== 'cancel' && k !== 'voice') kinds.add(k);
  // a meeting word (面談) is in person unless the cell names a medium (Zoom面談, 電話面談)
  const medium = [...kinds].some((k) => k !== 'other');
  if (keys.includes('meeting') && !medium) kinds.add('face');
  // voice only (音声のみ, 電話で) makes it a call; a cancelled or missed meeting is no contact in person
  if (keys.includes('voice')) {
    kinds.delete('face');
    kinds.delete('video');
    kinds.add('phone');
  }
  if (keys.includes('cancel')) {
    kinds.delete('face');
    kinds.delete('video');
  }
  return METHOD_STRENGTH.find((k) => kinds.has(k)) ?? 'other';
}

/**
 * A cell whose only contact was called off or met nobody (訪問（不在）, 面談（中止）, 来所キャンセル): a
 * cancelled contact is no contact (domain §2), for the client and for the employer alike. A cell that
 * still names a method that did happen (電話→訪問（中止）: the call was made) is not cancelled.
 */
export function cancelledByKeys(keys: readonly MethodKey[]): boolean {
  if (!keys.includes('cancel')) return false;
  return keys.every((k) => k === 'face' || k === 'meeting' || k === 'cancel' || k === 'other');
}

/**
 * A contact method cell, read by the key words it holds (Zoom面談 and LINEビデオ are video, 訪問（不在）
 * is no contact at all: `cancelled`, 電話→来所 is face to face). Words the office taught win. A cell with no key
 * word fails, naming it. `word` is the cell text as written.
 */
export function parseMethod(
  v: CellValue,
  taught?: TaughtWords<MethodKind>,
  keys: KeyList<MethodKey> = KEY_WORDS.method,
): Parsed<{ kind: MethodKind; word: string; cancelled?: true }> {
  const t = readText(v);
  if (!t.ok) return t;
  const word = t.value;
  const own = taughtKind(taught, word);
  if (own !== undefined) return ok({ kind: own, word });
  const found = keyWordsIn(word, keys);
  if (found.length === 0) return unknownWord(word, '連絡方法');
  return ok({
    kind: methodOfKeys(found),
    word,
    ...(cancelledByKeys(found) ? { cancelled: true as const } : {}),
  });
}

/** Face to face or by video call: the contacts that meet the monthly duty (domain §2). */
export const countsAsFaceToFace = (kind: MethodKind): boolean => kind === 'face' || kind === 'video';

/**
 * The 方法 column of the 支援レポート (面接・電話・メール・その他( )). A video call is
 * 'その他（オンライン）'; other kinds show their word in the brackets when one is given.
 */
export function formMethodLabel(kind: MethodKind, word?: string): string {
  switch (kind) {
    case 'face':
      return '面接';
    case 'phone':
      return '電話';
    case 'mail':
      return 'メール';
    case 'video':
      return 'その他（オンライン）';
    default:
      return otherLabel(word);
  }
}

function otherLabel(word: string | undefined): string {
  const w = (word ?? '').trim();
  const p = splitParenthesised(w);
  const detail = p && normalizeWidth(p.base).trim() === 'その他' ? p.detail : w === 'その他' ? '' : w;
  return detail === '' ? 'その他' : `その他（${detail}）`;
}

// ---------------------------------------------------------------------------------------------
// 対象 / 相手 (who was contacted)

export type PartyKind = 'client' | 'employer' | 'family' | 'agency';

/**
 * Within one name, the first of these wins: an agency's 担当者 is the agency, 本人の母 is family,
 * 人事担当者 is the employer (domain §2: family, agencies and doctors are not the client or the employer).
 */
export const PARTY_PRECEDENCE: readonly PartyKind[] = ['agency', 'family', 'employer', 'client'];

/** What separates parties in one cell: ・ ･ · 、 , / & ＋ + と 及び and spaces (after NFKC). */
const PARTY_SEPARATORS = /[\s・･·、,/&+→]+|及び|および|と/;

/** Names that hold a separator (就業・生活支援センター) are joined before the cell is split into names. */
function joinNames(text: string, keys: KeyList<PartyKey>): string {
  let out = text;
  for (const [key] of keys) {
    if (!PARTY_SEPARATORS.test(key)) continue;
    const joined = key.replace(new RegExp(PARTY_SEPARATORS, 'g'), '');
    out = out.split(key.normalize('NFKC')).join(joined);
  }
  return out;
}

const partyOf = (
  text: string,
  taught: TaughtWords<PartyKind> | undefined,
  keys: KeyList<PartyKey>,
): PartyKind | undefined => {
  const own = taughtKind(taught, text);
  if (own !== undefined) return own;
  const found = keyWordsIn(text, keys);
  return PARTY_PRECEDENCE.find((k) => found.includes(k));
};

/**
 * The parties a contact row names ('本人・事業主' counts for each), in order, without repeats. Each
 * name is read by its key words (上司, 人事, 店長 are the employer; 母, 主治医, ハローワーク are not the
 * client). A key word holding a separator (就業・生活支援センター) is one name. A name with no key
 * word fails, naming it.
 */
export function parseParties(
  v: CellValue,
  taught?: TaughtWords<PartyKind>,
  keys: KeyList<PartyKey> = KEY_WORDS.party,
): Parsed<PartyKind[]> {
  const t = readText(v);
  if (!t.ok) return t;
  const whole = taughtKind(taught, t.value);
  if (whole !== undefined) return ok([whole]);
  const tokens = joinNames(t.value.normalize('NFKC'), keys)
    .split(PARTY_SEPARATORS)
    .filter((s) => s !== '');
  const kinds: PartyKind[] = [];
  for (const token of tokens) {
    const kind = partyOf(token, taught, keys);
    if (kind === undefined) return unknownWord(token, '相手（本人・事業主・家族・関係機関）');
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) return unknownWord(t.value, '相手（本人・事業主・家族・関係機関）');
  return ok(kinds);
}

// ---------------------------------------------------------------------------------------------
// 場所 (place)

export type PlaceKind = 'employer' | 'office' | 'other';
export type Place = { kind: PlaceKind; detail?: string };

const placeOf = (
  text: string,
  taught: TaughtWords<PlaceKind> | undefined,
  keys: KeyList<PlaceKey>,
): PlaceKind | undefined => {
  const own = taughtKind(taught, text);
  if (own !== undefined) return own;
  if (meaningKey(text).startsWith('その他')) return 'other';
  const found = keyWordsIn(text, keys);
  // the employer first: 雇用事業主 holds 事業主, and an employer's premises is not our office
  return found.includes('employer') ? 'employer' : found.includes('office') ? 'office' : undefined;
};

/**
 * A place cell, read by its key words: 雇用事業主内, 職場 give employer; 事業所内, 来所 give office;
 * 'その他（自宅）' gives other with detail 自宅; any other word (自宅, カフェ …) is other with the word
 * as detail. Only a blank cell fails.
 */
export function parsePlace(
  v: CellValue,
  taught?: TaughtWords<PlaceKind>,
  keys: KeyList<PlaceKey> = KEY_WORDS.place,
): Parsed<Place> {
  const t = readText(v);
  if (!t.ok) return t;
  const text = t.value;
  const p = splitParenthesised(text);
  if (p) {
    const base = placeOf(p.base, taught, keys);
    if (base !== undefined) return ok(p.detail === '' ? { kind: base } : { kind: base, detail: p.detail });
  }
  const kind = placeOf(text, taught, keys);
  if (kind === undefined || kind === 'other') {
    return ok(
      kind === 'other' && meaningKey(text) === 'その他' ? { kind: 'other' } : { kind: 'other', detail: text },
    );
  }
  return ok({ kind });
}

/** The 場所 column of the 支援レポート: 雇用事業主内 / 事業所内 / その他（…）. */
export function formPlaceLabel(place: Place): string {
  if (place.kind === 'employer') return '雇用事業主内';
  if (place.kind === 'office') return '事業所内';
  const detail = place.detail?.trim() ?? '';
  return detail === '' ? 'その他' : `その他（${detail}）`;
}

// ---------------------------------------------------------------------------------------------
// 利用類型 (usage type)

export type UsageType = 'normal' | 'extended' | 'return';

export const USAGE_TYPE_WORDS: WordTable<UsageType> = {
  normal: ['通常', '通常型', '一般'],
  extended: ['労働時間延長支援型', '労働時間延長', '延長支援型', '延長型', '延長'],
  return: ['復職支援型', '復職型', '復職'],
};

export const USAGE_TYPE_LABELS: Readonly<Record<UsageType, string>> = {
  normal: '通常',
  extended: '労働時間延長支援型',
  return: '復職支援型',
};

/** A 利用類型 cell; blank is 通常. */
export function parseUsageType(
  v: CellValue,
  words: WordTable<UsageType> = USAGE_TYPE_WORDS,
): Parsed<UsageType> {
  if (isBlank(v)) return ok('normal');
  const r = parseWord(v, words, '利用類型');
  return r.ok ? ok(r.value.kind) : r;
}

// ---------------------------------------------------------------------------------------------
// 性別, 管内/管外, 障害開示

export type Sex = 'male' | 'female' | 'other';

export const SEX_WORDS: WordTable<Sex> = {
  male: ['男', '男性', 'M', 'male'],
  female: ['女', '女性', 'F', 'female'],
  other: ['その他', '無回答', '回答しない'],
};

export function parseSex(v: CellValue, words: WordTable<Sex> = SEX_WORDS): Parsed<Sex> {
  const r = parseWord(v, words, '性別');
  return r.ok ? ok(r.value.kind) : r;
}

export type Residence = 'inside' | 'outside';

export const RESIDENCE_WORDS: WordTable<Residence> = {
  inside: ['管内'],
  outside: ['管外'],
};

export function parseResidence(
  v: CellValue,
  words: WordTable<Residence> = RESIDENCE_WORDS,
): Parsed<Residence> {
  const r = parseWord(v, words, '管内／管外');
  return r.ok ? ok(r.value.kind) : r;
}

export type Disclosure = 'open' | 'closed';

export const DISCLOSURE_WORDS: WordTable<Disclosure> = {
  open: ['開示', '開示あり', 'オープン', 'オープン就労', 'あり', '有'],
  closed: ['非開示', '開示なし', 'クローズ', 'クローズド', 'クローズ就労', 'なし', '無'],
};

/** 障害開示: whether the client works having disclosed the disability to the employer. */
export function parseDisclosure(
  v: CellValue,
  words: WordTable<Disclosure> = DISCLOSURE_WORDS,
): Parsed<Disclosure> {
  const r = parseWord(v, words, '障害の開示／非開示');
  return r.ok ? ok(r.value.kind) : r;
}

// ---------------------------------------------------------------------------------------------
// 終了理由 (why the support ended)

export type EndReasonKind = 'completed' | 'client-request' | 'left-job' | 'other';

export const END_REASON_WORDS: WordTable<EndReasonKind> = {
  completed: ['期間満了', '支援期間満了', '満了'],
  'client-request': ['本人希望', '本人の希望', '辞退', '利用辞退'],
  'left-job': ['離職', '退職', '解雇'],
  other: ['死亡', '転居', 'その他'],
};

/** An end reason, keeping the word as written ('離職（自己都合）' is left-job). */
export function parseEndReason(
  v: CellValue,
  words: WordTable<EndReasonKind> = END_REASON_WORDS,
): Parsed<{ kind: EndReasonKind; word: string }> {
  return parseWord(v, words, '終了理由');
}
