import { describe, expect, it } from 'vitest';
import { planReviewDue, planReviewOverdue } from './plan-review-overdue.ts';
import { cellOf, runRule, type Scenario } from './test-kit.ts';

// A client hired 2023-12-01 who started on 2024-06-01.
const CLIENT = { hireDate: '2023-12-01', startDate: '2024-06-01' };

function check(client: Scenario['client'], asOf: string) {
  return runRule(planReviewOverdue, { client: { ...CLIENT, ...client }, asOf });
}

describe('plan.review-overdue', () => {
  it('latest 2024-06-30 → due 2024-12-31 (the last day of the month six months later)', () => {
    expect(planReviewDue('2024-06-30')).toBe('2024-12-31');
    expect(planReviewDue('2024-06-01')).toBe('2024-12-31');
    expect(planReviewDue('2024-08-31')).toBe('2025-02-28');
    expect(planReviewDue('2023-08-15')).toBe('2024-02-29');
  });

  it('overdue at 2025-03-31: an error pointing at the plan date cell', () => {
    const found = check({ planCreated: '2024-06-30' }, '2025-03-31');
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({
      rule: 'plan.review-overdue',
      severity: 'error',
      clientId: 'C001',
      month: null,
    });
    expect(f.message).toBe(
      '就労定着支援計画の直近の作成・見直しが令和6年6月30日で、見直しの期限の令和6年12月31日を過ぎています。計画を見直し、見直した日を書いてください',
    );
    expect(cellOf(f)).toEqual({ sheet: '利用者', row: 2, column: 'L', header: '計画作成日' });
  });

  it('not overdue at 2024-12-31, the due day itself; overdue from 2025-01-01', () => {
    expect(check({ planCreated: '2024-06-30' }, '2024-12-31')).toEqual([]);
    expect(check({ planCreated: '2024-06-30' }, '2025-01-01')).toHaveLength(1);
  });

  it('a review early in the month is due by the same month end (reviews are planned by month)', () => {
    expect(check({ planCreated: '2024-06-01' }, '2024-12-31')).toEqual([]);
    expect(check({ planCreated: '2024-06-01' }, '2025-01-01')).toHaveLength(1);
  });

  it('the reference is the support end when earlier', () => {
    // left the job on the due day: nothing was overdue while support lasted
    expect(check({ planCreated: '2024-06-30', leftJobDate: '2024-12-31' }, '2025-03-31')).toEqual([]);
    // support lasted one day past the due day: overdue
    expect(check({ planCreated: '2024-06-30', leftJobDate: '2025-01-01' }, '2025-03-31')).toHaveLength(1);
    // a written end works the same way
    expect(check({ planCreated: '2024-06-30', endDate: '2024-12-31' }, '2025-03-31')).toEqual([]);
  });

  it('created vs reviewed takes the later: a review on 2024-06-30 after creation on 2024-01-10', () => {
    const client = {
      hireDate: '2023-07-01',
      startDate: '2024-01-01',
      planCreated: '2024-01-10',
      planReviewed: '2024-06-30',
    };
    expect(runRule(planReviewOverdue, { client, asOf: '2024-12-31' })).toEqual([]);
    const found = runRule(planReviewOverdue, { client, asOf: '2025-01-01' });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('令和6年12月31日');
    expect(found[0]!.message).toContain('令和6年6月30日');
    expect(cellOf(found[0]!)).toEqual({ sheet: '利用者', row: 2, column: 'M', header: '計画見直し日' });
  });

  it('created vs reviewed takes the later: a creation date later than an old review date', () => {
    const client = {
      hireDate: '2023-07-01',
      startDate: '2024-01-01',
      planCreated: '2024-06-30',
      planReviewed: '2024-01-10',
    };
    expect(runRule(planReviewOverdue, { client, asOf: '2024-12-31' })).toEqual([]);
    const found = runRule(planReviewOverdue, { client, asOf: '2025-01-01' });
    expect(found).toHaveLength(1);
    expect(cellOf(found[0]!)).toEqual({ sheet: '利用者', row: 2, column: 'L', header: '計画作成日' });
  });

  it('a review date alone is enough', () => {
    expect(check({ planReviewed: '2024-12-05' }, '2025-03-31')).toEqual([]);
    expect(check({ planReviewed: '2024-08-05' }, '2025-03-31')).toMatchObject([{ column: 'M' }]);
  });

  it('no plan date at all is plan.missing, not this', () => {
    expect(check({}, '2025-03-31')).toEqual([]);
  });

  it('nothing before the support starts', () => {
    expect(
      check({ planCreated: '2023-01-10', startDate: '2025-06-01', hireDate: '2024-12-01' }, '2025-03-31'),
    ).toEqual([]);
  });

  it('on the day support starts an overdue plan is already reported', () => {
    // created 2023-01-10 → due 2023-07-31, long before the start
    const onStart = { planCreated: '2023-01-10', startDate: '2025-03-31', hireDate: '2024-09-01' };
    expect(check(onStart, '2025-03-31').map((f) => f.rule)).toEqual(['plan.review-overdue']);
    expect(check(onStart, '2025-03-30')).toEqual([]);
  });
});
