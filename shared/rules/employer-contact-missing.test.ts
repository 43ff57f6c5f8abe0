import { describe, expect, it } from 'vitest';
import { parseMethod } from '../codecs/index.ts';
import type { MethodKind } from '../model/caseload.ts';
import { employerContactMissing } from './employer-contact-missing.ts';
import { cellOf, monthsOf, runRule, type Scenario } from './test-kit.ts';

// The default client started on 2024-10-01 and works with the disability disclosed.
const OCTOBER_DONE = '2024-10-31';

function october(contacts: Scenario['contacts'], client: Scenario['client'] = {}) {
  return runRule(employerContactMissing, { client, contacts, asOf: OCTOBER_DONE });
}

describe('employer.contact-missing', () => {
  it('a disclosed client with no employer contact in a month: warning for that month', () => {
    const found = october([{ date: '2024-10-15', parties: ['client'], method: 'face' }]);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({
      rule: 'employer.contact-missing',
      severity: 'warning',
      month: '2024-10',
      clientId: 'C001',
    });
    expect(f.message).toContain('令和6年10月');
    expect(f.message).toContain('事業主（勤務先）との連絡の記録がありません');
    expect(cellOf(f)).toEqual({ sheet: '利用者', row: 2, column: 'A', header: '利用者ID' });
  });

  it('points at the month row when the month has one', () => {
    const found = runRule(employerContactMissing, { monthly: [{ month: '2024-10' }], asOf: OCTOBER_DONE });
    expect(cellOf(found[0]!)).toEqual({ sheet: '月次', row: 2, column: 'B', header: '年月' });
  });

  it.each<MethodKind>(['face', 'video', 'phone', 'mail', 'other-remote'])(
    'any contact with the employer counts: %s',
    (method) => {
      expect(october([{ date: '2024-10-15', parties: ['employer'], method }])).toEqual([]);
    },
  );

  it.each(['訪問（不在）', '面談（中止）', '職場訪問(キャンセル)', '訪問 延期'])(
    'a cancelled visit to the employer is no contact (domain §2): %s',
    (word) => {
      const read = parseMethod(word);
      if (!read.ok) throw new Error(read.reason);
      const found = october([{ date: '2024-10-15', parties: ['employer'], method: read.value }]);
      expect(found.map((f) => [f.rule, f.month])).toEqual([['employer.contact-missing', '2024-10']]);
    },
  );

  it('a cell that names a call made before the cancelled visit still counts (電話→訪問（中止）)', () => {
    const read = parseMethod('電話→訪問（中止）');
    if (!read.ok) throw new Error(read.reason);
    expect(october([{ date: '2024-10-15', parties: ['employer'], method: read.value }])).toEqual([]);
  });

  it('a contact naming someone we cannot read may be the employer: the month is not judged', () => {
    const unread = { date: '2024-10-15' as const, parties: [], unreadable: { parties: '窓口の方' } };
    expect(october([{ ...unread, method: 'phone' }])).toEqual([]);
    // the unreadable word is what keeps it undecided: the same row naming the family is judged
    expect(october([{ date: '2024-10-15', parties: ['family'], method: 'phone' }])).toHaveLength(1);
  });

  it('phone/e-mail with the employer counts', () => {
    expect(october([{ date: '2024-10-03', parties: ['employer'], method: 'phone' }])).toEqual([]);
    expect(
      october([{ date: '2024-10-03', parties: ['employer'], method: { kind: 'mail', word: 'メール' } }]),
    ).toEqual([]);
  });

  it('a contact naming 本人・事業主 counts for the employer too', () => {
    expect(october([{ date: '2024-10-15', parties: ['client', 'employer'], method: 'face' }])).toEqual([]);
  });

  it('family or agency contacts are not employer contacts', () => {
    expect(october([{ date: '2024-10-15', parties: ['family'], method: 'phone' }])).toHaveLength(1);
    expect(october([{ date: '2024-10-15', parties: ['agency'], method: 'face' }])).toHaveLength(1);
  });

  it('non-disclosed client needs no employer contact', () => {
    expect(october([], { disclosure: 'closed' })).toEqual([]);
  });

  it('a recorded exemption reason skips it', () => {
    expect(october([], { employerContactExempt: '本人の希望により事業主へ連絡しない' })).toEqual([]);
  });

  it('a client whose disclosure is not written is still expected to have employer contact', () => {
    expect(october([], { disclosure: null })).toHaveLength(1);
  });

  it('the month holding the as-of date is info while in progress', () => {
    const found = runRule(employerContactMissing, {
      contacts: [{ date: '2024-10-15', parties: ['employer'], method: 'phone' }],
      asOf: '2024-11-20',
    });
    expect(found).toMatchObject([{ month: '2024-11', severity: 'info' }]);
    expect(found[0]!.message).toContain('まだありません');
  });

  it('employer contacts outside the period or after the as-of date do not count', () => {
    const found = runRule(employerContactMissing, {
      client: { leftJobDate: '2024-11-15' },
      contacts: [
        { date: '2024-09-30', parties: ['employer'], method: 'phone' },
        { date: '2024-11-16', parties: ['employer'], method: 'phone' },
      ],
      asOf: '2024-11-30',
    });
    expect(monthsOf(found)).toEqual(['2024-10', '2024-11']);

    const future = runRule(employerContactMissing, {
      contacts: [{ date: '2024-10-20', parties: ['employer'], method: 'phone' }],
      asOf: '2024-10-19',
    });
    expect(future).toMatchObject([{ month: '2024-10', severity: 'info' }]);
  });
});
