import type { Caseload, Contact, MonthlyRecord } from '../model/caseload.ts';
import type { Finding } from '../model/finding.ts';
import {
  detectLayout,
  type KeyValueLayout,
  type Layout,
  layoutFromMapping,
  type TableLayout,
} from '../sheet/detect.ts';
import type { Mapping } from '../sheet/mapping.ts';
import type { Tab, Workbook } from '../sheet/tab.ts';
import { readContacts } from './contacts.ts';
import { readMonthly } from './monthly.ts';
import { EMPTY_OFFICE, readOffice } from './office.ts';
import { ClientResolver } from './resolve.ts';
import { readRoster } from './roster.ts';

export type ReadResult =
  | { ok: true; caseload: Caseload; findings: Finding[]; tabs: TabRole[] }
  | { ok: false; error: string };

export interface TabRole {
  tab: string;
  role: Layout['role'] | 'ignored';
  headerRow: number | null;
}

/**
 * Read an office's workbook as it is: recognise each tab by its headers (or by the mapping),
 * then read the office settings, the roster, the contact logs and the monthly records.
 * Contact and monthly records may be spread over several tabs (one per year, say).
 * Unreadable cells become findings; only a workbook without a roster or contact log fails.
 */
export function readWorkbook(wb: Workbook, mapping?: Mapping): ReadResult {
  const layouts: { tab: Tab; layout: Layout }[] = [];
  const tabs: TabRole[] = [];
  for (const name of Object.keys(mapping?.tabs ?? {})) {
    if (!wb.tabs.some((t) => t.name === name))
      return { ok: false, error: `対応表にあるタブ「${name}」がブックにありません` };
  }
  for (const tab of wb.tabs) {
    const m = mapping?.tabs[tab.name];
    const layout = m ? layoutFromMapping(tab, m) : detectLayout(tab);
    if (layout && 'message' in layout) return { ok: false, error: layout.message };
    if (!layout) {
      tabs.push({ tab: tab.name, role: 'ignored', headerRow: null });
      continue;
    }
    layouts.push({ tab, layout });
    tabs.push({
      tab: tab.name,
      role: layout.role,
      headerRow: layout.kind === 'table' ? layout.headerRow : null,
    });
  }

  const of = (role: Layout['role']) => layouts.filter((l) => l.layout.role === role);
  const rosters = of('roster');
  if (rosters.length === 0)
    return {
      ok: false,
      error: `「${wb.title}」に利用者の一覧のタブが見つかりません（見出しに「利用者ID」「氏名」「支援開始日」などが必要です）`,
    };
  if (rosters.length > 1)
    return {
      ok: false,
      error: `「${wb.title}」に利用者の一覧らしいタブが複数あります（${rosters.map((r) => `「${r.tab.name}」`).join('')}）。対応表（--mapping）でどちらかを指定してください`,
    };
  const contactTabs = of('contacts');
  if (contactTabs.length === 0)
    return {
      ok: false,
      error: `「${wb.title}」に支援記録のタブが見つかりません（見出しに「日付」「利用者ID」または「氏名」「方法」が必要です）`,
    };
  const monthlyTabs = of('monthly');
  if (monthlyTabs.length === 0)
    return {
      ok: false,
      error: `「${wb.title}」に月次の記録（支援レポート提示日）のタブが見つかりません（見出しに「年月」「利用者ID」「レポート提示日」などが必要です）`,
    };

  const findings: Finding[] = [];
  const officeTab = of('office')[0];
  let office = EMPTY_OFFICE;
  if (officeTab) {
    const r = readOffice(officeTab.tab, officeTab.layout as KeyValueLayout);
    office = r.office;
    findings.push(...r.findings);
  }

  const roster = rosters[0]!;
  const rosterLayout = roster.layout as TableLayout;
  const r = readRoster(rosterLayout, roster.tab.rows);
  findings.push(...r.findings);
  const resolver = new ClientResolver(r.clients);

  const contacts: Contact[] = [];
  for (const t of contactTabs) {
    const c = readContacts(t.layout as TableLayout, t.tab.rows, resolver, mapping?.words);
    contacts.push(...c.contacts);
    findings.push(...c.findings);
  }
  const monthly: MonthlyRecord[] = [];
  for (const t of monthlyTabs) {
    const m = readMonthly(t.layout as TableLayout, t.tab.rows, resolver);
    monthly.push(...m.monthly);
    findings.push(...m.findings);
  }

  return {
    ok: true,
    caseload: {
      title: wb.title,
      office,
      clients: r.clients,
      contacts,
      monthly,
      layouts: {
        roster: rosterLayout,
        contacts: contactTabs[0]!.layout as TableLayout,
        monthly: monthlyTabs[0]!.layout as TableLayout,
      },
    },
    findings,
    tabs,
  };
}
