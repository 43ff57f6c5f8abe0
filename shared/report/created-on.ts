import { addDays, addMonthsToMonth, monthStart, type PlainDate, type YearMonth } from '../date/plain-date.ts';

/**
 * The 作成日 of a month's 支援レポート (issue 15). domain.md §6 lists the field but says nothing of where it
 * comes from; what a careful office expects, kept as data:
 * 1. the monthly record's own 作成日 column, as the office typed it (never changed);
 * 2. else the day of generation, but only while it can be the true day: inside the month itself or up to
 *    the billing deadline after it (the 10th of the next month, domain.md §2: a later shown date is late),
 *    and never after the report's 対象者提示日 (a report is written before it is shown);
 * 3. else blank, and listed as 記入が必要: a blank the office fills is better than a wrong date.
 * A past month generated later (the common case of regenerating) therefore never reads the run day.
 */
export const CREATED_ON_RULE = {
  /** The generation day counts as the 作成日 up to this day of the month after the report's month. */
  lastDayOfNextMonth: 10,
} as const;

export function reportCreatedOn(
  month: YearMonth,
  fromSheet: PlainDate | null,
  shownOn: PlainDate | null,
  generatedOn: PlainDate | null,
  rule: { lastDayOfNextMonth: number } = CREATED_ON_RULE,
): PlainDate | null {
  if (fromSheet) return fromSheet;
  if (!generatedOn) return null;
  const first = monthStart(month);
  const last = addDays(monthStart(addMonthsToMonth(month, 1)), rule.lastDayOfNextMonth - 1);
  if (generatedOn < first || generatedOn > last) return null;
  if (shownOn && generatedOn > shownOn) return null;
  return generatedOn;
}
