import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, isPlainDate, toEpochDay } from '../date/plain-date.ts';
import { type CellValue, dateCell } from './cell.ts';
import { DATE_STYLES, dateToSerial, formatDateCell, parseDate, SERIAL_MAX, serialToDate } from './date.ts';

/** ASCII → full-width, the way some people type dates. */
const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const dateBetween = (from: string, to: string) =>
  fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map(fromEpochDay);

describe('parseDate reads the date forms of real sheets', () => {
  it.each([
    ['2024/4/1', '2024-04-01'],
    ['2024/04/01', '2024-04-01'],
    ['2024-04-01', '2024-04-01'],
    ['2024-4-1', '2024-04-01'],
    ['2024.4.1', '2024-04-01'],
    ['2024年4月1日', '2024-04-01'],
    ['2024 年 4 月 1 日', '2024-04-01'],
    ['令和6年4月1日', '2024-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['令和 6 年 4 月 1 日', '2024-04-01'],
    ['R6.4.1', '2024-04-01'],
    ['R6/4/1', '2024-04-01'],
    ['R6-4-1', '2024-04-01'],
    ['r6.4.1', '2024-04-01'],
    ['R06.04.01', '2024-04-01'],
    ['R元.5.1', '2019-05-01'],
    ['H30.5.1', '2018-05-01'],
    ['S60.1.1', '1985-01-01'],
    ['平成30年5月1日', '2018-05-01'],
    ['平30.5.1', '2018-05-01'],
    ['㍻30年5月1日', '2018-05-01'],
    ['昭和64年1月7日', '1989-01-07'],
    ['２０２４/４/１', '2024-04-01'],
    ['２０２４／０４／０１', '2024-04-01'],
    ['２０２４ー０４ー０１', '2024-04-01'],
    ['令和６年４月１日', '2024-04-01'],
    ['Ｒ６．４．１', '2024-04-01'],
    [' 2024/4/1 ', '2024-04-01'],
    ['\u30002024/4/1\u3000', '2024-04-01'],
    ['2024/4/1(月)', '2024-04-01'],
    ['2024/4/1（月）', '2024-04-01'],
    ['2024/4/1 (月曜日)', '2024-04-01'],
    ['令和6年4月1日（月）', '2024-04-01'],
    ['2024/04/01 0:00:00', '2024-04-01'],
    ['2024-04-01T00:00:00', '2024-04-01'],
    ['2024/4/1(月) 10:30', '2024-04-01'],
    ['2024/2/29', '2024-02-29'],
  ])('%j is %s', (text, date) => {
    expect(parseDate(text)).toEqual({ ok: true, value: date });
  });

  it('takes a date cell as it is', () => {
    expect(parseDate(dateCell('2024-04-01'))).toEqual({ ok: true, value: '2024-04-01' });
  });
  it('rejects a date cell holding a malformed date', () => {
    expect(parseDate(dateCell('2024-02-30')).ok).toBe(false);
  });
});

describe('parseDate rejects impossible dates instead of guessing', () => {
  it.each([
    ['令和6年13月1日', '令和6年13月1日は存在しない日付です'],
    ['2024/02/30', '2024年2月30日は存在しない日付です'],
    ['2023/2/29', '2023年2月29日は存在しない日付です'],
    ['2024年4月31日', '2024年4月31日は存在しない日付です'],
    ['R6.2.30', '令和6年2月30日は存在しない日付です'],
    ['令和0年1月1日', '令和0年1月1日は存在しない日付です'],
    ['0000-01-01', '0000年1月1日は存在しない日付です'],
  ])('%j does not exist', (text, reason) => {
    expect(parseDate(text)).toEqual({ ok: false, reason });
  });
  it('平成31年5月1日 does not exist (Heisei ended on 2019-04-30)', () => {
    expect(parseDate('平成31年5月1日')).toEqual({
      ok: false,
      reason: '平成31年5月1日は存在しない日付です（平成は2019年4月30日まで）',
    });
    expect(parseDate('H31.5.1').ok).toBe(false);
  });
  it('令和元年4月30日 does not exist (Reiwa began on 2019-05-01)', () => {
    expect(parseDate('令和元年4月30日')).toEqual({
      ok: false,
      reason: '令和元年4月30日は存在しない日付です（令和は2019年5月1日から）',
    });
  });
  it('平成31年4月30日 is the last day of Heisei and 令和元年5月1日 the first of Reiwa', () => {
    expect(parseDate('平成31年4月30日')).toEqual({ ok: true, value: '2019-04-30' });
    expect(parseDate('令和元年5月1日')).toEqual({ ok: true, value: '2019-05-01' });
  });
});

describe('parseDate on cells that are not dates', () => {
  it.each([null, '', '   ', '\u3000'])('blank %j is 空欄です', (v) => {
    expect(parseDate(v)).toEqual({ ok: false, reason: '空欄です' });
  });
  it.each([
    'abc',
    '2024/4',
    '4/1',
    '24/4/1',
    '4/1/2024',
    '2024/4-1',
    '令和6年4月',
    'X6.4.1',
    '20240401',
    '2024-03-31T15:00:00.000Z',
    '2024-04-01T00:00:00+09:00',
    '2024/4/1 です',
  ])('%j is not a date', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: '日付として読めません' });
  });
  it('a boolean is not a date', () => {
    expect(parseDate(true)).toEqual({ ok: false, reason: '日付として読めません' });
  });
  it('very long text is not a date', () => {
    expect(parseDate(`2024/4/1${' '.repeat(10_000)}x`).ok).toBe(false);
  });
});

describe('spreadsheet serial numbers (1900 date system)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45292, '2024-01-01'],
    [45383, '2024-04-01'],
    [45383.75, '2024-04-01'],
    [SERIAL_MAX, '9999-12-31'],
  ])('serial %d is %s', (n, d) => {
    expect(parseDate(n)).toEqual({ ok: true, value: d });
  });
  it('serial 60 is the fake 1900-02-29 and does not exist', () => {
    const r = parseDate(60);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('1900年2月29日は存在しない日付です');
  });
  it.each([0, 0.5, -1, SERIAL_MAX + 1, 20240401, Number.NaN, Number.POSITIVE_INFINITY])(
    'serial %d is out of range',
    (n) => {
      const r = parseDate(n);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reason).toMatch(/^日付として読めません/);
    },
  );
  it('dateToSerial is the inverse of serialToDate', () => {
    expect(dateToSerial('1900-01-01')).toBe(1);
    expect(dateToSerial('1900-02-28')).toBe(59);
    expect(dateToSerial('1900-03-01')).toBe(61);
    expect(dateToSerial('2024-04-01')).toBe(45383);
    expect(() => dateToSerial('1899-12-31')).toThrow(RangeError);
    fc.assert(
      fc.property(dateBetween('1900-01-01', '9999-12-31'), (d) => {
        expect(serialToDate(dateToSerial(d))).toEqual({ ok: true, value: d });
      }),
    );
  });
});

describe('formatDateCell', () => {
  it.each([
    ['2024-04-01', 'iso', '2024-04-01'],
    ['2024-04-01', 'slash', '2024/4/1'],
    ['2024-04-01', 'kanji', '2024年4月1日'],
    ['2024-04-01', 'era', '令和6年4月1日'],
    ['2024-04-01', 'era-short', 'R6.4.1'],
    ['2019-05-01', 'era', '令和元年5月1日'],
    ['2019-05-01', 'era-short', 'R1.5.1'],
    ['2019-04-30', 'era', '平成31年4月30日'],
  ] as const)('%s in style %s is %s', (d, style, text) => {
    expect(formatDateCell(d, style)).toBe(text);
  });
  it('throws on a malformed date', () => {
    expect(() => formatDateCell('2024-02-30', 'iso')).toThrow(RangeError);
  });
});

describe('properties', () => {
  it('every style round-trips for dates from 1927 to 2099', () => {
    fc.assert(
      fc.property(dateBetween('1927-01-01', '2099-12-31'), fc.constantFrom(...DATE_STYLES), (d, style) => {
        expect(parseDate(formatDateCell(d, style))).toEqual({ ok: true, value: d });
      }),
      { numRuns: 2000 },
    );
  });
  it('every style round-trips for every representable date', () => {
    fc.assert(
      fc.property(dateBetween('0001-01-01', '9999-12-31'), fc.constantFrom(...DATE_STYLES), (d, style) => {
        expect(parseDate(formatDateCell(d, style))).toEqual({ ok: true, value: d });
      }),
    );
  });
  it('every style round-trips when typed in full width', () => {
    fc.assert(
      fc.property(dateBetween('1927-01-01', '2099-12-31'), fc.constantFrom(...DATE_STYLES), (d, style) => {
        expect(parseDate(toFullWidth(formatDateCell(d, style)))).toEqual({ ok: true, value: d });
      }),
    );
  });
  it('every era boundary day round-trips in every style', () => {
    for (const d of ['1926-12-24', '1926-12-25', '1989-01-07', '1989-01-08', '2019-04-30', '2019-05-01']) {
      for (const style of DATE_STYLES)
        expect(parseDate(formatDateCell(d, style))).toEqual({ ok: true, value: d });
    }
  });

  const dateish = fc.constantFrom(
    ...'0123456789０１２３４５６７８９/-.／－．年月日元令和平成昭RHSrM()（）月火 :T\u3000ーZ'.split(''),
  );
  const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: dateish, maxLength: 16 }),
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
        const r = parseDate(v);
        if (r.ok) expect(isPlainDate(r.value)).toBe(true);
        else expect(r.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 5000 },
    );
  });
  it('reads the same date whatever the width of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: dateish, maxLength: 16 }), (s) => {
        expect(parseDate(toFullWidth(s))).toEqual(parseDate(s));
      }),
      { numRuns: 2000 },
    );
  });
});
