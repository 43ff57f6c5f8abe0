import { addMonthsToMonth, maxDate, minDate, monthEnd, monthOf, type PlainDate } from '../date/plain-date.ts';
import type { Client } from '../model/caseload.ts';
import { clientFinding, d, type Rule, rosterCell } from './context.ts';

/** How often the 就労定着支援計画 must be reviewed, in months (N1 1-(6)). */
export const PLAN_REVIEW_MONTHS = 6;

/** The latest plan date (creation or review). */
export function latestPlanDate(c: Client): PlainDate | null {
  if (c.planCreated && c.planReviewed) return maxDate(c.planCreated, c.planReviewed);
  return c.planReviewed ?? c.planCreated;
}

/** The last day of the month six months after the month of the latest plan date. */
export function planReviewDue(latest: PlainDate): PlainDate {
  return monthEnd(addMonthsToMonth(monthOf(latest), PLAN_REVIEW_MONTHS));
}

/**
 * plan.review-overdue — the plan is reviewed at least every 6 months, planned by month: latest 2024-06-30 →
 * due 2024-12-31. Checked against the as-of date, or the support end if earlier. Only the latest interval
 * can be checked when the sheet keeps only the latest review date.
 */
export const planReviewOverdue: Rule = (ctx) => {
  const { client, period } = ctx.facts;
  const latest = latestPlanDate(client);
  if (!latest || !period || period.start > ctx.asOf) return [];
  const due = planReviewDue(latest);
  const reference = minDate(ctx.asOf, period.end);
  if (due >= reference) return [];
  return [
    clientFinding(client, {
      rule: 'plan.review-overdue',
      message: `就労定着支援計画の直近の作成・見直しが${d(latest)}で、見直しの期限の${d(due)}を過ぎています。計画を見直し、見直した日を書いてください`,
      at: rosterCell(ctx, client.planReviewed === latest ? 'planReviewed' : 'planCreated'),
    }),
  ];
};
