import { cellText, isBlank } from '../../shared/codecs/cell.ts';
import { columnLetter } from '../../shared/model/column.ts';
import { describeLayout as readerLayout } from '../../shared/read/describe.ts';
import { readWorkbook } from '../../shared/read/workbook.ts';
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
  /** The shape of record read and how, or why the tab was not read: the reader's own words (what check prints). */
  shape: string | null;
  how: string | null;
}
export interface LayoutView {
  tabs: TabView[];
  roles: { role: TabView['role']; label: string }[];
  fieldChoices: Record<'roster' | 'contacts' | 'monthly', { field: string; label: string }[]>;
}

/**
 * THE adapter between the reader and the mapping sidebar: the tab → role, header row, field → column and
 * ignored columns of each tab from the reader's own description (`shared/read/describe.ts`, what `check`
 * prints), plus what only the sidebar needs: each tab's header cells to choose from, and why a saved mapping
 * does not fit a tab. Nothing else in apps-script/ looks at the reader's layouts.
 */
export function describeLayout(wb: Workbook, mapping?: Mapping): LayoutView {
  // the reader's own description (the one `check` prints and `check --json` carries as `layout`): tab roles
  // by evidence, hidden tabs and old copies skipped, id columns settled against the roster
  const read = readWorkbook(wb, mapping);
  const described = read.ok ? readerLayout(read.tabs) : null;
  const tabs = wb.tabs.map((tab): TabView => {
    const m = mapping?.tabs[tab.name];
    const got: Layout | { message: string } | null = m ? layoutFromMapping(tab, m) : detectLayout(tab);
    const problem = got && 'message' in got ? got.message : null;
    const layout = got && !('message' in got) ? got : null;
    const d = described?.[tab.name];
    // for the office settings, the row above the first key (the mapping's headerRow for a key/value tab)
    const headerRow =
      d && d.role !== 'office'
        ? d.headerRow
        : layout
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
    const role: TabView['role'] = d ? (d.role ?? 'ignore') : layout ? layout.role : 'ignore';
    const shape = d?.shape ?? null;
    const how = d ? (d.how ?? d.skipped) : null;
    if (role === 'ignore' || role === 'office')
      return { tab: tab.name, role, headerRow, fields: [], ignored: [], headers, problem, shape, how };
    const fields = d
      ? Object.entries(d.fields).map(([field, f]) => ({
          field,
          label: f.label,
          letter: f.column,
          header: f.header,
        }))
      : layout?.kind === 'table'
        ? Object.entries(layout.columns)
            .filter((e): e is [string, NonNullable<(typeof e)[1]>] => !!e[1])
            .map(([field, ref]) => ({
              field,
              label: (ROLE_FIELDS[layout.role] as Record<string, readonly string[]>)[field]?.[0] ?? field,
              letter: ref.letter,
              header: ref.header,
            }))
        : [];
    fields.sort((a, b) => a.letter.length - b.letter.length || a.letter.localeCompare(b.letter));
    return {
      tab: tab.name,
      role,
      headerRow,
      fields,
      ignored: d ? d.ignored.map((i) => i.header) : layout?.kind === 'table' ? layout.unknownHeaders : [],
      headers,
      problem,
      shape,
      how,
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
