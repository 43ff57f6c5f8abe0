import { isValidParts, monthOf, type YearMonth } from '../date/plain-date.ts';
import { BLANK_REASON, type CellValue, fail, isBlank, isDateCell, ok, type Parsed } from './cell.ts';
import { DATE_UNREADABLE, MAX_DATE_TEXT, parseDate, parseDateText, serialToDate } from './date.ts';
import {
  ERA_TOKEN_PATTERN,
  eraMonthToYearMonth,
  findEra,
  formatEraMonth,
  formatEraMonthShort,
  yearText,
} from './era.ts';
import { normalizeWidth } from './width.ts';

/** The reason for a cell that is not written as a month (or a date) at all. */
export const MONTH_UNREADABLE = '年月として読めません';

const GREGORIAN_SEPARATED = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/;
const GREGORIAN_KANJI = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*分)?$/;
const ERA_MONTH = new RegExp(
  `^(${ERA_TOKEN_PATTERN})\\s*(元|\\d{1,4})\\s*(?:年\\s*(\\d{1,2})\\s*月(?:\\s*分)?|[-/.]\\s*(\\d{1,2}))$`,
);

function gregorianMonth(year: number, month: number): Parsed<YearMonth> {
  if (!isValidParts(year, month, 1)) return fail(`${yearText(year)}年${month}月は存在しない年月です`);
  return ok(`${yearText(year)}-${String(month).padStart(2, '0')}`);
}

/**
 * Month text: 2024-04, 2024/04, 2024/4, 2024.4, 2024年4月, 2024年4月分, R6.4, R6/4, 令和6年4月,
 * 令和元年5月, full-width digits; or any date text (its month). An era month must share a day with
 * the era: 平成31年4月 and 令和元年5月 exist, 平成31年5月 does not.
 */
export function parseMonthText(text: string): Parsed<YearMonth> {
  const s = normalizeWidth(text).trim();
  if (s === '') return fail(BLANK_REASON);
  if (s.length > MAX_DATE_TEXT) return fail(MONTH_UNREADABLE);
  let m = GREGORIAN_SEPARATED.exec(s);
  if (m) return gregorianMonth(Number(m[1]), Number(m[2]));
  m = GREGORIAN_KANJI.exec(s);
  if (m) return gregorianMonth(Number(m[1]), Number(m[2]));
  m = ERA_MONTH.exec(s);
  if (m) {
    const era = findEra(m[1]!);
    if (!era) return fail(MONTH_UNREADABLE);
    const year = m[2] === '元' ? 1 : Number(m[2]);
    return eraMonthToYearMonth(era, year, Number(m[3] ?? m[4]));
  }
  const date = parseDateText(s);
  if (date.ok) return ok(monthOf(date.value));
  return fail(date.reason === DATE_UNREADABLE ? MONTH_UNREADABLE : date.reason);
}

/**
 * A month cell: month text (see parseMonthText), a date value or a spreadsheet serial (the month
 * of that day). Blank gives '空欄です'. Never throws, whatever the input.
 */
export function parseMonth(v: CellValue): Parsed<YearMonth> {
  if (isBlank(v)) return fail(BLANK_REASON);
  if (typeof v === 'string') return parseMonthText(v);
  if (typeof v === 'number') {
    const d = serialToDate(v);
    return d.ok ? ok(monthOf(d.value)) : d;
  }
  if (isDateCell(v)) {
    const d = parseDate(v);
    return d.ok ? ok(monthOf(d.value)) : fail(MONTH_UNREADABLE);
  }
  return fail(MONTH_UNREADABLE);
}

export const MONTH_STYLES = ['iso', 'slash', 'kanji', 'era', 'era-short'] as const;
export type MonthStyle = (typeof MONTH_STYLES)[number];

/**
 * A month as cell text: iso '2024-04', slash '2024/4', kanji '2024年4月', era '令和6年4月',
 * era-short 'R6.4'. A month in which an era begins takes the new era (平成元年1月, 令和元年5月).
 * parseMonth reads every style back. Throws RangeError on a malformed month.
 */
export function formatMonthCell(ym: YearMonth, style: MonthStyle): string {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!m || !isValidParts(Number(m[1]), Number(m[2]), 1)) throw new RangeError(`not a year-month: ${ym}`);
  const month = Number(m[2]);
  switch (style) {
    case 'iso':
      return ym;
    case 'slash':
      return `${m[1]}/${month}`;
    case 'kanji':
      return `${m[1]}年${month}月`;
    case 'era':
      return formatEraMonth(ym);
    case 'era-short':
      return formatEraMonthShort(ym);
  }
}
