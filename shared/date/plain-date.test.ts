import { describe, expect, it } from 'vitest';
import {
  addMonths,
  ageOn,
  fiscalYearOf,
  fromEpochDay,
  monthEnd,
  monthsBetween,
  periodEnd,
  toEpochDay,
} from './plain-date.ts';

describe('periodEnd (民法143条, the first day counts as day 1)', () => {
  it.each([
    ['2024-04-01', 6, '2024-09-30'],
    ['2024-03-01', 6, '2024-08-31'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-03-31', 42, '2027-09-30'],
    ['2024-01-01', 36, '2026-12-31'],
    ['2023-08-31', 6, '2024-02-29'],
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
