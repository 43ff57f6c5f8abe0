/**
 * The add-on's only public surface: every export here becomes a top-level function of dist/Code.js
 * (Apps Script sees only top-level function declarations). The names are a contract
 * (shared/docs/architecture.md): menus, triggers, google.script.run and tests call them by name.
 */
import {
  clear,
  guard,
  resetMapping,
  saveMapping,
  selectCell,
  showMapping,
  showSummaryNow,
  UserError,
  validate,
} from './app.ts';
import { billingView, mirrorMapping, renewToken, showBilling } from './billing.ts';
import { continueReports, progress, setTemplate, showAnnual, showReports, startReports } from './reports.ts';
import { SELFTEST_HANDLER, selfTest } from './selftest.ts';
import { doGetOutput } from './webapp.ts';

/**
 * Which menu the build makes (apps-script/build.ts defines it): 'top' — a menu of its own named 定着 点検
 * in the menu bar, for the script bound to the office's sheet (template copy or paste), whatever the
 * project is called; 'addon' — the 拡張機能 menu's sub-menu, for an add-on installed from a (private)
 * Workspace Marketplace listing, where it takes the listing's name. Ui.createAddonMenu in a bound script
 * takes the script project's name (a pasted 無題のプロジェクト shows that), hence the two.
 */
declare const __TEICHAKU_MENU__: string | undefined;
const MENU_KIND = typeof __TEICHAKU_MENU__ === 'string' ? __TEICHAKU_MENU__ : 'top';
const MENU_TITLE = '定着 点検';

/**
 * For functions the sidebars call: what reaches the sidebar's failure handler is a Japanese sentence,
 * never an internal message or a stack.
 */
function forSidebar<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new Error(
      e instanceof UserError
        ? e.message
        : '処理できませんでした。サイドバーを閉じて、もう一度開いてからお試しください。',
    );
  }
}

/** Builds the menu only: it runs before the add-on is authorised. */
export function onOpen(_e?: unknown) {
  const ui = SpreadsheetApp.getUi();
  (MENU_KIND === 'addon' ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE))
    .addItem('点検する', 'teichakuValidate')
    .addItem('点検の表示を消す', 'teichakuClear')
    .addSeparator()
    .addItem('点検結果の一覧', 'teichakuShowSummary')
    .addItem('列の対応を確認・変更…', 'teichakuShowMapping')
    .addSeparator()
    .addItem('支援レポートを作成…', 'teichakuReports')
    .addItem('年次報告を作成…', 'teichakuAnnualReport')
    .addItem('請求データ…', 'teichakuShowBilling')
    .addSeparator()
    .addItem('動作確認', 'teichakuSelfTest')
    .addToUi();
}

export function onInstall(e?: unknown) {
  onOpen(e);
}

export function teichakuValidate() {
  guard(validate);
}

export function teichakuClear() {
  guard(clear);
}

export function teichakuShowSummary() {
  guard(showSummaryNow);
}

export function teichakuShowMapping() {
  guard(showMapping);
}

/** Called by the summary sidebar. A failure goes back to the sidebar's failure handler as a Japanese message. */
export function teichakuSelectCell(sheet: unknown, row: unknown, column: unknown) {
  forSidebar(() => selectCell(sheet, row, column));
}

/** Called by the mapping sidebar with the mapping as a JSON string; answers { ok, message }. */
export function teichakuSaveMapping(json: unknown) {
  return forSidebar(() => {
    const r = saveMapping(json);
    if (r.ok) mirrorMapping();
    return r;
  });
}

export function teichakuResetMapping() {
  return forSidebar(() => {
    const r = resetMapping();
    mirrorMapping();
    return r;
  });
}

export function teichakuShowBilling() {
  guard(showBilling);
}

/** Called by the 請求データ sidebar when the month changes. */
export function teichakuBillingData(month: unknown) {
  return forSidebar(() => billingView(month));
}

/** Called by the 請求データ sidebar: a new web-app token for this sheet (the old one is refused from now on). */
export function teichakuRenewToken() {
  return forSidebar(() => renewToken());
}

/**
 * The web app (extension/README.md, "Web app contract"): GET <exec URL>?token=…[&month=YYYY-MM] → the
 * month's billing document as JSON, or { error: { code, message } }; a wrong or missing token gets
 * `forbidden` and no data.
 */
export function doGet(e?: unknown) {
  return doGetOutput(e);
}

/** 支援レポートを作成…: the sidebar (month, clients, template, progress). */
export function teichakuReports() {
  guard(showReports);
}

/** Called by the reports sidebar: start a month's run; answers its progress. */
export function teichakuReportsStart(month: unknown, clientIds: unknown) {
  return forSidebar(() => startReports(month, clientIds));
}

/** The time-driven trigger of a paused run, and the open sidebar: go on where the run stopped. */
export function teichakuReportsContinue(_e?: unknown) {
  return forSidebar(() => continueReports());
}

/** Called by the reports sidebar while it polls: n / total. */
export function teichakuReportsProgress() {
  return forSidebar(() => progress());
}

/** Called by the reports sidebar: the office's own template (a Google Doc URL), or blank for 別紙様式1. */
export function teichakuReportsSetTemplate(url: unknown) {
  return forSidebar(() => setTemplate(url));
}

/** 年次報告を作成…: a Google Doc with the fiscal year's figures. */
export function teichakuAnnualReport() {
  guard(showAnnual);
}

/** 動作確認: checks on this account what the README lists as not seen, and writes the 動作確認 tab. */
export function teichakuSelfTest() {
  guard(() => {
    const checks = selfTest();
    const failed = checks.filter((c) => c.ok === false);
    SpreadsheetApp.getUi().alert(
      '定着 点検 — 動作確認',
      failed.length === 0
        ? `確認した${checks.filter((c) => c.ok !== null).length}件はすべて成功しました。「動作確認」タブの見本（E2:E4）が薄い赤になっているかもご確認ください。`
        : `失敗: ${failed.map((c) => `「${c.what}」`).join('')}。「動作確認」タブに理由があります。管理者へお知らせください。`,
      SpreadsheetApp.getUi().ButtonSet.OK,
    );
  });
}

/** The handler of the trigger 動作確認 makes and deletes at once: it does nothing. */
export function teichakuSelfTestTrigger(_e?: unknown) {
  return SELFTEST_HANDLER;
}
