import { describe, expect, it } from 'vitest';
import { handoverDeadline, handoverInfoSharingLate } from './handover-info-sharing-late.ts';
import { cellOf, runRule, type Scenario } from './test-kit.ts';

// Hired 2021-09-01, started 2022-03-01: three years end on 2025-02-28. Marked 要継続支援.
const ENDS_FEB_28 = {
  hireDate: '2021-09-01',
  startDate: '2022-03-01',
  endDate: '2025-02-28',
  needsContinued: true,
  handoverTo: '障害者就業・生活支援センター',
};
// Hired 2021-09-16, started 2022-03-16: three years end on 2025-03-15.
const ENDS_MAR_15 = {
  ...ENDS_FEB_28,
  hireDate: '2021-09-16',
  startDate: '2022-03-16',
  endDate: '2025-03-15',
};

function check(client: Scenario['client'], asOf: string) {
  return runRule(handoverInfoSharingLate, { client, asOf });
}

describe('handover.info-sharing-late', () => {
  it('the deadline is the day before the last 3 months begin', () => {
    expect(handoverDeadline('2025-02-28')).toBe('2024-11-30');
    expect(handoverDeadline('2025-03-15')).toBe('2024-12-15');
    expect(handoverDeadline('2025-03-31')).toBe('2024-12-31');
  });

  it('end 2025-02-28 → share by 2024-11-30: as-of 2024-11-30 gives no finding even with nothing shared', () => {
    expect(check(ENDS_FEB_28, '2024-11-30')).toEqual([]);
  });

  it('end 2025-02-28: as-of 2024-12-01 with nothing shared is a warning at the sharing date cell', () => {
    const found = check(ENDS_FEB_28, '2024-12-01');
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({
      rule: 'handover.info-sharing-late',
      severity: 'warning',
      clientId: 'C001',
      month: null,
    });
    expect(f.message).toBe(
      '引継ぎ先への情報共有の日が空欄です。期限は支援終了令和7年2月28日の3か月前の令和6年11月30日でした。支援体制構築未実施減算（10%）のおそれがあります。共有した日を確かめて書いてください',
    );
    expect(f.message).toContain('支援終了令和7年2月28日');
    expect(f.message).toContain('令和6年11月30日');
    expect(f.message).toContain('支援体制構築未実施減算（10%）');
    expect(cellOf(f)).toEqual({ sheet: '利用者', row: 2, column: 'P', header: '引継ぎ情報共有日' });
  });

  it('shared on 2024-11-30 is on time', () => {
    expect(check({ ...ENDS_FEB_28, handoverSharedDate: '2024-11-30' }, '2024-12-01')).toEqual([]);
    expect(check({ ...ENDS_FEB_28, handoverSharedDate: '2024-11-30' }, '2025-03-31')).toEqual([]);
  });

  it('shared on 2024-12-01 is late', () => {
    const found = check({ ...ENDS_FEB_28, handoverSharedDate: '2024-12-01' }, '2024-12-20');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(
      '引継ぎ先への情報共有が令和6年12月1日で、期限の令和6年11月30日より後です',
    );
    expect(found[0]!.message).toContain('減算');
  });

  it('end 2025-03-15 → share by 2024-12-15', () => {
    expect(check(ENDS_MAR_15, '2024-12-15')).toEqual([]);
    const found = check(ENDS_MAR_15, '2024-12-16');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('令和6年12月15日');
    expect(check({ ...ENDS_MAR_15, handoverSharedDate: '2024-12-15' }, '2025-01-31')).toEqual([]);
    expect(check({ ...ENDS_MAR_15, handoverSharedDate: '2024-12-16' }, '2025-01-31')).toHaveLength(1);
  });

  it('an unwritten end: the planned end is the longest allowed (here 2025-02-28)', () => {
    const client = { ...ENDS_FEB_28, endDate: null };
    expect(check(client, '2024-11-30')).toEqual([]);
    expect(check(client, '2024-12-01')).toHaveLength(1);
  });

  it('a period that ended as planned (期間満了) is still checked', () => {
    const client = { ...ENDS_FEB_28, endReason: { kind: 'completed' as const, word: '期間満了' } };
    expect(check(client, '2025-03-31')).toHaveLength(1);
  });

  it('a 離職日 on the planned last day ends nothing early: the handover was still due', () => {
    const found = check({ ...ENDS_FEB_28, leftJobDate: '2025-02-28' }, '2025-03-31');
    expect(found.map((f) => [f.rule, f.severity, f.row])).toEqual([
      ['handover.info-sharing-late', 'warning', 2],
    ]);
  });

  it('not for clients who left the job', () => {
    expect(check({ ...ENDS_FEB_28, leftJobDate: '2024-10-31' }, '2024-12-01')).toEqual([]);
    expect(
      check(
        { ...ENDS_FEB_28, endDate: '2024-10-31', endReason: { kind: 'left-job', word: '離職' } },
        '2024-12-01',
      ),
    ).toEqual([]);
  });

  it('not for clients who stopped early', () => {
    expect(
      check(
        { ...ENDS_FEB_28, endDate: '2024-10-31', endReason: { kind: 'client-request', word: '本人希望' } },
        '2024-12-01',
      ),
    ).toEqual([]);
  });

  it('not for clients not marked 要継続支援', () => {
    expect(check({ ...ENDS_FEB_28, needsContinued: false }, '2025-03-31')).toEqual([]);
  });
});
