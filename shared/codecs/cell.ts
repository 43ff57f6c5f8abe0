import type { PlainDate } from '../date/plain-date.ts';

/** A real date cell (a spreadsheet date value, already reduced to its calendar day by the reader). */
export type PlainDateCell = { readonly type: 'date'; readonly value: PlainDate };

/** What a sheet reader hands to every codec: one cell's value. */
export type CellValue = string | number | boolean | PlainDateCell | null;

/** The result of every parser in shared/codecs: parsers never throw. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export const dateCell = (value: PlainDate): PlainDateCell => ({ type: 'date', value });

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(reason: string): Parsed<T> => ({ ok: false, reason });

/** The reason every parser gives for a blank cell (callers decide whether blank is allowed). */
export const BLANK_REASON = '空欄です';

/** True for a date cell. Safe on any runtime value, not only on well-typed cells. */
export function isDateCell(v: unknown): v is PlainDateCell {
  return typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'date';
}

/**
 * True for null, '' and strings of whitespace only (String.prototype.trim covers the
 * full-width space U+3000 and the other Unicode spaces). `undefined` counts as blank too.
 */
export function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === 'string' && v.trim() === '';
}

/** The cell as display text: trimmed string, number as String, boolean TRUE/FALSE, date YYYY-MM-DD. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDateCell(v)) return typeof v.value === 'string' ? v.value : '';
  return '';
}
