import { fiscalYearOf, monthStart, type PlainDate, type YearMonth } from '../date/plain-date.ts';
import { type ClientFacts, type ClientMonth, reportDeadline } from '../evaluate/facts.ts';
import type { Office } from '../model/caseload.ts';
import { moneyOf } from './money.ts';
import {
  ADDITIONS,
  type AdditionCode,
  bandForRate,
  bandForUnits,
  REDUCTIONS,
  type ReductionCode,
  rateAt,
  regionalUnitPrice,
} from './rates.ts';

export const BILLING_REASON_CODES = [
  'outside-period',
  'in-progress',
  'no-recipient-number',
  'no-municipality-number',
  'no-band',
  'jobcoach-month',
  'no-face-to-face',
  'no-report',
] as const;
export type BillingReasonCode = (typeof BILLING_REASON_CODES)[number];

/** Why a client-month cannot be billed: a stable code and a Japanese sentence for people. */
export interface BillingReason {
  code: BillingReasonCode;
  message: string;
}

/** One addition or reduction line. Reductions carry negative units, so a total is a plain sum. */
export interface UnitLine {
  code: AdditionCode | ReductionCode;
  label: string;
  units: number;
}

export interface ClientMonthUnits {
  /** The basic fee of the office's band (0 when the month is not billable). */
  base: number;
  additions: UnitLine[];
  /** Negative units, each a percentage of `base`. */
  reductions: UnitLine[];
  /** base + reductions + additions. */
  total: number;
}

export interface ClientMonthBilling {
  clientId: string;
  month: YearMonth;
  billable: boolean;
  /** Empty when billable. */
  reasons: BillingReason[];
  units: ClientMonthUnits;
  /** 総費用額; null when no unit price is known (the units still are). 0 when not billable. */
  totalCost: number | null;
  /** 負担上限月額 used (the client's, or 0 when blank: see notes). */
  copayCap: number;
  copay: number | null;
  benefit: number | null;
  /** 支援レポート共有日 (N6 J611): the shown date of the month's report. */
  reportSharedDate: PlainDate | null;
  /** Days with a contact with the client or the employer in the month, sorted, each once. */
  supportDays: PlainDate[];
  /** 休職 month: billed when the duties are met, but confirm with the municipality. */
  onLeave: boolean;
  /** Warnings and assumptions for people (休職, assumed cap, late report, capped case meetings …). */
  notes: string[];
}

/** The basic-fee band the office filed: its units, or the band of its filed rate. */
export interface OfficeBand {
  units: number;
  label: string;
  /** The filed 就労定着率, when written. */
  rate: number | null;
  source: 'filed-units' | 'filed-rate';
}

/** The band billing uses on `date`: office.filedUnits when set, else the band of office.filedRate; else null. */
export function officeBand(office: Office, date: PlainDate): OfficeBand | null {
  if (office.filedUnits !== null) {
    const band = bandForUnits(office.filedUnits, date);
    return {
      units: office.filedUnits,
      label: band?.label ?? '届出単位数',
      rate: office.filedRate,
      source: 'filed-units',
    };
  }
  if (office.filedRate !== null) {
    const band = bandForRate(office.filedRate, date);
    if (band) return { units: band.units, label: band.label, rate: office.filedRate, source: 'filed-rate' };
  }
  return null;
}

export interface UnitPrice {
  /** Yen per unit. */
  price: number;
  source: 'office' | 'region-table';
  /** False when taken from the unconfirmed regional table. */
  confirmed: boolean;
}

/** Yen per unit: the office's own 単価 row, else the (unconfirmed) regional table for its 地域区分. */
export function unitPriceFor(office: Office, date: PlainDate): UnitPrice | null {
  if (office.unitPrice !== null) return { price: office.unitPrice, source: 'office', confirmed: true };
  const r = regionalUnitPrice(office.region, date);
  // Stryker disable next-line ConditionalExpression: equivalent while every regional table is unconfirmed (data, not logic)
  return r ? { price: r.price, source: 'region-table', confirmed: r.table.confirmed !== false } : null;
}

export interface BillingOptions {
  /** Yen per unit; by default unitPriceFor(office, first day of the month). Null: units only, no yen. */
  unitPrice?: number | null;
  /**
   * Which 地域連携会議実施加算 a case meeting earns. The monthly record only says a meeting was held, so the
   * default (Ⅰ) is an assumption the row's notes repeat.
   */
  meetingAddition?: 'regional-meeting-1' | 'regional-meeting-2';
}

const OFFICE_REDUCTIONS: readonly [keyof Office['reductions'], ReductionCode][] = [
  ['noHandoverSystem', 'no-handover-system'],
  ['noPublicInfo', 'no-public-info'],
  ['noBcp', 'no-bcp'],
  ['noAbusePrevention', 'no-abuse-prevention'],
];

const OFFICE_ADDITIONS: readonly [keyof Office['additions'], AdditionCode][] = [
  ['achievement', 'achievement'],
  ['jobcoachStaff', 'jobcoach-staff'],
  ['specialRegion', 'special-region'],
];

/**
 * The 支援レポート shown date of a month for billing. The month's report is often shown in the first days of
 * the next month (on time up to its 10th), after a month-end as-of date, and facts leave such a date out
 * ("not happened yet"); billing is done after the month, so a finished month takes the record's date as
 * written. A month still in progress keeps the facts' view.
 */
const reportDateOf = (cm: ClientMonth): PlainDate | null =>
  cm.reportShownDate ?? (cm.inProgress ? null : (cm.record?.reportShownDate ?? null));

/** Why one month of a client cannot be billed (empty when it can). */
export function billingReasons(
  facts: ClientFacts,
  cm: ClientMonth | undefined,
  band: OfficeBand | null,
): BillingReason[] {
  const reasons: BillingReason[] = [];
  const c = facts.client;
  if (!cm) {
    reasons.push({ code: 'outside-period', message: '支援期間の外の月なので請求できません' });
    return reasons;
  }
  if (cm.inProgress)
    reasons.push({
      code: 'in-progress',
      message: '月の途中なので、まだ請求できるか決まりません。月末を過ぎてから請求データを作り直してください',
    });
  if (!c.recipientNumber)
    reasons.push({
      code: 'no-recipient-number',
      message: '受給者証番号が空欄か、番号として読めません。利用者のタブの受給者証番号を直してください',
    });
  if (!c.municipalityNumber)
    reasons.push({
      code: 'no-municipality-number',
      message: '支給市町村番号が空欄か、番号として読めません。利用者のタブの支給市町村番号を直してください',
    });
  if (!band)
    reasons.push({
      code: 'no-band',
      message:
        '事業所の基本報酬の区分が決まりません。事業所のタブに届出の就労定着率か基本報酬の単位数を書いてください',
    });
  if (cm.record?.jobcoach)
    reasons.push({
      code: 'jobcoach-month',
      message: '職場適応援助者（ジョブコーチ）助成金の対象月のため請求できません',
    });
  if (cm.faceToFace.length === 0)
    reasons.push({
      code: 'no-face-to-face',
      message: cm.inProgress
        ? '本人との対面（またはテレビ電話）の支援がまだありません'
        : '本人との対面（またはテレビ電話）の支援がありません',
    });
  if (!reportDateOf(cm))
    reasons.push({
      code: 'no-report',
      message: cm.inProgress ? '支援レポートがまだ提示されていません' : '支援レポートの提示がありません',
    });
  return reasons;
}

/** ⌊x⌉ half up of n / 100 for a non-negative integer n. */
const roundHundredth = (n: number): number => {
  const m = n + 50;
  return (m - (m % 100)) / 100;
};

/**
 * The billing of one client for one month (docs/domain.md §5): whether it can be billed and why not, the
 * units (base from the office band; reductions as percentages of the base; additions), the yen, the
 * 支援レポート shared date and the support days.
 *
 * 地域連携会議実施加算 is counted when the month's record says a case meeting was held, at most once a
 * month and `maxPerYear` (4) times per fiscal year per client; only billable months count toward the four.
 */
export function billClientMonth(
  facts: ClientFacts,
  month: YearMonth,
  office: Office,
  options: BillingOptions = {},
): ClientMonthBilling {
  const day1 = monthStart(month);
  const c = facts.client;
  const cm = facts.months.find((m) => m.month === month);
  const band = officeBand(office, day1);
  const reasons = billingReasons(facts, cm, band);
  const billable = reasons.length === 0;
  const notes: string[] = [];

  const copayCap = c.copayCap ?? 0;
  if (c.copayCap === null) notes.push('負担上限月額が空欄のため0円として計算しました');

  const onLeave = cm?.record?.onLeave ?? false;
  if (onLeave) notes.push('休職中の月です。請求できるかを支給決定の市町村に確認してください');

  const reportSharedDate = cm ? reportDateOf(cm) : null;
  if (reportSharedDate && reportSharedDate > reportDeadline(month))
    notes.push('支援レポートの提示日が翌月10日より後です');

  const supportDays = cm
    ? [
        ...new Set(
          [...cm.clientContacts, ...cm.employerContacts]
            // a month grid's undated contact (「面談」 in the month's cell) has no day to claim
            .filter((x) => !x.undated)
            .map((x) => x.date),
        ),
      ].sort()
    : [];

  const additions: UnitLine[] = [];
  const reductions: UnitLine[] = [];
  let base = 0;
  if (billable && band) {
    base = band.units;
    for (const [flag, code] of OFFICE_REDUCTIONS) {
      if (!office.reductions[flag]) continue;
      const r = rateAt(REDUCTIONS[code], day1);
      if (!r) continue;
      reductions.push({ code, label: r.label, units: -roundHundredth(base * r.percent) });
    }
    for (const [flag, code] of OFFICE_ADDITIONS) {
      if (!office.additions[flag]) continue;
      const a = rateAt(ADDITIONS[code], day1);
      if (a) additions.push({ code, label: a.label, units: a.units });
    }
    // Stryker disable next-line OptionalChaining: equivalent, a billable month always has its monthly record (the report date comes from it)
    if (cm?.record?.caseMeeting) {
      const code = options.meetingAddition ?? 'regional-meeting-1';
      const a = rateAt(ADDITIONS[code], day1);
      if (a) {
        const max = a.maxPerYear ?? Number.POSITIVE_INFINITY;
        const held = meetingsBilledBefore(facts, month, band);
        if (held >= max) notes.push(`地域連携会議実施加算は年度内${max}回までのため、この月は算定しません`);
        else {
          additions.push({ code, label: a.label, units: a.units });
          if (!options.meetingAddition)
            notes.push(`地域連携会議を${a.label}として計上しました（区分を確認してください）`);
        }
      }
    }
  }
  const total =
    base + reductions.reduce((s, l) => s + l.units, 0) + additions.reduce((s, l) => s + l.units, 0);

  const unitPrice =
    options.unitPrice !== undefined ? options.unitPrice : (unitPriceFor(office, day1)?.price ?? null);
  let totalCost: number | null = 0;
  let copay: number | null = 0;
  let benefit: number | null = 0;
  if (billable) {
    if (unitPrice === null) {
      totalCost = copay = benefit = null;
      notes.push('1単位の単価（または地域区分）が設定されていないため金額を計算できません');
    } else ({ totalCost, copay, benefit } = moneyOf(total, unitPrice, copayCap));
  }

  return {
    clientId: c.id,
    month,
    billable,
    reasons,
    units: { base, additions, reductions, total },
    totalCost,
    copayCap,
    copay,
    benefit,
    reportSharedDate,
    supportDays,
    onLeave,
    notes,
  };
}

/** Billable months with a case meeting earlier in the same fiscal year as `month`. */
function meetingsBilledBefore(facts: ClientFacts, month: YearMonth, band: OfficeBand | null): number {
  const fy = fiscalYearOf(monthStart(month));
  const from = `${fy}-04`;
  let n = 0;
  for (const m of facts.months) {
    if (m.month < from || m.month >= month || !m.record?.caseMeeting) continue;
    if (billingReasons(facts, m, band).length === 0) n++;
  }
  return n;
}
