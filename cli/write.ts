import { type CheckResult, notCheckableFindings } from '../shared/check.ts';
import { type Finding, SEVERITY_LABEL } from '../shared/model/finding.ts';
import { RULES } from '../shared/rules/catalog.ts';
import type { Workbook } from '../shared/sheet/tab.ts';
import { excelModule } from './load.ts';
import { type NewCell, type NewSheet, XlsxPackage } from './xlsx-patch.ts';

/** Fill colours of the annotated copy: the same as the add-on paints in the sheet. */
export const PAINT = { error: 'FFF4C7C3', warning: 'FFFCE8B2', info: 'FFD2E3FC' } as const;
export const RESULT_TAB = '点検結果';
/**
 * The names of the sheets the annotated copy adds. When the office has a tab of that name, ours gets a
 * free one (点検結果（定着）); a re-run removes the tabs a hidden defined name marks as ours, never a tab
 * of the office's by its name.
 */
export const OUR_SHEETS = [RESULT_TAB, '月次接触状況'] as const;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** A fresh package from plain tabs (a CSV folder has no package of its own to patch). */
export async function packageFromTabs(wb: Workbook): Promise<Uint8Array> {
  const ExcelJS = await excelModule();
  const book = new ExcelJS.Workbook();
  for (const tab of wb.tabs) {
    const ws = book.addWorksheet(tab.name);
    for (const row of tab.rows) ws.addRow(row.map((c) => (c && typeof c === 'object' ? c.value : c)));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * The 点検結果 tab: one row per finding; what cannot be checked first (as every output says it first, the
 * add-on's 点検結果 too), then errors, warnings, notes.
 */
export function resultRows(result: CheckResult): NewCell[][] {
  const header = ['重要度', '利用者ID', '氏名', '年月', '内容', 'タブ', '行', '列', '規則', '根拠'];
  const first = notCheckableFindings(result);
  const top = new Set(first);
  const sorted = [
    ...first,
    ...result.findings
      .filter((f) => !top.has(f))
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
  ];
  return [
    header.map((value) => ({ value, bold: true })),
    ...sorted.map((f): NewCell[] => [
      { value: SEVERITY_LABEL[f.severity], fill: PAINT[f.severity] },
      { value: f.clientId ?? '' },
      { value: f.clientName ?? '' },
      { value: f.month ?? '' },
      { value: f.message },
      { value: f.sheet ?? '' },
      { value: f.row ?? '' },
      { value: f.column ?? '' },
      { value: `${f.rule}（${RULES[f.rule as keyof typeof RULES]?.title ?? ''}）` },
      { value: f.source ?? '' },
    ]),
  ];
}

/**
 * The annotated copy of an .xlsx package: each finding's cell coloured by a conditional-format rule of
 * ours (errors red, warnings yellow), our note after the office's own note text, and a 点検結果 tab
 * listing every finding. Marks of an earlier run are taken away first; every part we do not need to
 * touch stays byte for byte. `extraSheets` (e.g. the 月次接触状況 grid; their names belong in OUR_SHEETS so a
 * re-run replaces them) are added after the 点検結果 tab.
 */
export function annotate(xlsx: Uint8Array, result: CheckResult, extraSheets: NewSheet[] = []): Uint8Array {
  return annotateCopy(xlsx, result, extraSheets).bytes;
}

/** annotate, also saying the names our tabs got (a free name when the office has a tab of ours' name). */
export function annotateCopy(
  xlsx: Uint8Array,
  result: CheckResult,
  extraSheets: NewSheet[] = [],
): { bytes: Uint8Array; tabs: string[] } {
  const pkg = XlsxPackage.open(xlsx);
  pkg.removeOurMarks();
  const sheets = new Set(pkg.sheets().map((s) => s.name));
  const byCell = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (!f.sheet || !f.row || f.severity === 'info' || !sheets.has(f.sheet)) continue;
    const key = `${f.sheet}\u0000${f.column ?? 'A'}${f.row}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  const marks = new Map<
    string,
    { error: string[]; warning: string[]; notes: { ref: string; text: string }[] }
  >();
  for (const [key, list] of byCell) {
    const [sheet, ref] = key.split('\u0000') as [string, string];
    const worst = list.some((f) => f.severity === 'error') ? 'error' : 'warning';
    const m = marks.get(sheet) ?? { error: [], warning: [], notes: [] };
    m[worst].push(ref);
    m.notes.push({ ref, text: list.map((f) => `【${SEVERITY_LABEL[f.severity]}】${f.message}`).join('\n') });
    marks.set(sheet, m);
  }
  for (const [sheet, m] of marks) {
    pkg.addNotes(sheet, m.notes);
    pkg.highlight(sheet, m.error, PAINT.error);
    pkg.highlight(sheet, m.warning, PAINT.warning);
  }
  const tabs: string[] = [];
  tabs.push(
    pkg.addSheet({
      name: RESULT_TAB,
      rows: resultRows(result),
      frozenRows: 1,
      widths: [8, 10, 14, 9, 80, 10, 6, 6, 30, 16],
      autoFilter: true,
    }),
  );
  for (const sheet of extraSheets) tabs.push(pkg.addSheet(sheet));
  return { bytes: pkg.toBytes(), tabs };
}
