import { fiscalYearEnd, fiscalYearStart, type PlainDate } from '../date/plain-date.ts';
import type { Caseload, Client } from '../model/caseload.ts';

/**
 * True when the client had left the job on or before `date`: a 離職日 on or before it, or an end reason of
 * 離職 whose end (the 離職日 then) is on or before it. An end reason of 離職 with no date at all counts as
 * left, whatever the date: the sheet says so and gives no day to compare.
 */
export function leftJobBy(client: Client, date: PlainDate): boolean {
  if (client.leftJobDate !== null) return client.leftJobDate <= date;
  if (client.endReason?.kind === 'left-job') return client.endDate === null || client.endDate <= date;
  return false;
}

export interface RetentionDetail {
  /** The fiscal year whose end the rate is taken at (it sets the band of the year after). */
  fiscalYear: number;
  /** Support started from this day (April 1 of fiscalYear − 2) … */
  from: PlainDate;
  /** … to this day (March 31 of fiscalYear + 1), which is also the day employment is looked at. */
  to: PlainDate;
  /** Clients whose support started in those three years. */
  started: number;
  /** Of them, those not left the job by `to`. */
  stillEmployed: number;
  /** stillEmployed / started, exact (not rounded: bands compare against it); null when nobody started. */
  rate: number | null;
}

/**
 * 就労定着率 (N1 2-(1), docs/domain.md §5) for fiscal year FY — the rate that sets the band of FY + 1: of
 * the clients whose 就労定着支援 started in FY − 2, FY − 1 or FY (April 1 FY−2 … March 31 FY+1), the share
 * still employed on March 31 FY+1.
 */
export function retentionDetail(caseload: Pick<Caseload, 'clients'>, fiscalYear: number): RetentionDetail {
  const from = fiscalYearStart(fiscalYear - 2);
  const to = fiscalYearEnd(fiscalYear);
  let started = 0;
  let stillEmployed = 0;
  for (const c of caseload.clients) {
    if (!c.startDate || c.startDate < from || c.startDate > to) continue;
    started++;
    if (!leftJobBy(c, to)) stillEmployed++;
  }
  return { fiscalYear, from, to, started, stillEmployed, rate: started ? stillEmployed / started : null };
}

/** The 就労定着率 of `fiscalYear` as a fraction (0..1), or null when no client started in the three years. */
export function retentionRate(caseload: Pick<Caseload, 'clients'>, fiscalYear: number): number | null {
  return retentionDetail(caseload, fiscalYear).rate;
}
