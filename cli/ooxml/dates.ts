import { type CellValue, dateCell, serialToDate } from '../../shared/codecs/index.ts';
import type { PlainDate } from '../../shared/date/plain-date.ts';

/**
 * Built-in number formats that show a date or time (ECMA-376 §18.8.30): 14–22 and 45–47 in every locale;
 * 27–36 and 50–58 are locale formats, dates and times in Japanese (e.g. 27 `[$-411]ge.m.d`, 和暦).
 */
export const BUILTIN_DATE_FORMATS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A format code shows a date or time when, outside quoted text and [brackets], it has a date or time letter. */
export function isDateFormat(code: string): boolean {
  return /[ymdhsbgM]/.test(
    code
      .replace(/\[[^\]]*\]/g, '')
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, ''),
  );
}

/** Five seconds, in days: a time this close to midnight is float error in the serial, and counts as the next day. */
const FLOAT_SLACK = 5 / 86_400;
/** Days from the 1904 date system's day 0 to the 1900 system's. */
const FROM_1904 = 1462;

/**
 * A date serial (1900 or 1904 date system) as the day the sheet shows, read by the date codec's own
 * serialToDate (which knows Excel's fake 1900-02-29); remembered by day, since a contact log repeats the
 * same few hundred days tens of thousands of times. A serial that is no day (a time alone) stays a number.
 */
export function serialToCell(serial: number, date1904: boolean): CellValue {
  const whole = Math.floor(serial + (date1904 ? FROM_1904 : 0) + FLOAT_SLACK);
  let d = days.get(whole);
  if (d === undefined) {
    if (days.size >= 100_000) days.clear();
    const p = serialToDate(whole);
    d = p.ok ? p.value : null;
    days.set(whole, d);
  }
  return d === null ? serial : dateCell(d);
}
const days = new Map<number, PlainDate | null>();
