import { describe, expect, it } from 'vitest';
import { reportLate } from './report-late.ts';
import { cellOf, runRule } from './test-kit.ts';

// The default client started on 2024-10-01.
function october(shown: string, asOf = '2024-12-31') {
  return runRule(reportLate, { monthly: [{ month: '2024-10', reportShownDate: shown }], asOf });
}

describe('report.late', () => {
  it('shown within the month is on time', () => {
    expect(october('2024-10-25')).toEqual([]);
  });

  it('shown on the 10th of next month is on time', () => {
    expect(october('2024-11-10')).toEqual([]);
  });

  it('shown on the 11th of next month is late, pointing at the shown-date cell', () => {
    const found = october('2024-11-11');
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ rule: 'report.late', severity: 'warning', month: '2024-10', clientId: 'C001' });
    expect(f.message).toBe(
      '令和6年10月の支援レポートの提示日が令和6年11月11日で、請求期限の令和6年11月10日を過ぎています。提示日が正しいか確かめ、次からは翌月10日までに提示してください',
    );
    expect(cellOf(f)).toEqual({ sheet: '月次', row: 2, column: 'C', header: '対象者提示日' });
  });

  it('the deadline of December is 10 January of the next year', () => {
    const monthly = [{ month: '2024-12', reportShownDate: '2025-01-10' }];
    expect(runRule(reportLate, { monthly, asOf: '2025-03-31' })).toEqual([]);
    const late = runRule(reportLate, {
      monthly: [{ month: '2024-12', reportShownDate: '2025-01-11' }],
      asOf: '2025-03-31',
    });
    expect(late).toMatchObject([{ month: '2024-12', severity: 'warning' }]);
    expect(late[0]!.message).toContain('令和7年1月10日');
  });

  it('a shown date after the as-of date does not count yet (neither on time nor late)', () => {
    expect(october('2024-11-20', '2024-11-15')).toEqual([]);
    // once the as-of date reaches it, it is late
    expect(october('2024-11-20', '2024-11-20')).toMatchObject([{ rule: 'report.late', month: '2024-10' }]);
  });

  it('a blank shown date is report.missing, not late', () => {
    expect(runRule(reportLate, { monthly: [{ month: '2024-10' }], asOf: '2024-12-31' })).toEqual([]);
  });

  it('one finding per late month', () => {
    const found = runRule(reportLate, {
      monthly: [
        { month: '2024-10', reportShownDate: '2024-11-12' },
        { month: '2024-11', reportShownDate: '2024-12-10' },
        { month: '2024-12', reportShownDate: '2025-01-31' },
      ],
      asOf: '2025-01-31',
    });
    expect(found.map((f) => [f.month, f.row])).toEqual([
      ['2024-10', 2],
      ['2024-12', 4],
    ]);
  });
});
