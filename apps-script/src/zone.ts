import type { PlainDate } from '../../shared/date/plain-date.ts';

/**
 * Calendar days in the spreadsheet's own time zone. Sheets hands a date cell over as a Date at midnight
 * in the spreadsheet's zone; the machine running the script may sit in another zone, so a day is always
 * read with the spreadsheet's zone (Intl, no service call per cell), never with the process's.
 */
export function dayReader(timeZone: string): (d: Date) => PlainDate | null {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  }
  return (d: Date) => {
    if (Number.isNaN(d.getTime())) return null;
    const parts = fmt.formatToParts(d);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
  };
}

/** Today in the spreadsheet's time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): PlainDate {
  return dayReader(timeZone)(now)!;
}
