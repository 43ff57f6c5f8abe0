import { groupUnknownWords } from '../../shared/model/unknown-words.ts';
import { readWorkbook } from '../../shared/read/workbook.ts';
import {
  type Mapping,
  METHOD_KINDS,
  PARTY_KINDS,
  PLACE_KINDS,
  type TaughtWordTables,
} from '../../shared/sheet/mapping.ts';
import type { Workbook } from '../../shared/sheet/tab.ts';

export type WordField = 'method' | 'party' | 'place';

/** One word of the contact log the mapping sidebar offers to teach. */
export interface WordToTeach {
  field: WordField;
  word: string;
  /** Where it was written: 「支援記録 E列「方法」、3行目ほか（12件）」. */
  where: string;
  /** The meaning taught so far ('' when none). */
  taught: string;
}

/** What the 言葉の意味 part of the mapping sidebar shows (plain JSON). */
export interface WordsView {
  /** Words not read (method, party), words read only as その他 (place), and the words already taught. */
  words: WordToTeach[];
  kinds: Record<WordField, { value: string; label: string }[]>;
  fieldLabel: Record<WordField, string>;
}

const KIND_LABEL: Record<WordField, Record<string, string>> = {
  method: {
    face: '対面',
    video: 'テレビ電話（オンライン面談）',
    phone: '電話',
    mail: 'メール',
    'other-remote': 'LINE等のその他の通信',
    other: 'その他',
  },
  party: { client: '本人', employer: '事業主（職場）', family: '家族', agency: '関係機関' },
  place: { employer: '雇用事業主内（職場）', office: '事業所内', other: 'その他' },
};
const FIELDS: Record<WordField, readonly string[]> = {
  method: METHOD_KINDS,
  party: PARTY_KINDS,
  place: PLACE_KINDS,
};

/**
 * The words the office may teach, read with the mapping as saved: the 方法 and 相手 words the reader could
 * not read (grouped as `teichaku check` prints them), the 場所 words it could only read as その他, and the
 * words taught already (so a meaning can be changed or taken back).
 */
export function wordsView(wb: Workbook, mapping?: Mapping): WordsView {
  const taught: TaughtWordTables = mapping?.words ?? {};
  const words: WordToTeach[] = [];
  const seen = new Set<string>();
  const add = (w: WordToTeach) => {
    const k = `${w.field}\u0000${w.word}`;
    if (seen.has(k)) return;
    seen.add(k);
    words.push(w);
  };
  const read = readWorkbook(wb, mapping);
  if (read.ok) {
    for (const g of groupUnknownWords(read.findings).words) {
      if (!g.teach) continue;
      const first = g.rows[0];
      const rows = first === undefined ? '' : g.rows.length > 1 ? `、${first}行目ほか` : `、${first}行目`;
      add({
        field: g.teach,
        word: g.word,
        where: `${g.sheet ?? ''}${g.column ? ` ${g.column}列` : ''}${rows}（${g.findings.length}件）`,
        taught: '',
      });
    }
    const places = new Map<string, { sheet: string; rows: number[] }>();
    for (const c of read.caseload.contacts) {
      const d = c.place?.kind === 'other' ? c.place.detail : undefined;
      if (!d || taught.place?.[d]) continue;
      const p = places.get(d) ?? { sheet: c.source.sheet, rows: [] };
      p.rows.push(c.source.row);
      places.set(d, p);
    }
    for (const [word, p] of places) {
      const rows = p.rows.sort((a, b) => a - b);
      add({
        field: 'place',
        word,
        where: `${p.sheet}、${rows[0]}行目${rows.length > 1 ? 'ほか' : ''}（${rows.length}件、その他として読みました）`,
        taught: '',
      });
    }
  }
  for (const field of ['method', 'party', 'place'] as const)
    for (const [word, kind] of Object.entries(taught[field] ?? {}))
      add({ field, word, where: '教えた言葉', taught: kind });
  const kinds = Object.fromEntries(
    (Object.keys(FIELDS) as WordField[]).map((f) => [
      f,
      FIELDS[f].map((value) => ({ value, label: KIND_LABEL[f][value] ?? value })),
    ]),
  ) as WordsView['kinds'];
  return { words, kinds, fieldLabel: { method: '方法', party: '相手', place: '場所' } };
}
