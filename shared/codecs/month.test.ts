import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isYearMonth } from '../date/plain-date.ts';
import { type CellValue, dateCell } from './cell.ts';
import { formatMonthCell, MONTH_STYLES, parseMonth } from './month.ts';

const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const pad = (n: number) => String(n).padStart(2, '0');
const monthBetween = (fromYear: number, toYear: number) =>
  fc
    .integer({ min: fromYear * 12, max: toYear * 12 + 11 })
    .map((i) => `${String(Math.floor(i / 12)).padStart(4, '0')}-${pad((i % 12) + 1)}`);

describe('parseMonth reads the month forms of real sheets', () => {
  it.each([
    ['2024-04', '2024-04'],
    ['2024/04', '2024-04'],
    ['2024/4', '2024-04'],
    ['2024.4', '2024-04'],
    ['2024年4月', '2024-04'],
    ['2024年4月分', '2024-04'],
    ['R6.4', '2024-04'],
    ['R6/4', '2024-04'],
    ['r6.4', '2024-04'],
    ['令和6年4月', '2024-04'],
    ['令和元年5月', '2019-05'],
    ['平成31年4月', '2019-04'],
    ['H30.5', '2018-05'],
    ['２０２４年４月', '2024-04'],
    ['令和６年４月', '2024-04'],
    ['Ｒ６．４', '2024-04'],
    [' 2024/4 ', '2024-04'],
    ['2024/4/15', '2024-04'],
    ['令和6年4月30日', '2024-04'],
    ['2024/4/1(月)', '2024-04'],
  ])('%j is %s', (text, ym) => {
    expect(parseMonth(text)).toEqual({ ok: true, value: ym });
  });
  it('takes the month of a date cell', () => {
    expect(parseMonth(dateCell('2024-04-30'))).toEqual({ ok: true, value: '2024-04' });
  });
  it('takes the month of a serial number', () => {
    expect(parseMonth(45383)).toEqual({ ok: true, value: '2024-04' });
    expect(parseMonth(60).ok).toBe(false);
  });
  it('January 1989 may be written 昭和64年1月 or 平成元年1月', () => {
    expect(parseMonth('昭和64年1月')).toEqual({ ok: true, value: '1989-01' });
    expect(parseMonth('平成元年1月')).toEqual({ ok: true, value: '1989-01' });
  });
});

describe('parseMonth rejects what does not exist', () => {
  it('平成31年5月 does not exist', () => {
    expect(parseMonth('平成31年5月')).toEqual({
      ok: false,
      reason: '平成31年5月は存在しない年月です（平成は2019年4月30日まで）',
    });
  });
  it('令和元年4月 does not exist', () => {
    expect(parseMonth('令和元年4月').ok).toBe(false);
  });
  it.each([
    ['2024/13', '2024年13月は存在しない年月です'],
    ['令和6年13月', '令和6年13月は存在しない年月です'],
    ['2024/0', '2024年0月は存在しない年月です'],
    ['2024/02/30', '2024年2月30日は存在しない日付です'],
  ])('%j does not exist', (text, reason) => {
    expect(parseMonth(text)).toEqual({ ok: false, reason });
  });
  it.each([null, '', '\u3000'])('blank %j is 空欄です', (v) => {
    expect(parseMonth(v)).toEqual({ ok: false, reason: '空欄です' });
  });
  it.each(['abc', '4月', '2024', '202404', '24/4'])('%j is not a month', (text) => {
    expect(parseMonth(text)).toEqual({ ok: false, reason: '年月として読めません' });
  });
  it('a boolean is not a month', () => {
    expect(parseMonth(false)).toEqual({ ok: false, reason: '年月として読めません' });
  });
});

describe('formatMonthCell', () => {
  it.each([
    ['2024-04', 'iso', '2024-04'],
    ['2024-04', 'slash', '2024/4'],
    ['2024-04', 'kanji', '2024年4月'],
    ['2024-04', 'era', '令和6年4月'],
    ['2024-04', 'era-short', 'R6.4'],
    ['2019-05', 'era', '令和元年5月'],
    ['2019-04', 'era', '平成31年4月'],
    ['1989-01', 'era', '平成元年1月'],
  ] as const)('%s in style %s is %s', (ym, style, text) => {
    expect(formatMonthCell(ym, style)).toBe(text);
  });
  it('throws on a malformed month', () => {
    expect(() => formatMonthCell('2024-13', 'iso')).toThrow(RangeError);
    expect(() => formatMonthCell('2024-4', 'iso')).toThrow(RangeError);
  });
});

describe('properties', () => {
  it('every style round-trips for months from 1927 to 2099', () => {
    fc.assert(
      fc.property(monthBetween(1927, 2099), fc.constantFrom(...MONTH_STYLES), (ym, style) => {
        expect(parseMonth(formatMonthCell(ym, style))).toEqual({ ok: true, value: ym });
      }),
      { numRuns: 2000 },
    );
  });
  it('every style round-trips for every representable month, also in full width', () => {
    fc.assert(
      fc.property(monthBetween(1, 9999), fc.constantFrom(...MONTH_STYLES), (ym, style) => {
        const text = formatMonthCell(ym, style);
        expect(parseMonth(text)).toEqual({ ok: true, value: ym });
        expect(parseMonth(toFullWidth(text))).toEqual({ ok: true, value: ym });
      }),
    );
  });
  it('the month of every era boundary round-trips in every style', () => {
    for (const ym of ['1912-07', '1926-12', '1989-01', '2019-04', '2019-05']) {
      for (const style of MONTH_STYLES)
        expect(parseMonth(formatMonthCell(ym, style))).toEqual({ ok: true, value: ym });
    }
  });

  const monthish = fc.constantFrom(
    ...'0123456789０１２３４５６７８９/-.年月日分元令和平成RHr \u3000ー'.split(''),
  );
  const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: monthish, maxLength: 14 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.string().map(dateCell),
    fc.anything() as fc.Arbitrary<CellValue>,
  );
  it('never throws and always returns a Parsed result', () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = parseMonth(v);
        if (r.ok) expect(isYearMonth(r.value)).toBe(true);
        else expect(r.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 5000 },
    );
  });
});
