import { USAGE_TYPE_LABELS } from '../codecs/index.ts';
import { clientFinding, d, type Rule, rosterCell } from './context.ts';

/**
 * period.start-too-early — support may start only after 6 months counted from the base date
 * (hire, day after the sending service, or return day as day 1): start ≥ periodEnd(base, 6) + 1.
 */
export const periodStartTooEarly: Rule = (ctx) => {
  const { client, period } = ctx.facts;
  if (!period?.base || !period.earliestStart || period.start >= period.earliestStart) return [];
  // where the base date came from: its own column, or the hire date it was taken from
  const baseCol = ctx.caseload.layouts.roster.columns.baseDate;
  const hireCol = ctx.caseload.layouts.roster.columns.hireDate;
  const from = baseCol
    ? `${baseCol.letter}列「${baseCol.header}」の`
    : hireCol && client.hireDate === period.base
      ? `${hireCol.letter}列「${hireCol.header}」から数えて`
      : '';
  return [
    clientFinding(client, {
      rule: 'period.start-too-early',
      message:
        `支援開始日が${d(period.start)}で、早すぎます。利用類型「${USAGE_TYPE_LABELS[client.usageType]}」の起算日は${from}${d(period.base)}なので、` +
        `支援を始められるのは6か月たった${d(period.earliestStart)}からです。支援開始日か起算日を確かめて直してください`,
      at: rosterCell(ctx, 'startDate'),
    }),
  ];
};
