import { clientFinding, d, type Rule, rosterCell } from './context.ts';

/**
 * period.too-long — use lasts at most 3 years from its start (periodEnd(start, 36)) and ends at the latest
 * 3 years 6 months from the base date (periodEnd(base, 42)) (N1 1-(4)①).
 */
export const periodTooLong: Rule = (ctx) => {
  const { client, period } = ctx.facts;
  if (!period || !client.endDate) return [];
  const reasons: string[] = [];
  if (client.endDate > period.maxEndByStart) reasons.push(`開始から3年の${d(period.maxEndByStart)}`);
  if (period.maxEndByBase && client.endDate > period.maxEndByBase)
    reasons.push(`起算日から3年6か月の${d(period.maxEndByBase)}`);
  if (reasons.length === 0) return [];
  return [
    clientFinding(client, {
      rule: 'period.too-long',
      message: `支援終了日が${d(client.endDate)}で、上限を超えています。上限は${reasons.join('、')}までです。支援終了日を確かめて直してください`,
      at: rosterCell(ctx, 'endDate'),
    }),
  ];
};
