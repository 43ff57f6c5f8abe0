import { cellText, isBlank } from '../codecs/cell.ts';
import { columnLetter, columnNumber } from '../model/column.ts';
import {
  KEY_HEADERS,
  normalizeHeader,
  OFFICE_KEYS,
  ROLE_FIELDS,
  type Role,
  VALUE_HEADERS,
} from './fields.ts';
import type { TabMapping } from './mapping.ts';
import type { Tab } from './tab.ts';

/** Where one field sits in a tab. */
export interface ColumnRef {
  /** 1-based column number. */
  col: number;
  letter: string;
  /** The header as the office wrote it. */
  header: string;
}

export interface TableLayout {
  kind: 'table';
  tab: string;
  role: Exclude<Role, 'office'>;
  /** 1-based row of the header. */
  headerRow: number;
  columns: Partial<Record<string, ColumnRef>>;
  /** Headers no field claims: kept so nothing the office typed is silently dropped from view. */
  unknownHeaders: string[];
}

export interface KeyValueLayout {
  kind: 'keyvalue';
  tab: string;
  role: 'office';
  keyCol: number;
  valueCol: number;
  firstRow: number;
}

export type Layout = TableLayout | KeyValueLayout;

const HEADER_SCAN_ROWS = 15;

type TableRole = TableLayout['role'];
/** Header key → the field it names and its rank in the field's synonym list (0 = most specific). */
const lookup: Record<TableRole, Map<string, { field: string; rank: number }>> = {
  roster: new Map(),
  contacts: new Map(),
  monthly: new Map(),
};
for (const role of Object.keys(ROLE_FIELDS) as TableRole[]) {
  for (const [field, words] of Object.entries(ROLE_FIELDS[role])) {
    (words as readonly string[]).forEach((w, rank) => {
      const k = normalizeHeader(w);
      if (!lookup[role].has(k)) lookup[role].set(k, { field, rank });
    });
  }
}

/** The fields a tab must have to be taken for that role. */
function hasSignature(role: TableRole, cols: Partial<Record<string, ColumnRef>>): boolean {
  const who = !!(cols.id || cols.clientId || cols.name);
  switch (role) {
    case 'roster':
      return who && !!(cols.startDate || cols.hireDate);
    case 'contacts':
      return who && !!cols.date && !!cols.method;
    case 'monthly':
      return who && !!cols.month && !!(cols.reportShownDate || cols.goal1 || cols.jobcoach);
  }
}

/**
 * Match a header row to fields. When two columns name one field, the more specific word wins (利用者ID over
 * a leading row-number column 'No'); on a tie, the leftmost. The other column is kept as an unknown header.
 */
function matchRow(role: TableRole, row: readonly unknown[]) {
  const best: Partial<Record<string, ColumnRef & { rank: number }>> = {};
  const unknownHeaders: string[] = [];
  row.forEach((cell, i) => {
    if (isBlank(cell as never)) return;
    const header = cellText(cell as never);
    const hit = lookup[role].get(normalizeHeader(header));
    if (!hit) {
      unknownHeaders.push(header);
      return;
    }
    const prev = best[hit.field];
    if (prev && prev.rank <= hit.rank) {
      unknownHeaders.push(header);
      return;
    }
    if (prev) unknownHeaders.push(prev.header);
    best[hit.field] = { col: i + 1, letter: columnLetter(i + 1), header, rank: hit.rank };
  });
  const columns: Partial<Record<string, ColumnRef>> = {};
  for (const [field, ref] of Object.entries(best)) {
    if (ref) columns[field] = { col: ref.col, letter: ref.letter, header: ref.header };
  }
  return { columns, unknownHeaders };
}

function detectKeyValue(tab: Tab): KeyValueLayout | null {
  const officeWords = new Set(Object.values(OFFICE_KEYS).flatMap((ws) => ws.map(normalizeHeader)));
  const keyHeads = new Set(KEY_HEADERS.map(normalizeHeader));
  const valueHeads = new Set(VALUE_HEADERS.map(normalizeHeader));
  const rows = tab.rows.slice(0, 60);
  // by a 項目 | 値 header
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    const row = rows[r] ?? [];
    const k = row.findIndex((c) => !isBlank(c) && keyHeads.has(normalizeHeader(cellText(c))));
    const v = row.findIndex((c) => !isBlank(c) && valueHeads.has(normalizeHeader(cellText(c))));
    if (k >= 0 && v >= 0)
      return {
        kind: 'keyvalue',
        tab: tab.name,
        role: 'office',
        keyCol: k + 1,
        valueCol: v + 1,
        firstRow: r + 2,
      };
  }
  // or by setting names down one column
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < Math.min(width, 5); c++) {
    const hits = rows.filter(
      (row) => !isBlank(row[c] ?? null) && officeWords.has(normalizeHeader(cellText(row[c] ?? null))),
    ).length;
    if (hits >= 2)
      return { kind: 'keyvalue', tab: tab.name, role: 'office', keyCol: c + 1, valueCol: c + 2, firstRow: 1 };
  }
  return null;
}

/** Guess which role a tab plays and where its header row is, from its headers (not its name). */
export function detectLayout(tab: Tab): Layout | null {
  let best: TableLayout | null = null;
  let bestScore = 0;
  for (let r = 0; r < Math.min(tab.rows.length, HEADER_SCAN_ROWS); r++) {
    const row = tab.rows[r] ?? [];
    for (const role of ['roster', 'contacts', 'monthly'] as const) {
      const { columns, unknownHeaders } = matchRow(role, row);
      if (!hasSignature(role, columns)) continue;
      const score = Object.keys(columns).length;
      if (score > bestScore) {
        bestScore = score;
        best = { kind: 'table', tab: tab.name, role, headerRow: r + 1, columns, unknownHeaders };
      }
    }
  }
  if (best) return best;
  return detectKeyValue(tab);
}

export type LayoutError = { tab: string; message: string };

/** Apply an explicit mapping for one tab; header words it does not name are still guessed. */
export function layoutFromMapping(tab: Tab, m: TabMapping): Layout | LayoutError | null {
  if (m.role === 'ignore') return null;
  if (m.role === 'office') {
    const kv = detectKeyValue(tab);
    return (
      kv ?? {
        kind: 'keyvalue',
        tab: tab.name,
        role: 'office',
        keyCol: 1,
        valueCol: 2,
        firstRow: m.headerRow ? m.headerRow + 1 : 1,
      }
    );
  }
  let headerRow = m.headerRow;
  if (!headerRow) {
    const guess = detectLayout(tab);
    headerRow = guess?.kind === 'table' && guess.role === m.role ? guess.headerRow : 1;
  }
  const row = tab.rows[headerRow - 1] ?? [];
  const { columns, unknownHeaders } = matchRow(m.role, row);
  for (const [key, field] of Object.entries(m.columns ?? {})) {
    let col = -1;
    if (/^[A-Z]{1,3}$/.test(key)) col = columnNumber(key);
    else {
      const i = row.findIndex((c) => !isBlank(c) && normalizeHeader(cellText(c)) === normalizeHeader(key));
      if (i >= 0) col = i + 1;
    }
    if (col < 1)
      return {
        tab: tab.name,
        message: `対応表の列「${key}」がタブ「${tab.name}」の${headerRow}行目の見出しにありません`,
      };
    for (const [f, ref] of Object.entries(columns)) if (ref?.col === col) delete columns[f];
    columns[field] = { col, letter: columnLetter(col), header: cellText(row[col - 1] ?? null) || key };
  }
  if (!hasSignature(m.role, columns)) {
    return {
      tab: tab.name,
      message: `タブ「${tab.name}」（${headerRow}行目の見出し）に必要な列が見つかりません`,
    };
  }
  return { kind: 'table', tab: tab.name, role: m.role, headerRow, columns, unknownHeaders };
}
