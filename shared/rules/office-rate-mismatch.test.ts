import { describe, expect, it } from 'vitest';
import { EMPTY_OFFICE } from '../read/office.ts';
import { makeClient } from '../stats/fixtures.test-helpers.ts';
import { officeRateMismatch } from './office-rate-mismatch.ts';

const office = (filedRate: number) => ({ ...EMPTY_OFFICE, filedRate, source: { sheet: '事業所', row: 2 } });
// FY2024 bills with the rate of FY2023: clients who started 2021-04-01 … 2024-03-31, employed on 2024-03-31
const tenStarted = (left: number) =>
  Array.from({ length: 10 }, (_, i) =>
    makeClient({ id: `C${i}`, startDate: '2022-10-01', leftJobDate: i < left ? '2023-06-30' : null }),
  );

describe('office.rate-mismatch', () => {
  it('no finding when the roster gives the band the office filed', () => {
    expect(officeRateMismatch({ clients: tenStarted(1), office: office(0.92) }, '2025-03-31')).toEqual([]);
  });

  it('warns when the computed rate falls in another band, naming both and the count behind it', () => {
    const [f] = officeRateMismatch({ clients: tenStarted(3), office: office(0.92) }, '2025-03-31');
    expect(f).toMatchObject({
      rule: 'office.rate-mismatch',
      severity: 'warning',
      sheet: '事業所',
      clientId: null,
    });
    expect(f?.message).toContain('9割以上9割5分未満・3,348単位');
    expect(f?.message).toContain('70.0%');
    expect(f?.message).toContain('10人のうち7人');
  });

  it('a client who started after the rate year does not count', () => {
    const clients = [
      ...tenStarted(1),
      makeClient({ id: 'N', startDate: '2024-04-01', leftJobDate: '2024-05-01' }),
    ];
    expect(officeRateMismatch({ clients, office: office(0.92) }, '2025-03-31')).toEqual([]);
  });

  it('says nothing without a filed band', () => {
    expect(officeRateMismatch({ clients: tenStarted(5), office: EMPTY_OFFICE }, '2025-03-31')).toEqual([]);
  });

  it('says nothing when no client started in the rate years (no rate to compare)', () => {
    const later = [makeClient({ id: 'N', startDate: '2024-04-01' })];
    expect(officeRateMismatch({ clients: later, office: office(0.92) }, '2025-03-31')).toEqual([]);
    expect(officeRateMismatch({ clients: [], office: office(0.92) }, '2025-03-31')).toEqual([]);
  });

  it('the whole message: filed band, computed rate, who it counts, computed band', () => {
    const [f] = officeRateMismatch({ clients: tenStarted(3), office: office(0.92) }, '2025-03-31');
    expect(f?.message).toMatch(
      /^届出の基本報酬の区分（9割以上9割5分未満・3,348単位）と、名簿から計算した就労定着率 70\.0%（令和\d+年4月1日〜令和\d+年3月31日に支援を始めた10人のうち7人が就労継続）の区分（.+・[\d,]+単位）が違います。届出と名簿を確認してください$/,
    );
    expect(f?.row).toBe(2);
  });

  it('points at the value cell of the filed band: the units when the office wrote them, else the rate; else the row', () => {
    const cells = {
      filedRate: { sheet: '事業所', row: 5, column: 'B', header: '就労定着率' },
      filedUnits: { sheet: '事業所', row: 7, column: 'B', header: '基本報酬' },
    };
    const at = (o: object) => {
      const [f] = officeRateMismatch(
        { clients: tenStarted(3), office: { ...office(0.92), ...o } },
        '2025-03-31',
      );
      return [f?.sheet, f?.row, f?.column, f?.header];
    };
    expect(at({ cells: { filedRate: cells.filedRate } })).toEqual(['事業所', 5, 'B', '就労定着率']);
    // 3,348 units filed: the band comes from the units (client-month.ts officeBand), so their cell
    expect(at({ filedUnits: 3348, cells })).toEqual(['事業所', 7, 'B', '基本報酬']);
    expect(at({})).toEqual(['事業所', 2, null, null]);
  });
});
