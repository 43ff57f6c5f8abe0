/**
 * A calendar date with no time and no zone: the string `YYYY-MM-DD`.
 *
 * Every date in shared/ is one of these. Arithmetic is done on the year/month/day numbers
 * (through a UTC epoch-day count), so the process time zone can never move a day.
 */
export type PlainDate = string;
/** A calendar month `YYYY-MM`. */
export type YearMonth = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the numbers name a real calendar day (no 2月30日, no 13月). */
export function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function fromParts(year: number, month: number, day: number): PlainDate {
  if (!isValidParts(year, month, day)) throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isPlainDate(s: unknown): s is PlainDate {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  return !!m && isValidParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isYearMonth(s: unknown): s is YearMonth {
  if (typeof s !== 'string') return false;
  const m = MONTH_RE.exec(s);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= 1;
}

export function toParts(d: PlainDate): DateParts {
  const m = DATE_RE.exec(d);
  if (!m) throw new RangeError(`not a plain date: ${d}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Days since 1970-01-01 (negative before). */
export function toEpochDay(d: PlainDate): number {
  const { year, month, day } = toParts(d);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromEpochDay(n: number): PlainDate {
  const t = new Date(n * 86_400_000);
  return fromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function addDays(d: PlainDate, n: number): PlainDate {
  return fromEpochDay(toEpochDay(d) + n);
}

/** Calendar month arithmetic that clamps to the month's last day (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(d: PlainDate, n: number): PlainDate {
  const { year, month, day } = toParts(d);
  const idx = year * 12 + (month - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The last day of a period of `months` months that starts on `start` (day 1), by 民法143条:
 * it ends the day before the same-numbered day `months` later; when that month has no such day,
 * it ends on that month's last day. periodEnd('2024-08-31', 6) = '2025-02-28';
 * periodEnd('2024-03-31', 42) = '2027-09-30'.
 */
export function periodEnd(start: PlainDate, months: number): PlainDate {
  const { year, month, day } = toParts(start);
  const idx = year * 12 + (month - 1) + months;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  if (day > daysInMonth(y, m)) return fromParts(y, m, daysInMonth(y, m));
  return addDays(fromParts(y, m, day), -1);
}

export const minDate = (a: PlainDate, b: PlainDate): PlainDate => (a <= b ? a : b);
export const maxDate = (a: PlainDate, b: PlainDate): PlainDate => (a >= b ? a : b);

export function monthOf(d: PlainDate): YearMonth {
  return d.slice(0, 7);
}

export function monthStart(ym: YearMonth): PlainDate {
  return `${ym}-01`;
}

export function monthEnd(ym: YearMonth): PlainDate {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return fromParts(y, m, daysInMonth(y, m));
}

export function addMonthsToMonth(ym: YearMonth, n: number): YearMonth {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + n;
  return `${pad(Math.floor(idx / 12), 4)}-${pad((idx % 12) + 1, 2)}`;
}

/** Every month from `from` to `to` inclusive (empty when to < from). */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  const out: YearMonth[] = [];
  for (let ym = from; ym <= to; ym = addMonthsToMonth(ym, 1)) out.push(ym);
  return out;
}

/** Whole years of age on `on` for someone born on `birth` (a birthday on 2月29日 is reached on 3月1日 in common years). */
export function ageOn(birth: PlainDate, on: PlainDate): number {
  const b = toParts(birth);
  const o = toParts(on);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}

/** The fiscal year (April–March) a date belongs to: 2025-03-31 → 2024. */
export function fiscalYearOf(d: PlainDate): number {
  const { year, month } = toParts(d);
  return month >= 4 ? year : year - 1;
}

export function fiscalYearStart(fy: number): PlainDate {
  return fromParts(fy, 4, 1);
}

export function fiscalYearEnd(fy: number): PlainDate {
  return fromParts(fy + 1, 3, 31);
}
