import { addDays, minDate, type PlainDate, periodEnd } from '../date/plain-date.ts';
import type { Client } from '../model/caseload.ts';

/** Months a client must have worked (counted from the base date) before 就労定着支援 may start. */
export const WAIT_MONTHS = 6;
/** Longest use of the service, from its start. */
export const MAX_USE_MONTHS = 36;
/** Outer limit, from the base date (3 years 6 months). */
export const OUTER_LIMIT_MONTHS = 42;

export interface SupportPeriod {
  base: PlainDate;
  start: PlainDate;
  /** periodEnd(base, 6) + 1 day (N1 1-(1), N3). */
  earliestStart: PlainDate;
  /** periodEnd(start, 36) (N1 1-(4)①). */
  maxEndByStart: PlainDate;
  /** periodEnd(base, 42). */
  maxEndByBase: PlainDate;
  /** The end written on the roster, or the longest allowed when none is written. */
  plannedEnd: PlainDate;
  /** The last day of support: the planned end, or the day the client left the job if earlier. */
  end: PlainDate;
  /** True when support stopped before its planned end (離職, 本人希望 …). */
  endedEarly: boolean;
}

/** The support period of a client, or null when its start or base date is unknown. */
export function supportPeriod(c: Client): SupportPeriod | null {
  if (!c.startDate || !c.baseDate) return null;
  const start = c.startDate;
  const base = c.baseDate;
  const earliestStart = addDays(periodEnd(base, WAIT_MONTHS), 1);
  const maxEndByStart = periodEnd(start, MAX_USE_MONTHS);
  const maxEndByBase = periodEnd(base, OUTER_LIMIT_MONTHS);
  const plannedEnd = c.endDate ?? minDate(maxEndByStart, maxEndByBase);
  const end = c.leftJobDate ? minDate(plannedEnd, c.leftJobDate) : plannedEnd;
  const endedEarly =
    (c.leftJobDate !== null && c.leftJobDate <= plannedEnd) ||
    (c.endReason !== null && c.endReason.kind !== 'completed');
  return { base, start, earliestStart, maxEndByStart, maxEndByBase, plannedEnd, end, endedEarly };
}
