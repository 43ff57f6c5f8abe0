import { describe, expect, it } from 'vitest';
import { faceToFaceMissing } from './contact-face-to-face-missing.ts';
import { contactMethodUnknown } from './contact-method-unknown.ts';
import { cellOf, runRule, type Scenario } from './test-kit.ts';

// The default client started on 2024-10-01: October 2024 is the first active month.
const OCTOBER_DONE = '2024-10-31';
const unread = (word: string) => ({ method: null, unreadable: { method: word } });

function october(contacts: Scenario['contacts'], asOf = OCTOBER_DONE) {
  const s = { contacts, asOf };
  return { unknown: runRule(contactMethodUnknown, s), missing: runRule(faceToFaceMissing, s) };
}

describe('contact.method-unknown', () => {
  it('a month whose only contacts have an unreadable method is a warning, not a missing contact', () => {
    const { unknown, missing } = october([
      { date: '2024-10-10', ...unread('定期フォロー') },
      { date: '2024-10-20', ...unread('定期フォロー') },
    ]);
    expect(missing).toEqual([]);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({
      rule: 'contact.method-unknown',
      severity: 'warning',
      month: '2024-10',
      clientId: 'C001',
      row: 2,
    });
    expect(unknown[0]!.message).toContain('判断できません');
    expect(unknown[0]!.message).toContain('「定期フォロー」（2件）');
    expect(unknown[0]!.message).toContain('words');
  });

  it('a month with a face-to-face contact is met whatever else is unreadable', () => {
    const { unknown, missing } = october([{ date: '2024-10-10', ...unread('謎') }, { date: '2024-10-11' }]);
    expect(unknown).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('phone calls and an unreadable word: still cannot be judged', () => {
    const { unknown, missing } = october([
      { date: '2024-10-10', method: 'phone' },
      { date: '2024-10-12', ...unread('謎') },
    ]);
    expect(missing).toEqual([]);
    expect(unknown.map((f) => f.rule)).toEqual(['contact.method-unknown']);
  });

  it('an unreadable party on a face-to-face contact makes the month undecided too', () => {
    const { unknown, missing } = october([
      { date: '2024-10-10', parties: [], unreadable: { parties: '支援者会議メンバー' } },
    ]);
    expect(missing).toEqual([]);
    expect(unknown[0]!.message).toContain('「支援者会議メンバー」');
  });

  it('a month with only a blank method or only phone calls stays a face-to-face-missing error', () => {
    expect(october([{ date: '2024-10-10', method: null }]).missing).toHaveLength(1);
    expect(october([{ date: '2024-10-10', method: 'phone' }]).unknown).toEqual([]);
    // an unreadable method on a meeting with the family alone is not a contact with the client
    const family = october([{ date: '2024-10-10', parties: ['family'], ...unread('謎') }]);
    expect(family.unknown).toEqual([]);
    expect(family.missing).toHaveLength(1);
  });

  it('in the month that holds the as-of date it is a reminder (info)', () => {
    const { unknown } = october([{ date: '2024-10-10', ...unread('謎') }], '2024-10-15');
    expect(unknown[0]!.severity).toBe('info');
  });

  it('names every unreadable word once and points at the cell of the first: its method, or its party', () => {
    const { unknown } = october([
      { date: '2024-10-10', ...unread('ぴよ') },
      { date: '2024-10-11', ...unread('ぽぽ') },
      { date: '2024-10-12', ...unread('ぴよ') },
    ]);
    expect(unknown[0]!.message).toBe(
      '令和6年10月: 本人との対面（またはテレビ電話）の支援があったか判断できません。' +
        '支援記録の「ぴよ」「ぽぽ」（3件）が読めないためです。対応表（--mapping）の words でこの言葉の意味を教えると判定します',
    );
    expect(cellOf(unknown[0]!)).toEqual({ sheet: '支援記録', row: 2, column: 'D', header: '方法' });
    const party = october([{ date: '2024-10-10', parties: [], unreadable: { parties: '会議メンバー' } }]);
    expect(cellOf(party.unknown[0]!)).toEqual({ sheet: '支援記録', row: 2, column: 'C', header: '対象' });
  });
});
