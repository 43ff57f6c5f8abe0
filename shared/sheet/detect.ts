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
import { type Candidate, matchWeight, scoreHeader, type TableRole } from './match.ts';
import type { Tab } from './tab.ts';

/** Where one field sits in a tab. */
export interface ColumnRef {
  /** 1-based column number. */
  col: number;
  letter: string;
  /** The header as the office wrote it (two header rows joined: 支援期間開始). */
  header: string;
}

/** A header no field took, and why. */
export interface IgnoredColumn extends ColumnRef {
  /** In Japanese: 当てはまる項目がありません / 「支援開始日」にはC列「開始日」を使いました. */
  reason: string;
}

/** A month grid (domain §10): one row per client, one column per month. */
export interface GridInfo {
  /** The month columns, in sheet order. */
  months: (ColumnRef & { month: string })[];
  /** The fiscal year (its April) the 年度 heading gave, or null when the headers carry their years. */
  fiscalYear: number | null;
  /** The legend (凡例): mark → what it means. */
  legend: Record<string, string>;
  /** The 1-based row of the 凡例 cell; rows from it on are not clients. */
  legendRow: number | null;
  /** The row of each client read (filled by the reader), so a month's finding points at its cell. */
  clientRows: Record<string, number>;
}

export interface TableLayout {
  kind: 'table';
  tab: string;
  role: Exclude<Role, 'office'>;
  /** 1-based row of the header (the lower row when the header spans two rows). */
  headerRow: number;
  columns: Partial<Record<string, ColumnRef>>;
  /** Headers no field claims: kept so nothing the office typed is silently dropped from view. */
  unknownHeaders: string[];
  /** Every non-blank header that no field took, with the reason. */
  ignored?: IgnoredColumn[];
  /** The other columns that could have been a field (the id column is settled by evidence later). */
  alternatives?: Partial<Record<string, ColumnRef[]>>;
  /** How well the headers fit the role: the sum of match weights. */
  score?: number;
  /** Set when the tab is a month grid: its columns are months, not fields. */
  grid?: GridInfo;
  /** Set when the tab is a client record tab (個人ケース記録): the label/value block above the table. */
  recordBlock?: { field: string; label: string; letter: string; row: number }[];
}

export interface KeyValueLayout {
  kind: 'keyvalue';
  tab: string;
  role: 'office';
  keyCol: number;
  valueCol: number;
  firstRow: number;
  /** How many distinct setting names were found. */
  score?: number;
}

export type Layout = TableLayout | KeyValueLayout;

const HEADER_SCAN_ROWS = 15;

/** The Japanese name of a field in messages: the first word offices use for it. */
export function fieldLabel(role: TableRole, field: string): string {
  const words = (ROLE_FIELDS[role] as Record<string, readonly string[]>)[field];
  return words?.[0] ?? field;
}

/** The fields a tab must have to be taken for that role. */
export function hasSignature(role: TableRole, cols: Partial<Record<string, ColumnRef>>): boolean {
  const who = !!(cols.id || cols.clientId || cols.name);
  switch (role) {
    case 'roster':
      return who && !!(cols.startDate || cols.hireDate);
    case 'contacts':
      // a narrative log has no method column: the method is read from its 支援内容 text (domain §10)
      return who && !!cols.date && !!(cols.method || cols.content);
    case 'monthly':
      return who && !!cols.month && !!(cols.reportShownDate || cols.goal1 || cols.jobcoach);
  }
}

/** The parts of a role's signature (hasSignature), each with the fields that make it and its name in messages. */
export const SIGNATURE_PARTS: Record<TableRole, { fields: string[]; label: string }[]> = {
  roster: [
    { fields: ['id', 'name'], label: '利用者（利用者IDか氏名）' },
    { fields: ['startDate', 'hireDate'], label: '支援開始日か就職日' },
  ],
  contacts: [
    { fields: ['clientId', 'name'], label: '利用者（利用者IDか氏名）' },
    { fields: ['date'], label: '日付' },
    { fields: ['method', 'content'], label: '方法か支援内容' },
  ],
  monthly: [
    { fields: ['clientId', 'name'], label: '利用者（利用者IDか氏名）' },
    { fields: ['month'], label: '年月' },
    { fields: ['reportShownDate', 'goal1', 'jobcoach'], label: 'レポート提示日' },
  ],
};

/** A tab that has part of a role's headers but not all: what was found and what is lacking. */
export interface NearMiss {
  role: TableRole;
  /** 1-based row of the header that came closest. */
  headerRow: number;
  found: string[];
  lacking: string[];
}

/**
 * Of a tab no role took, the role it comes closest to (at least two parts of its signature, or one when the
 * tab's name speaks for the role), with what was found and what is lacking; null when it resembles none.
 */
export function nearMiss(tab: Tab): NearMiss | null {
  let best: (NearMiss & { score: number }) | null = null;
  for (const role of ['contacts', 'monthly', 'roster'] as const) {
    const named = NAME_EVIDENCE[role].test(tab.name);
    for (let r = 0; r < Math.min(tab.rows.length, HEADER_SCAN_ROWS); r++) {
      const { columns } = matchRow(role, tab.rows[r] ?? []);
      const found: string[] = [];
      const lacking: string[] = [];
      for (const part of SIGNATURE_PARTS[role])
        (part.fields.some((f) => columns[f]) ? found : lacking).push(part.label);
      if (lacking.length === 0 || found.length < (named ? 1 : 2)) continue;
      const score = found.length + (named ? 0.5 : 0);
      if (!best || score > best.score) best = { role, headerRow: r + 1, found, lacking, score };
    }
  }
  if (!best) return null;
  const { score: _, ...miss } = best;
  return miss;
}

/** A near miss in the office's terms: 見出し1行目の日付と利用者（利用者IDか氏名）は分かりましたが、方法の列がありません. */
export function nearMissText(m: NearMiss): string {
  return `見出し${m.headerRow}行目の${m.found.join('と')}は分かりましたが、${m.lacking.join('と')}の列がありません`;
}

/** The words a role's required fields are looked for by, for a message about a missing column. */
export const REQUIRED_FIELDS: Record<TableRole, string[]> = {
  roster: ['id', 'name', 'startDate', 'hireDate'],
  contacts: ['date', 'method'],
  monthly: ['month', 'reportShownDate'],
};

interface HeaderCell {
  col: number;
  /** The texts the column may be read by: its own header, and joined with a group header above it. */
  texts: string[];
}

const text = (c: unknown) => (isBlank(c as never) ? '' : cellText(c as never));

/** The header cells of row r (0-based), alone or joined with the group row above (支援期間 over 開始 / 終了). */
function headerCells(rows: readonly (readonly unknown[])[], r: number, twoRow: boolean): HeaderCell[] {
  const lower = rows[r] ?? [];
  const upper = twoRow ? (rows[r - 1] ?? []) : [];
  const width = Math.max(lower.length, upper.length);
  const out: HeaderCell[] = [];
  let group = '';
  let span = 0;
  for (let i = 0; i < width; i++) {
    const lo = text(lower[i]);
    const up = text(upper[i]);
    if (up) {
      group = up;
      span = 0;
    } else if (group && lo && span < 6) span++;
    else group = '';
    if (!lo) {
      // a header merged down over both rows sits in the upper row
      if (up) out.push({ col: i + 1, texts: [up] });
      continue;
    }
    out.push({ col: i + 1, texts: group && group !== lo ? [lo, group + lo] : [lo] });
  }
  return out;
}

/**
 * Match one header row to fields, one column to one field: every (column, field) candidate is scored and
 * the best are taken first, so a column that could be two fields goes where it fits best, and of two
 * columns naming one field the better named wins. What lost is recorded with the reason.
 */
export function matchHeaders(role: TableRole, cells: readonly HeaderCell[]) {
  const all: { cell: HeaderCell; header: string; cand: Candidate }[] = [];
  for (const cell of cells) {
    for (const t of cell.texts) for (const cand of scoreHeader(role, t)) all.push({ cell, header: t, cand });
  }
  all.sort((a, b) => b.cand.score - a.cand.score || a.cell.col - b.cell.col);
  const columns: Partial<Record<string, ColumnRef>> = {};
  const alternatives: Partial<Record<string, ColumnRef[]>> = {};
  const taken = new Map<number, string>();
  let score = 0;
  for (const { cell, header, cand } of all) {
    const ref = { col: cell.col, letter: columnLetter(cell.col), header };
    if (taken.has(cell.col)) continue;
    const have = columns[cand.field];
    if (have) {
      if (have.col !== cell.col) {
        const alts = alternatives[cand.field] ?? [];
        if (!alts.some((a) => a.col === cell.col)) alts.push(ref);
        alternatives[cand.field] = alts;
      }
      continue;
    }
    columns[cand.field] = ref;
    taken.set(cell.col, cand.field);
    score += matchWeight(cand.how);
  }
  const ignored: IgnoredColumn[] = [];
  for (const cell of cells) {
    if (taken.has(cell.col)) continue;
    const header = cell.texts[0]!;
    const lostTo = Object.entries(alternatives).find(([, alts]) => alts?.some((a) => a.col === cell.col));
    const winner = lostTo ? columns[lostTo[0]] : undefined;
    ignored.push({
      col: cell.col,
      letter: columnLetter(cell.col),
      header,
      reason:
        lostTo && winner
          ? `「${fieldLabel(role, lostTo[0])}」には${winner.letter}列「${winner.header}」を使いました`
          : '当てはまる項目がありません',
    });
  }
  return { columns, alternatives, ignored, score };
}

export function matchRow(role: TableRole, row: readonly unknown[]) {
  return matchHeaders(role, headerCells([row], 0, false));
}

/** Words in a tab's name that speak for (or against) a role. The headers decide; the name tips a close call. */
const NAME_EVIDENCE: Record<Role, RegExp> = {
  office: /事業所|設定|基本情報/,
  roster: /利用者|名簿|台帳|一覧/,
  contacts: /支援記録|記録|ケース|経過|連絡|面談/,
  monthly: /月次|レポート|月別|月間/,
};
/** A list of the office's own staff (職員名簿) is neither the roster nor the settings. */
const STAFF_TAB = /職員|スタッフ|従業員|支援員一覧/;

function nameBonus(tab: Tab, role: Role): number {
  if (STAFF_TAB.test(tab.name)) return -3;
  return NAME_EVIDENCE[role].test(tab.name) ? 0.5 : 0;
}

const officeWords = new Map<string, string>();
for (const [k, ws] of Object.entries(OFFICE_KEYS)) for (const w of ws) officeWords.set(normalizeHeader(w), k);

function detectKeyValue(tab: Tab): KeyValueLayout | null {
  const keyHeads = new Set(KEY_HEADERS.map(normalizeHeader));
  const valueHeads = new Set(VALUE_HEADERS.map(normalizeHeader));
  const rows = tab.rows.slice(0, 60);
  const width = Math.max(0, ...rows.map((r) => r.length));
  // setting names down one column: count the distinct settings, and how much of the column they make up
  let best: { c: number; distinct: number } | null = null;
  for (let c = 0; c < Math.min(width, 5); c++) {
    const keys = new Set<string>();
    let filled = 0;
    for (const row of rows) {
      const v = row[c] ?? null;
      if (isBlank(v)) continue;
      filled++;
      const k = officeWords.get(normalizeHeader(cellText(v)));
      if (k) keys.add(k);
    }
    // a staff list whose 職種 column says 就労定着支援員 on every row holds one setting word, many times
    if (keys.size >= 2 && keys.size * 3 >= Math.min(filled, 9) && (!best || keys.size > best.distinct))
      best = { c, distinct: keys.size };
  }
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
        score: (best?.distinct ?? 0) + 2,
      };
  }
  if (best)
    return {
      kind: 'keyvalue',
      tab: tab.name,
      role: 'office',
      keyCol: best.c + 1,
      valueCol: best.c + 2,
      firstRow: 1,
      score: best.distinct,
    };
  return null;
}

/** The best header row of a tab for one table role (single or two-row headers), or null. */
function bestTable(tab: Tab, role: TableRole): TableLayout | null {
  let best: TableLayout | null = null;
  for (let r = 0; r < Math.min(tab.rows.length, HEADER_SCAN_ROWS); r++) {
    for (const twoRow of r > 0 ? [false, true] : [false]) {
      const m = matchHeaders(role, headerCells(tab.rows, r, twoRow));
      if (!hasSignature(role, m.columns)) continue;
      if (best && m.score <= (best.score ?? 0)) continue;
      best = {
        kind: 'table',
        tab: tab.name,
        role,
        headerRow: r + 1,
        columns: m.columns,
        unknownHeaders: m.ignored.map((i) => i.header),
        ignored: m.ignored,
        alternatives: m.alternatives,
        score: m.score,
      };
    }
  }
  return best;
}

/**
 * Every role a tab could play, scored by its evidence (matched headers, weighted; setting names for the
 * office), with its tab name tipping a close call; best first. An empty list: the tab is not recognised.
 */
export function scoreTab(tab: Tab): { layout: Layout; score: number }[] {
  const out: { layout: Layout; score: number }[] = [];
  for (const role of ['roster', 'contacts', 'monthly'] as const) {
    const t = bestTable(tab, role);
    if (t) out.push({ layout: t, score: (t.score ?? 0) + nameBonus(tab, role) });
  }
  const kv = detectKeyValue(tab);
  if (kv) out.push({ layout: kv, score: (kv.score ?? 0) * 1.5 + nameBonus(tab, 'office') });
  return out.filter((o) => o.score >= 2).sort((a, b) => b.score - a.score);
}

/** Guess which role a tab plays and where its header row is, from its headers (not its name). */
export function detectLayout(tab: Tab): Layout | null {
  return scoreTab(tab)[0]?.layout ?? null;
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
    const guess = bestTable(tab, m.role);
    headerRow = guess ? guess.headerRow : 1;
  }
  const row = tab.rows[headerRow - 1] ?? [];
  const { columns, ignored, alternatives, score } = matchRow(m.role, row);
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
  const used = new Set(Object.values(columns).map((c) => c?.col));
  const left = ignored.filter((i) => !used.has(i.col));
  if (!hasSignature(m.role, columns)) {
    return {
      tab: tab.name,
      message: `タブ「${tab.name}」（${headerRow}行目の見出し）に必要な列が見つかりません`,
    };
  }
  return {
    kind: 'table',
    tab: tab.name,
    role: m.role,
    headerRow,
    columns,
    unknownHeaders: left.map((i) => i.header),
    ignored: left,
    alternatives,
    score,
  };
}
