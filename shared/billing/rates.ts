import type { PlainDate } from '../date/plain-date.ts';

/**
 * Every number of docs/domain.md §5 as dated data (the OpenFisca habit): a revision is a new entry with its
 * own `effectiveFrom`, never a code change. An entry is in force from `effectiveFrom` to `effectiveTo`, both
 * inclusive; without `effectiveTo` it stays in force until a later entry of the same table starts.
 */
export interface Dated {
  /** The first day the entry is in force. */
  effectiveFrom: PlainDate;
  /** The last day it is in force (inclusive), when known. */
  effectiveTo?: PlainDate;
  /** The notice it comes from (docs/domain.md source codes N1…N6). */
  source: string;
  /** False when the value rests on weak evidence: an office must be able to override it. */
  confirmed?: boolean;
  note?: string;
}

/**
 * The entry of `table` in force on `date`: the one with the latest `effectiveFrom` on or before the date
 * whose `effectiveTo` (if any) is not before it. Null when none is.
 */
export function rateAt<T extends Dated>(table: readonly T[], date: PlainDate): T | null {
  let best: T | null = null;
  for (const e of table) {
    if (e.effectiveFrom > date) continue;
    // Stryker disable next-line ConditionalExpression: equivalent, `undefined < date` is false
    if (e.effectiveTo !== undefined && e.effectiveTo < date) continue;
    if (!best || e.effectiveFrom > best.effectiveFrom) best = e;
  }
  return best;
}

const R6 = '2024-04-01';

// ---------------------------------------------------------------------------------------------------------
// Basic fee (基本報酬) by the office's 就労定着率 band

export interface Band {
  /** The lowest 就労定着率 (a fraction) of the band, inclusive. */
  minRate: number;
  /** Units per client per month. */
  units: number;
  /** The band as the notice words it: 9割以上9割5分未満. */
  label: string;
}

export interface BasicFeeTable extends Dated {
  /** Highest band first. */
  bands: readonly Band[];
}

export const BASIC_FEE: readonly BasicFeeTable[] = [
  {
    effectiveFrom: R6,
    source: 'N2 第14の2 (R6改定, 2024-04-01)',
    confirmed: true,
    note: 'R6改定で利用者数による区分はなくなった。R8改定 (2026-06-01) の影響は未確認',
    bands: [
      { minRate: 0.95, units: 3512, label: '9割5分以上' },
      { minRate: 0.9, units: 3348, label: '9割以上9割5分未満' },
      { minRate: 0.8, units: 2768, label: '8割以上9割未満' },
      { minRate: 0.7, units: 2234, label: '7割以上8割未満' },
      { minRate: 0.5, units: 1690, label: '5割以上7割未満' },
      { minRate: 0.3, units: 1433, label: '3割以上5割未満' },
      { minRate: 0, units: 1074, label: '3割未満' },
    ],
  },
];

/**
 * The basic-fee band a 就労定着率 (a fraction, 0..1) falls in on `date`; null when no fee table is in force
 * then. The comparison is exact: pass the rate as `stillEmployed / started`, not a rounded value.
 */
export function bandForRate(rate: number, date: PlainDate): Band | null {
  const table = rateAt(BASIC_FEE, date);
  if (!table) return null;
  return table.bands.find((b) => rate >= b.minRate) ?? null;
}

/** The band whose units are `units` on `date` (an office may file units instead of a rate); null if none. */
export function bandForUnits(units: number, date: PlainDate): Band | null {
  return rateAt(BASIC_FEE, date)?.bands.find((b) => b.units === units) ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// Additions (加算)

export const ADDITION_CODES = [
  'achievement',
  'jobcoach-staff',
  'regional-meeting-1',
  'regional-meeting-2',
  'special-region',
  'initial',
  'cap-management',
] as const;
export type AdditionCode = (typeof ADDITION_CODES)[number];

export interface AdditionRate extends Dated {
  label: string;
  units: number;
  /** How often it may be counted: per month, per case meeting, or once per client. */
  per: 'month' | 'meeting' | 'once';
  /** Case meetings: at most once a month and this many times per fiscal year per client. */
  maxPerYear?: number;
}

export const ADDITIONS: Readonly<Record<AdditionCode, readonly AdditionRate[]>> = {
  achievement: [
    {
      effectiveFrom: R6,
      source: 'N2 第14の2 (R6改定, 2024-04-01)',
      confirmed: true,
      label: '就労定着実績体制加算',
      units: 300,
      per: 'month',
      note: '過去6年間に支援を終了した者のうち、雇入れ後42月以上78月未満の期間継続して就労している者が7割以上',
    },
  ],
  'jobcoach-staff': [
    {
      effectiveFrom: R6,
      source: 'N2 第14の2 (R6改定, 2024-04-01)',
      confirmed: true,
      label: '職場適応援助者養成研修修了者配置体制加算',
      units: 120,
      per: 'month',
    },
  ],
  'regional-meeting-1': [
    {
      effectiveFrom: R6,
      source: 'N2 第14の2 (R6改定, 2024-04-01)',
      confirmed: true,
      label: '地域連携会議実施加算(Ⅰ)',
      units: 579,
      per: 'meeting',
      maxPerYear: 4,
    },
  ],
  'regional-meeting-2': [
    {
      effectiveFrom: R6,
      source: 'N2 第14の2 (R6改定, 2024-04-01)',
      confirmed: true,
      label: '地域連携会議実施加算(Ⅱ)',
      units: 405,
      per: 'meeting',
      maxPerYear: 4,
    },
  ],
  'special-region': [
    {
      effectiveFrom: R6,
      source: 'N2 第14の2 (R6改定, 2024-04-01)',
      confirmed: true,
      label: '特別地域加算',
      units: 240,
      per: 'month',
    },
  ],
  initial: [
    {
      effectiveFrom: R6,
      source: 'docs/domain.md §5 (older value, not confirmed for R6)',
      confirmed: false,
      label: '初期加算',
      units: 900,
      per: 'once',
      note: '以前の値。R6以降の扱いは未確認: 事業所の設定で上書きできる値として保持する',
    },
  ],
  'cap-management': [
    {
      effectiveFrom: R6,
      source: 'docs/domain.md §5 (older value, not confirmed for R6)',
      confirmed: false,
      label: '上限額管理加算',
      units: 150,
      per: 'month',
      note: '以前の値。R6以降の扱いは未確認。上限額管理は現在は対象外',
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Reductions (減算): a percentage of the base units, before additions

export const REDUCTION_CODES = [
  'no-handover-system',
  'no-public-info',
  'no-bcp',
  'no-abuse-prevention',
] as const;
export type ReductionCode = (typeof REDUCTION_CODES)[number];

export interface ReductionRate extends Dated {
  label: string;
  /** Whole percent of the base units (所定単位数) taken off. */
  percent: number;
}

export const REDUCTIONS: Readonly<Record<ReductionCode, readonly ReductionRate[]>> = {
  'no-handover-system': [
    {
      effectiveFrom: R6,
      source: 'N1 2-(4) (R6改定, 2024-04-01)',
      confirmed: true,
      label: '支援体制構築未実施減算',
      percent: 10,
    },
  ],
  'no-public-info': [
    {
      effectiveFrom: R6,
      source: 'N2 (R6改定, 2024-04-01)',
      confirmed: true,
      label: '情報公表未報告減算',
      percent: 5,
    },
  ],
  'no-bcp': [
    {
      effectiveFrom: '2025-04-01',
      source: 'N2 (R6改定, 経過措置後 2025-04-01)',
      confirmed: true,
      label: '業務継続計画未策定減算',
      percent: 1,
    },
  ],
  'no-abuse-prevention': [
    {
      effectiveFrom: R6,
      source: 'N2 (R6改定, 2024-04-01)',
      confirmed: true,
      label: '虐待防止措置未実施減算',
      percent: 1,
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Monthly copay caps (負担上限月額)

export type CopayClass = '生活保護' | '低所得' | '一般1' | '一般2';

export interface CopayCapTable extends Dated {
  caps: Readonly<Record<CopayClass, number>>;
}

export const COPAY_CAPS: readonly CopayCapTable[] = [
  {
    effectiveFrom: R6,
    source: 'N5 障害者の利用者負担 (厚生労働省)',
    confirmed: true,
    note:
      '2024-04-01 時点で有効と確認した値 (それ以前の改定履歴はここでは持たない)。' +
      '入所施設利用者 (20歳以上) とグループホーム利用者で課税世帯の者は一般2',
    caps: { 生活保護: 0, 低所得: 0, 一般1: 9300, 一般2: 37200 },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Yen per unit by 地域区分

export const REGIONS = ['1級地', '2級地', '3級地', '4級地', '5級地', '6級地', '7級地', 'その他'] as const;
export type Region = (typeof REGIONS)[number];

export interface UnitPriceTable extends Dated {
  /** Yen per unit, at most two decimals. */
  prices: Readonly<Record<Region, number>>;
}

export const REGIONAL_UNIT_PRICES: readonly UnitPriceTable[] = [
  {
    effectiveFrom: R6,
    source: '障害福祉サービス等の地域区分 1単位の単価 (人件費割合70%のサービス群)',
    confirmed: false,
    note:
      '未確認: 就労定着支援に適用する地域区分の単価は docs/domain.md で確認されていない。人件費割合70%のサービス群の単価を仮に置く。' +
      '事業所は「事業所」タブの「単価」行で正しい単価を指定して上書きする',
    prices: {
      '1級地': 11.4,
      '2級地': 11.12,
      '3級地': 11.05,
      '4級地': 10.84,
      '5級地': 10.7,
      '6級地': 10.42,
      '7級地': 10.21,
      その他: 10.0,
    },
  },
];

const KANJI_DIGITS: Record<string, string> = {
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
};

/** The 地域区分 an office wrote ('3級地', '３級地', '三級地', '3級', 'その他'), or null when not one of them. */
export function regionOf(text: string | null): Region | null {
  if (!text) return null;
  const t = text
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(/[一二三四五六七]/g, (c) => KANJI_DIGITS[c] ?? c);
  if (t === 'その他' || t === 'その他地域') return 'その他';
  const m = /^([1-7])級(?:地)?$/.exec(t);
  return m ? (`${m[1]}級地` as Region) : null;
}

/** The unit price of a region on `date` from REGIONAL_UNIT_PRICES, with the table entry it came from. */
export function regionalUnitPrice(
  region: string | null,
  date: PlainDate,
): { price: number; table: UnitPriceTable } | null {
  const r = regionOf(region);
  const table = rateAt(REGIONAL_UNIT_PRICES, date);
  if (!r || !table) return null;
  return { price: table.prices[r], table };
}
