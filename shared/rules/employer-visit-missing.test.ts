import { describe, expect, it } from 'vitest';
import { employerVisitMissing } from './employer-visit-missing.ts';
import { cellOf, runRule, type Scenario } from './test-kit.ts';

// The default client started on 2024-10-01 and works with the disability disclosed.
function october(contacts: Scenario['contacts'], client: Scenario['client'] = {}, asOf = '2024-10-31') {
  return runRule(employerVisitMissing, { client, contacts, asOf });
}

describe('employer.visit-missing', () => {
  it('employer contacted by phone only: info for the month', () => {
    const found = october([{ date: '2024-10-10', parties: ['employer'], method: 'phone' }]);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({
      rule: 'employer.visit-missing',
      severity: 'info',
      month: '2024-10',
      clientId: 'C001',
    });
    expect(f.message).toContain('令和6年10月');
    expect(f.message).toContain('訪問はしていません');
    expect(f.message).toMatch(/。できるだけ職場を訪問して、働く様子を確かめてください$/);
    expect(cellOf(f)).toEqual({ sheet: '利用者', row: 2, column: 'A', header: '利用者ID' });
  });

  it('a visit to the employer meets it', () => {
    expect(
      october([
        { date: '2024-10-10', parties: ['employer'], method: 'phone' },
        { date: '2024-10-20', parties: ['client', 'employer'], method: { kind: 'face', word: '職場訪問' } },
      ]),
    ).toEqual([]);
  });

  it('a video call with the employer is contact, not a visit', () => {
    expect(october([{ date: '2024-10-10', parties: ['employer'], method: 'video' }])).toHaveLength(1);
  });

  it('no employer contact at all is employer.contact-missing, not this', () => {
    expect(october([])).toEqual([]);
  });

  it('not for a non-disclosed client or a recorded exemption', () => {
    const phone = [{ date: '2024-10-10', parties: ['employer' as const], method: 'phone' as const }];
    expect(october(phone, { disclosure: 'closed' })).toEqual([]);
    expect(october(phone, { employerContactExempt: '事業主の意向' })).toEqual([]);
  });

  it('not while the month is in progress', () => {
    expect(
      october([{ date: '2024-10-10', parties: ['employer'], method: 'phone' }], {}, '2024-10-30'),
    ).toEqual([]);
  });

  it('points at the month row when there is one', () => {
    const found = runRule(employerVisitMissing, {
      contacts: [{ date: '2024-10-10', parties: ['employer'], method: 'mail' }],
      monthly: [{ month: '2024-10' }],
      asOf: '2024-10-31',
    });
    expect(cellOf(found[0]!)).toEqual({ sheet: '月次', row: 2, column: 'B', header: '年月' });
  });
});
