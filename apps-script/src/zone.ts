import type { PlainDate } from '../../shared/date/plain-date.ts';

/** Formats a Date as yyyy-MM-dd in a zone: Apps Script's Utilities.formatDate. */
export type ZoneFormatter = (d: Date, timeZone: string) => string;

const utilitiesFormat: ZoneFormatter = (d, tz) => Utilities.formatDate(d, tz, 'yyyy-MM-dd');

/**
 * Calendar days in the spreadsheet's own time zone. Sheets hands a date cell over as a Date at midnight
 * in the spreadsheet's zone; the machine running the script may sit in another zone, so a day is always
 * read with the spreadsheet's zone, never with the process's. Intl does it without a service call per
 * cell; should this runtime's Intl not know the zone, Utilities.formatDate does it (one call per date).
 */
export function dayReader(
  timeZone: string,
  fallback: ZoneFormatter = utilitiesFormat,
): (d: Date) => PlainDate | null {
  let fmt: Intl.DateTimeFormat | null = null;
  try {
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    fmt = null;
  }
  return (d: Date) => {
    if (Number.isNaN(d.getTime())) return null;
    if (!fmt) return fallback(d, timeZone);
    const parts = fmt.formatToParts(d);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
  };
}

/** Today in the spreadsheet's time zone. */
export function todayIn(timeZone: string, now: Date = new Date(), fallback?: ZoneFormatter): PlainDate {
  return dayReader(timeZone, fallback)(now)!;
}
