import { columnLetter, columnNumber } from '../../shared/model/column.ts';
import type { Finding } from '../../shared/model/finding.ts';

/**
 * Marks in the office's own tabs, added so that they can be taken away exactly:
 * - colour through conditional-format rules the add-on recognises by a formula that names it
 *   (=N("teichaku:error")=0 is always true), put BEFORE the office's own rules: Sheets applies the first
 *   rule that matches a cell, so no office rule can hide a mark; the office's backgrounds are never
 *   touched and the marks move with the cells when rows and columns are inserted or deleted;
 * - only on the cell a finding is about: a finding without a column (a whole row, the office's settings)
 *   is painted nowhere and is listed in the summary and on 点検結果 only;
 * - messages as note lines that start with 【点検】, after the office's own note text.
 */
export const NOTE_PREFIX = '【点検】';
export type MarkSeverity = 'error' | 'warning';
export const MARK_COLOR: Record<MarkSeverity, string> = { error: '#f4c7c3', warning: '#fce8b2' };
const TAG = 'teichaku:';
export const markFormula = (s: MarkSeverity) => `=N("${TAG}${s}")=0`;

export interface CellMark {
  row: number;
  col: number;
  severity: MarkSeverity;
  lines: string[];
}

/** Findings → the cells to mark, per tab. Info findings and findings without a cell (no column) are not painted. */
export function planMarks(findings: readonly Finding[]): Map<string, CellMark[]> {
  const bySheet = new Map<string, Map<string, CellMark>>();
  for (const f of findings) {
    if (!f.sheet || !f.row || !f.column || f.severity === 'info') continue;
    const col = columnNumber(f.column);
    let cells = bySheet.get(f.sheet);
    if (!cells) {
      cells = new Map();
      bySheet.set(f.sheet, cells);
    }
    const key = `${f.row}:${col}`;
    const label = f.severity === 'error' ? 'エラー' : '警告';
    const line = `${NOTE_PREFIX}${label}: ${f.message.replace(/\s*\n\s*/g, ' ')}`;
    const prev = cells.get(key);
    if (prev) {
      if (f.severity === 'error') prev.severity = 'error';
      if (!prev.lines.includes(line)) prev.lines.push(line);
    } else cells.set(key, { row: f.row, col, severity: f.severity, lines: [line] });
  }
  return new Map([...bySheet].map(([s, m]) => [s, [...m.values()]]));
}

/** The office's note with our lines after it. */
export function addNote(existing: string, lines: readonly string[]): string {
  return existing ? `${existing}\n${lines.join('\n')}` : lines.join('\n');
}

/** Our note line exactly as planMarks writes it: 【点検】エラー: … or 【点検】警告: … (an office line that merely mentions 【点検】 is theirs). */
export const isOurLine = (line: string) =>
  line.startsWith(`${NOTE_PREFIX}エラー: `) || line.startsWith(`${NOTE_PREFIX}警告: `);

/** The note without our lines: exactly what the office had (their text may have changed since). */
export function stripNote(note: string): string {
  if (!note.includes(NOTE_PREFIX)) return note;
  return note
    .split('\n')
    .filter((l) => !isOurLine(l))
    .join('\n');
}

export function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const c = rule.getBooleanCondition();
  if (!c) return false;
  return c.getCriteriaValues().some((v) => typeof v === 'string' && v.includes(TAG));
}

const a1 = (row: number, col: number) => `${columnLetter(col)}${row}`;

/** Paint and annotate one tab: a fixed number of service calls, however many cells. */
export function markSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, marks: readonly CellMark[]) {
  if (marks.length === 0) return;
  const rules = sheet.getConditionalFormatRules();
  const ours: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const cells = marks.filter((m) => m.severity === severity);
    if (cells.length === 0) continue;
    const ranges = sheet.getRangeList(cells.map((m) => a1(m.row, m.col))).getRanges();
    ours.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(markFormula(severity))
        .setBackground(MARK_COLOR[severity])
        .setRanges(ranges)
        .build(),
    );
  }
  // ours first: Sheets applies the first rule that matches, so an office rule on these cells cannot hide them
  sheet.setConditionalFormatRules([...ours, ...rules]);

  const top = Math.min(...marks.map((m) => m.row));
  const left = Math.min(...marks.map((m) => m.col));
  const bottom = Math.max(...marks.map((m) => m.row));
  const right = Math.max(...marks.map((m) => m.col));
  const box = sheet.getRange(top, left, bottom - top + 1, right - left + 1);
  const notes = box.getNotes();
  for (const m of marks) {
    const row = notes[m.row - top]!;
    row[m.col - left] = addNote(row[m.col - left] ?? '', m.lines);
  }
  box.setNotes(notes);
}

/** Take our rules and note lines out of one tab; the office's stay exactly as they are. */
export function clearSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  let changed = false;
  const rules = sheet.getConditionalFormatRules();
  const kept = rules.filter((r) => !isOurRule(r));
  if (kept.length !== rules.length) {
    sheet.setConditionalFormatRules(kept);
    changed = true;
  }
  const rows = sheet.getMaxRows();
  const cols = sheet.getMaxColumns();
  if (rows === 0 || cols === 0) return changed;
  const notes = sheet.getRange(1, 1, rows, cols).getNotes();
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  notes.forEach((row, r) => {
    row.forEach((n, c) => {
      if (!n?.includes(NOTE_PREFIX)) return;
      const s = stripNote(n);
      if (s === n) return;
      row[c] = s;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (bottom < 0) return changed;
  const box = notes.slice(top, bottom + 1).map((row) => row.slice(left, right + 1));
  sheet.getRange(top + 1, left + 1, bottom - top + 1, right - left + 1).setNotes(box);
  return true;
}
