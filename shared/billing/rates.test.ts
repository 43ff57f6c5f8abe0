import { describe, expect, it } from 'vitest';
import { isPlainDate } from '../date/plain-date.ts';
import {
  ADDITIONS,
  BASIC_FEE,
  bandForRate,
  bandForUnits,
  COPAY_CAPS,
  type Dated,
  REDUCTIONS,
  REGIONAL_UNIT_PRICES,
  rateAt,
  regionalUnitPrice,
  regionOf,
} from './rates.ts';

describe('bandForRate (R6 basic fee)', () => {
  it('a rate of exactly 90% falls in the 3,348 band', () => {
    expect(bandForRate(0.9, '2024-04-01')).toEqual({ minRate: 0.9, units: 3348, label: '9割以上9割5分未満' });
    expect(bandForRate(9 / 10, '2025-01-01')?.units).toBe(3348);
    expect(bandForRate(27 / 30, '2025-01-01')?.units).toBe(3348);
  });

  it('a rate just under 90% falls in the 2,768 band', () => {
    expect(bandForRate(0.8999, '2024-04-01')?.units).toBe(2768);
    expect(bandForRate(26 / 29, '2024-04-01')?.units).toBe(2768);
  });

  it.each([
    [1, 3512, '9割5分以上'],
    [0.95, 3512, '9割5分以上'],
    [0.9499, 3348, '9割以上9割5分未満'],
    [0.8, 2768, '8割以上9割未満'],
    [0.7, 2234, '7割以上8割未満'],
    [0.6999, 1690, '5割以上7割未満'],
    [0.5, 1690, '5割以上7割未満'],
    [0.3, 1433, '3割以上5割未満'],
    [0.2999, 1074, '3割未満'],
    [0, 1074, '3割未満'],
  ])('a rate of %f falls in the %i band (%s)', (rate, units, label) => {
    expect(bandForRate(rate, '2024-10-01')).toMatchObject({ units, label });
  });

  it('no band before the R6 table took effect on 2024-04-01', () => {
    expect(bandForRate(0.9, '2024-03-31')).toBeNull();
  });

  it('finds a band by its units', () => {
    expect(bandForUnits(2234, '2024-04-01')?.label).toBe('7割以上8割未満');
    expect(bandForUnits(3000, '2024-04-01')).toBeNull();
  });
});

describe('rateAt', () => {
  const table: (Dated & { v: number })[] = [
    { effectiveFrom: '2024-04-01', source: 'a', v: 1 },
    { effectiveFrom: '2026-06-01', source: 'b', v: 2 },
    { effectiveFrom: '2020-04-01', effectiveTo: '2021-03-31', source: 'c', v: 0 },
  ];
  it('picks the latest entry that started on or before the date', () => {
    expect(rateAt(table, '2026-05-31')?.v).toBe(1);
    expect(rateAt(table, '2026-06-01')?.v).toBe(2);
  });
  it('an entry is in force on its effectiveTo day and not the day after', () => {
    expect(rateAt(table, '2021-03-31')?.v).toBe(0);
    expect(rateAt(table, '2021-04-01')).toBeNull();
  });
  it('nothing before the first entry', () => {
    expect(rateAt(table, '2019-01-01')).toBeNull();
  });
});

describe('additions, reductions, caps', () => {
  it('has the R6 additions', () => {
    const at = (code: keyof typeof ADDITIONS) => rateAt(ADDITIONS[code], '2024-04-01')?.units;
    expect(at('achievement')).toBe(300);
    expect(at('jobcoach-staff')).toBe(120);
    expect(at('regional-meeting-1')).toBe(579);
    expect(at('regional-meeting-2')).toBe(405);
    expect(at('special-region')).toBe(240);
    expect(rateAt(ADDITIONS['regional-meeting-1'], '2024-04-01')?.maxPerYear).toBe(4);
  });

  it('keeps the older 初期加算 and 上限額管理加算 as unconfirmed values', () => {
    expect(rateAt(ADDITIONS.initial, '2024-04-01')).toMatchObject({ units: 900, confirmed: false });
    expect(rateAt(ADDITIONS['cap-management'], '2024-04-01')).toMatchObject({ units: 150, confirmed: false });
  });

  it('business-continuity reduction applies only from 2025-04-01', () => {
    expect(rateAt(REDUCTIONS['no-bcp'], '2025-03-31')).toBeNull();
    expect(rateAt(REDUCTIONS['no-bcp'], '2025-04-01')?.percent).toBe(1);
  });

  it('has the reduction percentages', () => {
    expect(rateAt(REDUCTIONS['no-handover-system'], '2024-04-01')?.percent).toBe(10);
    expect(rateAt(REDUCTIONS['no-public-info'], '2024-04-01')?.percent).toBe(5);
    expect(rateAt(REDUCTIONS['no-abuse-prevention'], '2024-04-01')?.percent).toBe(1);
  });

  it('has the copay caps', () => {
    expect(rateAt(COPAY_CAPS, '2024-04-01')?.caps).toEqual({
      生活保護: 0,
      低所得: 0,
      一般1: 9300,
      一般2: 37200,
    });
  });
});

describe('regional unit prices', () => {
  it('reads the ways offices write a 地域区分', () => {
    expect(regionOf('3級地')).toBe('3級地');
    expect(regionOf('３級地')).toBe('3級地');
    expect(regionOf('三級地')).toBe('3級地');
    expect(regionOf('1級')).toBe('1級地');
    expect(regionOf('その他')).toBe('その他');
    expect(regionOf('8級地')).toBeNull();
    expect(regionOf(null)).toBeNull();
  });

  it('the 就労定着支援 unit price table is flagged unconfirmed and says an office overrides it', () => {
    const t = rateAt(REGIONAL_UNIT_PRICES, '2024-04-01');
    expect(t?.confirmed).toBe(false);
    expect(t?.note).toContain('未確認');
    expect(t?.note).toContain('単価');
    expect(regionalUnitPrice('3級地', '2024-04-01')?.price).toBe(11.05);
    expect(regionalUnitPrice('その他', '2024-04-01')?.price).toBe(10);
  });
});

describe('the data itself (OpenFisca habit: every number dated and sourced)', () => {
  const all: Dated[] = [
    ...BASIC_FEE,
    ...Object.values(ADDITIONS).flat(),
    ...Object.values(REDUCTIONS).flat(),
    ...COPAY_CAPS,
    ...REGIONAL_UNIT_PRICES,
  ];
  it('every entry has a valid effective date and a source', () => {
    for (const e of all) {
      expect(isPlainDate(e.effectiveFrom)).toBe(true);
      if (e.effectiveTo !== undefined) expect(e.effectiveTo >= e.effectiveFrom).toBe(true);
      expect(e.source.length).toBeGreaterThan(0);
    }
  });
  it('bands run from the highest to 0 with falling units', () => {
    for (const t of BASIC_FEE) {
      const rates = t.bands.map((b) => b.minRate);
      expect(rates).toEqual([...rates].sort((a, b) => b - a));
      expect(rates.at(-1)).toBe(0);
      const units = t.bands.map((b) => b.units);
      expect(units).toEqual([...units].sort((a, b) => b - a));
    }
  });
  it('unit prices have at most two decimals', () => {
    for (const t of REGIONAL_UNIT_PRICES)
      for (const p of Object.values(t.prices))
        expect(Math.abs(p * 100 - Math.round(p * 100))).toBeLessThan(1e-9);
  });
});

describe('rateAt and regionOf at their edges', () => {
  const table = [
    { effectiveFrom: '2024-04-01', source: 'a', v: 1 },
    { effectiveFrom: '2025-04-01', effectiveTo: '2025-09-30', source: 'b', v: 2 },
    { effectiveFrom: '2024-10-01', source: 'c', v: 3 },
  ] as const;
  it('takes the latest entry in force, honouring an inclusive effectiveTo', () => {
    expect(rateAt(table, '2024-03-31')).toBeNull();
    expect(rateAt(table, '2024-04-01')?.v).toBe(1);
    expect(rateAt(table, '2024-10-01')?.v).toBe(3);
    expect(rateAt(table, '2025-09-30')?.v).toBe(2);
    expect(rateAt(table, '2025-10-01')?.v).toBe(3);
  });
  it('of two entries starting the same day, the first listed stands', () => {
    const same = [
      { effectiveFrom: '2024-04-01', source: 'x', v: 1 },
      { effectiveFrom: '2024-04-01', source: 'y', v: 2 },
    ] as const;
    expect(rateAt(same, '2024-05-01')?.v).toBe(1);
  });
  it('bandForUnits before any fee table is in force is null', () => {
    expect(bandForUnits(3348, '2024-03-31')).toBeNull();
    expect(bandForUnits(3348, '2024-04-01')?.label).toBe('9割以上9割5分未満');
  });
  it('reads spaces and the その他地域 alias, and nothing longer or shorter than a region', () => {
    expect(regionOf(' 3 級地 ')).toBe('3級地');
    expect(regionOf('その他地域')).toBe('その他');
    expect(regionOf('13級地')).toBeNull();
    expect(regionOf('3級地域')).toBeNull();
    expect(regionOf('')).toBeNull();
  });
  it('every 地域区分 price is pinned to the table of its source (人件費割合70%のサービス群, R6)', () => {
    expect(rateAt(REGIONAL_UNIT_PRICES, '2024-04-01')?.prices).toEqual({
      '1級地': 11.4,
      '2級地': 11.12,
      '3級地': 11.05,
      '4級地': 10.84,
      '5級地': 10.7,
      '6級地': 10.42,
      '7級地': 10.21,
      その他: 10.0,
    });
  });
});
