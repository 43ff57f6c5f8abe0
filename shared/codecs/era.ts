import {
  daysInMonth,
  fromParts,
  isValidParts,
  monthEnd,
  monthStart,
  type PlainDate,
  toParts,
  type YearMonth,
} from '../date/plain-date.ts';
import { fail, ok, type Parsed } from './cell.ts';

export type EraCode = 'M' | 'T' | 'S' | 'H' | 'R';

export interface Era {
  /** 令和 */
  readonly name: string;
  /** R, as in R6.4.1 */
  readonly code: EraCode;
  /** The first day of the era (the day it is 元年). */
  readonly start: PlainDate;
  /** The last day of the era; null for the current one. */
  readonly end: PlainDate | null;
}

/**
 * The modern eras, oldest first. 明治 dates before 明治6年 (1873) were lunisolar calendar dates:
 * they are converted here as if Gregorian, which no sheet in this domain needs.
 */
export const ERAS: readonly Era[] = [
  { name: '明治', code: 'M', start: '1868-10-23', end: '1912-07-29' },
  { name: '大正', code: 'T', start: '1912-07-30', end: '1926-12-24' },
  { name: '昭和', code: 'S', start: '1926-12-25', end: '1989-01-07' },
  { name: '平成', code: 'H', start: '1989-01-08', end: '2019-04-30' },
  { name: '令和', code: 'R', start: '2019-05-01', end: null },
];

/** Other spellings of each era: one-kanji abbreviations and the squared ligatures ㍾ ㍽ ㍼ ㍻ ㋿. */
const ERA_ALIASES: Readonly<Record<EraCode, readonly string[]>> = {
  M: ['明', '\u337E'],
  T: ['大', '\u337D'],
  S: ['昭', '\u337C'],
  H: ['平', '\u337B'],
  R: ['令', '\u32FF'],
};

/** The era named by its name (令和), code (R, r), one-kanji abbreviation (令) or ligature (㋿). */
export function findEra(token: string): Era | undefined {
  const t = token.trim();
  return ERAS.find((e) => e.name === t || e.code === t.toUpperCase() || ERA_ALIASES[e.code].includes(t));
}

/** A regex alternation that matches every era token findEra knows (longest first). */
export const ERA_TOKEN_PATTERN = [
  ...ERAS.map((e) => e.name),
  ...ERAS.flatMap((e) => ERA_ALIASES[e.code]),
  ...ERAS.flatMap((e) => [e.code, e.code.toLowerCase()]),
].join('|');

const startYear = (era: Era): number => toParts(era.start).year;

/** The Gregorian year of an era year: eraToGregorian('令和', 6) = 2024. Null for an unknown era, a
 * year below 1 or an era year the era never reached (平成32年). */
export function eraToGregorian(era: string | Era, year: number): number | null {
  const e = typeof era === 'string' ? findEra(era) : era;
  if (!e || !Number.isInteger(year) || year < 1) return null;
  const y = startYear(e) + year - 1;
  if (e.end !== null && y > toParts(e.end).year) return null;
  return y;
}

/** Written era year: 1 is 元. */
export const eraYearText = (year: number): string => (year === 1 ? '元' : String(year));

/** A Gregorian year as written in cells: four digits. */
export const yearText = (year: number): string => String(year).padStart(4, '0');

export const formatGregorianDate = (year: number, month: number, day: number): string =>
  `${yearText(year)}年${month}月${day}日`;

function rangeNote(era: Era, before: boolean): string {
  const d = toParts(before ? era.start : (era.end as PlainDate));
  return `（${era.name}は${formatGregorianDate(d.year, d.month, d.day)}${before ? 'から' : 'まで'}）`;
}

/**
 * An era date to a calendar date. 平成31年5月1日 and 令和元年4月30日 do not exist; neither does
 * 令和6年13月1日. Reasons name the date as written.
 */
export function eraDateToPlainDate(era: Era, year: number, month: number, day: number): Parsed<PlainDate> {
  const label = `${era.name}${eraYearText(year)}年${month}月${day}日`;
  const y = startYear(era) + year - 1;
  if (!Number.isInteger(year) || year < 1 || !isValidParts(y, month, day)) {
    return fail(`${label}は存在しない日付です`);
  }
  const d = fromParts(y, month, day);
  if (d < era.start) return fail(`${label}は存在しない日付です${rangeNote(era, true)}`);
  if (era.end !== null && d > era.end) return fail(`${label}は存在しない日付です${rangeNote(era, false)}`);
  return ok(d);
}

/** An era month to a calendar month: the month must share at least one day with the era. */
export function eraMonthToYearMonth(era: Era, year: number, month: number): Parsed<YearMonth> {
  const label = `${era.name}${eraYearText(year)}年${month}月`;
  const y = startYear(era) + year - 1;
  if (!Number.isInteger(year) || year < 1 || !isValidParts(y, month, 1)) {
    return fail(`${label}は存在しない年月です`);
  }
  const first = fromParts(y, month, 1);
  const last = fromParts(y, month, daysInMonth(y, month));
  if (last < era.start) return fail(`${label}は存在しない年月です${rangeNote(era, true)}`);
  if (era.end !== null && first > era.end)
    return fail(`${label}は存在しない年月です${rangeNote(era, false)}`);
  return ok(first.slice(0, 7));
}

/** The era a date falls in and its era year; null before 明治. */
export function eraOf(d: PlainDate): { era: Era; year: number } | null {
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i]!;
    if (d >= era.start) return { era, year: toParts(d).year - startYear(era) + 1 };
  }
  return null;
}

/** '令和6年4月30日'; the first year is 元年 ('令和元年5月1日'). Before 明治: '1850年1月1日'. */
export function formatEraDate(d: PlainDate): string {
  const { year, month, day } = toParts(d);
  const e = eraOf(d);
  if (!e) return formatGregorianDate(year, month, day);
  return `${e.era.name}${eraYearText(e.year)}年${month}月${day}日`;
}

/** 'R6.4.30' (year 1 is written 1: 'R1.5.1'). Before 明治: '1850/1/1'. */
export function formatEraDateShort(d: PlainDate): string {
  const { year, month, day } = toParts(d);
  const e = eraOf(d);
  if (!e) return `${yearText(year)}/${month}/${day}`;
  return `${e.era.code}${e.year}.${month}.${day}`;
}

/**
 * The era and era year of a month, named by the era in force on its last day: the month in which
 * an era begins takes the new era (1989-01 is 平成元年1月, 2019-05 is 令和元年5月). Null before 明治.
 */
export function eraOfMonth(ym: YearMonth): { era: Era; year: number } | null {
  return eraOf(monthEnd(ym));
}

/** '令和6年4月'. Before 明治: '1850年1月'. */
export function formatEraMonth(ym: YearMonth): string {
  const { year, month } = toParts(monthStart(ym));
  const e = eraOfMonth(ym);
  if (!e) return `${yearText(year)}年${month}月`;
  return `${e.era.name}${eraYearText(e.year)}年${month}月`;
}

/** 'R6.4'. Before 明治: '1850/1'. */
export function formatEraMonthShort(ym: YearMonth): string {
  const { year, month } = toParts(monthStart(ym));
  const e = eraOfMonth(ym);
  if (!e) return `${yearText(year)}/${month}`;
  return `${e.era.code}${e.year}.${month}`;
}

/** '4月30日', as on the contact lines of the 支援レポート. */
export function formatMonthDay(d: PlainDate): string {
  const { month, day } = toParts(d);
  return `${month}月${day}日`;
}
