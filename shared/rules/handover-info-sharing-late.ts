import { addDays, addMonths, type PlainDate } from '../date/plain-date.ts';
import { clientFinding, d, type Rule, rosterCell } from './context.ts';

/** The last day on which handover information may be shared: the day before the last 3 months begin. */
export function handoverDeadline(end: PlainDate): PlainDate {
  return addDays(addMonths(addDays(end, 1), -3), -1);
}

/**
 * handover.info-sharing-late — a client who needs continued support after a period that ends as planned
 * must have their information shared with the receiving agency at least 3 months before the end
 * (N1 1-(4)③). Missing it risks 支援体制構築未実施減算 (10%, N1 2-(4)).
 */
export const handoverInfoSharingLate: Rule = (ctx) => {
  const { client, period } = ctx.facts;
  if (!period || !client.needsContinued || period.endedEarly) return [];
  const deadline = handoverDeadline(period.plannedEnd);
  if (ctx.asOf <= deadline) return [];
  const shared = client.handoverSharedDate;
  if (shared && shared <= deadline) return [];
  return [
    clientFinding(client, {
      rule: 'handover.info-sharing-late',
      message:
        (shared
          ? `引継ぎ先への情報共有が${d(shared)}で、期限の${d(deadline)}より後です`
          : `引継ぎ先への情報共有の日が空欄です。期限は支援終了${d(period.plannedEnd)}の3か月前の${d(deadline)}でした`) +
        '。支援体制構築未実施減算（10%）のおそれがあります。共有した日を確かめて書いてください',
      at: rosterCell(ctx, 'handoverSharedDate'),
    }),
  ];
};
