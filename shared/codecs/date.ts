import {
  fromEpochDay,
  fromParts,
  isPlainDate,
  isValidParts,
  type PlainDate,
  toEpochDay,
  toParts,
} from '../date/plain-date.ts';
import { BLANK_REASON, type CellValue, fail, isBlank, isDateCell, ok, type Parsed } from './cell.ts';
import {
  ERA_TOKEN_PATTERN,
  eraDateToPlainDate,
  findEra,
  formatEraDate,
  formatEraDateShort,
  formatGregorianDate,
  yearText,
} from './era.ts';
import { normalizeWidth } from './width.ts';

/** The reason for a cell that is not written as a date at all. */
export const DATE_UNREADABLE = '日付として読めません';

/** Spreadsheet serials (1900 date system) accepted as dates: 1900-01-01 … 9999-12-31. */
export const SERIAL_MIN = 1;
export const SERIAL_MAX = 2_958_465;
/** Serial 0 would be this day, were it not for the fake 1900-02-29 (serial 60). */
const SERIAL_EPOCH = toEpochDay('1899-12-30');

/**
 * A spreadsheet serial number to its date (1900 date system, integer part only). Serial 1 is
 * 1900-01-01; serial 60 is the 1900-02-29 that Lotus 1-2-3 invented and Excel kept, so it is
 * rejected; 61 is 1900-03-01.
 */
export function serialToDate(serial: number): Parsed<PlainDate> {
  if (!Number.isFinite(serial)) return fail(DATE_UNREADABLE);
  const n = Math.floor(serial);
  if (n < SERIAL_MIN || n > SERIAL_MAX) {
    return fail(`${DATE_UNREADABLE}（数値${serial}は日付のシリアル値の範囲外です）`);
  }
  if (n === 60) return fail('1900年2月29日は存在しない日付です（表計算ソフトのシリアル値60）');
  return ok(fromEpochDay(SERIAL_EPOCH + n + (n < 60 ? 1 : 0)));
}

/** The spreadsheet serial of a date from 1900-01-01 on (throws RangeError before that). */
export function dateToSerial(d: PlainDate): number {
  if (!isPlainDate(d) || d < '1900-01-01') throw new RangeError(`no spreadsheet serial for ${d}`);
  const n = toEpochDay(d) - SERIAL_EPOCH;
  return d < '1900-03-01' ? n - 1 : n;
}

/** Longer text is no date (and the suffix patterns stay linear). */
export const MAX_DATE_TEXT = 64;
const WEEKDAY_SUFFIX = /\s*\(\s*[月火水木金土日](?:曜日?)?\s*\)$/;
const TIME_SUFFIX = /(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const GREGORIAN_SEPARATED = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const GREGORIAN_KANJI = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;
const ERA_DATE = new RegExp(
  `^(${ERA_TOKEN_PATTERN})\\s*(元|\\d{1,4})\\s*` +
    `(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?|([-/.])\\s*(\\d{1,2})\\s*\\5\\s*(\\d{1,2}))$`,
);

const eraYear = (s: string): number => (s === '元' ? 1 : Number(s));

function gregorian(year: number, month: number, day: number): Parsed<PlainDate> {
  if (!isValidParts(year, month, day))
    return fail(`${formatGregorianDate(year, month, day)}は存在しない日付です`);
  return ok(fromParts(year, month, day));
}

/**
 * Date text as written in sheets: 2024/4/1, 2024-04-01, 2024.4.1, 2024年4月1日, 令和6年4月1日,
 * 令和元年5月1日, R6.4.1, R6/4/1, r6.4.1, H30.5.1, 平30.5.1, ㍻30年5月1日; full-width digits;
 * an optional weekday (月) / （月曜日） and an optional time (0:00, T00:00:00) after the date. The
 * weekday is not checked against the date. A time with a zone (…Z, +09:00) is not accepted: the
 * day would depend on the zone.
 */
export function parseDateText(text: string): Parsed<PlainDate> {
  const t = normalizeWidth(text).trim();
  if (t === '') return fail(BLANK_REASON);
  if (t.length > MAX_DATE_TEXT) return fail(DATE_UNREADABLE);
  const s = t.replace(TIME_SUFFIX, '').replace(WEEKDAY_SUFFIX, '');
  let m = GREGORIAN_SEPARATED.exec(s);
  if (m) return gregorian(Number(m[1]), Number(m[3]), Number(m[4]));
  m = GREGORIAN_KANJI.exec(s);
  if (m) return gregorian(Number(m[1]), Number(m[2]), Number(m[3]));
  m = ERA_DATE.exec(s);
  if (m) {
    const era = findEra(m[1]!);
    if (!era) return fail(DATE_UNREADABLE);
    const month = m[3] ?? m[6];
    const day = m[4] ?? m[7];
    return eraDateToPlainDate(era, eraYear(m[2]!), Number(month), Number(day));
  }
  return fail(DATE_UNREADABLE);
}

/**
 * A date cell: a date value, a spreadsheet serial number, or date text (see parseDateText).
 * Blank gives '空欄です'; an impossible date ('2024/02/30', '平成31年5月1日') gives a reason saying
 * it does not exist. Never throws, whatever the input.
 */
export function parseDate(v: CellValue): Parsed<PlainDate> {
  if (isBlank(v)) return fail(BLANK_REASON);
  if (typeof v === 'string') return parseDateText(v);
  if (typeof v === 'number') return serialToDate(v);
  if (isDateCell(v)) return isPlainDate(v.value) ? ok(v.value) : fail(DATE_UNREADABLE);
  return fail(DATE_UNREADABLE);
}

export const DATE_STYLES = ['iso', 'slash', 'kanji', 'era', 'era-short'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/**
 * A date as cell text: iso '2024-04-01', slash '2024/4/1', kanji '2024年4月1日', era '令和6年4月1日'
 * (元年 for the first year), era-short 'R6.4.1'. Era styles fall back to the Gregorian forms before
 * 明治. parseDate reads every style back to the same date. Throws RangeError on a malformed date.
 */
export function formatDateCell(d: PlainDate, style: DateStyle): string {
  if (!isPlainDate(d)) throw new RangeError(`not a plain date: ${d}`);
  const { year, month, day } = toParts(d);
  switch (style) {
    case 'iso':
      return d;
    case 'slash':
      return `${yearText(year)}/${month}/${day}`;
    case 'kanji':
      return formatGregorianDate(year, month, day);
    case 'era':
      return formatEraDate(d);
    case 'era-short':
      return formatEraDateShort(d);
  }
}
