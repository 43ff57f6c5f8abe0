import type { CellValue } from '../codecs/cell.ts';

/** One tab of the office's workbook, as read: rows of cells, row 1 first. */
export interface Tab {
  name: string;
  rows: CellValue[][];
  /** The office hid the tab (an .xlsx sheet state hidden or very hidden): not read when a visible tab plays its role. */
  hidden?: boolean;
}

export interface Workbook {
  /** What the office would call the file (a file name, a spreadsheet title). */
  title: string;
  tabs: Tab[];
}
