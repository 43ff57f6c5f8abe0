import { clientFinding, m, monthCell, type Rule } from './context.ts';

/**
 * billing.jobcoach-month — a month in which the office's visiting job coach assisted the client under the
 * 職場適応援助者助成金 cannot be billed for that client (N1 4-(1)①).
 */
export const billingJobcoachMonth: Rule = (ctx) =>
  ctx.facts.months
    .filter((month) => month.record?.jobcoach)
    .map((month) =>
      clientFinding(ctx.facts.client, {
        rule: 'billing.jobcoach-month',
        month: month.month,
        message: `${m(month.month)}: 職場適応援助者（ジョブコーチ）助成金の対象月のため、就労定着支援は請求できません`,
        at: monthCell(ctx, month, 'jobcoach'),
      }),
    );
