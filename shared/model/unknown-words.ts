import type { Finding } from './finding.ts';

/** One word the reader could not read, with every cell it was written in (one column of one tab). */
export interface UnknownWord {
  sheet: string | null;
  column: string | null;
  header: string | null;
  /** The word as written (for a party cell, the part that was not understood). */
  word: string;
  /** What the word was read as: 連絡方法, 相手（…）, 利用類型 … */
  what: string;
  /** The mapping `words` field that can teach it, when one can. */
  teach: 'method' | 'party' | null;
  rows: number[];
  findings: Finding[];
}

/** What to do about a word the reader does not know: the end of every such finding's message. */
const TEACH_WORD = 'ほかの行と同じ言い方に直すか、列の対応の設定でこの言葉の意味を教えてください';

/** The message of a data.unknown-value finding about a word: 〈cell〉: 「〈word〉」は〈what〉として読めません。〈what to do〉 */
export const unknownWordMessage = (cell: string, reason: string) => `${cell}: ${reason}。${TEACH_WORD}`;
const UNKNOWN = new RegExp(`: 「([\\s\\S]*)」は([^」]+?)として読めません。${TEACH_WORD}$`);

const teachable = (what: string): UnknownWord['teach'] =>
  what === '連絡方法' ? 'method' : what.startsWith('相手') ? 'party' : null;

/**
 * The data.unknown-value findings about a word, grouped by word and column (in order of first
 * appearance), and the findings that are not such words. A screen shows one line per word; --json
 * and the add-on keep one finding per cell.
 */
export function groupUnknownWords(findings: readonly Finding[]): { words: UnknownWord[]; rest: Finding[] } {
  const groups = new Map<string, UnknownWord>();
  const rest: Finding[] = [];
  for (const f of findings) {
    const m = f.rule === 'data.unknown-value' ? UNKNOWN.exec(f.message) : null;
    if (!m) {
      rest.push(f);
      continue;
    }
    const [, word, what] = m as unknown as [string, string, string];
    const key = JSON.stringify([f.sheet, f.column, word, what]);
    let g = groups.get(key);
    if (!g) {
      g = {
        sheet: f.sheet,
        column: f.column,
        header: f.header,
        word,
        what,
        teach: teachable(what),
        rows: [],
        findings: [],
      };
      groups.set(key, g);
    }
    if (f.row !== null) g.rows.push(f.row);
    g.findings.push(f);
  }
  for (const g of groups.values()) g.rows.sort((a, b) => a - b);
  return { words: [...groups.values()], rest };
}

const EXAMPLE_KIND = { method: 'face', party: 'agency' } as const;
const KINDS_HELP = {
  method: 'face=対面, video=テレビ電話, phone=電話, mail=メール, other-remote=LINE等, other=その他',
  party: 'client=本人, employer=事業主, family=家族, agency=関係機関',
} as const;

/** 「ケース記録 E列「手段」の「ケース面談」（140件、2行目ほか）を連絡方法として読めません」 */
export function unknownWordLine(g: UnknownWord): string {
  const where = `${g.sheet ?? ''}${g.column ? ` ${g.column}列` : ''}${g.header ? `「${g.header}」` : ''}`;
  const first = g.rows[0];
  const rows = first === undefined ? '' : g.rows.length > 1 ? `、${first}行目ほか` : `、${first}行目`;
  return `${where}の「${g.word}」（${g.findings.length}件${rows}）を${g.what}として読めません`;
}

/** How to teach the word with the mapping file, or null when the mapping cannot teach it. */
export function teachLine(g: UnknownWord): string | null {
  if (!g.teach) return null;
  const example = JSON.stringify({ words: { [g.teach]: { [g.word]: EXAMPLE_KIND[g.teach] } } });
  return `対応表（--mapping）に ${example} のように意味を書くと読めます（${KINDS_HELP[g.teach]}）`;
}
