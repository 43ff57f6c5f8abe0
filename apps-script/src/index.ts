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
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('点検する', 'teichakuValidate')
    .addItem('点検の表示を消す', 'teichakuClear')
    .addSeparator()
    .addItem('点検結果の一覧', 'teichakuShowSummary')
    .addItem('列の対応を確認・変更…', 'teichakuShowMapping')
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
  return forSidebar(() => saveMapping(json));
}

export function teichakuResetMapping() {
  return forSidebar(() => resetMapping());
}
