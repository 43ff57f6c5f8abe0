import { clientFinding, contactCell, d, type Rule } from './context.ts';

/**
 * period.contact-outside — a contact dated outside the support period. Not counted for the month's duties;
 * support after the period may continue, and contacts before it may belong to the sending office.
 */
export const periodContactOutside: Rule = (ctx) => {
  const { client, period, outside } = ctx.facts;
  // Stryker disable next-line ConditionalExpression: equivalent, with no period the facts hold no contact outside it
  if (!period) return [];
  return outside.map((c) =>
    clientFinding(client, {
      rule: 'period.contact-outside',
      message: `${d(c.date)}の記録は支援期間（${d(period.start)}〜${d(period.end)}）の外なので、月の支援には数えていません。日付か支援期間が違っていれば直してください`,
      at: contactCell(ctx, c, 'date'),
    }),
  );
};
