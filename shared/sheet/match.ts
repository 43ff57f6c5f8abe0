import {
  DATE_FIELDS,
  DATE_LIKE_HEADER,
  FIELD_KEYWORDS,
  FIELD_NOT,
  NOT_A_DATE,
  NOTE_HEADER,
  normalizeHeader,
  normalizeHeaderFull,
  ROLE_FIELDS,
  TEXT_FIELDS,
} from './fields.ts';

export type TableRole = keyof typeof ROLE_FIELDS;

/** How a header met a field: it equals a synonym, contains one, or holds a key word. */
export type MatchKind = 'exact' | 'contains' | 'keyword';

export interface Candidate {
  field: string;
  score: number;
  how: MatchKind;
  /** The synonym or key word that matched. */
  word: string;
}

const EXACT = 1000;
const CONTAINS = 500;
const KEYWORD = 100;

const precedence = new Map<string, number>();
FIELD_KEYWORDS.forEach(([field], i) => {
  precedence.set(field, FIELD_KEYWORDS.length - i);
});
/** A fraction that breaks ties between equal matches by the key-word precedence (起算 over 復職). */
const tieBreak = (field: string) => (precedence.get(field) ?? 0) / 1000;

const synonyms: Record<TableRole, { field: string; word: string; rank: number }[]> = {
  roster: [],
  contacts: [],
  monthly: [],
};
for (const role of Object.keys(ROLE_FIELDS) as TableRole[]) {
  for (const [field, words] of Object.entries(ROLE_FIELDS[role])) {
    (words as readonly string[]).forEach((w, rank) => {
      synonyms[role].push({ field, word: normalizeHeader(w), rank });
    });
  }
}
const keywords = FIELD_KEYWORDS.map(([field, words]) => ({ field, words: words.map(normalizeHeaderFull) }));

/** Whether a non-exact match of `field` is allowed for a header (its full and bare forms). */
function allowed(field: string, full: string, bare: string): boolean {
  if (FIELD_NOT[field]?.test(full)) return false;
  const isDate = DATE_FIELDS.has(field);
  if (isDate && NOT_A_DATE.test(bare)) return false;
  if (!TEXT_FIELDS.has(field) && NOTE_HEADER.test(full)) return false;
  if (!isDate && field !== 'month' && DATE_LIKE_HEADER.test(bare)) return false;
  return true;
}

/**
 * Every field a header could name in a tab of this role, best first. Exact synonym > a synonym contained in
 * the header (the longer wins) > a key word; a header naming a reason, a memo or a time is kept away from
 * date fields, and a note column from coded fields (「終了理由メモ」 is neither 終了日 nor 終了理由).
 */
export function scoreHeader(role: TableRole, header: string): readonly Candidate[] {
  const key = `${role}\u0000${header}`;
  const known = scored.get(key);
  if (known) return known;
  // the first rows of every tab are scored for every role, data rows included: a cell's text recurs often
  if (scored.size >= SCORED_MAX) scored.clear();
  const result = Object.freeze(scoreHeaderOnce(role, header).map((c) => Object.freeze(c)));
  scored.set(key, result);
  return result;
}

/** scoreHeader's answers so far: it depends on nothing but its arguments and the tables above. */
const scored = new Map<string, readonly Candidate[]>();
const SCORED_MAX = 20_000;

function scoreHeaderOnce(role: TableRole, header: string): Candidate[] {
  const bare = normalizeHeader(header);
  const full = normalizeHeaderFull(header);
  if (!bare && !full) return [];
  const best = new Map<string, Candidate>();
  const offer = (c: Candidate) => {
    const prev = best.get(c.field);
    if (!prev || prev.score < c.score) best.set(c.field, c);
  };
  const isDate = (f: string) => DATE_FIELDS.has(f);
  for (const s of synonyms[role]) {
    if (s.word === bare || s.word === full) {
      // the words in brackets make it more specific: 「氏名（カナ）」 is the kana, not the name
      const bonus = s.word === full && full !== bare ? 50 : 0;
      offer({
        field: s.field,
        score: EXACT + bonus - s.rank + tieBreak(s.field),
        how: 'exact',
        word: s.word,
      });
      continue;
    }
    const inBare = bare.includes(s.word);
    const inFull = full.includes(s.word);
    if (!inBare && !inFull) continue;
    if (!allowed(s.field, full, bare)) continue;
    const n = [...s.word].length;
    // a two-letter word (方法, 内容) only as the end of a header: 「連絡手段」 yes, 「電話番号」 not an id
    if (n < 3 && !(bare.endsWith(s.word) && s.field !== 'id' && s.field !== 'name')) continue;
    offer({
      field: s.field,
      score: CONTAINS + 10 * n - (inBare ? 0 : 5) + tieBreak(s.field),
      how: 'contains',
      word: s.word,
    });
  }
  const roleFields = ROLE_FIELDS[role] as Record<string, unknown>;
  for (const k of keywords) {
    if (!(k.field in roleFields) || best.has(k.field)) continue;
    const w = k.words.find((w) => full.includes(w));
    if (!w) continue;
    if (!allowed(k.field, full, bare)) continue;
    // a key word names a date field only when the header says it is a date
    if (isDate(k.field) && !/日|年月|date/.test(full)) continue;
    offer({
      field: k.field,
      score: KEYWORD + 10 * [...w].length + tieBreak(k.field),
      how: 'keyword',
      word: w,
    });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** The single best field of a header in a role, or null: for tests and for the mapping sidebar's hints. */
export function bestField(role: TableRole, header: string): string | null {
  return scoreHeader(role, header)[0]?.field ?? null;
}

/** The worth of a match toward recognising a header row. */
export function matchWeight(how: MatchKind): number {
  return how === 'exact' ? 1 : how === 'contains' ? 0.8 : 0.6;
}
