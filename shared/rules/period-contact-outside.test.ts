import { describe, expect, it } from 'vitest';
import { periodContactOutside } from './period-contact-outside.ts';
import { cellOf, runRule } from './test-kit.ts';

// The default client started on 2024-10-01.
describe('period.contact-outside', () => {
  it('a contact the day after the end is outside, the end day itself is inside', () => {
    const found = runRule(periodContactOutside, {
      client: { leftJobDate: '2024-12-15' },
      contacts: [{ date: '2024-12-15' }, { date: '2024-12-16' }],
      asOf: '2025-01-31',
    });
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({
      rule: 'period.contact-outside',
      severity: 'info',
      clientId: 'C001',
      month: null,
    });
    expect(f.message).toContain('令和6年12月16日の記録');
    expect(f.message).toContain('支援期間（令和6年10月1日〜令和6年12月15日）の外');
    expect(f.message).toMatch(/。日付か支援期間が違っていれば直してください$/);
    expect(cellOf(f)).toEqual({ sheet: '支援記録', row: 3, column: 'B', header: '日付' });
  });

  it('a written end date works the same way', () => {
    const found = runRule(periodContactOutside, {
      client: { endDate: '2025-01-31' },
      contacts: [{ date: '2025-01-31' }, { date: '2025-02-01' }],
      asOf: '2025-03-31',
    });
    expect(found.map((f) => f.row)).toEqual([3]);
  });

  it('a contact the day before the start is outside (it may belong to the sending office); the start day is inside', () => {
    const found = runRule(periodContactOutside, {
      contacts: [{ date: '2024-09-30' }, { date: '2024-10-01' }],
      asOf: '2024-10-31',
    });
    expect(found.map((f) => [f.row, f.severity])).toEqual([[2, 'info']]);
    expect(found[0]!.message).toContain('令和6年9月30日');
  });

  it('any party and any method: it is about the date', () => {
    const found = runRule(periodContactOutside, {
      contacts: [{ date: '2024-09-20', parties: ['employer'], method: 'phone' }],
      asOf: '2024-10-31',
    });
    expect(found).toHaveLength(1);
  });

  it('a contact dated after the as-of date is not reported', () => {
    expect(
      runRule(periodContactOutside, {
        client: { leftJobDate: '2024-12-15' },
        contacts: [{ date: '2025-02-01' }],
        asOf: '2025-01-31',
      }),
    ).toEqual([]);
  });

  it('nothing is reported before the support starts', () => {
    expect(runRule(periodContactOutside, { contacts: [{ date: '2024-09-01' }], asOf: '2024-09-30' })).toEqual(
      [],
    );
  });

  it('a client without a start date has no period and nothing outside it', () => {
    expect(
      runRule(periodContactOutside, {
        client: { startDate: null },
        contacts: [{ date: '2024-10-10' }],
        asOf: '2025-03-31',
      }),
    ).toEqual([]);
  });
});
