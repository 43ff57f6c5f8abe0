import { BLANK_REASON, type CellValue, cellText, fail, isBlank, ok, type Parsed } from './cell.ts';
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
// 方法 (contact method)

export type MethodKind = 'face' | 'video' | 'phone' | 'mail' | 'other-remote' | 'other';

export const METHOD_WORDS: WordTable<MethodKind> = {
  face: [
    '面談',
    '面接',
    '来所',
    '来所面談',
    '訪問',
    '職場訪問',
    '家庭訪問',
    '自宅訪問',
    '同行',
    '対面',
    '対面面談',
  ],
  video: [
    'オンライン',
    'オンライン面談',
    'ビデオ通話',
    'テレビ電話',
    'Web面談',
    'Zoom',
    'Teams',
    'Google Meet',
    'Meet',
  ],
  phone: ['電話', 'TEL', '電話連絡'],
  mail: ['メール', 'e-mail', 'email', 'Eメール'],
  'other-remote': ['LINE', 'チャット', 'SMS', 'FAX', 'ファックス', '手紙', '郵送'],
  other: ['その他'],
};

/**
 * A contact method word. 'その他（…）' is read by its detail when the detail is a known word
 * (その他（オンライン） is video); otherwise it is 'other'. `word` is the cell text as written.
 */
export function parseMethod(
  v: CellValue,
  words: WordTable<MethodKind> = METHOD_WORDS,
): Parsed<{ kind: MethodKind; word: string }> {
  const t = readText(v);
  if (!t.ok) return t;
  const word = t.value;
  const direct = lookupWord(words, word);
  if (direct !== undefined) return ok({ kind: direct, word });
  const p = splitParenthesised(word);
  if (p) {
    const base = lookupWord(words, p.base);
    if (base === 'other') return ok({ kind: lookupWord(words, p.detail) ?? 'other', word });
    if (base !== undefined) return ok({ kind: base, word });
  }
  return unknownWord(word, '連絡方法');
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

export const PARTY_WORDS: WordTable<PartyKind> = {
  client: ['本人', '利用者', '対象者', '利用者本人'],
  employer: ['事業主', '雇用事業主', '企業', '勤務先', '上司', '人事', '人事担当者', '会社', '職場'],
  family: ['家族', '保護者', '母', '父', '母親', '父親', '両親', '配偶者'],
  agency: [
    '関係機関',
    '関係機関等',
    '医療機関',
    '病院',
    '主治医',
    '相談支援',
    '相談支援事業所',
    '相談支援専門員',
    'ハローワーク',
    '支援センター',
    '就業・生活支援センター',
    '障害者就業・生活支援センター',
    'なかぽつ',
    'ナカポツ',
    '就労支援センター',
    '地域障害者職業センター',
    '職業センター',
  ],
};

/** What separates parties in one cell: ・ ･ · 、 , / & ＆ ＋ + and spaces (after width normalisation). */
const PARTY_SEPARATORS = /[\s・･·、,/&+]+/;

const partCount = (word: string): number => normalizeWidth(word).split(PARTY_SEPARATORS).length;

/**
 * The parties a contact row names ('本人・事業主' counts for each), in order, without repeats. A
 * word that itself holds a separator (就業・生活支援センター) is kept whole. An unknown word fails,
 * naming it.
 */
export function parseParties(v: CellValue, words: WordTable<PartyKind> = PARTY_WORDS): Parsed<PartyKind[]> {
  const t = readText(v);
  if (!t.ok) return t;
  const tokens = normalizeWidth(t.value)
    .split(PARTY_SEPARATORS)
    .filter((s) => s !== '');
  const longestWord = Math.max(1, ...Object.values<readonly string[]>(words).flat().map(partCount));
  const kinds: PartyKind[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = false;
    // the longest run of tokens that joined with ・ is a known word
    for (let j = Math.min(tokens.length, i + longestWord); j > i; j--) {
      const kind = lookupWord(words, tokens.slice(i, j).join('・'));
      if (kind !== undefined) {
        if (!kinds.includes(kind)) kinds.push(kind);
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) return unknownWord(tokens[i]!, '相手（本人・事業主・家族・関係機関）');
  }
  if (kinds.length === 0) return unknownWord(t.value, '相手（本人・事業主・家族・関係機関）');
  return ok(kinds);
}

// ---------------------------------------------------------------------------------------------
// 場所 (place)

export type PlaceKind = 'employer' | 'office' | 'other';
export type Place = { kind: PlaceKind; detail?: string };

export const PLACE_WORDS: WordTable<PlaceKind> = {
  employer: ['雇用事業主内', '雇用事業主', '事業主', '職場', '職場内', '勤務先', '会社', '企業'],
  office: ['事業所内', '事業所', '当事業所', '来所'],
  other: ['その他'],
};

/**
 * A place cell. Known words give employer or office; 'その他（自宅）' gives other with detail 自宅;
 * any other word (自宅, カフェ …) is other with the word as detail. Only a blank cell fails.
 */
export function parsePlace(v: CellValue, words: WordTable<PlaceKind> = PLACE_WORDS): Parsed<Place> {
  const t = readText(v);
  if (!t.ok) return t;
  const text = t.value;
  const kind = lookupWord(words, text);
  if (kind !== undefined) return ok({ kind });
  const p = splitParenthesised(text);
  if (p) {
    const base = lookupWord(words, p.base);
    if (base !== undefined) return ok(p.detail === '' ? { kind: base } : { kind: base, detail: p.detail });
  }
  return ok({ kind: 'other', detail: text });
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
