import { addDays, minDate, type PlainDate, periodEnd } from '../date/plain-date.ts';
import type { Client } from '../model/caseload.ts';

/** Months a client must have worked (counted from the base date) before 就労定着支援 may start. */
export const WAIT_MONTHS = 6;
/** Longest use of the service, from its start. */
export const MAX_USE_MONTHS = 36;
/** Outer limit, from the base date (3 years 6 months). */
export const OUTER_LIMIT_MONTHS = 42;

export interface SupportPeriod {
  /** The base date (起算日), or null when the sheet does not give it (延長型/復職型 without one). */
  base: PlainDate | null;
  start: PlainDate;
  /** periodEnd(base, 6) + 1 day (N1 1-(1), N3); null without a base date. */
  earliestStart: PlainDate | null;
  /** periodEnd(start, 36) (N1 1-(4)①). */
  maxEndByStart: PlainDate;
  /** periodEnd(base, 42); null without a base date. */
  maxEndByBase: PlainDate | null;
  /** The end written on the roster, or the longest allowed when none is written. */
  plannedEnd: PlainDate;
  /** The last day of support: the planned end, or the day the client left the job if earlier. */
  end: PlainDate;
  /**
   * True when support stopped before its planned end (離職 before the planned last day, 本人希望 …).
   * Leaving the job on the planned last day itself ends nothing early: the period ends as planned.
   */
  endedEarly: boolean;
}

/**
 * The support period of a client, or null when its start date is unknown. Without a base date (a 延長型 or
 * 復職型 client whose sheet lacks it) the period still runs from the start: only the limits counted from the
 * base date are unknown, so the client is still checked for everything else.
 */
export function supportPeriod(c: Client): SupportPeriod | null {
  if (!c.startDate) return null;
  const start = c.startDate;
  const base = c.baseDate;
  const earliestStart = base ? addDays(periodEnd(base, WAIT_MONTHS), 1) : null;
  const maxEndByStart = periodEnd(start, MAX_USE_MONTHS);
  const maxEndByBase = base ? periodEnd(base, OUTER_LIMIT_MONTHS) : null;
  const plannedEnd = c.endDate ?? (maxEndByBase ? minDate(maxEndByStart, maxEndByBase) : maxEndByStart);
  const end = c.leftJobDate ? minDate(plannedEnd, c.leftJobDate) : plannedEnd;
  const endedEarly =
    // Stryker disable next-line ConditionalExpression: equivalent, null < a date string is false anyway
    (c.leftJobDate !== null && c.leftJobDate < plannedEnd) ||
    (c.endReason !== null && c.endReason.kind !== 'completed');
  return { base, start, earliestStart, maxEndByStart, maxEndByBase, plannedEnd, end, endedEarly };
}
