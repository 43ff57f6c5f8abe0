import { clientFinding, m, monthCell, type Rule } from './context.ts';

/**
 * billing.leave-month — a 休職 month stays active; whether it can be billed is not confirmed (docs/domain.md
 * §1), so it is billed when the duties are met, with this reminder to confirm with the municipality.
 */
export const billingLeaveMonth: Rule = (ctx) =>
  ctx.facts.months
    .filter((month) => month.record?.onLeave)
    .map((month) =>
      clientFinding(ctx.facts.client, {
        rule: 'billing.leave-month',
        month: month.month,
        message: `${m(month.month)}: 休職中の月です。請求できるかを支給決定の市町村に確認してください`,
        at: monthCell(ctx, month, 'onLeave'),
      }),
    );
