import { UTCDate } from '@date-fns/utc';
import { addDays as fnsAddDays } from 'date-fns/addDays';
import { addMonths as fnsAddMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { differenceInYears } from 'date-fns/differenceInYears';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { isLeapYear as fnsIsLeapYear } from 'date-fns/isLeapYear';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';

/**
 * A calendar date with no time and no zone: the string `YYYY-MM-DD`.
 *
 * Every date in shared/ is one of these. Calendar arithmetic is date-fns on `UTCDate` (a Date whose
 * getters and setters work in UTC), so the process time zone can never move a day. Functions are
 * imported one by one (architecture.md: bundles carry only what they use).
 */
export type PlainDate = string;
/** A calendar month `YYYY-MM`. */
export type YearMonth = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const EPOCH = new UTCDate(0);

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

/** The UTC midnight of a calendar day (years below 100 stay themselves, unlike `Date.UTC`). */
function utc(year: number, month: number, day: number): UTCDate {
  const d = new UTCDate(0);
  d.setFullYear(year, month - 1, day);
  return d;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/**
 * Month-level answers are asked for thousands of times per check (every client-month), and there are
 * few distinct months: remember them. Bounded so a long-running process cannot grow without end.
 */
function memo<A, R>(fn: (a: A) => R): (a: A) => R {
  const cache = new Map<A, R>();
  return (a) => {
    let r = cache.get(a);
    if (r === undefined) {
      r = fn(a);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, when the cache is cleared changes nothing but time
      if (cache.size >= 50_000) cache.clear();
      cache.set(a, r);
    }
    return r;
  };
}

function fromUTC(d: Date): PlainDate {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

function toUTC(d: PlainDate): UTCDate {
  const { year, month, day } = toParts(d);
  return utc(year, month, day);
}

export function isLeapYear(year: number): boolean {
  return fnsIsLeapYear(utc(year, 1, 1));
}

const daysInMonthIndex = memo((i: number) => getDaysInMonth(utc(Math.floor(i / 12), (i % 12) + 1, 1)));

export function daysInMonth(year: number, month: number): number {
  return daysInMonthIndex(year * 12 + month - 1);
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
  return differenceInCalendarDays(toUTC(d), EPOCH);
}

export function fromEpochDay(n: number): PlainDate {
  return fromUTC(fnsAddDays(EPOCH, n));
}

export function addDays(d: PlainDate, n: number): PlainDate {
  return fromUTC(fnsAddDays(toUTC(d), n));
}

/** Calendar month arithmetic that clamps to the month's last day (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(d: PlainDate, n: number): PlainDate {
  return fromUTC(fnsAddMonths(toUTC(d), n));
}

/**
 * The last day of a period of `months` months that starts on `start` (day 1), by 民法143条:
 * it ends the day before the same-numbered day `months` later; when that month has no such day,
 * it ends on that month's last day. periodEnd('2024-08-31', 6) = '2025-02-28';
 * periodEnd('2024-03-31', 42) = '2027-09-30'.
 */
export function periodEnd(start: PlainDate, months: number): PlainDate {
  const later = fnsAddMonths(toUTC(start), months);
  // addMonths clamps a missing day to the month's last day: then that last day is the end
  const clamped = later.getDate() !== toParts(start).day;
  return fromUTC(clamped ? later : fnsAddDays(later, -1));
}

// Stryker disable next-line EqualityOperator: equivalent, when a === b either one is the answer
export const minDate = (a: PlainDate, b: PlainDate): PlainDate => (a <= b ? a : b);
// Stryker disable next-line EqualityOperator: equivalent, when a === b either one is the answer
export const maxDate = (a: PlainDate, b: PlainDate): PlainDate => (a >= b ? a : b);

export function monthOf(d: PlainDate): YearMonth {
  return d.slice(0, 7);
}

export function monthStart(ym: YearMonth): PlainDate {
  return `${ym}-01`;
}

export const monthEnd: (ym: YearMonth) => PlainDate = memo((ym: YearMonth) =>
  fromUTC(lastDayOfMonth(toUTC(monthStart(ym)))),
);

const shiftMonth = memo((key: string) => {
  const [ym, n] = key.split('|') as [YearMonth, string];
  return monthOf(addMonths(monthStart(ym), Number(n)));
});

export function addMonthsToMonth(ym: YearMonth, n: number): YearMonth {
  return shiftMonth(`${ym}|${n}`);
}

/** Every month from `from` to `to` inclusive (empty when to < from). */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  const first = toUTC(monthStart(from));
  const count = differenceInCalendarMonths(toUTC(monthStart(to)), first) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => monthOf(fromUTC(fnsAddMonths(first, i))));
}

/** Whole years of age on `on` for someone born on `birth` (a birthday on 2月29日 is reached on 3月1日 in common years). */
export function ageOn(birth: PlainDate, on: PlainDate): number {
  return differenceInYears(toUTC(on), toUTC(birth));
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
