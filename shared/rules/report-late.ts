import { reportDeadline } from '../evaluate/facts.ts';
import { clientFinding, d, m, monthCell, type Rule } from './context.ts';

/** report.late — a report of month M shown after the 10th of M+1, the billing deadline (N6 J611). */
export const reportLate: Rule = (ctx) =>
  // no shown date ('') is never after the deadline
  ctx.facts.months
    .filter((month) => (month.reportShownDate ?? '') > reportDeadline(month.month))
    .map((month) =>
      clientFinding(ctx.facts.client, {
        rule: 'report.late',
        month: month.month,
        message: `${m(month.month)}の支援レポートの提示日が${d(month.reportShownDate!)}で、請求期限の${d(reportDeadline(month.month))}を過ぎています。提示日が正しいか確かめ、次からは翌月10日までに提示してください`,
        at: monthCell(ctx, month, 'reportShownDate'),
      }),
    );
