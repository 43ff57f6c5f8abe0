import { describe, expect, it } from 'vitest';
import { makeClient } from '../rules/test-kit.ts';
import { MAX_USE_MONTHS, OUTER_LIMIT_MONTHS, supportPeriod, WAIT_MONTHS } from './period.ts';

describe('supportPeriod', () => {
  it('uses 6 months of waiting, 3 years of use and an outer limit of 3 years 6 months', () => {
    expect([WAIT_MONTHS, MAX_USE_MONTHS, OUTER_LIMIT_MONTHS]).toEqual([6, 36, 42]);
  });

  it('is unknown without a start date', () => {
    expect(supportPeriod(makeClient({ startDate: null }))).toBeNull();
  });

  it('without a base date still runs from the start: only the limits counted from the base are unknown', () => {
    const p = supportPeriod(makeClient({ usageType: 'return', baseDate: null, startDate: '2024-10-01' }))!;
    expect(p).toMatchObject({ base: null, earliestStart: null, maxEndByBase: null, start: '2024-10-01' });
    expect(p.end).toBe('2027-09-30');
  });

  it.each([
    ['2024-04-01', '2024-10-01'], // N3's example
    ['2024-03-01', '2024-09-01'],
    ['2024-08-31', '2025-03-01'], // not 2025-02-28
    ['2023-08-31', '2024-03-01'], // leap February: not 2024-02-29
    ['2024-03-31', '2024-10-01'],
  ])('base %s → earliest start %s (periodEnd(base, 6) + 1 day)', (base, earliest) => {
    expect(supportPeriod(makeClient({ hireDate: base, startDate: earliest }))!.earliestStart).toBe(earliest);
  });

  it('the base is whatever the roster gives: a return day for 復職支援型', () => {
    const p = supportPeriod(
      makeClient({ usageType: 'return', hireDate: '2015-04-01', baseDate: '2024-05-10' }),
    )!;
    expect(p.base).toBe('2024-05-10');
    expect(p.earliestStart).toBe('2024-11-10');
  });

  it('the base is the day after the sending service ended for 労働時間延長支援型 (used until 2024-06-30)', () => {
    const p = supportPeriod(
      makeClient({ usageType: 'extended', hireDate: '2024-01-15', baseDate: '2024-07-01' }),
    )!;
    expect(p.earliestStart).toBe('2025-01-01');
  });

  it('limits: periodEnd(start, 36) and periodEnd(base, 42), month ends kept (2024-03-31 + 42 → 2027-09-30)', () => {
    const p = supportPeriod(makeClient({ hireDate: '2024-03-31', startDate: '2024-10-01' }))!;
    expect(p.maxEndByStart).toBe('2027-09-30');
    expect(p.maxEndByBase).toBe('2027-09-30');
  });

  it("without a written end the planned end is the earlier limit: N1's example, 1年3月 employed → 2年3月 left", () => {
    const p = supportPeriod(makeClient({ hireDate: '2024-01-01', startDate: '2025-04-01' }))!;
    expect(p.maxEndByStart).toBe('2028-03-31');
    expect(p.maxEndByBase).toBe('2027-06-30');
    expect(p.plannedEnd).toBe('2027-06-30');
    expect(p.end).toBe('2027-06-30');
    expect(p.endedEarly).toBe(false);
  });

  it('a written end is the planned end', () => {
    const p = supportPeriod(makeClient({ endDate: '2026-03-31' }))!;
    expect(p.plannedEnd).toBe('2026-03-31');
    expect(p.end).toBe('2026-03-31');
    expect(p.endedEarly).toBe(false);
  });

  it('leaving the job ends support early; the 離職日 is the last day', () => {
    const p = supportPeriod(makeClient({ endDate: '2027-09-30', leftJobDate: '2025-01-15' }))!;
    expect(p.plannedEnd).toBe('2027-09-30');
    expect(p.end).toBe('2025-01-15');
    expect(p.endedEarly).toBe(true);
  });

  it('leaving the job on the planned end day is not an early end: the period ends as planned', () => {
    // domain.md §1: 離職 ends support early, the 離職日 being the last day; leaving on the planned last
    // day moves nothing, so a client needing continued support still needs the handover (§ handover)
    const p = supportPeriod(makeClient({ endDate: '2027-09-30', leftJobDate: '2027-09-30' }))!;
    expect(p.end).toBe('2027-09-30');
    expect(p.endedEarly).toBe(false);
    const dayBefore = supportPeriod(makeClient({ endDate: '2027-09-30', leftJobDate: '2027-09-29' }))!;
    expect(dayBefore.end).toBe('2027-09-29');
    expect(dayBefore.endedEarly).toBe(true);
  });

  it('leaving the job after the planned end does not move the end', () => {
    const p = supportPeriod(makeClient({ endDate: '2027-09-30', leftJobDate: '2028-01-31' }))!;
    expect(p.end).toBe('2027-09-30');
    expect(p.endedEarly).toBe(false);
  });

  it('stopping at the client’s request is an early end; 期間満了 is not', () => {
    const stopped = makeClient({
      endDate: '2025-06-30',
      endReason: { kind: 'client-request', word: '本人希望' },
    });
    expect(supportPeriod(stopped)!.endedEarly).toBe(true);
    const completed = makeClient({
      endDate: '2027-09-30',
      endReason: { kind: 'completed', word: '期間満了' },
    });
    expect(supportPeriod(completed)!.endedEarly).toBe(false);
  });
});
