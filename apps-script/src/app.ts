import { type CheckResult, checkWorkbook } from '../../shared/check.ts';
import { contactGrid } from '../../shared/grid/contact-grid.ts';
import { missingTabMessage, readWorkbook } from '../../shared/read/workbook.ts';
import { type Mapping, parseMapping } from '../../shared/sheet/mapping.ts';
import { describeLayout } from './layout-view.ts';
import { mappingHtml } from './mapping-html.ts';
import { clearSheet, markSheet, planMarks } from './marks.ts';
import { readSpreadsheet } from './read-sheet.ts';
import { tooLarge } from './store.ts';
import { summaryData, summaryHtml } from './summary.ts';
import { ourTabIds, removeOurTabs, writeTabs } from './tabs.ts';
import { wordsView } from './words-view.ts';
import { todayIn } from './zone.ts';

/** A problem the person can act on: shown as a Japanese dialog, never as a stack trace. */
export class UserError extends Error {}

const TITLE = '定着 点検';
const MAPPING_KEY = 'teichaku.mapping';

const ss = () => {
  const s = SpreadsheetApp.getActiveSpreadsheet();
  if (!s) throw new UserError('スプレッドシートを開いてから実行してください。');
  return s;
};
const props = () => PropertiesService.getDocumentProperties();

function alert(message: string) {
  const ui = SpreadsheetApp.getUi();
  ui.alert(TITLE, message, ui.ButtonSet.OK);
}

/** Run an entry point; any failure becomes a Japanese dialog that says what to do. */
export function guard<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    alert(
      e instanceof UserError
        ? e.message
        : '処理の途中で問題が起きました。もう一度お試しください。続くときは、シートの内容は変えずに管理者へお知らせください。',
    );
    return undefined;
  }
}

/** Only one person validates or clears at a time (a document lock). */
export function withLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(1000))
    throw new UserError(
      'ほかの方がこのシートを点検中です。終わるまで少し待ってから、もう一度お試しください。',
    );
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

export function savedMapping(): Mapping | undefined {
  const raw = props().getProperty(MAPPING_KEY);
  if (!raw) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new UserError(
      '保存された列の対応が壊れています。「列の対応を確認・変更…」で保存し直してください。',
    );
  }
  const m = parseMapping(json);
  if (!m.ok) throw new UserError(`${m.reason}。「列の対応を確認・変更…」で保存し直してください。`);
  return m.value;
}

/** Remove every mark the add-on made: its rules, its note lines, its tabs. */
export function clearAll(s: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const p = props();
  const ours = ourTabIds(p);
  for (const sheet of s.getSheets()) if (!ours.has(sheet.getSheetId())) clearSheet(sheet);
  removeOurTabs(s, p);
}

function runCheck(s: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const wb = readSpreadsheet(s, ourTabIds(props()));
  const asOf = todayIn(s.getSpreadsheetTimeZone());
  const out = checkWorkbook(wb, { asOf, mapping: savedMapping() });
  if (!out.ok)
    throw new UserError(`${out.error}\n「列の対応を確認・変更…」で、どのタブ・列を読むかを指定できます。`);
  return out;
}

function showSummary(result: CheckResult) {
  const html = HtmlService.createHtmlOutput(summaryHtml(summaryData(result))).setTitle('点検結果の一覧');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The toast after a check: what cannot be checked first (domain §10), then the counts. */
export function checkToast(result: CheckResult): string {
  const cannot = result.summary.notCheckable.length;
  return (
    (cannot ? `点検できないことが${cannot}件あります（一覧のいちばん上）。` : '') +
    `エラー ${result.summary.error}件・警告 ${result.summary.warning}件。「点検結果」タブと一覧をご覧ください。`
  );
}

export function validate() {
  const s = ss();
  withLock(() => {
    clearAll(s);
    const out = runCheck(s);
    const plan = planMarks(out.result.findings);
    for (const [name, marks] of plan) {
      const sheet = s.getSheetByName(name);
      if (sheet) markSheet(sheet, marks);
    }
    writeTabs(s, props(), out.result, contactGrid(out.caseload, out.result.asOf));
    s.toast(checkToast(out.result), '点検しました');
    showSummary(out.result);
  });
}

export function clear() {
  const s = ss();
  withLock(() => clearAll(s));
  s.toast('点検の色・メモ・タブを消しました（元の内容はそのままです）。', '点検の表示を消しました');
}

export function showSummaryNow() {
  const s = ss();
  showSummary(runCheck(s).result);
}

export function showMapping() {
  const s = ss();
  const wb = readSpreadsheet(s, ourTabIds(props()));
  const mapping = savedMapping();
  const html = HtmlService.createHtmlOutput(
    mappingHtml(describeLayout(wb, mapping), mapping ?? null, s.getName(), wordsView(wb, mapping)),
  ).setTitle('列の対応');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Sidebar call: select the cell a finding points at. Plain arguments in, nothing out. */
export function selectCell(sheetName: unknown, row: unknown, column: unknown) {
  if (typeof sheetName !== 'string' || typeof column !== 'string' || !/^[A-Z]{1,3}$/.test(column))
    throw new UserError('セルの場所が正しくありません。');
  const r = Number(row);
  if (!Number.isInteger(r) || r < 1) throw new UserError('セルの場所が正しくありません。');
  const sheet = ss().getSheetByName(sheetName);
  if (!sheet) throw new UserError(`タブ「${sheetName}」が見つかりません。もう一度点検してください。`);
  sheet.getRange(`${column}${r}`).activate();
}

/** Sidebar call: save the mapping (the JSON `teichaku --mapping` reads) after checking that it reads the sheet. */
export function saveMapping(json: unknown): { ok: boolean; message: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(json));
  } catch {
    return { ok: false, message: '対応表を読み取れませんでした。' };
  }
  const m = parseMapping(parsed);
  if (!m.ok) return { ok: false, message: m.reason };
  const read = readWorkbook(readSpreadsheet(ss(), ourTabIds(props())), m.value);
  if (!read.ok) return { ok: false, message: `この対応ではシートを読めません: ${read.error}` };
  // every check starts from the roster: a mapping that leaves it out cannot be used
  if (read.missing.includes('roster'))
    return {
      ok: false,
      message: `この対応ではシートを読めません: ${missingTabMessage(read.caseload.title, 'roster')}`,
    };
  const text = JSON.stringify(m.value);
  // measured in UTF-8 bytes against the Properties limits before anything is written
  const why = tooLarge(props(), MAPPING_KEY, text, '列の対応');
  if (why) return { ok: false, message: `${why}使わないタブの指定や、教えた言葉を減らしてください。` };
  props().setProperty(MAPPING_KEY, text);
  return { ok: true, message: '保存しました。次の点検からこの対応で読みます。' };
}

export function resetMapping(): { ok: boolean; message: string } {
  props().deleteProperty(MAPPING_KEY);
  return { ok: true, message: '自動の判定に戻しました。' };
}
