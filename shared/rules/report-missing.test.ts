import { describe, expect, it } from 'vitest';
import { reportMissing } from './report-missing.ts';
import { cellOf, contextOf, monthsOf, runRule } from './test-kit.ts';

// The default client started on 2024-10-01.
describe('report.missing', () => {
  it('a shown date in the month meets it', () => {
    expect(
      runRule(reportMissing, {
        monthly: [{ month: '2024-10', reportShownDate: '2024-10-31' }],
        asOf: '2024-10-31',
      }),
    ).toEqual([]);
  });

  it('a shown date early next month (the billing deadline) meets the month', () => {
    expect(
      runRule(reportMissing, {
        monthly: [{ month: '2024-10', reportShownDate: '2024-11-10' }],
        asOf: '2024-11-10',
      }).filter((f) => f.month === '2024-10'),
    ).toEqual([]);
  });

  it('a monthly row with a blank shown date is an error pointing at its shown-date cell', () => {
    const found = runRule(reportMissing, { monthly: [{ month: '2024-10' }], asOf: '2024-10-31' });
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({
      rule: 'report.missing',
      severity: 'error',
      month: '2024-10',
      clientId: 'C001',
    });
    expect(f.message).toContain('令和6年10月');
    expect(f.message).toContain('提示日が空欄');
    expect(f.message).toContain('基本報酬を請求できません');
    expect(cellOf(f)).toEqual({ sheet: '月次', row: 2, column: 'C', header: '対象者提示日' });
  });

  it('a month with no monthly row points at the monthly tab, where the row must be added', () => {
    const found = runRule(reportMissing, {
      monthly: [{ month: '2024-10', reportShownDate: '2024-11-05' }],
      asOf: '2024-11-30',
    });
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ rule: 'report.missing', severity: 'error', month: '2024-11' });
    expect(f.message).toContain('令和6年11月');
    expect(f.message).toBe(
      '令和6年11月: 月次の記録の行がなく、支援レポートを提示したか分かりません。提示がないと基本報酬を請求できません。' +
        '「月次」の2行目（令和6年10月）の下に、利用者ID C001・年月 令和6年11月の行を足し、支援レポートの提示日を書いてください',
    );
    expect(cellOf(f)).toMatchObject({ sheet: '月次', row: 2 });
  });

  it('a shown date after the as-of date does not count yet', () => {
    const found = runRule(reportMissing, {
      monthly: [{ month: '2024-10', reportShownDate: '2024-11-08' }],
      asOf: '2024-11-05',
    });
    // October is over and no report has been shown by the as-of date; November is in progress
    expect(found.map((f) => [f.month, f.severity])).toEqual([
      ['2024-10', 'error'],
      ['2024-11', 'info'],
    ]);
    // on the shown date it counts
    expect(
      monthsOf(
        runRule(reportMissing, {
          monthly: [{ month: '2024-10', reportShownDate: '2024-11-08' }],
          asOf: '2024-11-08',
        }),
      ),
    ).toEqual(['2024-11']);
  });

  it('the month holding the as-of date is info while in progress', () => {
    const found = runRule(reportMissing, { monthly: [{ month: '2024-10' }], asOf: '2024-10-30' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ month: '2024-10', severity: 'info' });
    expect(found[0]!.message).toContain('まだ提示されていません');
    expect(cellOf(found[0]!)).toEqual({ sheet: '月次', row: 2, column: 'C', header: '対象者提示日' });
  });

  it('the month holding the as-of date is an error when the as-of date is its last day', () => {
    expect(runRule(reportMissing, { asOf: '2024-10-31' })).toMatchObject([
      { month: '2024-10', severity: 'error' },
    ]);
  });

  it('a report shown in another month than its own still belongs to the month of its row', () => {
    // the row of November holds no date: a date on October's row does not cover November
    const found = runRule(reportMissing, {
      monthly: [
        { month: '2024-10', reportShownDate: '2024-11-05' },
        { month: '2024-11', reportShownDate: null },
      ],
      asOf: '2024-11-30',
    });
    expect(found.map((f) => [f.month, f.row])).toEqual([['2024-11', 3]]);
  });

  it('a second row for the same month with the shown date is enough', () => {
    const found = runRule(reportMissing, {
      monthly: [
        { month: '2024-10', reportShownDate: null },
        { month: '2024-10', reportShownDate: '2024-10-25' },
      ],
      asOf: '2024-10-31',
    });
    expect(found).toEqual([]);
  });

  it('months after the period ends are not active', () => {
    const found = runRule(reportMissing, {
      client: { leftJobDate: '2024-11-15' },
      monthly: [{ month: '2024-10', reportShownDate: '2024-10-31' }],
      asOf: '2025-01-31',
    });
    expect(monthsOf(found)).toEqual(['2024-11']);
  });

  it('nothing before the start', () => {
    expect(runRule(reportMissing, { asOf: '2024-09-30' })).toEqual([]);
  });

  it('a workbook with no monthly tab is told to make the row there', () => {
    const ctx = contextOf({ asOf: '2024-10-31' });
    const noMonthlyTab = {
      ...ctx,
      caseload: {
        ...ctx.caseload,
        layouts: { ...ctx.caseload.layouts, monthly: { ...ctx.caseload.layouts.monthly, tab: '' } },
      },
    };
    const [f] = reportMissing(noMonthlyTab);
    expect(f?.message).toBe(
      '令和6年10月: 月次の記録の行がなく、支援レポートを提示したか分かりません。提示がないと基本報酬を請求できません。' +
        '月次の記録のタブに、利用者ID C001・年月 令和6年10月の行を作り、支援レポートの提示日を書いてください',
    );
    // no tab to point at: the client's roster row
    expect(cellOf(f!)).toEqual({ sheet: '利用者', row: 2, column: 'A', header: '利用者ID' });
  });
});
