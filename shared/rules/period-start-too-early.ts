import { USAGE_TYPE_LABELS } from '../codecs/index.ts';
import { clientFinding, d, type Rule, rosterCell } from './context.ts';

/**
 * period.start-too-early — support may start only after 6 months counted from the base date
 * (hire, day after the sending service, or return day as day 1): start ≥ periodEnd(base, 6) + 1.
 */
export const periodStartTooEarly: Rule = (ctx) => {
  const { client, period } = ctx.facts;
  if (!period?.base || !period.earliestStart || period.start >= period.earliestStart) return [];
  return [
    clientFinding(client, {
      rule: 'period.start-too-early',
      message: `支援開始日（${d(period.start)}）が早すぎます。${USAGE_TYPE_LABELS[client.usageType]}で起算日が${d(period.base)}のため、開始できるのは${d(period.earliestStart)}からです`,
      at: rosterCell(ctx, 'startDate'),
    }),
  ];
};
