import { describe, expect, it } from 'vitest';
import { parseMethod } from '../codecs/index.ts';
import type { MethodKind } from '../model/caseload.ts';
import { faceToFaceMissing } from './contact-face-to-face-missing.ts';
import { cellOf, monthsOf, runRule, type Scenario } from './test-kit.ts';

// The default client started on 2024-10-01: October 2024 is the first active month.
const OCTOBER_DONE = '2024-10-31';

const contactsOfKind = (method: MethodKind, n: number) =>
  Array.from({ length: n }, (_, i) => ({ date: `2024-10-1${i}`, method }));

function octoberWith(contacts: Scenario['contacts'], extra: Partial<Scenario> = {}) {
  return runRule(faceToFaceMissing, { contacts, asOf: OCTOBER_DONE, ...extra });
}

describe('contact.face-to-face-missing', () => {
  it('a face-to-face meeting with the client meets the month', () => {
    expect(octoberWith([{ date: '2024-10-15', method: 'face' }])).toEqual([]);
  });

  it.each(['訪問（不在）', '面談（中止）', '来所キャンセル', '面談(本人欠席)'])(
    'a cancelled meeting is no contact (domain §2), not even a non-counting one: %s',
    (word) => {
      const read = parseMethod(word);
      if (!read.ok) throw new Error(read.reason);
      const found = octoberWith([{ date: '2024-10-15', method: read.value }]);
      expect(found.map((f) => [f.rule, f.month])).toEqual([['contact.face-to-face-missing', '2024-10']]);
      // it is not counted among the phone/e-mail contacts either
      expect(found[0]!.message).not.toContain('件は対面に数えません');
    },
  );

  it('video call counts, phone does not', () => {
    expect(octoberWith([{ date: '2024-10-15', method: 'video' }])).toEqual([]);
    expect(octoberWith([{ date: '2024-10-15', method: { kind: 'video', word: 'Zoom' } }])).toEqual([]);

    const found = octoberWith([{ date: '2024-10-15', method: 'phone' }]);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({
      rule: 'contact.face-to-face-missing',
      severity: 'error',
      month: '2024-10',
      clientId: 'C001',
    });
    expect(f.message).toContain('令和6年10月');
    expect(f.message).toContain('本人との対面（またはテレビ電話）の支援の記録がありません');
    expect(f.message).toContain('電話・メール等の1件は対面に数えません');
  });

  it.each<[MethodKind, string]>([
    ['mail', 'メール'],
    ['other-remote', 'LINE'],
    ['other-remote', 'チャット'],
    ['other', 'その他'],
  ])('%s (%s) does not count', (kind, word) => {
    const found = octoberWith([{ date: '2024-10-15', method: { kind, word } }]);
    expect(found.map((f) => [f.rule, f.severity, f.month])).toEqual([
      ['contact.face-to-face-missing', 'error', '2024-10'],
    ]);
  });

  it('a contact whose method cell is blank does not count', () => {
    expect(octoberWith([{ date: '2024-10-15', method: null }])).toHaveLength(1);
  });

  it('a meeting with the family alone is not a contact with the client', () => {
    const found = octoberWith([{ date: '2024-10-15', parties: ['family'], method: 'face' }]);
    expect(found).toHaveLength(1);
    // nothing with the client at all: no "phone calls do not count" note
    expect(found[0]!.message).not.toContain('件は対面に数えません');
  });

  it('an employer or agency meeting alone is not a contact with the client', () => {
    expect(octoberWith([{ date: '2024-10-15', parties: ['employer'], method: 'face' }])).toHaveLength(1);
    expect(octoberWith([{ date: '2024-10-15', parties: ['agency'], method: 'face' }])).toHaveLength(1);
  });

  it('a contact naming 本人・事業主 counts for the client', () => {
    expect(octoberWith([{ date: '2024-10-15', parties: ['client', 'employer'], method: 'face' }])).toEqual(
      [],
    );
    expect(octoberWith([{ date: '2024-10-15', parties: ['family', 'client'], method: 'face' }])).toEqual([]);
  });

  it('a contact before the support period starts does not count (it may belong to the sending office)', () => {
    const found = runRule(faceToFaceMissing, {
      client: { startDate: '2024-10-15' },
      contacts: [{ date: '2024-10-14' }],
      asOf: OCTOBER_DONE,
    });
    expect(monthsOf(found)).toEqual(['2024-10']);
    expect(found[0]!.severity).toBe('error');
  });

  it('a contact after the client left the job does not count for that month', () => {
    const found = runRule(faceToFaceMissing, {
      client: { leftJobDate: '2024-11-15' },
      contacts: [{ date: '2024-10-10' }, { date: '2024-11-16' }],
      asOf: '2024-11-30',
    });
    expect(monthsOf(found)).toEqual(['2024-11']);
    expect(found[0]!.severity).toBe('error');
  });

  it('the end day itself still counts', () => {
    expect(
      runRule(faceToFaceMissing, {
        client: { leftJobDate: '2024-11-15' },
        contacts: [{ date: '2024-10-10' }, { date: '2024-11-15' }],
        asOf: '2024-11-30',
      }),
    ).toEqual([]);
  });

  it('a contact dated after the as-of date does not count yet', () => {
    const found = runRule(faceToFaceMissing, { contacts: [{ date: '2024-10-20' }], asOf: '2024-10-19' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ month: '2024-10', severity: 'info' });
  });

  it('the month holding the as-of date is info while in progress', () => {
    const found = runRule(faceToFaceMissing, {
      contacts: [{ date: '2024-10-10' }],
      asOf: '2024-11-29',
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'contact.face-to-face-missing',
      month: '2024-11',
      severity: 'info',
    });
    expect(found[0]!.message).toContain('令和6年11月');
    expect(found[0]!.message).toContain('まだありません');
  });

  it('the month holding the as-of date is an error when the as-of date is its last day', () => {
    const found = runRule(faceToFaceMissing, {
      contacts: [{ date: '2024-10-10' }],
      asOf: '2024-11-30',
    });
    expect(found.map((f) => [f.month, f.severity])).toEqual([['2024-11', 'error']]);
    expect(found[0]!.message).not.toContain('まだ');
  });

  it('a February as-of on the 28th of a leap year is still in progress; on the 29th it is complete', () => {
    const scenario = { client: { hireDate: '2023-08-01', startDate: '2024-02-01' }, contacts: [] };
    expect(runRule(faceToFaceMissing, { ...scenario, asOf: '2024-02-28' })[0]!.severity).toBe('info');
    expect(runRule(faceToFaceMissing, { ...scenario, asOf: '2024-02-29' })[0]!.severity).toBe('error');
  });

  it('a period ending mid-month: the month is complete after the end', () => {
    const client = { leftJobDate: '2025-01-15' };
    const contacts = [{ date: '2024-10-10' }, { date: '2024-11-10' }, { date: '2024-12-10' }];
    // before the end the month is still in progress
    expect(runRule(faceToFaceMissing, { client, contacts, asOf: '2025-01-10' })).toMatchObject([
      { month: '2025-01', severity: 'info' },
    ]);
    // on the end day and after it, nothing more can happen in the period: an error
    expect(runRule(faceToFaceMissing, { client, contacts, asOf: '2025-01-15' })).toMatchObject([
      { month: '2025-01', severity: 'error' },
    ]);
    expect(runRule(faceToFaceMissing, { client, contacts, asOf: '2025-01-20' })).toMatchObject([
      { month: '2025-01', severity: 'error' },
    ]);
  });

  it('reports every active month without a face-to-face contact, and none after the end', () => {
    const found = runRule(faceToFaceMissing, {
      client: { leftJobDate: '2025-01-31' },
      contacts: [{ date: '2024-10-01' }, { date: '2024-12-31' }],
      asOf: '2025-03-31',
    });
    expect(monthsOf(found)).toEqual(['2024-11', '2025-01']);
  });

  it('no active month yet before the start: nothing', () => {
    expect(runRule(faceToFaceMissing, { asOf: '2024-09-30' })).toEqual([]);
  });

  it('points at the month row of the monthly tab when the month has one', () => {
    const found = runRule(faceToFaceMissing, {
      monthly: [{ month: '2024-09' }, { month: '2024-10', reportShownDate: '2024-10-31' }],
      asOf: OCTOBER_DONE,
    });
    expect(found).toHaveLength(1);
    expect(cellOf(found[0]!)).toEqual({ sheet: '月次', row: 3, column: 'B', header: '年月' });
  });

  it("points at the client's roster row when the month has no monthly row", () => {
    const found = runRule(faceToFaceMissing, { asOf: OCTOBER_DONE });
    expect(cellOf(found[0]!)).toEqual({ sheet: '利用者', row: 2, column: 'A', header: '利用者ID' });
  });

  it('a past month without one says what to do, and counts the other contacts only when there are some', () => {
    expect(octoberWith([]).map((f) => f.message)).toEqual([
      '令和6年10月: 本人との対面（またはテレビ電話）の支援の記録がありません。' +
        '対面で支援したなら支援記録に書き足してください。なければこの月は請求できません',
    ]);
    expect(octoberWith(contactsOfKind('phone', 2)).map((f) => f.message)).toEqual([
      '令和6年10月: 本人との対面（またはテレビ電話）の支援の記録がありません。電話・メール等の2件は対面に数えません。' +
        '対面で支援したなら支援記録に書き足してください。なければこの月は請求できません',
    ]);
  });
});
