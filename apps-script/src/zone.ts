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
  const fmt = zoneFormat(timeZone, false);
  return (d: Date) => {
    if (Number.isNaN(d.getTime())) return null;
    if (!fmt) return fallback(d, timeZone);
    return dayOf(fmt.formatToParts(d));
  };
}

/** Intl's formatter of a zone's calendar day (and time of day), or null when this runtime does not know the zone. */
function zoneFormat(timeZone: string, withTime: boolean): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
  } catch {
    return null;
  }
}
const part = (parts: Intl.DateTimeFormatPart[], t: string) => parts.find((p) => p.type === t)?.value ?? '';
const dayOf = (parts: Intl.DateTimeFormatPart[]): PlainDate =>
  `${part(parts, 'year').padStart(4, '0')}-${part(parts, 'month')}-${part(parts, 'day')}`;

/** The day and minute in the spreadsheet's zone, for a log line: 2025-03-31 14:05 (the day alone without Intl). */
export function stampIn(timeZone: string, now: Date = new Date(), fallback?: ZoneFormatter): string {
  const fmt = zoneFormat(timeZone, true);
  if (!fmt) return todayIn(timeZone, now, fallback);
  const parts = fmt.formatToParts(now);
  return `${dayOf(parts)} ${part(parts, 'hour')}:${part(parts, 'minute')}`;
}

/** Today in the spreadsheet's time zone. */
export function todayIn(timeZone: string, now: Date = new Date(), fallback?: ZoneFormatter): PlainDate {
  return dayReader(timeZone, fallback)(now)!;
}
