import { describe, expect, it } from 'vitest';
import { periodStartTooEarly } from './period-start-too-early.ts';
import { cellOf, contextOf, runRule } from './test-kit.ts';

const AS_OF = '2025-03-31';

function check(client: Parameters<typeof runRule>[1]['client']) {
  return runRule(periodStartTooEarly, { client, asOf: AS_OF });
}

describe('period.start-too-early', () => {
  it('starts exactly 6 months after hire: hired 2024-04-01 may start 2024-10-01 (N3)', () => {
    expect(check({ hireDate: '2024-04-01', startDate: '2024-10-01' })).toEqual([]);
  });

  it('a start on 2024-09-30, one day before, is too early and points at the start date cell', () => {
    const found = check({ hireDate: '2024-04-01', startDate: '2024-09-30' });
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({
      rule: 'period.start-too-early',
      severity: 'error',
      clientId: 'C001',
      clientName: '山田 太郎',
      month: null,
    });
    expect(f.message).toContain('令和6年9月30日');
    expect(f.message).toContain('通常');
    expect(f.message).toBe(
      '支援開始日が令和6年9月30日で、早すぎます。利用類型「通常」の起算日はE列「起算日」の令和6年4月1日なので、支援を始められるのは6か月たった令和6年10月1日からです。支援開始日か起算日を確かめて直してください',
    );
    expect(cellOf(f)).toEqual({ sheet: '利用者', row: 2, column: 'F', header: '支援開始日' });
  });

  it('a later start is fine', () => {
    expect(check({ hireDate: '2024-04-01', startDate: '2025-01-15' })).toEqual([]);
  });

  it('復職支援型 counts the return day as day 1: returned 2024-05-10 → may start 2024-11-10', () => {
    // hired long ago; the base is the return day, not the hire date
    const client = { usageType: 'return' as const, hireDate: '2018-04-01', baseDate: '2024-05-10' };
    expect(check({ ...client, startDate: '2024-11-10' })).toEqual([]);
    const found = check({ ...client, startDate: '2024-11-09' });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('復職支援型');
    expect(found[0]!.message).toContain(
      '利用類型「復職支援型」の起算日はE列「起算日」の令和6年5月10日なので',
    );
    expect(found[0]!.message).toContain('令和6年11月10日から');
  });

  it('労働時間延長支援型 counts from the day after the sending service ended (used until 2024-06-30 → may start 2025-01-01)', () => {
    // the reader derives the base as the day after the sending service ended: 2024-07-01
    const client = { usageType: 'extended' as const, hireDate: '2024-02-01', baseDate: '2024-07-01' };
    expect(check({ ...client, startDate: '2025-01-01' })).toEqual([]);
    const found = check({ ...client, startDate: '2024-12-31' });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('労働時間延長支援型');
    expect(found[0]!.message).toContain('令和7年1月1日から');
  });

  it('month-end hire: hired 2024-08-31 may start 2025-03-01, not 2025-02-28', () => {
    expect(check({ hireDate: '2024-08-31', startDate: '2025-03-01' })).toEqual([]);
    const found = check({ hireDate: '2024-08-31', startDate: '2025-02-28' });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('支援を始められるのは6か月たった令和7年3月1日からです');
  });

  it('month-end hire into a leap February: hired 2023-08-31 may start 2024-03-01, not 2024-02-29', () => {
    expect(check({ hireDate: '2023-08-31', startDate: '2024-03-01' })).toEqual([]);
    expect(check({ hireDate: '2023-08-31', startDate: '2024-02-29' })).toHaveLength(1);
  });

  it('a start in the same month as the earliest day but one day short is too early: hired 2024-03-15 → 2024-09-15', () => {
    expect(check({ hireDate: '2024-03-15', startDate: '2024-09-15' })).toEqual([]);
    expect(check({ hireDate: '2024-03-15', startDate: '2024-09-14' })).toHaveLength(1);
  });

  it('says nothing when the start or the base date is missing (data.missing-required reports that)', () => {
    expect(check({ startDate: null })).toEqual([]);
    expect(
      check({ usageType: 'return', hireDate: '2024-04-01', baseDate: null, startDate: '2024-05-01' }),
    ).toEqual([]);
  });

  it('is checked even when the start is after the as-of date', () => {
    const found = runRule(periodStartTooEarly, {
      client: { hireDate: '2025-03-01', startDate: '2025-06-01' },
      asOf: '2025-03-31',
    });
    expect(found.map((f) => f.rule)).toEqual(['period.start-too-early']);
  });

  it('a roster without a base-date column counts from the hire date, and says so', () => {
    const noBaseColumn = (client: Parameters<typeof runRule>[1]['client']) => {
      const ctx = contextOf({ client, asOf: AS_OF });
      const roster = ctx.caseload.layouts.roster;
      const columns = { ...roster.columns, baseDate: undefined };
      return periodStartTooEarly({
        ...ctx,
        caseload: { ...ctx.caseload, layouts: { ...ctx.caseload.layouts, roster: { ...roster, columns } } },
      });
    };
    const [hired] = noBaseColumn({ hireDate: '2024-04-01', startDate: '2024-09-30' });
    expect(hired?.message).toContain('利用類型「通常」の起算日はD列「就職日」から数えて令和6年4月1日なので');
    // a base date that is not the hire date (the return day the reader took from its own column): no column named
    const [returned] = noBaseColumn({
      usageType: 'return',
      hireDate: '2018-04-01',
      baseDate: '2024-05-10',
      startDate: '2024-11-09',
    });
    expect(returned?.message).toContain('利用類型「復職支援型」の起算日は令和6年5月10日なので');
  });
});
