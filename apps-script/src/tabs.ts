import { type CheckResult, notCheckableFindings } from '../../shared/check.ts';
import { formatEraDate, formatEraMonth } from '../../shared/codecs/era.ts';
import type { YearMonth } from '../../shared/date/plain-date.ts';
import {
  type ContactGrid,
  cellColor,
  GRID_LEAD_COLUMNS,
  gridTable,
  MARK_LABEL,
} from '../../shared/grid/contact-grid.ts';
import { type Finding, SEVERITY_LABEL } from '../../shared/model/finding.ts';
import { RULES } from '../../shared/rules/catalog.ts';
import { setChecked } from './store.ts';

/** The tabs the add-on writes. Which sheets are ours is kept by id, so an office tab of the same name is never touched. */
export const RESULT_TAB = '点検結果';
export const GRID_TAB = '月次接触状況';
const TABS_KEY = 'teichaku.tabs';
/** 作成ログ: the record of the report documents. Ours (known by id, never read as the office's data), but kept by 点検の表示を消す. */
export const LOG_TAB = '作成ログ';
export const LOG_TAB_KEY = 'teichaku.logTab';
/** 動作確認: the self-test's record (selftest.ts). Ours, never read as the office's data, kept by 点検の表示を消す. */
export const SELFTEST_TAB_KEY = 'teichaku.selftestTab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function checkTabIds(props: GoogleAppsScript.Properties.Properties): Set<number> {
  try {
    const v = JSON.parse(props.getProperty(TABS_KEY) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : []);
  } catch {
    return new Set();
  }
}

/** Every tab the add-on wrote: the check's tabs, the 作成ログ and the 動作確認 tab. */
export function ourTabIds(props: GoogleAppsScript.Properties.Properties): Set<number> {
  const ids = checkTabIds(props);
  for (const key of [LOG_TAB_KEY, SELFTEST_TAB_KEY]) {
    const id = Number(props.getProperty(key) ?? Number.NaN);
    if (Number.isInteger(id)) ids.add(id);
  }
  return ids;
}

/** Delete the tabs the check wrote (and only those; the 作成ログ stays). */
export function removeOurTabs(ss: Spreadsheet, props: GoogleAppsScript.Properties.Properties) {
  const ids = checkTabIds(props);
  if (ids.size === 0) return;
  for (const sheet of ss.getSheets()) if (ids.has(sheet.getSheetId())) ss.deleteSheet(sheet);
  props.deleteProperty(TABS_KEY);
}

/**
 * A new tab has 1,000 rows and 26 columns and getRange beyond them throws: size the tab to its table
 * (one call either way, so the number of calls does not depend on the number of rows).
 */
function sizeTab(sheet: Sheet, rows: number, cols: number) {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (rows < maxRows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  else if (cols < maxCols) sheet.deleteColumns(cols + 1, maxCols - cols);
}

function newTab(ss: Spreadsheet, name: string, taken: ReadonlySet<string>, created: number[]): Sheet {
  let n = name;
  for (let i = 2; taken.has(n); i++) n = `${name}（定着${i > 2 ? i - 1 : ''}）`;
  const sheet = ss.insertSheet(n, ss.getNumSheets());
  created.push(sheet.getSheetId());
  return sheet;
}

/**
 * A sheet text stays the text it is when written back. setValues parses strings as typed input (001 → the
 * number 1, 2025/3/1 → a date, =… → a formula, a leading ' is dropped): a leading apostrophe keeps every
 * text as text, and Sheets shows it without the apostrophe.
 */
export const text = (s: string | null | undefined) => {
  const t = s ?? '';
  return t === '' ? '' : `'${t}`;
};
const quote = (s: string) => s.replace(/"/g, '""');
const monthLabel = (ym: YearMonth) => `${Number(ym.slice(0, 4))}年${Number(ym.slice(5, 7))}月`;

/** A day as offices write it in their sheets: 2024/10/1 (the grid's 支援開始日 and 支援終了日). */
export const officeDate = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}/${Number(m[2])}/${Number(m[3])}` : iso;
};

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then reminders; within each, the order of the check. */
export function resultOrder(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/**
 * Where a finding points, as a person reads it and as a link target: 利用者!C5 for a cell; for a row without
 * a column (the office's settings, a whole row) 事業所!3行目, and the link goes to the row's first cell.
 */
export function placeOf(f: Pick<Finding, 'sheet' | 'row' | 'column'>): { label: string; a1: string } | null {
  if (!f.sheet || !f.row) return null;
  return f.column
    ? { label: `${f.sheet}!${f.column}${f.row}`, a1: `${f.column}${f.row}` }
    : { label: `${f.sheet}!${f.row}行目`, a1: `A${f.row}` };
}

/** The 点検結果 rows: `first` (what cannot be checked at all) at the top, then the rest in result order. */
export function resultRows(
  findings: readonly Finding[],
  sheetIds: ReadonlyMap<string, number>,
  first: readonly Finding[] = [],
): string[][] {
  const head = ['重要度', '利用者ID', '氏名', '月', '内容', '根拠', 'セル'];
  const top = new Set(first);
  const body = [...first, ...resultOrder(findings.filter((f) => !top.has(f)))].map((f) => {
    const place = placeOf(f);
    const gid = f.sheet ? sheetIds.get(f.sheet) : undefined;
    const link = !place
      ? ''
      : gid !== undefined
        ? `=HYPERLINK("#gid=${gid}&range=${place.a1}","${quote(place.label)}")`
        : text(place.label);
    const rule = RULES[f.rule as keyof typeof RULES];
    return [
      SEVERITY_LABEL[f.severity],
      text(f.clientId),
      text(f.clientName),
      f.month ? text(formatEraMonth(f.month)) : '',
      text(f.message),
      text(rule ? `${rule.title}（${f.source ?? rule.source}）` : (f.source ?? '')),
      link,
    ];
  });
  return [head, ...body];
}

const SEVERITY_BG = { エラー: '#f4c7c3', 警告: '#fce8b2', 情報: '#d2e3fc' } as Record<string, string>;

export interface WrittenTabs {
  result: Sheet;
  grid: Sheet;
}

/**
 * Write 点検結果 and 月次接触状況 as new tabs (the previous ones were removed by the clear that runs first).
 * A fixed number of calls per tab: one setValues, one setBackgrounds, frozen header, filter.
 */
export function writeTabs(
  ss: Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  result: CheckResult,
  grid: ContactGrid,
): WrittenTabs {
  const sheets = ss.getSheets();
  const ids = new Map<string, number>();
  for (const s of sheets) ids.set(s.getName(), s.getSheetId());
  const taken = new Set(ids.keys());
  const created: number[] = [];

  const res = newTab(ss, RESULT_TAB, taken, created);
  const rows = resultRows(result.findings, ids, notCheckableFindings(result));
  const width = rows[0]!.length;
  sizeTab(res, rows.length, width);
  res.getRange(1, 1, rows.length, width).setValues(rows);
  res.getRange(1, 1, 1, width).setFontWeight('bold').setBackground('#e8eaed');
  if (rows.length > 1)
    res
      .getRange(2, 1, rows.length - 1, 1)
      .setBackgrounds(rows.slice(1).map((r) => [SEVERITY_BG[r[0]!] ?? '#ffffff']));
  res.setFrozenRows(1);
  res.getRange(1, 1, rows.length, width).createFilter();
  res.setColumnWidths(1, 4, 80);
  res.setColumnWidth(5, 480);
  res.setColumnWidth(6, 260);

  const g = newTab(ss, GRID_TAB, taken, created);
  const table = gridTable(grid, monthLabel);
  const gw = table[0]!.length;
  sizeTab(g, table.length, gw);
  g.getRange(1, 1, table.length, gw).setValues(
    table.map((r, i) => r.map((v, c) => text(i > 0 && (c === 3 || c === 4) ? officeDate(v) : v))),
  );
  g.getRange(1, 1, 1, gw).setFontWeight('bold').setBackground('#e8eaed');
  if (grid.rows.length > 0) {
    const colours = grid.rows.map((r) => [
      ...Array.from({ length: GRID_LEAD_COLUMNS }, (_, i) => (i === 5 && r.missing ? '#f4c7c3' : '#ffffff')),
      ...r.cells.map(cellColor),
    ]);
    g.getRange(2, 1, grid.rows.length, gw).setBackgrounds(colours);
  }
  g.getRange(1, 1).setNote(
    `月次接触状況（${formatEraDate(grid.asOf)}時点）\n` +
      Object.entries(MARK_LABEL)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n') +
      '\n休: 休職の月　JC: ジョブコーチの月',
  );
  g.setFrozenRows(1);
  g.setFrozenColumns(2);
  g.setColumnWidths(GRID_LEAD_COLUMNS + 1, grid.months.length, 64);

  setChecked(props, TABS_KEY, JSON.stringify(created), '点検結果のタブの記録', '');
  return { result: res, grid: g };
}
