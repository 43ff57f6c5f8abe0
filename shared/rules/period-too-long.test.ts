import { describe, expect, it } from 'vitest';
import { periodEnd } from '../date/plain-date.ts';
import { periodTooLong } from './period-too-long.ts';
import { cellOf, runRule } from './test-kit.ts';

const AS_OF = '2025-03-31';

function check(client: Parameters<typeof runRule>[1]['client']) {
  return runRule(periodTooLong, { client, asOf: AS_OF });
}

describe('period.too-long', () => {
  it('3 years from the start, periodEnd(start, 36), is exactly allowed', () => {
    // hired 2024-04-01, started on the earliest day 2024-10-01 → last day 2027-09-30
    expect(periodEnd('2024-10-01', 36)).toBe('2027-09-30');
    expect(check({ hireDate: '2024-04-01', startDate: '2024-10-01', endDate: '2027-09-30' })).toEqual([]);
  });

  it('one day more is too long, and the finding points at the end date cell', () => {
    const found = check({ hireDate: '2024-04-01', startDate: '2024-10-01', endDate: '2027-10-01' });
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ rule: 'period.too-long', severity: 'error', clientId: 'C001', month: null });
    expect(f.message).toContain(
      '支援終了日が令和9年10月1日で、上限を超えています。上限は開始から3年の令和9年9月30日',
    );
    expect(f.message).toContain('開始から3年の令和9年9月30日');
    expect(cellOf(f)).toEqual({ sheet: '利用者', row: 2, column: 'G', header: '支援終了日' });
  });

  it('the 3 years from the start bind on their own (a start written too early)', () => {
    // base 2024-04-01 allows until 2027-09-30, but a start of 2024-08-01 allows only until 2027-07-31
    const client = { hireDate: '2024-04-01', startDate: '2024-08-01' };
    expect(check({ ...client, endDate: '2027-07-31' })).toEqual([]);
    const found = check({ ...client, endDate: '2027-08-01' });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('開始から3年の令和9年7月31日');
    expect(found[0]!.message).not.toContain('3年6か月');
  });

  it("outer limit, 3 years 6 months from the base: N1's example, employed 1年3月 at the start → at most 2年3月 left", () => {
    // hired 2024-01-01, declined at month 7, asked on 2025-04-01 after 1年3月 of work
    const client = { hireDate: '2024-01-01', startDate: '2025-04-01' };
    expect(periodEnd('2024-01-01', 42)).toBe('2027-06-30');
    expect(periodEnd('2025-04-01', 27)).toBe('2027-06-30'); // 2年3月 from the start
    expect(check({ ...client, endDate: '2027-06-30' })).toEqual([]);
    const found = check({ ...client, endDate: '2027-07-01' });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('起算日から3年6か月の令和9年6月30日');
    // 3 years from the start (2028-03-31) is not what binds here
    expect(found[0]!.message).not.toContain('開始から3年');
  });

  it('month-end base: 2024-03-31 + 42 months ends on 2027-09-30, not 2027-09-29', () => {
    const client = { hireDate: '2024-03-31', startDate: '2024-10-01' };
    expect(check({ ...client, endDate: '2027-09-30' })).toEqual([]);
    expect(check({ ...client, endDate: '2027-10-01' })).toHaveLength(1);
  });

  it('names both limits when the end is past both', () => {
    const found = check({ hireDate: '2024-04-01', startDate: '2024-10-01', endDate: '2028-03-31' });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('開始から3年の令和9年9月30日');
    expect(found[0]!.message).toContain('起算日から3年6か月の令和9年9月30日');
  });

  it('an end before the limits is fine, and an unwritten end is not a finding', () => {
    expect(check({ hireDate: '2024-04-01', startDate: '2024-10-01', endDate: '2025-03-31' })).toEqual([]);
    expect(check({ hireDate: '2024-04-01', startDate: '2024-10-01', endDate: null })).toEqual([]);
  });

  it('says nothing when the start is missing', () => {
    expect(check({ startDate: null, endDate: '2030-01-01' })).toEqual([]);
  });

  it('says the end date and both limits, one after the other', () => {
    const [f] = check({ hireDate: '2024-04-01', startDate: '2024-10-01', endDate: '2028-03-31' });
    expect(f?.message).toBe(
      '支援終了日が令和10年3月31日で、上限を超えています。上限は開始から3年の令和9年9月30日、' +
        '起算日から3年6か月の令和9年9月30日までです。支援終了日を確かめて直してください',
    );
  });
});
