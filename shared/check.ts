import type { PlainDate } from './date/plain-date.ts';
import { buildFacts, type ClientFacts } from './evaluate/facts.ts';
import { append } from './model/append.ts';
import { type Caseload, recordsRead } from './model/caseload.ts';
import { compareFindings, type Finding, isNotCheckable, summarize } from './model/finding.ts';
import { describeLayout, type LayoutDescription } from './read/describe.ts';
import { missingTabMessage, readWorkbook, type TabRole } from './read/workbook.ts';
import type { RuleContext } from './rules/context.ts';
import { CLIENT_RULES, OFFICE_RULES, RULE_RECORDS } from './rules/index.ts';
import type { Mapping } from './sheet/mapping.ts';
import type { Workbook } from './sheet/tab.ts';

export interface CheckResult {
  asOf: PlainDate;
  office: { name: string | null; number: string | null };
  findings: Finding[];
  summary: ReturnType<typeof summarize> & {
    clients: number;
    contacts: number;
    monthlyRecords: number;
    /** What could not be checked at all, in Japanese (the messages of those findings): output says it first. */
    notCheckable: string[];
  };
}

/** Run every per-client rule on a caseload already read. */
export function checkCaseload(
  caseload: Caseload,
  asOf: PlainDate,
  facts: ClientFacts[] = buildFacts(caseload, asOf),
): Finding[] {
  const out: Finding[] = [];
  for (const rule of Object.values(OFFICE_RULES)) append(out, rule(caseload, asOf));
  const rules = Object.entries(CLIENT_RULES);
  for (const f of facts) {
    const ctx: RuleContext = { facts: f, asOf, caseload };
    for (const [id, rule] of rules) {
      // a duty whose records could not be read was reported once by the reader, never month by month
      const kind = RULE_RECORDS[id];
      if (kind && !recordsRead(caseload.unread, kind, f.client.id)) continue;
      append(out, rule(ctx));
    }
  }
  return out;
}

/**
 * Records that cannot be read block nothing while no client has a month due yet (every support period starts
 * after the as-of date): then the not-checkable finding is said as information, not as an error.
 */
export function nothingDueYet(caseload: Caseload, facts: readonly ClientFacts[]): boolean {
  return caseload.clients.length > 0 && facts.every((f) => f.months.length === 0);
}

const NOT_DUE_YET = '（点検基準日までに支援の月がまだないため、いまは情報として示します）';

export function checkResult(caseload: Caseload, readFindings: Finding[], asOf: PlainDate): CheckResult {
  const facts = buildFacts(caseload, asOf);
  const early = nothingDueYet(caseload, facts);
  const read = early
    ? readFindings.map((f) =>
        isNotCheckable(f, caseload.unread)
          ? { ...f, severity: 'info' as const, message: `${f.message}${NOT_DUE_YET}` }
          : f,
      )
    : readFindings;
  const findings = [...read, ...checkCaseload(caseload, asOf, facts)].sort(compareFindings);
  return {
    asOf,
    office: { name: caseload.office.name, number: caseload.office.number },
    findings,
    summary: {
      ...summarize(findings),
      clients: caseload.clients.length,
      contacts: caseload.contacts.length,
      monthlyRecords: caseload.monthly.length,
      notCheckable: findings.filter((f) => isNotCheckable(f, caseload.unread)).map((f) => f.message),
    },
  };
}

/** The heading every output puts over what cannot be checked at all (the command line, the add-on's sidebar). */
export const NOT_CHECKABLE_HEADING = '点検できないこと（先に確かめてください）';

/**
 * The findings that say what cannot be checked at all (those of `summary.notCheckable`): for the workbook first,
 * then for one client each, in the result's order. Every output says them first, before counts and findings.
 */
export function notCheckableFindings(result: Pick<CheckResult, 'findings' | 'summary'>): Finding[] {
  const said = new Set(result.summary.notCheckable);
  const all = result.findings.filter((f) => f.rule === 'data.missing-required' && said.has(f.message));
  return [...all.filter((f) => f.clientId === null), ...all.filter((f) => f.clientId !== null)];
}

export type CheckOutcome =
  | { ok: true; result: CheckResult; caseload: Caseload; tabs: TabRole[]; layout: LayoutDescription }
  | { ok: false; error: string };

/** Read a workbook and check it at the as-of date. */
export function checkWorkbook(wb: Workbook, opts: { asOf: PlainDate; mapping?: Mapping }): CheckOutcome {
  const read = readWorkbook(wb, opts.mapping);
  if (!read.ok) return read;
  // a workbook with none of the roster, contact log or monthly records is not a caseload at all (as in the CLI)
  if (read.missing.length === 3)
    return { ok: false, error: missingTabMessage(read.caseload.title, 'roster') };
  return {
    ok: true,
    result: checkResult(read.caseload, read.findings, opts.asOf),
    caseload: read.caseload,
    tabs: read.tabs,
    layout: describeLayout(read.tabs),
  };
}
