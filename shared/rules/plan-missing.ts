import { minDate, monthEnd, monthOf } from '../date/plain-date.ts';
import { clientFinding, type Rule, rosterCell } from './context.ts';
import { latestPlanDate } from './plan-review-overdue.ts';

/**
 * plan.missing — no plan date at all once the first active month has ended (N1 1-(6)): on its last day, or
 * not at all when support stopped before that day.
 */
export const planMissing: Rule = (ctx) => {
  const { client, period } = ctx.facts;
  if (!period || latestPlanDate(client)) return [];
  const reference = minDate(ctx.asOf, period.end);
  // the first month has ended on its last day (domain.md §2: a month whose last day is the as-of date is full)
  if (monthEnd(monthOf(period.start)) > reference) return [];
  return [
    clientFinding(client, {
      rule: 'plan.missing',
      message:
        '就労定着支援計画の作成日がありません。計画を作成した日を名簿の計画作成日に書いてください。まだ作成していなければ作成してください',
      at: rosterCell(ctx, ctx.caseload.layouts.roster.columns.planCreated ? 'planCreated' : 'id'),
    }),
  ];
};
