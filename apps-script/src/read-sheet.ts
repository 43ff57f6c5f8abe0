import type { CellValue } from '../../shared/codecs/cell.ts';
import type { Tab, Workbook } from '../../shared/sheet/tab.ts';
import { dayReader } from './zone.ts';

/** One value of getValues() as a plain cell: Date → calendar day in the spreadsheet's zone, '' → null. */
export function toCell(v: unknown, day: (d: Date) => string | null): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (v instanceof Date) {
    const d = day(v);
    return d ? { type: 'date', value: d } : null;
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * Read the office's tabs with one batched getValues() per tab (never a call per cell). Tabs the add-on
 * wrote itself are skipped.
 */
export function readSpreadsheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  skipSheetIds: ReadonlySet<number>,
): Workbook {
  const day = dayReader(ss.getSpreadsheetTimeZone());
  const tabs: Tab[] = [];
  for (const sheet of ss.getSheets()) {
    if (skipSheetIds.has(sheet.getSheetId())) continue;
    const values = sheet.getDataRange().getValues();
    tabs.push({ name: sheet.getName(), rows: values.map((row) => row.map((v) => toCell(v, day))) });
  }
  return { title: ss.getName(), tabs };
}
