import { cellText, isBlank } from '../codecs/index.ts';
import { append } from '../model/append.ts';
import type { Caseload, Client, Contact, MonthlyRecord, Unread } from '../model/caseload.ts';
import type { Finding } from '../model/finding.ts';
import { finding } from '../model/make-finding.ts';
import {
  type ColumnRef,
  fieldLabel,
  type KeyValueLayout,
  type Layout,
  layoutFromMapping,
  type NearMiss,
  nearMiss,
  nearMissText,
  scoreTab,
  type TableLayout,
} from '../sheet/detect.ts';
import { ROLE_LABEL, type Role } from '../sheet/fields.ts';
import type { Mapping } from '../sheet/mapping.ts';
import type { Tab, Workbook } from '../sheet/tab.ts';
import { readContacts } from './contacts.ts';
import { normalizeClientId } from './fields.ts';
import { detectGrid, readGrid } from './grid.ts';
import { readMonthly } from './monthly.ts';
import { EMPTY_OFFICE, readOffice } from './office.ts';
import {
  BlockRow,
  type ClientRecord,
  COMPARED_FACTS,
  clientOfTabName,
  detectClientRecord,
  matchRecordClient,
  ownClient,
} from './record.ts';
import { ClientResolver } from './resolve.ts';
import { readRoster } from './roster.ts';
import { dataRows } from './row.ts';

export type ReadResult =
  | {
      ok: true;
      caseload: Caseload;
      findings: Finding[];
      tabs: TabRole[];
      /** Roles no tab plays: a command that needs one says so; check reports it as a finding. */
      missing: Exclude<Role, 'office'>[];
    }
  | { ok: false; error: string };

export interface TabRole {
  tab: string;
  /** The role the tab was read as; 'ignored' when it was not read (see reason). */
  role: Layout['role'] | 'ignored';
  headerRow: number | null;
  /** The layout read, when the tab was read. */
  layout?: Layout;
  /** Why a tab was not read, in Japanese. */
  reason?: string;
}

/** An old copy of a tab: 利用者(旧), 支援記録 (1) (a re-download), 名簿のコピー, backup. */
const OLD_COPY = /[(（]\s*(旧|old|\d+)\s*[)）]\s*$|^旧|旧$|のコピー|^コピー|copy|バックアップ|backup|old$/i;

export const isOldCopy = (name: string): boolean => OLD_COPY.test(name.trim());

/** A role no tab plays: what it is called, the headers that make a tab one, what cannot be checked without it. */
const MISSING: Record<Exclude<Role, 'office'>, { label: string; headers: string; cost: string }> = {
  roster: {
    label: '利用者の一覧',
    headers: '「利用者ID」か「氏名」と、「支援開始日」か「就職日」',
    cost: '利用者ごとの点検はできません',
  },
  contacts: {
    label: '支援記録',
    headers: '「日付」、「利用者ID」か「氏名」、「方法」か「支援内容」',
    cost: '対面の支援と事業主との連絡は点検できません',
  },
  monthly: {
    label: '月次の記録',
    headers: '「年月」、「利用者ID」か「氏名」、「レポート提示日」',
    cost: '支援レポートの提示は点検できません',
  },
};

/** A tab that came close to a role, and what it lacked. */
export interface TabNearMiss {
  tab: string;
  miss: NearMiss;
}

/**
 * The message for a role no tab plays: 「ブック」に利用者の一覧のタブが見つかりません。〈what cannot be
 * checked〉。〈what to do〉. Without `cost` when the whole command stops for it. A tab that came close is
 * named with what it lacks, so the message never says "no tab" beside a tab the office sees.
 */
export function missingTabMessage(
  title: string,
  role: Exclude<Role, 'office'>,
  cost = true,
  near: readonly TabNearMiss[] = [],
): string {
  const m = MISSING[role];
  const close = near.filter((n) => n.miss.role === role);
  const head = close.length
    ? `「${title}」に${m.label}として読めるタブがありません。${close.map((n) => `「${n.tab}」タブ: ${nearMissText(n.miss)}`).join('。')}。`
    : `「${title}」に${m.label}のタブが見つかりません。`;
  const todo = close.length
    ? `見出しに${m.headers}を書き足すか、列の対応の設定でどの列かを指定してください`
    : `見出しに${m.headers}がある表のタブを作るか、列の対応の設定でどのタブかを指定してください`;
  return `${head}${cost ? `${m.cost}。` : ''}${todo}`;
}

/** A log tab (or tabs) read, but not one record in it could be read: the duty is said once, not month by month. */
function noRecordsMessage(role: 'contacts' | 'monthly', tabs: readonly string[]): string {
  const m = MISSING[role];
  const names = tabs.map((t) => `「${t}」`).join('・');
  return `${names}を${m.label}として読みましたが、読める記録が1件もありません。${m.cost}。日付（年月）と利用者の列に記録があるか、ほかの行の指摘も見て確かめてください`;
}

const placeholder = (role: TableLayout['role']): TableLayout => ({
  kind: 'table',
  tab: '',
  role,
  headerRow: 0,
  columns: {},
  unknownHeaders: [],
});

interface Read {
  tab: Tab;
  layout: Layout;
  score: number;
}

/**
 * A roster without an id column names its clients by name only: a log's id-like column (No, 記録番号, a
 * code of its own) can match nobody there, so a tab that also has a name column is matched by name, and
 * its id column is listed as not read, with the reason.
 */
function byNameOnly(tabs: Read[]): void {
  for (const t of tabs) {
    const l = t.layout as TableLayout;
    const id = l.columns.clientId;
    if (!id || !l.columns.name) continue;
    // in place, as setColumn does: the tab list describing the workbook holds the same layout
    delete l.columns.clientId;
    l.ignored = [
      ...(l.ignored ?? []),
      { ...id, reason: '利用者の一覧に利用者IDの列がないため、氏名で照らし合わせました' },
    ].sort((a, b) => a.col - b.col);
  }
}

/**
 * Of the tabs that could play one role, the ones to read: visible before hidden, the current tab before an old
 * copy (利用者(旧), 支援記録 (1)), then the best evidence. The roster and the settings are one tab; contact logs
 * and monthly records may be split over several tabs (one per year), all read as one.
 */
function choose(role: Role, candidates: Read[], skip: (t: Read, reason: string) => void): Read[] {
  if (candidates.length === 0) return [];
  const current = (c: Read) => !c.tab.hidden && !isOldCopy(c.tab.name);
  const ranked = [...candidates].sort(
    (a, b) =>
      Number(current(b)) - Number(current(a)) ||
      Number(!b.tab.hidden) - Number(!a.tab.hidden) ||
      b.score - a.score,
  );
  const many = role === 'contacts' || role === 'monthly';
  const chosen = many && current(ranked[0]!) ? ranked.filter(current) : [ranked[0]!];
  const first = chosen[0]!;
  for (const c of ranked) {
    if (chosen.includes(c)) continue;
    const why = c.tab.hidden
      ? '非表示のタブ'
      : isOldCopy(c.tab.name)
        ? '古い写しと見られるタブ'
        : `${ROLE_LABEL[role]}としては「${first.tab.name}」のほうが当てはまるタブ`;
    skip(c, `${why}のため読んでいません（${ROLE_LABEL[role]}は「${first.tab.name}」を使いました）`);
  }
  return chosen;
}

/** The values of a column below the header, as ids are compared. */
function columnValues(tab: Tab, layout: TableLayout, ref: ColumnRef): string[] {
  const out: string[] = [];
  // Stryker disable next-line EqualityOperator: equivalent, a row past the end reads as blank and is skipped
  for (let i = layout.headerRow; i < tab.rows.length; i++) {
    // Stryker disable next-line OptionalChaining: equivalent, the loop stays within the rows, each of which is there
    const v = tab.rows[i]?.[ref.col - 1] ?? null;
    if (!isBlank(v)) out.push(normalizeClientId(cellText(v)));
  }
  return out;
}

/** A row-number column: 1, 2, 3 … down the rows (nine steps in ten of one up; at least three values). */
export function isRowNumbers(values: readonly string[]): boolean {
  if (values.length < 3) return false;
  let steps = 0;
  // Stryker disable next-line EqualityOperator: equivalent, one step past the end compares with undefined (NaN): no step
  for (let i = 1; i < values.length; i++) if (Number(values[i]) === Number(values[i - 1]) + 1) steps++;
  return steps >= 0.9 * (values.length - 1);
}

function setColumn(layout: TableLayout, field: string, ref: ColumnRef) {
  const prev = layout.columns[field];
  if (!prev || prev.col === ref.col) return;
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: equivalent, a field with two candidates has its alternatives
  const alts = (layout.alternatives?.[field] ?? []).filter((a) => a.col !== ref.col);
  alts.push(prev);
  layout.columns[field] = ref;
  layout.alternatives = { ...layout.alternatives, [field]: alts };
  // Stryker disable next-line ArrayDeclaration: equivalent, a layout with alternatives has its ignored columns
  const ignored = (layout.ignored ?? []).filter((i) => i.col !== ref.col);
  ignored.push({
    ...prev,
    reason: `「${fieldLabel(layout.role, field)}」には${ref.letter}列「${ref.header}」を使いました（支援記録と照らし合わせて決めました）`,
  });
  ignored.sort((a, b) => a.col - b.col);
  layout.ignored = ignored;
  layout.unknownHeaders = ignored.map((i) => i.header);
}

/**
 * The client id column by evidence: of the roster's id-like columns (No., 利用者コード, ケース番号 …) and the
 * contact log's, take the pair whose values recur most; a row-number column counts for less.
 */
function settleIdColumns(roster: Read, contacts: readonly Read[]) {
  const rl = roster.layout as TableLayout;
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: equivalent, every table layout read carries its alternatives ({} when none), and a candidate without values never wins over the first
  const rCands = [rl.columns.id, ...(rl.alternatives?.id ?? [])].filter((c): c is ColumnRef => !!c);
  const log = contacts[0];
  const cl = log?.layout as TableLayout | undefined;
  const cCands = cl
    ? // Stryker disable next-line OptionalChaining,ArrayDeclaration: equivalent, every table layout read carries its alternatives ({} when none), and a candidate without values never wins over the first
      [cl.columns.clientId, ...(cl.alternatives?.clientId ?? [])].filter((c): c is ColumnRef => !!c)
    : [];
  if (rCands.length < 2 && cCands.length < 2) return;
  const rVals = rCands.map((c) => columnValues(roster.tab, rl, c));
  const cVals = cCands.map((c) => columnValues(log!.tab, cl!, c));
  let best: { r: number; c: number; score: number } | null = null;
  rCands.forEach((_, ri) => {
    const set = new Set(rVals[ri]);
    const rWeight = isRowNumbers(rVals[ri]!) ? 0.5 : 1;
    if (cCands.length === 0) {
      const score = rWeight * set.size;
      if (!best || score > best.score) best = { r: ri, c: -1, score };
      return;
    }
    cCands.forEach((_, ci) => {
      const hits = cVals[ci]!.filter((v) => set.has(v)).length;
      const score = hits * rWeight * (isRowNumbers(cVals[ci]!) ? 0.5 : 1);
      if (!best || score > best.score) best = { r: ri, c: ci, score };
    });
  });
  const b = best as { r: number; c: number; score: number } | null;
  if (!b) return;
  setColumn(rl, 'id', rCands[b.r]!);
  // Stryker disable next-line EqualityOperator: equivalent, candidate 0 is the column already chosen (setColumn keeps it)
  if (b.c >= 0) setColumn(cl!, 'clientId', cCands[b.c]!);
}

/**
 * The client id column of every other contact log and monthly tab (a log split into one tab per year, each
 * with its own No. column): the candidate whose values are the roster's ids most often; a row-number
 * column counts for less, so 1, 2, 3 … never wins over 利用者コード merely because the roster has a No. too.
 */
function settleOtherIdColumns(roster: Read, tables: readonly Read[]) {
  const rl = roster.layout as TableLayout;
  if (!rl.columns.id) return;
  const ids = new Set(columnValues(roster.tab, rl, rl.columns.id));
  for (const t of tables) {
    const tl = t.layout as TableLayout;
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: equivalent, every table layout read carries its alternatives ({} when none), and a candidate without values never wins over the first
    const cands = [tl.columns.clientId, ...(tl.alternatives?.clientId ?? [])].filter(
      (c): c is ColumnRef => !!c,
    );
    // Stryker disable next-line ConditionalExpression: equivalent, one candidate is the column already chosen (setColumn keeps it)
    if (cands.length < 2) continue;
    let best: { ref: ColumnRef; score: number } | null = null;
    for (const ref of cands) {
      const vals = columnValues(t.tab, tl, ref);
      const score = vals.filter((v) => ids.has(v)).length * (isRowNumbers(vals) ? 0.5 : 1);
      if (!best || score > best.score) best = { ref, score };
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent, with no hit the best is the first candidate, the column already chosen
    if (best && best.score > 0) setColumn(tl, 'clientId', best.ref);
  }
}

/**
 * Read an office's workbook as it is: score each tab for each role by its headers (or take the mapping), pick
 * the tabs to read, then read the office settings, the roster, the contact logs and the monthly records.
 * A hidden tab or an old copy is not merged in; a missing tab is reported in `missing`, not a failure.
 * Unreadable cells become findings; only a mapping that does not fit the workbook fails.
 */
export function readWorkbook(wb: Workbook, mapping?: Mapping): ReadResult {
  const tabs: TabRole[] = [];
  for (const name of Object.keys(mapping?.tabs ?? {})) {
    if (!wb.tabs.some((t) => t.name === name))
      return { ok: false, error: `対応表にあるタブ「${name}」がブックにありません` };
  }
  const byRole: Record<Role, Read[]> = { office: [], roster: [], contacts: [], monthly: [] };
  const entry = new Map<Tab, TabRole>();
  const near: TabNearMiss[] = [];
  const records: { tab: Tab; record: ClientRecord }[] = [];
  /** A client record tab: that client's log, read from the table below its block. */
  const addRecord = (tab: Tab, record: ClientRecord) => {
    records.push({ tab, record });
    const row: TabRole = {
      tab: tab.name,
      role: 'contacts',
      headerRow: record.table.headerRow,
      layout: record.table,
    };
    tabs.push(row);
    entry.set(tab, row);
  };
  for (const tab of wb.tabs) {
    const m = mapping?.tabs[tab.name];
    let read: Read | null = null;
    if (m?.grid && (m.role === 'contacts' || m.role === 'monthly')) {
      const g = detectGrid(tab, { ...m.grid, role: m.role });
      if (!g)
        return {
          ok: false,
          error: `対応表のタブ「${tab.name}」を月別の表として読めません。${m.grid.headerRow ? `${m.grid.headerRow}行目` : '上の15行'}に利用者IDか氏名の見出しと、3か月以上の月の見出し（4月、R6.4、2024/4 など）を書き、4月…3月だけなら grid.fiscalYear に年度の年を書いてください`,
        };
      read = { tab, layout: g, score: Number.POSITIVE_INFINITY };
    } else if (m?.record) {
      const rec = detectClientRecord(tab);
      if (!rec)
        return {
          ok: false,
          error: `対応表のタブ「${tab.name}」を1人分の記録として読めません。氏名（か利用者ID）と、もう1つの項目（就職日など）を値の左か上に書き、その下に日付と方法（か支援内容）の見出しの表を置いてください`,
        };
      addRecord(tab, rec);
      continue;
    } else if (m) {
      const layout = layoutFromMapping(tab, m);
      if (layout && 'message' in layout) return { ok: false, error: layout.message };
      if (layout) read = { tab, layout, score: Number.POSITIVE_INFINITY };
    } else {
      // a month grid (one column per month) before the tables: its month headers are no fields
      const grid = detectGrid(tab);
      // a client record tab (label/value block above a dated table) before the tables: its block is no roster
      const record = grid ? null : detectClientRecord(tab);
      if (record) {
        addRecord(tab, record);
        continue;
      }
      const best = grid ? { layout: grid, score: grid.score ?? 0 } : scoreTab(tab)[0];
      if (best) read = { tab, layout: best.layout, score: best.score };
    }
    const miss = read || m ? null : nearMiss(tab);
    if (miss) near.push({ tab: tab.name, miss });
    const row: TabRole = read
      ? {
          tab: tab.name,
          role: read.layout.role,
          headerRow: read.layout.kind === 'table' ? read.layout.headerRow : null,
          layout: read.layout,
        }
      : {
          tab: tab.name,
          role: 'ignored',
          headerRow: null,
          reason: m
            ? '対応表で読まない指定です'
            : miss
              ? `${ROLE_LABEL[miss.role]}としては、${nearMissText(miss)}`
              : '利用者・支援記録・月次・事業所のどれの見出しも見当たりません',
        };
    tabs.push(row);
    entry.set(tab, row);
    if (read) byRole[read.layout.role].push(read);
  }
  const skip = (t: Read, reason: string) => {
    const row = entry.get(t.tab)!;
    row.role = 'ignored';
    row.reason = reason;
  };
  const officeTab = choose('office', byRole.office, skip)[0];
  const roster = choose('roster', byRole.roster, skip)[0];
  const contactTabs = choose('contacts', byRole.contacts, skip);
  const monthlyTabs = choose('monthly', byRole.monthly, skip);
  const missing: Exclude<Role, 'office'>[] = [];
  // client record tabs hold clients (their facts are roster facts) and their contacts
  const readRecords = records.filter((x) => {
    if (!isOldCopy(x.tab.name)) return true;
    const row = entry.get(x.tab)!;
    row.role = 'ignored';
    row.reason = '古い写しと見られるタブのため読んでいません';
    return false;
  });
  if (!roster && readRecords.length === 0) missing.push('roster');
  if (contactTabs.length === 0 && readRecords.length === 0) missing.push('contacts');
  if (monthlyTabs.length === 0) missing.push('monthly');

  const findings: Finding[] = [];
  for (const role of missing)
    findings.push(
      finding({
        rule: 'data.missing-required',
        message: missingTabMessage(wb.title, role as Exclude<Role, 'office'>, true, near),
      }),
    );

  let office = EMPTY_OFFICE;
  if (officeTab) {
    const r = readOffice(officeTab.tab, officeTab.layout as KeyValueLayout);
    office = r.office;
    append(findings, r.findings);
  }

  if (roster) {
    settleIdColumns(roster, contactTabs);
    settleOtherIdColumns(roster, [...contactTabs.slice(1), ...monthlyTabs]);
    if (!(roster.layout as TableLayout).columns.id) byNameOnly([...contactTabs, ...monthlyTabs]);
  }
  const rosterLayout = (roster?.layout as TableLayout | undefined) ?? placeholder('roster');
  const r = roster
    ? readRoster(rosterLayout, roster.tab.rows)
    : { clients: [], findings: [], aliases: new Map() };
  append(findings, r.findings);
  const recordClients = readRecordTabs(readRecords, r.clients, findings);
  const allClients = [...r.clients, ...recordClients.added];
  const resolver = new ClientResolver(allClients, r.aliases);
  // with no client on the roster, every record would be "not on the roster": one message says it instead
  const canResolve = allClients.length > 0;

  const contacts: Contact[] = [];
  const monthly: MonthlyRecord[] = [];
  const unread: Unread = {};
  let fromLogs = 0;
  if (canResolve) {
    for (const t of contactTabs) {
      const l = t.layout as TableLayout;
      const c = l.grid
        ? readGrid(l, t.tab.rows, resolver)
        : readContacts(l, t.tab.rows, resolver, mapping?.words);
      append(contacts, c.contacts);
      append(findings, c.findings);
    }
    fromLogs = contacts.length;
    for (const x of recordClients.read) {
      const c = readContacts(x.record.table, x.tab.rows, ownClient(x.client), mapping?.words);
      append(contacts, c.contacts);
      append(findings, c.findings);
      // a client whose own record tab holds no readable contact: said once for that client
      if (c.contacts.length === 0) {
        const at = { sheet: x.tab.name, row: x.record.table.headerRow };
        unread.clients = {
          ...unread.clients,
          [x.client.id]: { ...unread.clients?.[x.client.id], contacts: at },
        };
        findings.push(
          finding({
            rule: 'data.missing-required',
            clientId: x.client.id,
            clientName: x.client.name,
            message: `「${x.tab.name}」（${x.client.name}さんの記録のタブ）の${x.record.table.headerRow}行目の表に、読める支援の記録が1件もありません。この方の対面の支援と事業主との連絡は点検できません。表に日付と方法（または支援内容）を書いてください`,
            at,
          }),
        );
      }
    }
    for (const t of monthlyTabs) {
      const l = t.layout as TableLayout;
      const m = l.grid ? readGrid(l, t.tab.rows, resolver) : readMonthly(l, t.tab.rows, resolver);
      append(monthly, m.monthly);
      append(findings, m.findings);
    }
  }

  // a duty whose records could not be read at all is said once, here, and not checked month by month
  if (contactTabs.length === 0 && readRecords.length === 0) unread.contacts = true;
  if (monthlyTabs.length === 0) unread.monthly = true;
  if (canResolve) {
    for (const [role, tabsOf, read] of [
      ['contacts', contactTabs, fromLogs],
      ['monthly', monthlyTabs, monthly.length],
    ] as const) {
      if (tabsOf.length === 0 || read > 0) continue;
      // a log with no row at all (only its header) was read: its clients have no recorded contact, a real gap
      // month by month (domain §10); rows there but none readable is what cannot be read
      if (tabsOf.every((t) => dataRows(t.layout as TableLayout, t.tab.rows).next().done)) continue;
      unread[role] = true;
      const first = tabsOf[0]!.layout as TableLayout;
      findings.push(
        finding({
          rule: 'data.missing-required',
          message: noRecordsMessage(
            role,
            tabsOf.map((t) => t.tab.name),
          ),
          at: { sheet: first.tab, row: first.headerRow },
        }),
      );
    }
  }

  return {
    ok: true,
    caseload: {
      title: wb.title,
      office,
      clients: allClients,
      contacts,
      monthly,
      tabLayouts: Object.fromEntries([
        ...[roster, ...contactTabs, ...monthlyTabs]
          .filter((t): t is Read => !!t)
          .map((t) => [t.tab.name, t.layout as TableLayout] as const),
        ...recordClients.read.map((x) => [x.tab.name, x.record.table] as const),
      ]),
      layouts: {
        roster: rosterLayout,
        contacts:
          (contactTabs[0]?.layout as TableLayout | undefined) ??
          recordClients.read[0]?.record.table ??
          placeholder('contacts'),
        monthly: (monthlyTabs[0]?.layout as TableLayout | undefined) ?? placeholder('monthly'),
      },
      ...(Object.keys(unread).length ? { unread } : {}),
    },
    findings,
    tabs,
    missing,
  };
}

const FACT_LABEL: Record<(typeof COMPARED_FACTS)[number], string> = {
  recipientNumber: '受給者証番号',
  hireDate: '就職日',
  startDate: '支援開始日',
  endDate: '支援終了日',
  leftJobDate: '離職日',
  planCreated: '計画作成日',
  planReviewed: '計画見直し日',
  disclosure: '障害開示',
};

/**
 * The clients of the client record tabs: each block read as a roster row; joined with the roster by id,
 * 受給者証番号 or a name no one else has (namesakes never merged). A fact the two disagree on is one finding
 * naming both cells (the roster's value is used); a client only in their own tab is on the caseload.
 */
function readRecordTabs(
  records: readonly { tab: Tab; record: ClientRecord }[],
  roster: readonly Client[],
  findings: Finding[],
): { added: Client[]; read: { tab: Tab; record: ClientRecord; client: Client }[] } {
  const added: Client[] = [];
  const read: { tab: Tab; record: ClientRecord; client: Client }[] = [];
  for (const x of records) {
    const fromName = clientOfTabName(x.tab.name);
    const block = x.record.block.some((b) => b.field === 'id' || b.field === 'name')
      ? x.record
      : {
          ...x.record,
          block: [
            ...x.record.block,
            { field: 'name', label: 'タブ名', value: fromName.name, row: 1, col: 1 },
          ],
        };
    const view = new BlockRow(block, x.tab.name);
    const own = readRoster(view.layout, [], [view]);
    const client = own.clients[0];
    if (!client) {
      append(findings, own.findings);
      continue;
    }
    if (roster.length) {
      const m = matchRecordClient(client, roster);
      if (m.client) {
        // the roster row is the client; the block's cell-level findings stay, its missing labels do not
        append(
          findings,
          own.findings.filter((f) => f.rule !== 'data.missing-required'),
        );
        for (const fact of COMPARED_FACTS) {
          const a = m.client[fact];
          const b = client[fact];
          if (a === null || b === null || a === b) continue;
          const cell = view.at(fact === 'recipientNumber' ? 'recipientNumber' : fact);
          findings.push(
            finding({
              rule: 'data.conflicting-value',
              clientId: m.client.id,
              clientName: m.client.name,
              message: `${FACT_LABEL[fact]}が「${m.client.source.sheet}」${m.client.source.row}行目では「${a}」、「${x.tab.name}」${cell.row}行目 ${cell.column}列「${cell.header}」では「${b}」で、違います。点検には「${m.client.source.sheet}」の値を使いました。どちらが正しいか確かめ、もう一方を直してください`,
              at: cell,
            }),
          );
        }
        read.push({ tab: x.tab, record: x.record, client: m.client });
        continue;
      }
      if (m.namesakes.length > 1) {
        findings.push(
          finding({
            rule: 'data.unknown-client',
            clientName: client.name,
            message: `「${x.tab.name}」の「${client.name}」という利用者が「${m.namesakes[0]!.source.sheet}」の${m.namesakes.map((c) => `${c.source.row}行目`).join('と')}に${m.namesakes.length}人いるので、このタブをどの方の記録か決められません。タブに利用者IDか受給者証番号を書いてください`,
            at: view.at('name'),
          }),
        );
        continue;
      }
    }
    append(findings, own.findings);
    if ([...roster, ...added].some((c) => c.id === client.id)) {
      findings.push(
        finding({
          rule: 'data.duplicate-client',
          clientId: client.id,
          clientName: client.name,
          message: `「${x.tab.name}」の利用者ID「${client.id}」は、ほかのタブの利用者と同じです。このタブは点検に使っていません。利用者IDを確かめて直してください`,
          at: view.at('id'),
        }),
      );
      continue;
    }
    added.push(client);
    read.push({ tab: x.tab, record: x.record, client });
  }
  return { added, read };
}
