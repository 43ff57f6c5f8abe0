import { beforeEach, describe, expect, it } from 'vitest';
import { type AnnualStats, annualStats, hasContactLog } from './annual.ts';
import { makeCaseload, makeClient, makeContact, makeOffice } from './fixtures.test-helpers.ts';

/**
 * A small office, computed by hand for FY2024 (2024-04-01 – 2025-03-31).
 *
 *   id  support period (start – end)        end reason        active months in FY2024
 *   A   2022-04-01 – 2025-03-31 (planned)   —                 Apr–Mar (12)   still active: a period that
 *                                                                            merely runs to March 31 goes on
 *   B   2023-07-15 – 2024-09-20 (離職日)     離職              Apr–Sep (6)
 *   C   2024-07-01 – 2027-06-30 (planned)   —                 Jul–Mar (9)
 *   D   2021-09-01 – 2024-08-31             期間満了          Apr–Aug (5)
 *   E   2024-12-10 – 2025-01-31             本人希望          Dec–Jan (2)
 *   F   2020-04-01 – 2022-12-31 (離職日)     離職              none
 *   G   2025-04-01 – …                      —                 none (next year)
 *   H   2025-03-15 – …                      —                 Mar (1)
 *   I   2022-04-01 – 2025-03-31             期間満了          Apr–Mar (12)   ended: it has an end reason
 *
 * monthly counts Apr…Mar: 4 4 4 5 5 4 3 3 4 4 3 4 = 47 client-months; 47 / 12 = 3.916… → 4.0 (rounded up)
 * at start (A B D I) 4 + new (C E H) 3 − ended (B D E I) 4 = at end (A C H) 3
 * cumulative: everyone started by 2025-03-31 but G = 8; left the job: B, F = 2; 6 / 8 = 0.75
 * 就労定着率 FY2024: started 2022-04-01 … 2025-03-31 = A B C E H I (6); left by 2025-03-31: B → 5/6
 *   → band 8割以上9割未満, 2,768 units
 * at the end (A C H): A born 1995-03-31 is 30 on 2025-03-31 (30–39); C born 2005-04-01 is 19 (18–19);
 *   H has no birth date (不明). Cards: A 精神2級; C 療育B and 身体4級 (counts under each); H 精神 (no grade);
 *   D's 身体1級 does not count (not at the end).
 * contacts inside the periods in FY2024: A 04-10 (visit at the employer), A 09-30 (来所, in the office),
 *   A 10-01 (phone), A 03-31 (video), B 09-01 (来所), C 11-11 (家庭訪問) = 6; first half 3, second half 3;
 *   visits A 04-10 (first half), C 11-11 (second half). Not counted: B 09-25 (after B's end), C 06-20
 *   (before C's start), C 2025-04-01 (next year), U999 (not on the roster).
 * staffing: FY2023 counts A 12 + I 12 + B 9 (Jul–Mar) + D 12 = 45; 45 / 12 = 3.75 → 3.8 → 3.8 / 40 = 0.095
 *   → 0.10 FTE required; staff 0.098 FTE × 40 = 3.92 ≥ 3.8 (no shortfall); next year 4.0 > 3.92 (shortfall)
 */
const office = makeOffice({ staffFte: 0.098 });
const caseload = makeCaseload({
  office,
  clients: [
    makeClient({
      id: 'A',
      baseDate: '2021-10-01',
      startDate: '2022-04-01',
      sex: 'male',
      birthDate: '1995-03-31',
      residence: 'inside',
      cards: [{ kind: 'mental', grade: '2級', word: '精神' }],
    }),
    makeClient({
      id: 'B',
      baseDate: '2023-01-15',
      startDate: '2023-07-15',
      leftJobDate: '2024-09-20',
      endReason: { kind: 'left-job', word: '離職' },
      sex: 'female',
      birthDate: '1980-01-01',
    }),
    makeClient({
      id: 'C',
      baseDate: '2024-01-01',
      startDate: '2024-07-01',
      sex: 'female',
      birthDate: '2005-04-01',
      residence: 'outside',
      cards: [
        { kind: 'intellectual', grade: 'B', word: '愛の手帳' },
        { kind: 'physical', grade: '4級', word: '身体' },
      ],
    }),
    makeClient({
      id: 'D',
      baseDate: '2021-03-01',
      startDate: '2021-09-01',
      endDate: '2024-08-31',
      endReason: { kind: 'completed', word: '期間満了' },
      sex: 'male',
      cards: [{ kind: 'physical', grade: '1級', word: '身体' }],
    }),
    makeClient({
      id: 'E',
      baseDate: '2024-06-10',
      startDate: '2024-12-10',
      endDate: '2025-01-31',
      endReason: { kind: 'client-request', word: '本人希望' },
    }),
    makeClient({
      id: 'F',
      baseDate: '2019-10-01',
      startDate: '2020-04-01',
      endDate: '2022-12-31',
      leftJobDate: '2022-12-31',
      endReason: { kind: 'left-job', word: '離職' },
    }),
    makeClient({ id: 'G', baseDate: '2024-10-01', startDate: '2025-04-01' }),
    makeClient({
      id: 'H',
      baseDate: '2024-09-15',
      startDate: '2025-03-15',
      sex: 'other',
      cards: [{ kind: 'mental', grade: null, word: '精神' }],
    }),
    makeClient({
      id: 'I',
      baseDate: '2021-10-01',
      startDate: '2022-04-01',
      endDate: '2025-03-31',
      endReason: { kind: 'completed', word: '期間満了' },
    }),
  ],
  contacts: [
    makeContact('A', '2024-04-10', { parties: ['client', 'employer'], place: 'employer', word: '職場訪問' }),
    makeContact('A', '2024-09-30', { place: 'office', word: '来所面談' }),
    makeContact('A', '2024-10-01', { method: 'phone' }),
    makeContact('A', '2025-03-31', { method: 'video' }),
    makeContact('B', '2024-09-01', { word: '来所' }),
    makeContact('B', '2024-09-25'),
    makeContact('C', '2024-06-20'),
    makeContact('C', '2024-11-11', { word: '家庭訪問' }),
    makeContact('C', '2025-04-01'),
    makeContact('U999', '2024-05-01'),
  ],
});

describe('annualStats: a small office computed by hand (FY2024)', () => {
  // Computed in each test (not at describe level) so that mutation testing sees it run.
  let s: AnnualStats;
  beforeEach(() => {
    s = annualStats(caseload, 2024);
  });

  it('counts client-months and the monthly average', () => {
    expect(s.fiscalYear).toBe(2024);
    expect(s.monthlyCounts.map((m) => m.count)).toEqual([4, 4, 4, 5, 5, 4, 3, 3, 4, 4, 3, 4]);
    expect(s.monthlyCounts[0]).toEqual({ month: '2024-04', count: 4 });
    expect(s.monthlyCounts[11]).toEqual({ month: '2025-03', count: 4 });
    expect(s.clientMonths).toBe(47);
    expect(s.monthlyAverage).toBe(4);
  });

  it('follows clients from the start to the end of the year', () => {
    expect(s.activeAtStart).toBe(4);
    expect(s.newInYear).toBe(3);
    expect(s.endedInYear).toBe(4);
    expect(s.endedByReason).toEqual({ 期間満了: 2, 本人希望: 1, 離職: 1, その他: 0 });
    expect(s.activeAtEnd).toBe(3);
    expect(s.activeAtStart + s.newInYear - s.endedInYear).toBe(s.activeAtEnd);
  });

  it('counts every client since the office opened', () => {
    expect(s.cumulativeClients).toBe(8);
    expect(s.cumulativeLeftJob).toBe(2);
    expect(s.cumulativeRetention).toBe(0.75);
  });

  it('describes the clients at the end of the year', () => {
    expect(s.ageBrackets).toEqual({
      '18–19': 1,
      '20–29': 0,
      '30–39': 1,
      '40–49': 0,
      '50–59': 0,
      '60+': 0,
      不明: 1,
    });
    // C writes 愛の手帳 (the office's own name for its 療育手帳); 身体 and 精神 are the national cards
    expect(s.cards).toEqual([
      { kind: '身体障害者手帳', name: '身体障害者手帳', grade: '4級', count: 1 },
      { kind: '療育手帳', name: '愛の手帳', grade: 'B', count: 1 },
      { kind: '精神障害者保健福祉手帳', name: '精神障害者保健福祉手帳', grade: '2級', count: 1 },
      { kind: '精神障害者保健福祉手帳', name: '精神障害者保健福祉手帳', grade: null, count: 1 },
    ]);
    // 4 card lines for 3 people: C holds two cards; nobody at the end is without one
    expect([s.multipleCards, s.noCard]).toEqual([1, 0]);
    expect(s.residence).toEqual({ 管内: 1, 管外: 1, 不明: 1 });
    expect(s.sex).toEqual({ 男: 1, 女: 1, 'その他・不明': 1 });
    // A male, C female, H その他 on the sheet; nobody blank
    expect(s.sexCounts).toEqual({ 男性: 1, 女性: 1, その他: 1, 不明: 0 });
  });

  it('gives the 延人数 headline: 年度当初 4 (A B D I) + 年度途中 3 (C E H) = 延 7', () => {
    expect(s.supportedInYear).toBe(7);
  });

  it('puts ages in 「○歳以上○歳未満」 bands: C 19 in 18–20, A 30 in 30–40, H without a birth date apart', () => {
    expect(s.ageBands).toEqual([
      { from: 18, to: 20, count: 1 },
      { from: 20, to: 30, count: 0 },
      { from: 30, to: 40, count: 1 },
      { from: 40, to: 50, count: 0 },
      { from: 50, to: 60, count: 0 },
      { from: 60, to: null, count: 0 },
    ]);
    expect(s.ageUnknown).toBe(1);
  });

  it('computes the 就労定着率 and the band it sets for next year', () => {
    expect(s.retentionRate).toBe(5 / 6);
    expect(s.band).toEqual({ units: 2768, label: '8割以上9割未満' });
  });

  it('counts contacts and visits per half year', () => {
    expect(s.contacts).toEqual({ year: 6, firstHalf: 3, secondHalf: 3 });
    expect(s.visits).toEqual({ year: 2, firstHalf: 1, secondHalf: 1 });
  });

  it('checks staffing against clients / 40', () => {
    expect(s.staffing).toEqual({
      clients: 3.8,
      requiredFte: 0.1,
      staffFte: 0.098,
      shortfall: false,
      nextYear: { clients: 4, requiredFte: 0.1, shortfall: true },
    });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe('annualStats boundaries', () => {
  it('a person with two cards counts under each', () => {
    const s = annualStats(
      makeCaseload({
        clients: [
          makeClient({
            id: 'x',
            baseDate: '2024-01-01',
            startDate: '2024-07-01',
            cards: [
              { kind: 'intellectual', grade: '4度', word: '愛の手帳' },
              { kind: 'physical', grade: '4級', word: '身体' },
            ],
          }),
          makeClient({
            id: 'y',
            baseDate: '2024-01-01',
            startDate: '2024-07-01',
            cards: [{ kind: 'physical', grade: '4級', word: '身体' }],
          }),
        ],
      }),
      2024,
    );
    expect(s.cards).toEqual([
      { kind: '身体障害者手帳', name: '身体障害者手帳', grade: '4級', count: 2 },
      { kind: '療育手帳', name: '愛の手帳', grade: '4度', count: 1 },
    ]);
    // 3 on the lines, 2 people: x holds two
    expect(s.multipleCards).toBe(1);
  });

  it('keeps the local names an office writes for 療育手帳, joined in the order met; 療育 alone is the national name', () => {
    const client = (id: string, word: string, grade: string) =>
      makeClient({
        id,
        baseDate: '2024-01-01',
        startDate: '2024-07-01',
        cards: [{ kind: 'intellectual', grade, word }],
      });
    const mixed = annualStats(
      makeCaseload({
        clients: [client('x', 'みどりの手帳', 'B'), client('y', '療育', 'A'), client('z', '愛の手帳', '4度')],
      }),
      2024,
    );
    // one kind, three grades (digits sort before letters); the 療育 of y is the same card: its line takes
    // the office's local names
    expect(mixed.cards).toEqual([
      { kind: '療育手帳', name: 'みどりの手帳・愛の手帳', grade: '4度', count: 1 },
      { kind: '療育手帳', name: 'みどりの手帳・愛の手帳', grade: 'A', count: 1 },
      { kind: '療育手帳', name: 'みどりの手帳・愛の手帳', grade: 'B', count: 1 },
    ]);
    expect(mixed.multipleCards).toBe(0);
    const national = annualStats(makeCaseload({ clients: [client('y', '療育', 'A')] }), 2024);
    expect(national.cards).toEqual([{ kind: '療育手帳', name: '療育手帳', grade: 'A', count: 1 }]);
  });

  it('a band under 18 appears only when someone is in it (17 on March 31: born 2007-04-01)', () => {
    const young = annualStats(
      makeCaseload({
        clients: [
          makeClient({ id: 'x', baseDate: '2024-01-01', startDate: '2024-07-01', birthDate: '2007-04-01' }),
        ],
      }),
      2024,
    );
    expect(young.ageBands[0]).toEqual({ from: null, to: 18, count: 1 });
    expect(young.ageBands).toHaveLength(7);
    expect(young.ageBrackets['18–19']).toBe(1); // the old brackets count it in 18–19, as before
  });

  it('a duplicated roster row is counted once', () => {
    const row = makeClient({ id: 'x', baseDate: '2024-01-01', startDate: '2024-07-01' });
    const s = annualStats(makeCaseload({ clients: [row, { ...row }] }), 2024);
    expect(s.activeAtEnd).toBe(1);
    expect(s.cumulativeClients).toBe(1);
    expect(s.clientMonths).toBe(9);
  });

  it('a client active for one day of a month counts for that month', () => {
    const s = annualStats(
      makeCaseload({
        clients: [
          makeClient({
            id: 'x',
            baseDate: '2023-10-01',
            startDate: '2024-04-30',
            endDate: '2024-06-01',
            endReason: { kind: 'other', word: '転居' },
          }),
        ],
      }),
      2024,
    );
    expect(s.monthlyCounts.slice(0, 4).map((m) => m.count)).toEqual([1, 1, 1, 0]);
    expect(s.endedByReason.その他).toBe(1);
  });

  it('with no clients the shares are null', () => {
    const s = annualStats(makeCaseload({ clients: [] }), 2024);
    expect(s).toMatchObject({
      cumulativeRetention: null,
      retentionRate: null,
      band: null,
      monthlyAverage: 0,
    });
    expect(s.staffing.shortfall).toBeNull();
  });
});

/**
 * A second office, worked by hand for FY2024, where every figure sits on a boundary.
 *
 *   id  support period                 end                                   in FY2024
 *   P1  2024-04-01 (= April 1) –      —                                      new; at end; 20 exactly on 03-31
 *   P2  2022-04-01 – 2024-04-01        期間満了 (also 離職日 2024-04-01)       at start; ended (its end is April 1)
 *   P3  2025-03-31 (= March 31) –     —                                      new; at end; 40 exactly
 *   P4  2023-01-01 – 2025-03-31        離職日 on March 31, no end reason      at start; ended: 離職
 *   P5  2023-01-01 – 2024-12-31        end reason 離職, no 離職日              at start; ended: 離職
 *   P6  2023-06-01 –                   —                                      at start; at end; 50 exactly; sex blank
 *   P7  2023-06-01 –                   —                                      at start; at end; 60 exactly; female
 *   P8  2024-06-01 – 2024-06-01        本人希望 (a one-day period)             new; ended
 *   P9  2024-10-01 –                   —                                      new; at end; sex その他; no birth date
 *
 * at start 5 (P2 P4 P5 P6 P7) + new 4 (P1 P3 P8 P9) − ended 4 (P2 P4 P5 P8) = at end 5
 * cumulative 9 (P3 starts on March 31 itself); left the job by 03-31: P2 P4 P5 = 3
 * cards at the end: P1 身体2級 written twice (counts once) and 精神 with no grade; P3 身体1級; P7 精神2級;
 *   P9 療育B → sorted by kind, then grade, a card without a grade last in its kind
 * contacts: P1 04-01 同行 at その他 (visit, first half), P1 09-30 面談 at the office (not a visit),
 *   P7 10-01 phone, P7 10-02 method unreadable, P9 10-01 家庭訪問 on its first day (visit), P3 03-31 職場訪問
 *   (visit) → year 6, first half 2, second half 4; visits 3: first 1, second 2.
 *   Not counted: P6 2024-03-31 (the year before).
 */
describe('annualStats: every figure on a boundary (FY2024)', () => {
  const boundaryOffice = makeCaseload({
    office: makeOffice(),
    clients: [
      makeClient({
        id: 'P1',
        baseDate: '2023-10-01',
        startDate: '2024-04-01',
        birthDate: '2005-03-31',
        sex: 'male',
        cards: [
          { kind: 'physical', grade: '2級', word: '身体2級' },
          { kind: 'physical', grade: '2級', word: '身障2級' },
          { kind: 'mental', grade: null, word: '精神' },
        ],
      }),
      makeClient({
        id: 'P2',
        baseDate: '2021-10-01',
        startDate: '2022-04-01',
        endDate: '2024-04-01',
        leftJobDate: '2024-04-01',
        endReason: { kind: 'completed', word: '期間満了' },
      }),
      makeClient({
        id: 'P3',
        baseDate: '2024-09-30',
        startDate: '2025-03-31',
        birthDate: '1985-03-31',
        sex: 'male',
        cards: [{ kind: 'physical', grade: '1級', word: '身体1級' }],
      }),
      makeClient({ id: 'P4', baseDate: '2022-07-01', startDate: '2023-01-01', leftJobDate: '2025-03-31' }),
      makeClient({
        id: 'P5',
        baseDate: '2022-07-01',
        startDate: '2023-01-01',
        endDate: '2024-12-31',
        endReason: { kind: 'left-job', word: '離職' },
      }),
      makeClient({ id: 'P6', baseDate: '2022-12-01', startDate: '2023-06-01', birthDate: '1975-03-31' }),
      makeClient({
        id: 'P7',
        baseDate: '2022-12-01',
        startDate: '2023-06-01',
        birthDate: '1965-03-31',
        sex: 'female',
        cards: [{ kind: 'mental', grade: '2級', word: '精神2級' }],
      }),
      makeClient({
        id: 'P8',
        baseDate: '2023-12-01',
        startDate: '2024-06-01',
        endDate: '2024-06-01',
        endReason: { kind: 'client-request', word: '本人希望' },
      }),
      makeClient({
        id: 'P9',
        baseDate: '2024-04-01',
        startDate: '2024-10-01',
        sex: 'other',
        cards: [{ kind: 'intellectual', grade: 'B', word: '愛の手帳' }],
      }),
    ],
    contacts: [
      makeContact('P1', '2024-04-01', { place: 'other', word: '同行' }),
      makeContact('P1', '2024-09-30', { place: 'office', word: '面談' }),
      makeContact('P7', '2024-10-01', { method: 'phone' }),
      { ...makeContact('P7', '2024-10-02'), method: null },
      makeContact('P9', '2024-10-01', { word: '家庭訪問' }),
      makeContact('P3', '2025-03-31', { word: '職場訪問' }),
      makeContact('P6', '2024-03-31'),
    ],
  });
  let s: AnnualStats;
  beforeEach(() => {
    s = annualStats(boundaryOffice, 2024);
  });

  it('a period that starts on April 1 is new, one that ends on April 1 ended in the year', () => {
    expect(s.activeAtStart).toBe(5);
    expect(s.newInYear).toBe(4);
    expect(s.endedInYear).toBe(4);
    expect(s.activeAtEnd).toBe(5);
  });

  it('names the end reason the sheet gives, and 離職 for a 離職日 on March 31 without one', () => {
    expect(s.endedByReason).toEqual({ 期間満了: 1, 本人希望: 1, 離職: 2, その他: 0 });
  });

  it('counts a start on March 31 among all clients, and every way of having left the job', () => {
    expect(s.cumulativeClients).toBe(9);
    expect(s.cumulativeLeftJob).toBe(3);
  });

  it('ages 20, 40, 50 and 60 exactly on March 31 open their bracket', () => {
    expect(s.ageBrackets).toEqual({
      '18–19': 0,
      '20–29': 1,
      '30–39': 0,
      '40–49': 1,
      '50–59': 1,
      '60+': 1,
      不明: 1,
    });
  });

  it('a card written twice counts once; grades are separate rows, ungraded last', () => {
    expect(s.cards).toEqual([
      { kind: '身体障害者手帳', name: '身体障害者手帳', grade: '1級', count: 1 },
      { kind: '身体障害者手帳', name: '身体障害者手帳', grade: '2級', count: 1 },
      { kind: '療育手帳', name: '愛の手帳', grade: 'B', count: 1 },
      { kind: '精神障害者保健福祉手帳', name: '精神障害者保健福祉手帳', grade: '2級', count: 1 },
      { kind: '精神障害者保健福祉手帳', name: '精神障害者保健福祉手帳', grade: null, count: 1 },
    ]);
    // P1 holds two cards (身体2級 twice is one); P6 none
    expect([s.multipleCards, s.noCard]).toEqual([1, 1]);
  });

  it('a blank sex and その他 are counted together in `sex`, apart in `sexCounts`', () => {
    expect(s.sex).toEqual({ 男: 2, 女: 1, 'その他・不明': 2 });
    // P1 P3 male, P7 female, P9 その他, P6 blank
    expect(s.sexCounts).toEqual({ 男性: 2, 女性: 1, その他: 1, 不明: 1 });
  });

  it('ages exactly 20, 40, 50 and 60 open their band; 延 5 + 4 = 9', () => {
    expect(s.ageBands.map((b) => b.count)).toEqual([0, 1, 0, 1, 1, 1]);
    expect(s.ageBands.map((b) => b.from)).toEqual([18, 20, 30, 40, 50, 60]);
    expect(s.ageUnknown).toBe(1);
    expect(s.supportedInYear).toBe(9);
  });

  it('contacts on April 1, on a client’s first day and on October 1 (second half) count; a visit is away from the office', () => {
    expect(s.contacts).toEqual({ year: 6, firstHalf: 2, secondHalf: 4 });
    expect(s.visits).toEqual({ year: 3, firstHalf: 1, secondHalf: 2 });
  });
});

describe('staffing at its boundary', () => {
  // One client active through FY2023 and FY2024: 12 client-months → average 1.0; 1.0 / 40 = 0.025 FTE,
  // rounded up to 0.03. Staff of 0.025 FTE serve exactly 1.0 client: no shortfall at equality.
  const one = (staffFte: number) =>
    annualStats(
      makeCaseload({
        office: makeOffice({ staffFte }),
        clients: [makeClient({ id: 'S1', baseDate: '2022-10-01', startDate: '2023-04-01' })],
      }),
      2024,
    ).staffing;

  it('staff exactly at clients / 40 is no shortfall; the required FTE is rounded up to two decimals', () => {
    expect(one(0.025)).toEqual({
      clients: 1,
      requiredFte: 0.03,
      staffFte: 0.025,
      shortfall: false,
      nextYear: { clients: 1, requiredFte: 0.03, shortfall: false },
    });
    expect(one(0.024).shortfall).toBe(true);
  });
});

describe('annualStats: small cases that pin one decision each (FY2024)', () => {
  const stats = (
    clients: Parameters<typeof makeClient>[0][],
    contacts: ReturnType<typeof makeContact>[] = [],
  ) => annualStats(makeCaseload({ clients: clients.map(makeClient), contacts }), 2024);
  // Support from `startDate`, hired six months before (the earliest start the rules allow).
  const from = (id: string, startDate: string) => {
    const y = Number(startDate.slice(0, 4));
    const m = Number(startDate.slice(5, 7)) - 6;
    const baseDate =
      m >= 1 ? `${y}-${String(m).padStart(2, '0')}-01` : `${y - 1}-${String(m + 12).padStart(2, '0')}-01`;
    return { id, startDate, baseDate };
  };

  it('a period ended without a reason is 期間満了, also when the person left the job after it ended', () => {
    const s = stats([
      { ...from('Q1', '2023-04-01'), endDate: '2024-08-31' },
      { ...from('Q2', '2023-04-01'), endDate: '2024-08-31', leftJobDate: '2024-12-01' },
    ]);
    expect(s.endedByReason).toEqual({ 期間満了: 2, 本人希望: 0, 離職: 0, その他: 0 });
  });

  it('an end reason written ahead of a later planned end does not end the period in the year', () => {
    const s = stats([
      {
        ...from('Q1', '2023-04-01'),
        endDate: '2025-06-30',
        endReason: { kind: 'completed', word: '期間満了' },
      },
    ]);
    expect([s.endedInYear, s.activeAtEnd]).toEqual([0, 1]);
  });

  it('a client without a start date, or whose end comes before the start, is not counted', () => {
    const s = stats([
      { id: 'Q1', baseDate: null },
      { ...from('Q2', '2024-06-01'), endDate: '2024-05-01' },
      from('Q3', '2024-06-01'),
    ]);
    expect([s.activeAtStart, s.newInYear, s.endedInYear, s.activeAtEnd]).toEqual([0, 1, 0, 1]);
    expect(s.monthlyCounts.map((m) => m.count)).toEqual([0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('a cancelled visit (訪問（不在）, 面談（中止）) is no contact and no visit', () => {
    const cancelled = (c: ReturnType<typeof makeContact>) => ({
      ...c,
      method: { ...c.method!, cancelled: true as const },
    });
    const s = stats(
      [from('Q1', '2024-04-01')],
      [
        makeContact('Q1', '2024-05-01', { place: 'employer', word: '訪問' }),
        cancelled(makeContact('Q1', '2024-06-01', { place: 'employer', word: '訪問（不在）' })),
        cancelled(makeContact('Q1', '2024-11-01', { place: 'office', word: '面談（中止）' })),
      ],
    );
    expect(s.contacts).toEqual({ year: 1, firstHalf: 1, secondHalf: 0 });
    expect(s.visits).toEqual({ year: 1, firstHalf: 1, secondHalf: 0 });
  });

  it('a meeting in the office is not a visit; one at その他 is', () => {
    const s = stats(
      [from('Q1', '2024-04-01')],
      [
        makeContact('Q1', '2024-05-01', { place: 'office', word: '面談' }),
        makeContact('Q1', '2024-11-01', { place: 'other', word: '面談' }),
      ],
    );
    expect(s.visits).toEqual({ year: 1, firstHalf: 0, secondHalf: 1 });
  });

  it('sorts the brackets 50–59 and 60+ apart (ages 50, 55, 60) and counts a blank sex as その他・不明', () => {
    const s = stats([
      { ...from('Q1', '2024-04-01'), birthDate: '1975-03-31', sex: 'male' },
      { ...from('Q2', '2024-04-01'), birthDate: '1970-01-01' },
      { ...from('Q3', '2024-04-01'), birthDate: '1965-03-31' },
    ]);
    expect(s.ageBrackets).toMatchObject({ '50–59': 2, '60+': 1 });
    expect(s.sex).toEqual({ 男: 1, 女: 0, 'その他・不明': 2 });
  });

  it('orders grades of one kind of card whatever order the people come in', () => {
    const card = (grade: string) => ({ kind: 'physical' as const, grade, word: `身体${grade}` });
    const s = stats([
      { ...from('Q1', '2024-04-01'), cards: [card('3級')] },
      { ...from('Q2', '2024-04-01'), cards: [card('1級')] },
      { ...from('Q3', '2024-04-01'), cards: [card('2級')] },
    ]);
    expect(s.cards.map((c) => c.grade)).toEqual(['1級', '2級', '3級']);
  });
});

describe('hasContactLog: whether the contacts were counted at all', () => {
  const table = (role: 'roster' | 'contacts' | 'monthly') => ({
    kind: 'table' as const,
    tab: role,
    role,
    headerRow: 1,
    columns: {},
    unknownHeaders: [],
  });
  it('a log with rows, or a log tab without any, is a log; a roster and monthly tab alone are not', () => {
    const client = makeClient({ id: 'Q1', startDate: '2024-04-01' });
    expect(
      hasContactLog(makeCaseload({ clients: [client], contacts: [makeContact('Q1', '2024-05-01')] })),
    ).toBe(true);
    const none = makeCaseload({ clients: [client] });
    expect(hasContactLog({ ...none, tabLayouts: { 利用者: table('roster'), 記録: table('contacts') } })).toBe(
      true,
    );
    expect(hasContactLog({ ...none, tabLayouts: { 利用者: table('roster'), 月次: table('monthly') } })).toBe(
      false,
    );
    expect(hasContactLog({ ...none, tabLayouts: undefined })).toBe(false);
    expect(annualStats({ ...none, tabLayouts: { 利用者: table('roster') } }, 2024).contactLog).toBe(false);
  });
});
