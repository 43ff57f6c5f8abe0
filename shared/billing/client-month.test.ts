import { describe, expect, it } from 'vitest';
import { monthEnd, type PlainDate, type YearMonth } from '../date/plain-date.ts';
import { buildFacts } from '../evaluate/facts.ts';
import type { Client, Contact, MonthlyRecord, Office } from '../model/caseload.ts';
import {
  makeCaseload,
  makeClient,
  makeContact,
  makeOffice,
  makeRecord,
  type OfficeInput,
} from '../stats/fixtures.test-helpers.ts';
import { billClientMonth, officeBand, unitPriceFor } from './client-month.ts';

const U1 = (over: Partial<Client> = {}) =>
  makeClient({
    id: 'U1',
    baseDate: '2023-10-01',
    hireDate: '2023-10-01',
    startDate: '2024-04-01',
    copayCap: 9300,
    ...over,
  });

/** A month with the duties met: a face-to-face contact and a report shown on the month's last day. */
const dutiesMet = (month: YearMonth, o: Partial<MonthlyRecord> = {}) => ({
  contacts: [makeContact('U1', `${month}-10`)],
  monthly: [makeRecord('U1', month, { reportShownDate: monthEnd(month), ...o })],
});

function bill(
  month: YearMonth,
  o: {
    client?: Client;
    contacts?: Contact[];
    monthly?: MonthlyRecord[];
    office?: OfficeInput;
    asOf?: PlainDate;
    unitPrice?: number | null;
  } = {},
) {
  const office: Office = makeOffice({ filedRate: 0.9, ...o.office });
  const caseload = makeCaseload({
    office,
    clients: [o.client ?? U1()],
    contacts: o.contacts ?? [],
    monthly: o.monthly ?? [],
  });
  const facts = buildFacts(caseload, o.asOf ?? monthEnd(month))[0]!;
  return billClientMonth(facts, month, office, o.unitPrice === undefined ? {} : { unitPrice: o.unitPrice });
}

const codes = (b: ReturnType<typeof bill>) => b.reasons.map((r) => r.code);

describe('a billable month', () => {
  it('bills the band units at the region price, with the copay capped at the client cap', () => {
    const b = bill('2024-05', dutiesMet('2024-05'));
    expect(b.billable).toBe(true);
    expect(b.reasons).toEqual([]);
    expect(b.units).toEqual({ base: 3348, additions: [], reductions: [], total: 3348 });
    // 3,348 × 11.05 (3級地, unconfirmed table) = 36,995.4 → 36,995; 10% → 3,699 (< 9,300)
    expect(b).toMatchObject({ totalCost: 36995, copayCap: 9300, copay: 3699, benefit: 33296 });
    expect(b.reportSharedDate).toBe('2024-05-31');
    expect(b.notes).toEqual([]);
  });

  it('filed units take precedence over the filed rate', () => {
    const b = bill('2024-05', { ...dutiesMet('2024-05'), office: { filedRate: 0.9, filedUnits: 2234 } });
    expect(b.units.base).toBe(2234);
  });

  it('uses the unit price it is given', () => {
    const b = bill('2024-05', { ...dutiesMet('2024-05'), unitPrice: 10 });
    expect(b.totalCost).toBe(33480);
  });

  it('without a unit price the units stand and the yen are null', () => {
    const b = bill('2024-05', { ...dutiesMet('2024-05'), office: { region: null } });
    expect(b.units.total).toBe(3348);
    expect(b).toMatchObject({ totalCost: null, copay: null, benefit: null });
  });

  it('a blank copay cap is taken as 0 and noted', () => {
    const b = bill('2024-05', { ...dutiesMet('2024-05'), client: U1({ copayCap: null }) });
    expect(b).toMatchObject({ copayCap: 0, copay: 0, benefit: 36995 });
    expect(b.notes.join()).toContain('負担上限月額');
  });

  it('a 休職 month is billed with a warning', () => {
    const b = bill('2024-05', dutiesMet('2024-05', { onLeave: true }));
    expect(b.billable).toBe(true);
    expect(b.onLeave).toBe(true);
    expect(b.notes.join()).toContain('休職');
  });

  it('a report shown in the first days of the next month counts for the month', () => {
    const b = bill('2024-05', {
      contacts: [makeContact('U1', '2024-05-10')],
      monthly: [makeRecord('U1', '2024-05', { reportShownDate: '2024-06-05' })],
    });
    expect(b.billable).toBe(true);
    expect(b.reportSharedDate).toBe('2024-06-05');
    expect(b.notes).toEqual([]);
  });

  it('a report shown after the 10th of the next month is still billable, with a note', () => {
    const b = bill('2024-05', {
      contacts: [makeContact('U1', '2024-05-10')],
      monthly: [makeRecord('U1', '2024-05', { reportShownDate: '2024-06-11' })],
      asOf: '2024-06-30',
    });
    expect(b.billable).toBe(true);
    expect(b.reportSharedDate).toBe('2024-06-11');
    expect(b.notes.join()).toContain('翌月10日');
  });
});

describe('not billable', () => {
  it('a jobcoach month is not billable', () => {
    const b = bill('2024-05', dutiesMet('2024-05', { jobcoach: true }));
    expect(b.billable).toBe(false);
    expect(codes(b)).toEqual(['jobcoach-month']);
    expect(b.units.total).toBe(0);
    expect(b).toMatchObject({ totalCost: 0, copay: 0, benefit: 0 });
  });

  it('a phone call is not face to face', () => {
    const b = bill('2024-05', {
      contacts: [makeContact('U1', '2024-05-10', { method: 'phone' })],
      monthly: [makeRecord('U1', '2024-05', { reportShownDate: '2024-05-31' })],
    });
    expect(codes(b)).toEqual(['no-face-to-face']);
  });

  it('a video call counts as face to face', () => {
    const b = bill('2024-05', {
      contacts: [makeContact('U1', '2024-05-10', { method: 'video' })],
      monthly: [makeRecord('U1', '2024-05', { reportShownDate: '2024-05-31' })],
    });
    expect(b.billable).toBe(true);
  });

  it('a month without a shown 支援レポート is not billable', () => {
    const b = bill('2024-05', { contacts: [makeContact('U1', '2024-05-10')] });
    expect(codes(b)).toEqual(['no-report']);
  });

  it('a month still in progress on the as-of date is not billable yet', () => {
    const b = bill('2024-05', { ...dutiesMet('2024-05'), asOf: '2024-05-30' });
    expect(codes(b)).toEqual(['in-progress', 'no-report']);
    expect(b.reasons[1]?.message).toContain('まだ');
  });

  it('is billable on the month’s last day itself', () => {
    expect(bill('2024-05', { ...dutiesMet('2024-05'), asOf: '2024-05-31' }).billable).toBe(true);
  });

  it('a month outside the support period is not billable', () => {
    expect(codes(bill('2024-03', dutiesMet('2024-03')))).toEqual(['outside-period']);
  });

  it('a client without a recipient number is not billable', () => {
    const b = bill('2024-05', { ...dutiesMet('2024-05'), client: U1({ recipientNumber: null }) });
    expect(codes(b)).toEqual(['no-recipient-number']);
  });

  it('an office with neither a filed rate nor filed units cannot bill', () => {
    const b = bill('2024-05', { ...dutiesMet('2024-05'), office: { filedRate: null } });
    expect(codes(b)).toEqual(['no-band']);
  });
});

describe('reductions and additions', () => {
  it('the 10% 支援体制構築未実施 reduction takes 335 of 3,348 (334.8 rounded)', () => {
    const b = bill('2024-05', {
      ...dutiesMet('2024-05'),
      office: { reductions: { noHandoverSystem: true } },
    });
    expect(b.units.reductions).toEqual([
      { code: 'no-handover-system', label: '支援体制構築未実施減算', units: -335 },
    ]);
    expect(b.units.total).toBe(3013);
  });

  it('business-continuity reduction applies only from 2025-04-01', () => {
    const office = { reductions: { noBcp: true } };
    const march = bill('2025-03', { ...dutiesMet('2025-03'), office });
    const april = bill('2025-04', { ...dutiesMet('2025-04'), office });
    expect(march.units.reductions).toEqual([]);
    // 1% of 3,348 = 33.48 → 33
    expect(april.units.reductions).toEqual([{ code: 'no-bcp', label: '業務継続計画未策定減算', units: -33 }]);
  });

  it('reductions are taken from the base units before additions', () => {
    const b = bill('2024-05', {
      ...dutiesMet('2024-05'),
      office: { reductions: { noPublicInfo: true }, additions: { achievement: true } },
    });
    // 5% of 3,348 (not of 3,648) = 167.4 → 167; 3,348 − 167 + 300
    expect(b.units.reductions[0]?.units).toBe(-167);
    expect(b.units.total).toBe(3481);
  });

  it('adds the office additions every billable month', () => {
    const b = bill('2024-05', {
      ...dutiesMet('2024-05'),
      office: { additions: { achievement: true, jobcoachStaff: true, specialRegion: true } },
    });
    expect(b.units.additions.map((a) => [a.code, a.units])).toEqual([
      ['achievement', 300],
      ['jobcoach-staff', 120],
      ['special-region', 240],
    ]);
    expect(b.units.total).toBe(3348 + 660);
  });

  it('a case meeting earns 地域連携会議実施加算 (Ⅰ) by default, noted as an assumption', () => {
    const b = bill('2024-05', dutiesMet('2024-05', { caseMeeting: true }));
    expect(b.units.additions).toEqual([
      { code: 'regional-meeting-1', label: '地域連携会議実施加算(Ⅰ)', units: 579 },
    ]);
    expect(b.notes.join()).toContain('区分を確認');
  });

  it('case meetings count at most 4 times a fiscal year; the count starts again in April', () => {
    const months = ['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2025-03', '2025-04'];
    const contacts = months.map((m) => makeContact('U1', `${m}-10`));
    const monthly = months.map((m) =>
      makeRecord('U1', m, { reportShownDate: monthEnd(m), caseMeeting: true, jobcoach: m === '2024-05' }),
    );
    const meeting = (m: YearMonth) =>
      bill(m, { contacts, monthly, asOf: '2025-04-30' }).units.additions.some(
        (a) => a.code === 'regional-meeting-1',
      );
    // 2024-05 is a jobcoach month (not billed), so its meeting does not use up one of the four
    expect(months.map(meeting)).toEqual([true, false, true, true, true, false, false, true]);
    expect(bill('2024-09', { contacts, monthly, asOf: '2025-04-30' }).notes.join()).toContain('4回まで');
  });
});

describe('support days and the band', () => {
  it('support days are the sorted, distinct days of client and employer contacts', () => {
    const b = bill('2024-05', {
      contacts: [
        makeContact('U1', '2024-05-20'),
        makeContact('U1', '2024-05-05', { parties: ['employer'], method: 'phone' }),
        makeContact('U1', '2024-05-20', { parties: ['employer'] }),
        makeContact('U1', '2024-05-12', { parties: ['family'] }),
      ],
      monthly: [makeRecord('U1', '2024-05', { reportShownDate: '2024-05-31' })],
    });
    expect(b.supportDays).toEqual(['2024-05-05', '2024-05-20']);
  });

  it('a contact a month grid gives without a day (undated) is support in the month, but no support day', () => {
    // 「面談」 in the 5月 cell: the month's duty is met, yet the 1st is no day the office can claim
    const b = bill('2024-05', {
      contacts: [
        { ...makeContact('U1', '2024-05-01'), undated: true as const },
        makeContact('U1', '2024-05-14'),
      ],
      monthly: [makeRecord('U1', '2024-05', { reportShownDate: '2024-05-31' })],
    });
    expect(b.billable).toBe(true);
    expect(b.supportDays).toEqual(['2024-05-14']);
  });

  it('the office band comes from its filed units, else its filed rate', () => {
    expect(officeBand(makeOffice({ filedRate: 0.93 }), '2024-04-01')).toEqual({
      units: 3348,
      label: '9割以上9割5分未満',
      rate: 0.93,
      source: 'filed-rate',
    });
    expect(officeBand(makeOffice({ filedUnits: 2768 }), '2024-04-01')?.label).toBe('8割以上9割未満');
    expect(officeBand(makeOffice(), '2024-04-01')).toBeNull();
  });

  it('an office 単価 row overrides the regional table', () => {
    expect(unitPriceFor(makeOffice({ unitPrice: 10.9 }), '2024-04-01')).toEqual({
      price: 10.9,
      source: 'office',
      confirmed: true,
    });
    expect(unitPriceFor(makeOffice({ region: '2級地' }), '2024-04-01')).toEqual({
      price: 11.12,
      source: 'region-table',
      confirmed: false,
    });
  });
});

describe('why a month cannot be billed, in the words staff read', () => {
  const reasonsOf = (b: ReturnType<typeof bill>) =>
    Object.fromEntries(b.reasons.map((r) => [r.code, r.message]));

  it('a finished month without contact or report names both, with the recipient and municipality numbers', () => {
    const b = bill('2024-05', {
      client: U1({ recipientNumber: null, municipalityNumber: null }),
      monthly: [makeRecord('U1', '2024-05', { jobcoach: true })],
      office: { filedRate: null },
    });
    expect(reasonsOf(b)).toEqual({
      'no-recipient-number':
        '受給者証番号が空欄か、番号として読めません。利用者のタブの受給者証番号を直してください',
      'no-municipality-number':
        '支給市町村番号が空欄か、番号として読めません。利用者のタブの支給市町村番号を直してください',
      'no-band':
        '事業所の基本報酬の区分が決まりません。事業所のタブに届出の就労定着率か基本報酬の単位数を書いてください',
      'jobcoach-month': '職場適応援助者（ジョブコーチ）助成金の対象月のため請求できません',
      'no-face-to-face': '本人との対面（またはテレビ電話）の支援がありません',
      'no-report': '支援レポートの提示がありません',
    });
  });

  it('a month in progress says what is still missing ("まだ")', () => {
    const b = bill('2024-05', { asOf: '2024-05-20' });
    expect(reasonsOf(b)).toEqual({
      'in-progress':
        '月の途中なので、まだ請求できるか決まりません。月末を過ぎてから請求データを作り直してください',
      'no-face-to-face': '本人との対面（またはテレビ電話）の支援がまだありません',
      'no-report': '支援レポートがまだ提示されていません',
    });
  });

  it('a month outside the period says so, and has no support days and no 休職 note', () => {
    const b = bill('2024-02', dutiesMet('2024-02'));
    expect(reasonsOf(b)).toEqual({ 'outside-period': '支援期間の外の月なので請求できません' });
    expect(b.supportDays).toEqual([]);
    expect(b.onLeave).toBe(false);
    expect(b.notes.some((n) => n.includes('休職'))).toBe(false);
  });

  it('a missing 市町村番号 alone blocks billing', () => {
    const b = bill('2024-05', { ...dutiesMet('2024-05'), client: U1({ municipalityNumber: null }) });
    expect(b.billable).toBe(false);
    expect(codes(b)).toEqual(['no-municipality-number']);
    expect(b.units.total).toBe(0);
  });

  it('a month that cannot be billed has zero yen, not null, even without a unit price, and no price note', () => {
    const b = bill('2024-05', { office: { region: null } });
    expect(b.billable).toBe(false);
    expect(b).toMatchObject({ totalCost: 0, copay: 0, benefit: 0 });
    expect(b.notes).toEqual([]);
  });

  it('a billable month without a unit price says why the yen are missing', () => {
    const b = bill('2024-05', { ...dutiesMet('2024-05'), office: { region: null } });
    expect(b.notes).toEqual(['1単位の単価（または地域区分）が設定されていないため金額を計算できません']);
  });

  it('a report shown on the 10th of the next month is on time (no note); the 11th is late', () => {
    const onTime = bill('2024-05', {
      contacts: [makeContact('U1', '2024-05-10')],
      monthly: [makeRecord('U1', '2024-05', { reportShownDate: '2024-06-10' })],
    });
    expect(onTime.billable).toBe(true);
    expect(onTime.notes).toEqual([]);
    const late = bill('2024-05', {
      contacts: [makeContact('U1', '2024-05-10')],
      monthly: [makeRecord('U1', '2024-05', { reportShownDate: '2024-06-11' })],
    });
    expect(late.notes).toEqual(['支援レポートの提示日が翌月10日より後です']);
  });
});

describe('rates that are not in force are not counted', () => {
  it('before R6 (2024-04-01) filed units still bill, but no addition or case-meeting addition is in force', () => {
    const client = U1({ startDate: '2024-02-01', baseDate: '2023-07-01', hireDate: '2023-07-01' });
    const b = bill('2024-03', {
      client,
      ...dutiesMet('2024-03', { caseMeeting: true }),
      office: { filedRate: null, filedUnits: 3000, additions: { achievement: true, specialRegion: true } },
      unitPrice: 10,
    });
    expect(b.billable).toBe(true);
    expect(b.units).toEqual({ base: 3000, additions: [], reductions: [], total: 3000 });
    expect(b.notes).toEqual([]);
  });

  it('filed units that match no band keep their units, labelled as filed', () => {
    expect(officeBand(makeOffice({ filedUnits: 3000, filedRate: 0.5 }), '2024-05-01')).toEqual({
      units: 3000,
      label: '届出単位数',
      rate: 0.5,
      source: 'filed-units',
    });
    expect(officeBand(makeOffice({ filedUnits: 2234, filedRate: null }), '2024-05-01')).toEqual({
      units: 2234,
      label: '7割以上8割未満',
      rate: null,
      source: 'filed-units',
    });
  });

  it('a case-meeting addition chosen by the office is not noted as an assumption', () => {
    const office = makeOffice({ filedRate: 0.9 });
    const caseload = makeCaseload({
      office,
      clients: [U1()],
      ...dutiesMet('2024-05', { caseMeeting: true }),
    });
    const facts = buildFacts(caseload, '2024-05-31')[0]!;
    const b = billClientMonth(facts, '2024-05', office, { meetingAddition: 'regional-meeting-2' });
    expect(b.units.additions).toEqual([
      { code: 'regional-meeting-2', label: '地域連携会議実施加算(Ⅱ)', units: 405 },
    ]);
    expect(b.notes).toEqual([]);
  });
});

describe('unitPriceFor', () => {
  it('takes the regional table (unconfirmed) unless the office gives its own 単価 (confirmed)', () => {
    expect(unitPriceFor(makeOffice({ region: '3級地', unitPrice: null }), '2024-05-01')).toEqual({
      price: 11.05,
      source: 'region-table',
      confirmed: false,
    });
    expect(unitPriceFor(makeOffice({ region: '3級地', unitPrice: 10.9 }), '2024-05-01')).toEqual({
      price: 10.9,
      source: 'office',
      confirmed: true,
    });
    expect(unitPriceFor(makeOffice({ region: null, unitPrice: null }), '2024-05-01')).toBeNull();
  });
});
