import { describe, expect, it } from 'vitest';
import { dataImplausibleValue } from './data-implausible-value.ts';
import { runRule } from './test-kit.ts';

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
