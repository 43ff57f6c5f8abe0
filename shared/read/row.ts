import { type CellValue, cellText, isBlank } from '../codecs/index.ts';
import type { TableLayout } from '../sheet/detect.ts';

/** One data row of a table tab, read through its layout. */
export class RowView {
  constructor(
    readonly layout: TableLayout,
    readonly cells: readonly CellValue[],
    /** The sheet's own 1-based row number. */
    readonly row: number,
  ) {}

  has(field: string): boolean {
    return !!this.layout.columns[field];
  }

  get(field: string): CellValue {
    const ref = this.layout.columns[field];
    if (!ref) return null;
    return this.cells[ref.col - 1] ?? null;
  }

  blank(field: string): boolean {
    return isBlank(this.get(field));
  }

  /** Trimmed text of the cell, or null when blank. */
  text(field: string): string | null {
    const v = this.get(field);
    return isBlank(v) ? null : cellText(v);
  }

  /** The cell's place, for a finding. */
  at(field?: string) {
    const ref = field ? this.layout.columns[field] : undefined;
    return {
      sheet: this.layout.tab,
      row: this.row,
      column: ref?.letter ?? null,
      header: ref?.header ?? null,
    };
  }

  /** The cell as a person finds it, as every finding names one: 「利用者」17行目 E列「生年月日」. */
  cellName(field: string): string {
    const ref = this.layout.columns[field];
    return `「${this.layout.tab}」${this.row}行目${ref ? ` ${ref.letter}列「${ref.header}」` : ''}`;
  }

  /** How many cells of the row hold something. */
  filled(): number {
    return this.cells.reduce<number>((n, c) => n + (isBlank(c) ? 0 : 1), 0);
  }
}

const WHO = ['id', 'clientId', 'name'];

/** A row that starts with a note mark or a total (※記入例…, ＊, 注:, 備考, 合計, 小計) is not data. */
const NOTE_START = /^\s*(※|＊|\*|注[:：]|備考|合計|小計|総計|計\s*$)/;

export function isNoteRow(cells: readonly CellValue[]): boolean {
  const first = cells.find((c) => !isBlank(c));
  // Stryker disable next-line ConditionalExpression: equivalent, a number, boolean or date cell never reads as a note mark
  return typeof first === 'string' && NOTE_START.test(first);
}

/** The data rows below the header: blank rows are skipped; a row that starts with a note mark or a total
 * (※記入例, 合計 …), or holds a single cell outside the id and name columns, is a note, not data. */
export function* dataRows(layout: TableLayout, rows: readonly (readonly CellValue[])[]): Generator<RowView> {
  // Stryker disable next-line EqualityOperator: equivalent, a row past the end reads as blank and is skipped
  for (let i = layout.headerRow; i < rows.length; i++) {
    const view = new RowView(layout, rows[i] ?? [], i + 1);
    const n = view.filled();
    if (n === 0 || isNoteRow(view.cells)) continue;
    if (n === 1 && !WHO.some((f) => !view.blank(f))) continue;
    yield view;
  }
}
