import { describe, expect, it } from 'vitest';
import { billingLeaveMonth } from './billing-leave-month.ts';
import { cellOf, runRule } from './test-kit.ts';

// The default client started on 2024-10-01.
describe('billing.leave-month', () => {
  it('a 休職 month is a warning to confirm billing with the municipality', () => {
    const found = runRule(billingLeaveMonth, {
      monthly: [
        { month: '2024-10' },
        { month: '2024-11', onLeave: true },
        { month: '2024-12', onLeave: true },
      ],
      asOf: '2024-12-31',
    });
    expect(found.map((f) => [f.rule, f.severity, f.month])).toEqual([
      ['billing.leave-month', 'warning', '2024-11'],
      ['billing.leave-month', 'warning', '2024-12'],
    ]);
    const f = found[0]!;
    expect(f.clientId).toBe('C001');
    expect(f.message).toContain('令和6年11月');
    expect(f.message).toContain('休職中の月');
    expect(f.message).toContain('市町村に確認');
    expect(cellOf(f)).toEqual({ sheet: '月次', row: 3, column: 'E', header: '休職' });
  });

  it('no leave, no finding', () => {
    expect(runRule(billingLeaveMonth, { monthly: [{ month: '2024-10' }], asOf: '2024-12-31' })).toEqual([]);
  });

  it('a leave month after the as-of date or after the period is not reported', () => {
    expect(
      runRule(billingLeaveMonth, { monthly: [{ month: '2025-01', onLeave: true }], asOf: '2024-12-31' }),
    ).toEqual([]);
    expect(
      runRule(billingLeaveMonth, {
        client: { leftJobDate: '2024-11-30' },
        monthly: [{ month: '2024-12', onLeave: true }],
        asOf: '2025-03-31',
      }),
    ).toEqual([]);
  });
});
