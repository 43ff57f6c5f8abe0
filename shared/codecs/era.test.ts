import { describe, expect, it } from 'vitest';
import { addDays } from '../date/plain-date.ts';
import {
  ERAS,
  eraDateToPlainDate,
  eraMonthToYearMonth,
  eraOf,
  eraToGregorian,
  findEra,
  formatEraDate,
  formatEraDateShort,
  formatEraMonth,
  formatEraMonthShort,
  formatMonthDay,
} from './era.ts';

const era = (name: string) => {
  const e = findEra(name);
  if (!e) throw new Error(`no era ${name}`);
  return e;
};

describe('the era table', () => {
  it('has contiguous eras: each ends the day before the next begins', () => {
    for (let i = 0; i + 1 < ERAS.length; i++) {
      expect(addDays(ERAS[i]!.end!, 1)).toBe(ERAS[i + 1]!.start);
    }
    expect(ERAS[ERAS.length - 1]!.end).toBeNull();
  });
  it('finds eras by name, code in either case, one-kanji abbreviation and ligature', () => {
    expect(findEra('令和')?.code).toBe('R');
    expect(findEra('r')?.name).toBe('令和');
    expect(findEra('H')?.name).toBe('平成');
    expect(findEra('昭')?.name).toBe('昭和');
    expect(findEra('㍻')?.name).toBe('平成');
    expect(findEra('㋿')?.name).toBe('令和');
    expect(findEra('X')).toBeUndefined();
    expect(findEra('')).toBeUndefined();
  });
});

describe('eraToGregorian', () => {
  it.each([
    ['令和', 6, 2024],
    ['R', 1, 2019],
    ['平成', 31, 2019],
    ['h', 30, 2018],
    ['昭和', 64, 1989],
    ['S', 60, 1985],
    ['大正', 15, 1926],
    ['明治', 45, 1912],
  ])('%s %i is %i', (name, year, greg) => {
    expect(eraToGregorian(name, year)).toBe(greg);
  });
  it.each([
    ['平成', 32],
    ['昭和', 65],
    ['令和', 0],
    ['令和', 1.5],
    ['X', 1],
  ])('%s %s is no year', (name, year) => {
    expect(eraToGregorian(name, year)).toBeNull();
  });
});

describe('era dates at the boundaries', () => {
  it('令和元年5月1日 is the first day of Reiwa', () => {
    expect(eraDateToPlainDate(era('令和'), 1, 5, 1)).toEqual({ ok: true, value: '2019-05-01' });
  });
  it('平成31年4月30日 is the last day of Heisei', () => {
    expect(eraDateToPlainDate(era('平成'), 31, 4, 30)).toEqual({ ok: true, value: '2019-04-30' });
  });
  it('平成31年5月1日 does not exist', () => {
    const r = eraDateToPlainDate(era('平成'), 31, 5, 1);
    expect(r).toEqual({ ok: false, reason: '平成31年5月1日は存在しない日付です（平成は2019年4月30日まで）' });
  });
  it('令和元年4月30日 does not exist', () => {
    const r = eraDateToPlainDate(era('令和'), 1, 4, 30);
    expect(r).toEqual({ ok: false, reason: '令和元年4月30日は存在しない日付です（令和は2019年5月1日から）' });
  });
  it('昭和64年1月7日 is the last day of Showa, and 昭和64年1月8日 does not exist', () => {
    expect(eraDateToPlainDate(era('昭和'), 64, 1, 7)).toEqual({ ok: true, value: '1989-01-07' });
    expect(eraDateToPlainDate(era('昭和'), 64, 1, 8).ok).toBe(false);
  });
  it('平成元年1月8日 is the first day of Heisei, and 平成元年1月7日 does not exist', () => {
    expect(eraDateToPlainDate(era('平成'), 1, 1, 8)).toEqual({ ok: true, value: '1989-01-08' });
    expect(eraDateToPlainDate(era('平成'), 1, 1, 7).ok).toBe(false);
  });
  it('昭和元年12月25日 is the first day of Showa, and 大正15年12月24日 the last of Taisho', () => {
    expect(eraDateToPlainDate(era('昭和'), 1, 12, 25)).toEqual({ ok: true, value: '1926-12-25' });
    expect(eraDateToPlainDate(era('大正'), 15, 12, 24)).toEqual({ ok: true, value: '1926-12-24' });
    expect(eraDateToPlainDate(era('大正'), 15, 12, 25).ok).toBe(false);
  });
  it('令和6年13月1日 and 令和0年1月1日 do not exist', () => {
    expect(eraDateToPlainDate(era('令和'), 6, 13, 1)).toEqual({
      ok: false,
      reason: '令和6年13月1日は存在しない日付です',
    });
    expect(eraDateToPlainDate(era('令和'), 0, 1, 1).ok).toBe(false);
  });
});

describe('era months at the boundaries', () => {
  it('平成31年4月 and 令和元年5月 exist; 平成31年5月 and 令和元年4月 do not', () => {
    expect(eraMonthToYearMonth(era('平成'), 31, 4)).toEqual({ ok: true, value: '2019-04' });
    expect(eraMonthToYearMonth(era('令和'), 1, 5)).toEqual({ ok: true, value: '2019-05' });
    expect(eraMonthToYearMonth(era('平成'), 31, 5)).toEqual({
      ok: false,
      reason: '平成31年5月は存在しない年月です（平成は2019年4月30日まで）',
    });
    expect(eraMonthToYearMonth(era('令和'), 1, 4).ok).toBe(false);
  });
  it('January 1989 is both 昭和64年1月 and 平成元年1月', () => {
    expect(eraMonthToYearMonth(era('昭和'), 64, 1)).toEqual({ ok: true, value: '1989-01' });
    expect(eraMonthToYearMonth(era('平成'), 1, 1)).toEqual({ ok: true, value: '1989-01' });
    expect(eraMonthToYearMonth(era('昭和'), 64, 2).ok).toBe(false);
  });
});

describe('formatting', () => {
  it.each([
    ['2024-04-30', '令和6年4月30日', 'R6.4.30'],
    ['2019-05-01', '令和元年5月1日', 'R1.5.1'],
    ['2019-04-30', '平成31年4月30日', 'H31.4.30'],
    ['1989-01-08', '平成元年1月8日', 'H1.1.8'],
    ['1989-01-07', '昭和64年1月7日', 'S64.1.7'],
    ['1926-12-25', '昭和元年12月25日', 'S1.12.25'],
    ['1912-07-30', '大正元年7月30日', 'T1.7.30'],
    ['1868-10-23', '明治元年10月23日', 'M1.10.23'],
    ['1868-10-22', '1868年10月22日', '1868/10/22'],
  ])('%s is %s (%s)', (d, long, short) => {
    expect(formatEraDate(d)).toBe(long);
    expect(formatEraDateShort(d)).toBe(short);
  });
  it.each([
    ['2024-04', '令和6年4月', 'R6.4'],
    ['2019-05', '令和元年5月', 'R1.5'],
    ['2019-04', '平成31年4月', 'H31.4'],
    ['1989-01', '平成元年1月', 'H1.1'],
    ['1926-12', '昭和元年12月', 'S1.12'],
    ['1850-01', '1850年1月', '1850/1'],
  ])('the month %s is %s (%s): a month takes the era of its last day', (ym, long, short) => {
    expect(formatEraMonth(ym)).toBe(long);
    expect(formatEraMonthShort(ym)).toBe(short);
  });
  it('writes month and day for contact lines', () => {
    expect(formatMonthDay('2024-04-30')).toBe('4月30日');
    expect(formatMonthDay('2024-12-01')).toBe('12月1日');
  });
  it('gives the era and era year of a date', () => {
    expect(eraOf('2024-04-01')).toEqual({ era: era('令和'), year: 6 });
    expect(eraOf('1800-01-01')).toBeNull();
  });
});
