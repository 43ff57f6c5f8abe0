import * as z from 'zod';
import { isYearMonth, monthEnd, monthStart, type PlainDate, type YearMonth } from '../date/plain-date.ts';
import { buildFacts } from '../evaluate/facts.ts';
import { type Caseload, PlainDateSchema, YearMonthSchema } from '../model/caseload.ts';
import {
  BILLING_REASON_CODES,
  type BillingOptions,
  billClientMonth,
  officeBand,
  unitPriceFor,
} from './client-month.ts';
import { ADDITION_CODES, REDUCTION_CODES } from './rates.ts';

/** The schema id of the billing document; a breaking change bumps it (architecture.md, "Contracts"). */
export const BILLING_SCHEMA_ID = 'teichaku.billing/v1';

const yen = z.number().int().nonnegative();

export const UnitLineSchema = z.object({
  code: z.enum([...ADDITION_CODES, ...REDUCTION_CODES]),
  label: z.string(),
  /** Additions positive, reductions negative. */
  units: z.number().int(),
});

export const BillingReasonSchema = z.object({
  code: z.enum(BILLING_REASON_CODES),
  message: z.string(),
});

export const BillingRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  kana: z.string().nullable(),
  /** 受給者証番号 */
  recipientNumber: z.string().nullable(),
  /** 市町村番号 */
  municipalityNumber: z.string().nullable(),
  billable: z.boolean(),
  /** Why the month cannot be billed; empty when billable. */
  reasons: z.array(BillingReasonSchema),
  units: z.object({
    base: z.number().int().nonnegative(),
    additions: z.array(UnitLineSchema),
    reductions: z.array(UnitLineSchema),
    total: z.number().int().nonnegative(),
  }),
  /** 総費用額; null when the unit price is unknown. 0 when not billable. */
  totalCost: yen.nullable(),
  /** 負担上限月額 */
  copayCap: yen,
  /** 利用者負担額 */
  copay: yen.nullable(),
  /** 給付費 */
  benefit: yen.nullable(),
  /** 支援レポート共有日 (N6 J611). */
  reportSharedDate: PlainDateSchema.nullable(),
  /** Days with support (a contact with the client or the employer), sorted. */
  supportDays: z.array(PlainDateSchema),
  /** 休職 month (billed when the duties are met; confirm with the municipality). */
  onLeave: z.boolean(),
  notes: z.array(z.string()),
});
export type BillingRow = z.infer<typeof BillingRowSchema>;

export const BillingDocumentSchema = z.object({
  schema: z.literal(BILLING_SCHEMA_ID),
  /** The service month billed, YYYY-MM. */
  month: YearMonthSchema,
  /** The date the facts were read up to (the month's last day unless asked otherwise). */
  asOf: PlainDateSchema,
  office: z.object({
    name: z.string().nullable(),
    /** 事業所番号 */
    number: z.string().nullable(),
    /** 地域区分 as written */
    region: z.string().nullable(),
    /** Yen per unit used; null when neither a 単価 nor a known 地域区分 is set. */
    unitPrice: z.number().positive().nullable(),
    unitPriceSource: z.enum(['office', 'region-table']).nullable(),
    /** False when the price comes from the unconfirmed regional table (see rates.ts). */
    unitPriceConfirmed: z.boolean(),
    /** The basic-fee band billed. */
    band: z
      .object({
        units: z.number().int().positive(),
        label: z.string(),
        rate: z.number().min(0).max(1).nullable(),
        source: z.enum(['filed-units', 'filed-rate']),
      })
      .nullable(),
  }),
  /** One row per client active in the month, in roster order. */
  rows: z.array(BillingRowSchema),
  totals: z.object({
    clients: z.number().int().nonnegative(),
    billable: z.number().int().nonnegative(),
    /** Units of the billable rows. */
    units: z.number().int().nonnegative(),
    totalCost: yen.nullable(),
    copay: yen.nullable(),
    benefit: yen.nullable(),
  }),
  /** Document-level warnings and assumptions, in Japanese. */
  notes: z.array(z.string()),
});
export type BillingDocument = z.infer<typeof BillingDocumentSchema>;

/**
 * The billing document of one service month: every client active in the month (their support period
 * covers a day of it, up to `asOf`) with their billing row, the office header and totals. `asOf` defaults
 * to the month's last day; an earlier date leaves the month in progress and nothing billable yet.
 */
export function buildBillingDocument(
  caseload: Caseload,
  month: YearMonth,
  asOf?: PlainDate,
  options: Pick<BillingOptions, 'meetingAddition'> = {},
): BillingDocument {
  if (!isYearMonth(month)) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  const at = asOf ?? monthEnd(month);
  const day1 = monthStart(month);
  const office = caseload.office;
  const price = unitPriceFor(office, day1);
  const band = officeBand(office, day1);
  const notes: string[] = [];
  if (!band)
    notes.push('事業所の基本報酬の区分（届出の就労定着率または単位数）が設定されていないため請求できません');
  if (!price) notes.push('1単位の単価または地域区分が設定されていないため金額を計算できません');
  else if (!price.confirmed)
    notes.push(
      `1単位の単価 ${price.price.toFixed(2)}円は地域区分「${office.region}」からの仮の値です（就労定着支援の単価は未確認）。` +
        '事業所タブの「単価」で指定してください',
    );
  if (at < monthEnd(month)) notes.push(`基準日 ${at} は月末より前のため、この月はまだ請求できません`);

  const rows: BillingRow[] = [];
  for (const facts of buildFacts(caseload, at)) {
    if (!facts.months.some((m) => m.month === month)) continue;
    const b = billClientMonth(facts, month, office, { ...options, unitPrice: price?.price ?? null });
    const c = facts.client;
    rows.push({
      id: c.id,
      name: c.name,
      kana: c.kana,
      recipientNumber: c.recipientNumber,
      municipalityNumber: c.municipalityNumber,
      billable: b.billable,
      reasons: b.reasons,
      units: b.units,
      totalCost: b.totalCost,
      copayCap: b.copayCap,
      copay: b.copay,
      benefit: b.benefit,
      reportSharedDate: b.reportSharedDate,
      supportDays: b.supportDays,
      onLeave: b.onLeave,
      notes: b.notes,
    });
  }

  const billed = rows.filter((r) => r.billable);
  const sum = (pick: (r: BillingRow) => number | null): number | null =>
    price ? billed.reduce((s, r) => s + (pick(r) ?? 0), 0) : null;
  return {
    schema: BILLING_SCHEMA_ID,
    month,
    asOf: at,
    office: {
      name: office.name,
      number: office.number,
      region: office.region,
      unitPrice: price?.price ?? null,
      unitPriceSource: price?.source ?? null,
      unitPriceConfirmed: price?.confirmed ?? false,
      band,
    },
    rows,
    totals: {
      clients: rows.length,
      billable: billed.length,
      units: billed.reduce((s, r) => s + r.units.total, 0),
      totalCost: sum((r) => r.totalCost),
      copay: sum((r) => r.copay),
      benefit: sum((r) => r.benefit),
    },
    notes,
  };
}
