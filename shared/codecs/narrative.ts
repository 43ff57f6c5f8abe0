import { type CellValue, cellText, isBlank } from './cell.ts';
import { KEY_WORDS, type MethodKey, type PartyKey } from './key-words.ts';
import {
  cancelledByKeys,
  keyWordsIn,
  type MethodKind,
  meaningKey,
  methodOfKeys,
  PARTY_PRECEDENCE,
  type PartyKind,
  type TaughtWords,
} from './vocab.ts';

/*
 * Free text about a contact (a narrative log's 支援内容, or the detail of a method cell), read by meaning
 * (domain §2, §10): what happened counts, not what was planned; who else was present does not change who was
 * met; a client said to be absent was not met. The patterns are data, each with the reason it means what it
 * does; the key words and their precedence are those of the method and party columns (key-words.ts, vocab.ts).
 */

/** How a text says that a planned contact was changed, and where the part that happened starts. */
export const PLAN_CHANGE: readonly (readonly [pattern: RegExp, reason: string])[] = [
  // 「予定: 訪問 → 実際: 電話」「電話予定→実際は来所」: what follows 実際 is what happened
  [/実際[はにの:：]?/g, 'what follows 実際 (actually) is what happened'],
  // 「来所予定→電話に変更」「訪問予定を電話に変更」「面談予定だったが急遽電話で対応」: what follows 予定 happened
  [
    /予定(?=[\s\S]*(?:変更|切り?替え|切替|急遽|代わり|代えて|かわりに))/g,
    'a plan followed by a change: what follows 予定 happened',
  ],
];

/** A clause that only plans a contact to come (次回は来所予定, 来月訪問予定): it did not happen. */
export const PLANNED_CLAUSE: readonly (readonly [pattern: RegExp, reason: string])[] = [
  [/[^。、，,．\n]*次回[^。、，,．\n]*/g, '次回 (next time) speaks of a contact to come'],
  [
    /[^。、，,．\n]*予定[をしでする。]*(?=[。、，,．\n]|$)/g,
    'a clause ending in 予定 is a plan, not a contact',
  ],
];

/** The client was not met: 本人は不在, 本人が休暇で不在, 本人欠勤のため, 本人は欠席 (domain §10). */
export const CLIENT_ABSENT: readonly (readonly [pattern: RegExp, reason: string])[] = [
  [
    /(?:本人|利用者|対象者)[はがもの]?[^。、，,．\n]{0,8}?(?:不在|欠勤|欠席|休み|休暇中|会えず|会えなかった)/g,
    'the client is named as absent: the contact is with whoever was met, not with the client',
  ],
];

/**
 * In running text, a word for the workplace followed by の, を, で, 内, にて or 訪問 names a place or a topic
 * (職場を訪問, 職場の人間関係, 会社で面談), not a person met: only 職場に電話, 上司と面談 … name the employer.
 */
export const PLACE_NOT_PARTY: readonly (readonly [pattern: RegExp, reason: string])[] = [
  [
    /(?:職場|会社|企業|勤務先|就職先|雇用先|事業所)(?=[のをで内]|にて|訪問)/g,
    'the workplace as a place or a topic (職場を訪問, 職場の人間関係), not the employer as a person met',
  ],
];

/** What separates the names of parties in running text: punctuation and the particles around names. */
const NAME_BREAKS =
  /[\s、。，,．・･·/（）()「」『』【】→+＋&]|と|に|へ|を|が|は|で|や|から|より|も|及び|および/;

/** The part of a text that says what happened: after a change of plan; without clauses that only plan. */
export function whatHappened(text: string): string {
  let t = text.normalize('NFKC');
  for (const [re] of PLAN_CHANGE) {
    const hits = [...t.matchAll(re)];
    const last = hits.at(-1);
    if (last?.index !== undefined) {
      t = t.slice(last.index + last[0].length);
      return t;
    }
  }
  for (const [re] of PLANNED_CLAUSE) t = t.replace(re, '');
  return t;
}

/** The text without the phrases saying the client was absent, and whether there were any. */
export function withoutAbsence(text: string): { text: string; clientAbsent: boolean } {
  let t = text.normalize('NFKC');
  let absent = false;
  for (const [re] of CLIENT_ABSENT)
    t = t.replace(re, () => {
      absent = true;
      return '。';
    });
  return { text: t, clientAbsent: absent };
}

/** Of a taught word table, the kind a whole text has, if the office taught it. */
function taught<K extends string>(words: TaughtWords<K> | undefined, text: string): K | undefined {
  if (!words) return undefined;
  const key = meaningKey(text);
  for (const [w, kind] of Object.entries(words)) if (meaningKey(w) === key) return kind;
  return undefined;
}

/**
 * The parties named in running text, in order, without repeats. Each name (text between particles and
 * punctuation) is read by the party key words with the precedence of the party column (本人の母 is family,
 * 支援センターの担当者 an agency). Names without a key word are not parties.
 */
export function partiesInText(text: string, keys = KEY_WORDS.party): PartyKind[] {
  const out: PartyKind[] = [];
  let t = text.normalize('NFKC');
  for (const [re] of PLACE_NOT_PARTY) t = t.replace(re, '、');
  for (const name of t.split(NAME_BREAKS)) {
    if (!name) continue;
    const found = keyWordsIn<PartyKey>(name, keys);
    const kind = PARTY_PRECEDENCE.find((k) => found.includes(k));
    if (kind && !out.includes(kind)) out.push(kind);
  }
  return out;
}

export interface TextReading {
  /** null: the text names no method (a contact of unknown method). */
  method: { kind: MethodKind; word: string; cancelled?: true } | null;
  parties: PartyKind[];
  /** The text says the client was absent (本人は不在): not a contact with the client. */
  clientAbsent: boolean;
}

/**
 * A contact read from its free text (a narrative log, domain §10): the method by the method key words of what
 * happened, the parties by the party key words; a party not named is the client, unless the text says the
 * client was absent. 「職場を訪問し本人・上司と面談」: face to face with the client and the employer.
 */
export function readContactText(
  v: CellValue,
  words: { method?: TaughtWords<MethodKind>; party?: TaughtWords<PartyKind> } = {},
): TextReading | null {
  if (isBlank(v)) return null;
  const word = cellText(v);
  const { text, clientAbsent } = withoutAbsence(word);
  const happened = whatHappened(text);
  const own = taught(words.method, word);
  const keys = keyWordsIn<MethodKey>(happened, KEY_WORDS.method);
  let method: TextReading['method'] =
    own !== undefined
      ? { kind: own, word }
      : keys.length
        ? { kind: methodOfKeys(keys), word, ...(cancelledByKeys(keys) ? { cancelled: true as const } : {}) }
        : null;
  const ownParty = taught(words.party, word);
  let parties = ownParty ? [ownParty] : partiesInText(happened);
  if (clientAbsent) parties = parties.filter((p) => p !== 'client');
  else if (parties.length === 0) parties = ['client'];
  // the client was absent and nobody else is named: nobody was met
  if (clientAbsent && parties.length === 0 && method) method = { ...method, cancelled: true };
  return { method, parties, clientAbsent };
}
