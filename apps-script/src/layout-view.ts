import { cellText, isBlank } from '../../shared/codecs/cell.ts';
import { columnLetter } from '../../shared/model/column.ts';
import { detectLayout, type Layout, layoutFromMapping } from '../../shared/sheet/detect.ts';
import { ROLE_FIELDS, ROLE_LABEL } from '../../shared/sheet/fields.ts';
import type { Mapping } from '../../shared/sheet/mapping.ts';
import type { Workbook } from '../../shared/sheet/tab.ts';

/** What the mapping sidebar shows for one tab (plain JSON). */
export interface TabView {
  tab: string;
  role: 'office' | 'roster' | 'contacts' | 'monthly' | 'ignore';
  /** 1-based header row (for the office settings: the row above the first key, if any). */
  headerRow: number | null;
  fields: { field: string; label: string; letter: string; header: string }[];
  /** Header cells no field claims. */
  ignored: string[];
  /** Every non-blank cell of the header row, to choose from. */
  headers: { letter: string; header: string }[];
  /** Why the saved mapping does not fit this tab, if it does not. */
  problem: string | null;
}
export interface LayoutView {
  tabs: TabView[];
  roles: { role: TabView['role']; label: string }[];
  fieldChoices: Record<'roster' | 'contacts' | 'monthly', { field: string; label: string }[]>;
}

/**
 * THE adapter between the reader and the mapping sidebar: the tab → role, header row, field → column and
 * ignored columns of each tab, as the reader understands them today (detection, or the saved mapping).
 * When the reader publishes its own layout description (the one `check --json` prints as `layout`), this
 * one function switches to it; nothing else in apps-script/ looks at the reader's layouts.
 */
export function describeLayout(wb: Workbook, mapping?: Mapping): LayoutView {
  const tabs = wb.tabs.map((tab): TabView => {
    const m = mapping?.tabs[tab.name];
    const got: Layout | { message: string } | null = m ? layoutFromMapping(tab, m) : detectLayout(tab);
    const problem = got && 'message' in got ? got.message : null;
    const layout = got && !('message' in got) ? got : null;
    // for the office settings, the row above the first key (the mapping's headerRow for a key/value tab)
    const headerRow = layout
      ? layout.kind === 'table'
        ? layout.headerRow
        : layout.firstRow > 1
          ? layout.firstRow - 1
          : null
      : null;
    // a tab read as nothing offers its first row's cells, should the office say it is a table
    const headerCells = tab.rows[(headerRow ?? 1) - 1] ?? [];
    const headers = headerCells
      .map((c, i) => ({ letter: columnLetter(i + 1), header: isBlank(c) ? '' : cellText(c) }))
      .filter((h) => h.header !== '');
    if (!layout || layout.kind === 'keyvalue')
      return {
        tab: tab.name,
        role: layout ? 'office' : 'ignore',
        headerRow,
        fields: [],
        ignored: [],
        headers,
        problem,
      };
    const words = ROLE_FIELDS[layout.role] as Record<string, readonly string[]>;
    const fields = Object.entries(layout.columns)
      .filter((e): e is [string, NonNullable<(typeof e)[1]>] => !!e[1])
      .map(([field, ref]) => ({
        field,
        label: words[field]?.[0] ?? field,
        letter: ref.letter,
        header: ref.header,
      }))
      .sort((a, b) => a.letter.length - b.letter.length || a.letter.localeCompare(b.letter));
    return {
      tab: tab.name,
      role: layout.role,
      headerRow,
      fields,
      ignored: layout.unknownHeaders,
      headers,
      problem,
    };
  });
  const choices = (role: 'roster' | 'contacts' | 'monthly') =>
    Object.entries(ROLE_FIELDS[role] as Record<string, readonly string[]>).map(([field, w]) => ({
      field,
      label: w[0] ?? field,
    }));
  return {
    tabs,
    roles: [
      { role: 'roster', label: ROLE_LABEL.roster },
      { role: 'contacts', label: ROLE_LABEL.contacts },
      { role: 'monthly', label: ROLE_LABEL.monthly },
      { role: 'office', label: ROLE_LABEL.office },
      { role: 'ignore', label: '使わない' },
    ],
    fieldChoices: { roster: choices('roster'), contacts: choices('contacts'), monthly: choices('monthly') },
  };
}
