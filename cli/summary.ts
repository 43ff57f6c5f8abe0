import type { CheckResult } from '../shared/check.ts';
import { formatEraDate, formatEraMonth } from '../shared/codecs/index.ts';
import {
  addMonthsToMonth,
  monthEnd,
  monthOf,
  type PlainDate,
  type YearMonth,
} from '../shared/date/plain-date.ts';
import { buildFacts, type ClientFacts } from '../shared/evaluate/facts.ts';
import type { Caseload } from '../shared/model/caseload.ts';
import { RULES } from '../shared/rules/catalog.ts';
import { handoverDeadline } from '../shared/rules/handover-info-sharing-late.ts';
import { latestPlanDate, planReviewDue } from '../shared/rules/plan-review-overdue.ts';

/** A deadline that falls after the as-of date and by the end of next month. */
export interface Deadline {
  kind: 'plan-review' | 'handover';
  clientId: string;
  name: string;
  due: PlainDate;
}

export interface ManagerSummary {
  rosterCount: number;
  /** Clients on the roster with an error or a warning. */
  flagged: number;
  /** Clients on the roster with an error. */
  withErrors: number;
  /** Errors by the month they concern (null: not tied to one month), months in order. */
  errorMonths: { month: YearMonth | null; clients: number; findings: number; titles: string[] }[];
  /** The last day deadlines are looked for: the end of the month after the as-of month. */
  horizon: PlainDate;
  deadlines: Deadline[];
}

/** Plan reviews and handover sharing due after the as-of date and by the end of next month. */
export function upcomingDeadlines(facts: ClientFacts[], asOf: PlainDate, horizon: PlainDate): Deadline[] {
  const out: Deadline[] = [];
  for (const { client, period } of facts) {
    if (!period || period.end < asOf) continue;
    const latest = latestPlanDate(client);
    if (latest) {
      const due = planReviewDue(latest);
      if (due > asOf && due <= horizon && due <= period.end)
        out.push({ kind: 'plan-review', clientId: client.id, name: client.name, due });
    }
    if (client.needsContinued && !period.endedEarly && !client.handoverSharedDate) {
      const due = handoverDeadline(period.plannedEnd);
      if (due > asOf && due <= horizon)
        out.push({ kind: 'handover', clientId: client.id, name: client.name, due });
    }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.clientId.localeCompare(b.clientId));
}

/** The check result counted the way a manager counts it: people, the months billing is held up, what is due next. */
export function managerSummary(
  result: CheckResult,
  caseload: Caseload,
  asOf: PlainDate,
  facts: ClientFacts[] = buildFacts(caseload, asOf),
): ManagerSummary {
  const roster = new Set(caseload.clients.map((c) => c.id));
  const flagged = new Set<string>();
  const withErrors = new Set<string>();
  const byMonth = new Map<
    YearMonth | null,
    { clients: Set<string>; findings: number; titles: Set<string> }
  >();
  for (const f of result.findings) {
    if (f.severity === 'info') continue;
    if (f.clientId && roster.has(f.clientId)) flagged.add(f.clientId);
    if (f.severity !== 'error') continue;
    if (f.clientId && roster.has(f.clientId)) withErrors.add(f.clientId);
    const key = (f.month as YearMonth | null) ?? null;
    const m = byMonth.get(key) ?? { clients: new Set(), findings: 0, titles: new Set() };
    if (f.clientId) m.clients.add(f.clientId);
    m.findings += 1;
    m.titles.add(RULES[f.rule as keyof typeof RULES]?.title ?? f.rule);
    byMonth.set(key, m);
  }
  const errorMonths = [...byMonth]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([month, m]) => ({ month, clients: m.clients.size, findings: m.findings, titles: [...m.titles] }));
  const horizon = monthEnd(addMonthsToMonth(monthOf(asOf), 1));
  return {
    rosterCount: caseload.clients.length,
    flagged: flagged.size,
    withErrors: withErrors.size,
    errorMonths,
    horizon,
    deadlines: upcomingDeadlines(facts, asOf, horizon),
  };
}

const DEADLINE_LABEL: Record<Deadline['kind'], string> = {
  'plan-review': '就労定着支援計画の見直し',
  handover: '引継ぎ先への情報共有',
};

/** The summary as lines: people first, then errors by month, then the deadlines coming. */
export function summaryLines(s: ManagerSummary): string[] {
  const lines = [`名簿 ${s.rosterCount}人のうち指摘あり ${s.flagged}人（うちエラーあり ${s.withErrors}人）`];
  if (s.errorMonths.length) {
    lines.push('請求を止めるエラー（直すまで、その月は請求できないか減算のおそれがあります）:');
    for (const m of s.errorMonths)
      lines.push(
        `  ${m.month ? `${formatEraMonth(m.month)}分` : '月によらないもの'}: ${m.clients ? `${m.clients}人・` : ''}${m.findings}件 — ${m.titles.join('、')}`,
      );
  } else lines.push('請求を止めるエラーはありません');
  if (s.deadlines.length) {
    lines.push(`${formatEraDate(s.horizon)}までに来る期限:`);
    for (const d of s.deadlines)
      lines.push(`  ${formatEraDate(d.due)}まで: ${d.clientId} ${d.name}の${DEADLINE_LABEL[d.kind]}`);
  } else lines.push(`${formatEraDate(s.horizon)}までに来る計画の見直し・引継ぎの期限はありません`);
  return lines;
}
