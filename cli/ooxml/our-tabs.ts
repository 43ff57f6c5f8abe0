/**
 * How a --write copy marks the tabs it added (点検結果, 月次接触状況): a hidden workbook-wide defined name
 * `_teichaku_tab_N` whose formula points at the tab ('点検結果'!$A$1). Excel keeps the name pointing at the
 * tab when it is renamed or moved. The patcher takes these tabs away on a re-run, and the reader leaves
 * them unread: they are what we wrote, not the office's record.
 */
export const OUR_TAB_NAME = /^_teichaku_tab_(\d+)$/i;

/** The sheet a `'name'!$A$1` (or `name!$A$1`) formula points at. */
export function sheetOfFormula(f: string): string | undefined {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(f);
  return m ? (m[1]?.replace(/''/g, "'") ?? m[2]) : undefined;
}

/** Is this defined name (its name, localSheetId, formula) one of ours marking a tab? Then which tab. */
export function ourTabOf(name: string | undefined, localSheetId: string | undefined, formula: string) {
  return OUR_TAB_NAME.test(name ?? '') && localSheetId === undefined ? sheetOfFormula(formula) : undefined;
}
