import { describe, expect, it } from 'vitest';
import { dataImplausibleValue } from './data-implausible-value.ts';
import { cellOf, runRule } from './test-kit.ts';

// The default client was hired on 2024-04-01.
describe('data.implausible-value', () => {
  it('a birth date that makes the worker 14 when hired is a warning; exactly 15 is fine', () => {
    expect(
      runRule(dataImplausibleValue, { client: { birthDate: '2009-04-02' }, asOf: '2025-03-31' }),
    ).toEqual([
      expect.objectContaining({ rule: 'data.implausible-value', severity: 'warning', clientId: 'C001' }),
    ]);
    expect(
      runRule(dataImplausibleValue, { client: { birthDate: '2009-04-01' }, asOf: '2025-03-31' }),
    ).toEqual([]);
  });

  it('older than 100 when hired is a warning; 100 is fine', () => {
    expect(
      runRule(dataImplausibleValue, { client: { birthDate: '1923-04-01' }, asOf: '2025-03-31' }),
    ).toHaveLength(1);
    expect(
      runRule(dataImplausibleValue, { client: { birthDate: '1924-04-01' }, asOf: '2025-03-31' }),
    ).toEqual([]);
  });

  it('a hire date after the as-of date is a warning; on the as-of date is fine', () => {
    const [f] = runRule(dataImplausibleValue, { client: { hireDate: '2025-04-01' }, asOf: '2025-03-31' });
    expect(f?.message).toContain('就職日');
    expect(runRule(dataImplausibleValue, { client: { hireDate: '2025-03-31' }, asOf: '2025-03-31' })).toEqual(
      [],
    );
  });
});

describe('data.implausible-value: what it says and where', () => {
  it('names the birth date, the age and whether it was counted at hire or at the start; points at the birth date', () => {
    const [hired] = runRule(dataImplausibleValue, {
      client: { birthDate: '2009-04-02' },
      asOf: '2025-03-31',
    });
    expect(hired?.message).toBe(
      '生年月日（平成21年4月2日）では就職の時に14歳になります。生年月日を確かめてください',
    );
    expect(cellOf(hired!)).toEqual({ sheet: '利用者', row: 2, column: 'Q', header: '生年月日' });
    // no hire date written: the age at the start of support
    const [started] = runRule(dataImplausibleValue, {
      client: { hireDate: null, birthDate: '1920-01-01', startDate: '2024-10-01' },
      asOf: '2025-03-31',
    });
    expect(started?.message).toBe(
      '生年月日（大正9年1月1日）では支援開始の時に104歳になります。生年月日を確かめてください',
    );
  });

  it('a hire date after the as-of date points at the hire date', () => {
    const [f] = runRule(dataImplausibleValue, { client: { hireDate: '2025-04-01' }, asOf: '2025-03-31' });
    expect(cellOf(f!)).toEqual({ sheet: '利用者', row: 2, column: 'D', header: '就職日' });
  });
});
