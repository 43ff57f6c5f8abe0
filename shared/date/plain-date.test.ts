import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  ageOn,
  daysInMonth,
  fiscalYearOf,
  fromEpochDay,
  fromParts,
  isLeapYear,
  isPlainDate,
  isValidParts,
  isYearMonth,
  maxDate,
  minDate,
  monthEnd,
  monthsBetween,
  periodEnd,
  toEpochDay,
  toParts,
} from './plain-date.ts';

describe('periodEnd (民法143条, the first day counts as day 1)', () => {
  it.each([
    ['2024-04-01', 6, '2024-09-30'],
    ['2024-03-01', 6, '2024-08-31'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-03-31', 42, '2027-09-30'],
    ['2024-01-01', 36, '2026-12-31'],
    ['2023-08-31', 6, '2024-02-29'],
    // the start day equals the target month's length: September has a 30th, so the day before it
    ['2024-03-30', 6, '2024-09-29'],
    ['2024-01-29', 1, '2024-02-28'], // a leap February has a 29th
    ['2023-01-29', 1, '2023-02-28'], // a common February has none: its last day
  ])('a %s-day start of %i months ends on %s', (start, n, end) => {
    expect(periodEnd(start, n)).toBe(end);
  });

  it('differs from clamped addMonths minus a day at month ends', () => {
    // clamping 2024-08-31 + 6 months gives 2025-02-28, minus a day 02-27: periodEnd keeps 02-28
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(periodEnd('2024-08-31', 6)).toBe('2025-02-28');
  });
});

describe('calendar helpers', () => {
  it('epoch days round-trip across eras and leap days', () => {
    for (const d of ['1900-03-01', '1970-01-01', '2000-02-29', '2019-04-30', '2019-05-01', '2100-12-31']) {
      expect(fromEpochDay(toEpochDay(d))).toBe(d);
    }
  });
  it('month ends know leap years', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2100-02')).toBe('2100-02-28');
  });
  it('months between are inclusive', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2025-02', '2025-01')).toEqual([]);
  });
  it('age turns on the birthday itself', () => {
    expect(ageOn('2000-03-31', '2025-03-31')).toBe(25);
    expect(ageOn('2000-04-01', '2025-03-31')).toBe(24);
  });
  it('fiscal year starts in April', () => {
    expect(fiscalYearOf('2025-03-31')).toBe(2024);
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
  });
});

describe('on date-fns with UTCDate', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
  it('clamps addMonths to the month end and handles negative months', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonthsToMonth('2025-01', -1)).toBe('2024-12');
    expect(addMonthsToMonth('2024-11', 14)).toBe('2026-01');
  });
  it('a 2月29日 birthday is reached on 3月1日 in common years', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });
  it('knows leap years and month lengths (1900 and 2100 are common, 2000 is leap)', () => {
    expect([1900, 2000, 2024, 2100].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(isValidParts(2025, 2, 29)).toBe(false);
    expect(isValidParts(2024, 2, 29)).toBe(true);
    expect(isPlainDate('2024-13-01')).toBe(false);
  });
  it('a calendar day is whole numbers within year 1–9999, month 1–12 and the month’s length', () => {
    expect(isValidParts(1, 1, 1)).toBe(true);
    expect(isValidParts(9999, 12, 31)).toBe(true);
    expect(isValidParts(2024, 1, 31)).toBe(true);
    for (const [y, m, d] of [
      [2024.5, 1, 1],
      [2024, 1.5, 1],
      [2024, 1, 1.5],
      [0, 1, 1],
      [10000, 1, 1],
      [2024, 0, 1],
      [2024, 13, 1],
      [2024, 1, 0],
      [2024, 1, 32],
      [2024, 4, 31],
    ] as const)
      expect(isValidParts(y, m, d)).toBe(false);
  });
  it('counts epoch days before 1970 as negative', () => {
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(fromEpochDay(-1)).toBe('1969-12-31');
  });
  it('does not depend on the machine zone: the same answers at a DST change', () => {
    // 2025-03-09 is a DST day in America/Los_Angeles; 2025-03-30 in Europe
    expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
    expect(monthEnd('2025-03')).toBe('2025-03-31');
    expect(toEpochDay('2025-03-10') - toEpochDay('2025-03-09')).toBe(1);
  });
});

describe('checks and conversions at their edges', () => {
  it.each<[unknown, boolean]>([
    ['2024-12', true],
    ['2024-01', true],
    ['0001-01', true],
    ['2024-00', false],
    ['2024-13', false],
    ['0000-05', false],
    ['2024-1', false],
    ['2024-12-01', false],
    [202412, false],
    [null, false],
    [{ length: 7 }, false],
    [['2024-01'], false],
  ])('isYearMonth(%j) is %s', (v, want) => {
    expect(isYearMonth(v)).toBe(want);
  });

  it('isPlainDate is false for anything but a string of a real day', () => {
    for (const v of [20240101, null, undefined, new Date(0), ['2024-01-01']])
      expect(isPlainDate(v)).toBe(false);
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2023-02-29')).toBe(false);
  });

  it('fromParts builds a day and refuses one that does not exist', () => {
    expect(fromParts(2024, 2, 29)).toBe('2024-02-29');
    expect(fromParts(987, 3, 1)).toBe('0987-03-01');
    expect(() => fromParts(2023, 2, 29)).toThrow(RangeError);
    expect(() => fromParts(2024, 13, 1)).toThrow(/2024-13-1/);
  });

  it('toParts reads a plain date and refuses anything else', () => {
    expect(toParts('2024-03-09')).toEqual({ year: 2024, month: 3, day: 9 });
    expect(() => toParts('2024/03/09')).toThrow(/2024\/03\/09/);
  });

  it('minDate and maxDate', () => {
    expect([minDate('2024-03-09', '2024-03-10'), minDate('2024-03-10', '2024-03-09')]).toEqual([
      '2024-03-09',
      '2024-03-09',
    ]);
    expect([maxDate('2024-03-09', '2024-03-10'), maxDate('2024-03-10', '2024-03-09')]).toEqual([
      '2024-03-10',
      '2024-03-10',
    ]);
    expect(maxDate('2024-03-09', '2024-03-09')).toBe('2024-03-09');
  });
});
