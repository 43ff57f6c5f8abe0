import type { CellValue } from '../codecs/cell.ts';

/** One tab of the office's workbook, as read: rows of cells, row 1 first. */
export interface Tab {
  name: string;
  rows: CellValue[][];
}

export interface Workbook {
  /** What the office would call the file (a file name, a spreadsheet title). */
  title: string;
  tabs: Tab[];
}
