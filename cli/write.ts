import ExcelJS from 'exceljs';
import type { CheckResult } from '../shared/check.ts';
import { columnNumber } from '../shared/model/column.ts';
import { type Finding, SEVERITY_LABEL } from '../shared/model/finding.ts';
import { RULES } from '../shared/rules/catalog.ts';
import type { Workbook } from '../shared/sheet/tab.ts';

/** Fill colours of the annotated copy: the same as the add-on paints in the sheet. */
export const PAINT = { error: 'FFF4C7C3', warning: 'FFFCE8B2', info: 'FFD2E3FC' } as const;
export const RESULT_TAB = '検証結果';

function workbookFromTabs(wb: Workbook): ExcelJS.Workbook {
  const excel = new ExcelJS.Workbook();
  for (const tab of wb.tabs) {
    const ws = excel.addWorksheet(tab.name);
    for (const row of tab.rows) ws.addRow(row.map((c) => (c && typeof c === 'object' ? c.value : c)));
  }
  return excel;
}

/**
 * Write a copy of the workbook with each finding's cell coloured (error / warning) and a note holding the
 * messages, plus a 検証結果 tab listing every finding. The original is only read, never written.
 */
export async function writeAnnotated(
  wb: Workbook,
  original: ExcelJS.Workbook | null,
  result: CheckResult,
  path: string,
) {
  const excel = original ?? workbookFromTabs(wb);
  const byCell = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (!f.sheet || !f.row || f.severity === 'info') continue;
    const key = `${f.sheet}\u0000${f.row}\u0000${f.column ?? 'A'}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  for (const [key, list] of byCell) {
    const [sheet, row, col] = key.split('\u0000') as [string, string, string];
    const ws = excel.getWorksheet(sheet);
    if (!ws) continue;
    const cell = ws.getCell(Number(row), columnNumber(col));
    const worst = list.some((f) => f.severity === 'error') ? 'error' : 'warning';
    // exceljs shares one style object between cells loaded with the same style: give this cell its own
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: PAINT[worst] } },
    };
    cell.note = list.map((f) => `【${SEVERITY_LABEL[f.severity]}】${f.message}`).join('\n');
  }
  const existing = excel.getWorksheet(RESULT_TAB);
  if (existing) excel.removeWorksheet(existing.id);
  const ws = excel.addWorksheet(RESULT_TAB);
  ws.columns = [
    { header: '重要度', width: 8 },
    { header: '利用者ID', width: 10 },
    { header: '氏名', width: 14 },
    { header: '年月', width: 9 },
    { header: '内容', width: 80 },
    { header: 'タブ', width: 10 },
    { header: '行', width: 6 },
    { header: '列', width: 6 },
    { header: '規則', width: 30 },
    { header: '根拠', width: 16 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const f of result.findings) {
    const r = ws.addRow([
      SEVERITY_LABEL[f.severity],
      f.clientId ?? '',
      f.clientName ?? '',
      f.month ?? '',
      f.message,
      f.sheet ?? '',
      f.row ?? '',
      f.column ?? '',
      `${f.rule}（${RULES[f.rule as keyof typeof RULES]?.title ?? ''}）`,
      f.source ?? '',
    ]);
    r.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: PAINT[f.severity] } };
  }
  await excel.xlsx.writeFile(path);
}
