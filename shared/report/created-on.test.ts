import { describe, expect, it } from 'vitest';
import { reportCreatedOn } from './created-on.ts';

// Expected values worked out by hand from the rule in created-on.ts (issue 15): the sheet's 作成日; else the
// run day while it lies in the month or up to the 10th of the next, and not after the 提示日; else blank.
describe('reportCreatedOn: the 作成日 of a month’s report', () => {
  it.each([
    // month, sheet's 作成日, 提示日, run day → 作成日
    ['2025-02', '2025-02-27', '2025-02-28', '2026-12-02', '2025-02-27'], // the sheet's own date wins
    ['2025-02', '2025-03-20', '2025-02-28', '2025-03-05', '2025-03-20'], // as typed, even after the 提示日
    ['2025-02', null, null, '2026-12-02', null], // 21 months later: blank, never the run day
    ['2025-02', null, '2025-02-28', '2025-03-05', null], // run after the report was shown: blank
    ['2025-02', null, '2025-03-07', '2025-03-05', '2025-03-05'], // run before it is shown: the run day
    ['2025-02', null, '2025-03-05', '2025-03-05', '2025-03-05'], // shown the same day
    ['2025-02', null, null, '2025-02-01', '2025-02-01'], // the month's first day
    ['2025-02', null, null, '2025-02-28', '2025-02-28'],
    ['2025-02', null, null, '2025-03-10', '2025-03-10'], // the billing deadline
    ['2025-02', null, null, '2025-03-11', null], // the day after it
    ['2025-02', null, null, '2025-01-31', null], // before the month began
    ['2024-12', null, null, '2025-01-10', '2025-01-10'], // across the year end
    ['2024-12', null, null, '2025-01-11', null],
    ['2025-02', null, null, null, null], // no run day given
  ] as const)('%s, sheet %s, shown %s, run %s → %s', (month, sheet, shown, run, want) => {
    expect(reportCreatedOn(month, sheet, shown, run)).toBe(want);
  });

  it('the window after the month is data an office can change', () => {
    expect(reportCreatedOn('2025-02', null, null, '2025-03-15', { lastDayOfNextMonth: 15 })).toBe(
      '2025-03-15',
    );
    expect(reportCreatedOn('2025-02', null, null, '2025-03-16', { lastDayOfNextMonth: 15 })).toBeNull();
  });
});
