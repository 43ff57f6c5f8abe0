import { describe, expect, it } from 'vitest';
import { billingJobcoachMonth } from './billing-jobcoach-month.ts';
import { cellOf, runRule } from './test-kit.ts';

// The default client started on 2024-10-01.
describe('billing.jobcoach-month', () => {
  it('shows each month marked for the 職場適応援助者助成金 as not billable (info per month)', () => {
    const found = runRule(billingJobcoachMonth, {
      monthly: [
        { month: '2024-10', jobcoach: true },
        { month: '2024-11', jobcoach: false },
        { month: '2024-12', jobcoach: true },
      ],
      asOf: '2024-12-31',
    });
    expect(found.map((f) => [f.rule, f.severity, f.month])).toEqual([
      ['billing.jobcoach-month', 'info', '2024-10'],
      ['billing.jobcoach-month', 'info', '2024-12'],
    ]);
    const f = found[0]!;
    expect(f.clientId).toBe('C001');
    expect(f.message).toContain('令和6年10月');
    expect(f.message).toContain('ジョブコーチ');
    expect(f.message).toContain('請求できません');
    expect(cellOf(f)).toEqual({ sheet: '月次', row: 2, column: 'D', header: '職場適応援助者助成金' });
    expect(cellOf(found[1]!)).toEqual({ sheet: '月次', row: 4, column: 'D', header: '職場適応援助者助成金' });
  });

  it('a month without the mark, or without a monthly row, is billable as far as this rule goes', () => {
    expect(runRule(billingJobcoachMonth, { monthly: [{ month: '2024-10' }], asOf: '2024-11-30' })).toEqual(
      [],
    );
  });

  it('only active months: not before the start or after the as-of date', () => {
    const found = runRule(billingJobcoachMonth, {
      monthly: [
        { month: '2024-09', jobcoach: true },
        { month: '2024-10', jobcoach: true },
        { month: '2024-12', jobcoach: true },
      ],
      asOf: '2024-11-30',
    });
    expect(found.map((f) => f.month)).toEqual(['2024-10']);
  });

  it('the month holding the as-of date is shown already while in progress', () => {
    const found = runRule(billingJobcoachMonth, {
      monthly: [{ month: '2024-10', jobcoach: true }],
      asOf: '2024-10-15',
    });
    expect(found.map((f) => [f.month, f.severity])).toEqual([['2024-10', 'info']]);
  });

  it('a month marked only on a second row for that month (after the report row) is still not billable', () => {
    // two rows for October: the report row first, then a row that only marks the job coach assistance
    const found = runRule(billingJobcoachMonth, {
      monthly: [
        { month: '2024-10', reportShownDate: '2024-10-31' },
        { month: '2024-10', jobcoach: true },
      ],
      asOf: '2024-10-31',
    });
    expect(found.map((f) => [f.rule, f.severity, f.month])).toEqual([
      ['billing.jobcoach-month', 'info', '2024-10'],
    ]);
  });
});
