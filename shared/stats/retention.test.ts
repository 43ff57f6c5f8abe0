import { describe, expect, it } from 'vitest';
import { makeCaseload, makeClient } from './fixtures.test-helpers.ts';
import { leftJobBy, retentionDetail, retentionRate } from './retention.ts';

describe('retentionRate (就労定着率 of FY2024, which sets the FY2025 band)', () => {
  it('counts starts from April 1 FY−2 to March 31 FY+1 and looks at employment on March 31 FY+1', () => {
    const caseload = makeCaseload({
      clients: [
        makeClient({ id: 'too-early', startDate: '2022-03-31' }),
        makeClient({ id: 'first-day', startDate: '2022-04-01' }),
        makeClient({ id: 'last-day', startDate: '2025-03-31' }),
        makeClient({ id: 'too-late', startDate: '2025-04-01' }),
        makeClient({ id: 'left-on-the-day', startDate: '2023-06-01', leftJobDate: '2025-03-31' }),
        makeClient({ id: 'left-after', startDate: '2023-06-01', leftJobDate: '2025-04-01' }),
        makeClient({
          id: 'ended-by-leaving',
          startDate: '2023-06-01',
          endDate: '2024-08-15',
          endReason: { kind: 'left-job', word: '離職' },
        }),
        makeClient({
          id: 'stopped-still-employed',
          startDate: '2023-06-01',
          endDate: '2024-08-15',
          endReason: { kind: 'client-request', word: '本人希望' },
        }),
        makeClient({ id: 'no-start', startDate: null }),
      ],
    });
    // started: first-day, last-day, left-on-the-day, left-after, ended-by-leaving, stopped-still-employed = 6
    // left by 2025-03-31: left-on-the-day, ended-by-leaving = 2 → 4 / 6
    expect(retentionDetail(caseload, 2024)).toEqual({
      fiscalYear: 2024,
      from: '2022-04-01',
      to: '2025-03-31',
      started: 6,
      stillEmployed: 4,
      rate: 4 / 6,
    });
  });

  it('is null when nobody started in the three years', () => {
    expect(
      retentionRate(makeCaseload({ clients: [makeClient({ id: 'x', startDate: '2019-04-01' })] }), 2024),
    ).toBeNull();
  });

  it('a 離職 end reason without any date counts as left', () => {
    const c = makeClient({ id: 'x', startDate: '2023-04-01', endReason: { kind: 'left-job', word: '離職' } });
    expect(leftJobBy(c, '2023-04-01')).toBe(true);
  });

  it('a 離職 end reason with an end date counts as left from that date on, not before', () => {
    const c = makeClient({
      id: 'x',
      startDate: '2023-04-01',
      endDate: '2025-05-31',
      endReason: { kind: 'left-job', word: '離職' },
    });
    expect(leftJobBy(c, '2025-05-30')).toBe(false);
    expect(leftJobBy(c, '2025-05-31')).toBe(true);
  });

  it('a 離職日 decides, whatever the end reason says', () => {
    const c = makeClient({ id: 'x', startDate: '2023-04-01', leftJobDate: '2024-06-15', endReason: null });
    expect(leftJobBy(c, '2024-06-14')).toBe(false);
    expect(leftJobBy(c, '2024-06-15')).toBe(true);
  });
});
