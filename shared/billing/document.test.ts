import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeCaseload,
  makeClient,
  makeContact,
  makeOffice,
  makeRecord,
} from '../stats/fixtures.test-helpers.ts';
import {
  BILLING_SCHEMA_ID,
  type BillingDocument,
  BillingDocumentSchema,
  buildBillingDocument,
} from './document.ts';

/** Three clients in 2024-11: A billable, B without a report, C ended in October (not in the document). */
const caseload = (office = makeOffice({ filedRate: 0.96, region: '3級地' })) =>
  makeCaseload({
    office,
    clients: [
      makeClient({
        id: 'A',
        name: '山田 太郎',
        kana: 'やまだ たろう',
        baseDate: '2023-10-01',
        startDate: '2024-04-01',
        copayCap: 9300,
      }),
      makeClient({ id: 'B', baseDate: '2023-10-01', startDate: '2024-04-01', copayCap: 0 }),
      makeClient({
        id: 'C',
        baseDate: '2023-10-01',
        startDate: '2024-04-01',
        endDate: '2024-10-31',
        endReason: { kind: 'client-request', word: '本人希望' },
      }),
    ],
    contacts: [
      makeContact('A', '2024-11-15'),
      makeContact('A', '2024-11-05', { parties: ['employer'], method: 'phone' }),
      makeContact('B', '2024-11-20'),
    ],
    monthly: [makeRecord('A', '2024-11', { reportShownDate: '2024-11-29' })],
  });

describe('buildBillingDocument', () => {
  // Built in each test (not at describe level) so that mutation testing sees it run.
  let doc: BillingDocument;
  beforeEach(() => {
    doc = buildBillingDocument(caseload(), '2024-11');
  });

  it('is a valid teichaku.billing/v1 document that survives JSON', () => {
    expect(doc.schema).toBe('teichaku.billing/v1');
    expect(BillingDocumentSchema.parse(doc)).toEqual(doc);
    expect(BillingDocumentSchema.parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  it('the as-of date defaults to the month’s last day', () => {
    expect(doc.asOf).toBe('2024-11-30');
  });

  it('has one row per client active in the month, in roster order', () => {
    expect(doc.rows.map((r) => r.id)).toEqual(['A', 'B']);
  });

  it('bills A and says why B cannot be billed', () => {
    const [a, b] = doc.rows;
    // 3,512 × 11.05 = 38,807.6 → 38,807; 10% = 3,880
    expect(a).toMatchObject({
      id: 'A',
      name: '山田 太郎',
      kana: 'やまだ たろう',
      recipientNumber: '1234567890',
      municipalityNumber: '131016',
      billable: true,
      reasons: [],
      units: { base: 3512, additions: [], reductions: [], total: 3512 },
      totalCost: 38807,
      copayCap: 9300,
      copay: 3880,
      benefit: 34927,
      reportSharedDate: '2024-11-29',
      supportDays: ['2024-11-05', '2024-11-15'],
    });
    expect(b?.billable).toBe(false);
    expect(b?.reasons.map((r) => r.code)).toEqual(['no-report']);
    expect(b).toMatchObject({ totalCost: 0, copay: 0, benefit: 0 });
  });

  it('totals add up the billable rows', () => {
    expect(doc.totals).toEqual({
      clients: 2,
      billable: 1,
      units: 3512,
      totalCost: 38807,
      copay: 3880,
      benefit: 34927,
    });
  });

  it('names the office, its band and where the unit price came from', () => {
    expect(doc.office).toEqual({
      name: 'テスト定着支援センター',
      number: '1312345678',
      region: '3級地',
      unitPrice: 11.05,
      unitPriceSource: 'region-table',
      unitPriceConfirmed: false,
      band: { units: 3512, label: '9割5分以上', rate: 0.96, source: 'filed-rate' },
    });
    expect(doc.notes.join()).toContain('未確認');
  });

  it('an office 単価 overrides the regional table', () => {
    const d = buildBillingDocument(caseload(makeOffice({ filedRate: 0.96, unitPrice: 10 })), '2024-11');
    expect(d.office).toMatchObject({ unitPrice: 10, unitPriceSource: 'office', unitPriceConfirmed: true });
    expect(d.rows[0]?.totalCost).toBe(35120);
    expect(d.notes).toEqual([]);
  });

  it('before the month’s end nothing is billable yet', () => {
    const d = buildBillingDocument(caseload(), '2024-11', '2024-11-20');
    expect(d.rows.every((r) => !r.billable && r.reasons[0]?.code === 'in-progress')).toBe(true);
    expect(d.totals.billable).toBe(0);
  });

  it('without a unit price the yen totals are null', () => {
    const d = buildBillingDocument(caseload(makeOffice({ filedRate: 0.96, region: null })), '2024-11');
    expect(d.totals).toMatchObject({ units: 3512, totalCost: null, copay: null, benefit: null });
    expect(BillingDocumentSchema.safeParse(d).success).toBe(true);
  });

  it('the schema rejects another schema id and non-integer yen', () => {
    expect(BillingDocumentSchema.safeParse({ ...doc, schema: 'teichaku.billing/v2' }).success).toBe(false);
    const rows = doc.rows.map((r) => ({ ...r, totalCost: 1.5 }));
    expect(BillingDocumentSchema.safeParse({ ...doc, rows }).success).toBe(false);
    expect(BILLING_SCHEMA_ID).toBe('teichaku.billing/v1');
  });

  it('rejects a month that is not YYYY-MM', () => {
    expect(() => buildBillingDocument(caseload(), '2024-13')).toThrow(RangeError);
  });
});

describe('the document’s notes, totals and office header at their edges', () => {
  it('says why the month cannot be billed when the office has no band, and that the region price is provisional', () => {
    const d = buildBillingDocument(caseload(makeOffice({ filedRate: null, region: '3級地' })), '2024-11');
    expect(d.notes).toEqual([
      '事業所の基本報酬の区分（届出の就労定着率または単位数）が設定されていないため請求できません',
      '1単位の単価 11.05円は地域区分「3級地」からの仮の値です（就労定着支援の単価は未確認）。事業所タブの「単価」で指定してください',
    ]);
    expect(d.office).toMatchObject({
      unitPrice: 11.05,
      unitPriceSource: 'region-table',
      unitPriceConfirmed: false,
    });
  });

  it('an office 単価 leaves no provisional-price note; no price at all says the yen cannot be computed', () => {
    const own = buildBillingDocument(caseload(makeOffice({ filedRate: 0.96, unitPrice: 11 })), '2024-11');
    expect(own.notes).toEqual([]);
    expect(own.office.unitPriceConfirmed).toBe(true);
    const none = buildBillingDocument(caseload(makeOffice({ filedRate: 0.96, region: null })), '2024-11');
    expect(none.notes).toEqual(['1単位の単価または地域区分が設定されていないため金額を計算できません']);
    expect(none.office).toMatchObject({ unitPrice: null, unitPriceSource: null, unitPriceConfirmed: false });
  });

  it('an as-of date before the month’s end is noted; the month’s last day is not', () => {
    const early = buildBillingDocument(
      caseload(makeOffice({ filedRate: 0.96, unitPrice: 11 })),
      '2024-11',
      '2024-11-29',
    );
    expect(early.notes).toHaveLength(1);
    expect(early.notes[0]).toContain('月末より前のため、この月はまだ請求できません');
    const last = buildBillingDocument(
      caseload(makeOffice({ filedRate: 0.96, unitPrice: 11 })),
      '2024-11',
      '2024-11-30',
    );
    expect(last.notes).toEqual([]);
  });

  it('totals add every billable row (two billable clients)', () => {
    const office = makeOffice({ filedRate: 0.96, unitPrice: 10 });
    const c = caseload(office);
    const d = buildBillingDocument(
      { ...c, monthly: [...c.monthly, makeRecord('B', '2024-11', { reportShownDate: '2024-11-30' })] },
      '2024-11',
    );
    expect(d.totals.billable).toBe(2);
    // A: 3,512 × 10 = 35,120 yen, copay min(3,512, 9,300); B: 35,120 yen, cap 0.
    expect(d.totals).toMatchObject({ units: 7024, totalCost: 70240, copay: 3512, benefit: 66728 });
  });

  it('passes the office’s choice of case-meeting addition to every row', () => {
    const c = caseload(makeOffice({ filedRate: 0.96, unitPrice: 10 }));
    const withMeeting = {
      ...c,
      monthly: [makeRecord('A', '2024-11', { reportShownDate: '2024-11-29', caseMeeting: true })],
    };
    const d = buildBillingDocument(withMeeting, '2024-11', undefined, {
      meetingAddition: 'regional-meeting-2',
    });
    expect(d.rows[0]?.units.additions.map((a) => a.code)).toEqual(['regional-meeting-2']);
  });

  it('the error for a bad month names it', () => {
    expect(() => buildBillingDocument(caseload(), '2024-13')).toThrow('not a month (YYYY-MM): 2024-13');
  });
});
