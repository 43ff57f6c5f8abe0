import { bandForRate } from '../billing/rates.ts';
import {
  addMonthsToMonth,
  ageOn,
  fiscalYearEnd,
  fiscalYearStart,
  monthEnd,
  monthStart,
  type PlainDate,
  type YearMonth,
} from '../date/plain-date.ts';
import { type SupportPeriod, supportPeriod } from '../evaluate/period.ts';
import type { Caseload, Client, Contact } from '../model/caseload.ts';
import { leftJobBy, retentionRate } from './retention.ts';

export const END_REASON_WORDS = ['期間満了', '本人希望', '離職', 'その他'] as const;
export type EndReasonWord = (typeof END_REASON_WORDS)[number];

export const AGE_BRACKETS = ['18–19', '20–29', '30–39', '40–49', '50–59', '60+', '不明'] as const;
export type AgeBracket = (typeof AGE_BRACKETS)[number];

export const CARD_KIND_WORDS = {
  physical: '身体障害者手帳',
  intellectual: '療育手帳',
  mental: '精神障害者保健福祉手帳',
} as const;
export type CardKindWord = (typeof CARD_KIND_WORDS)[keyof typeof CARD_KIND_WORDS];

/**
 * Local names of 療育手帳 (domain.md §10): an office that writes one keeps it in its report (愛の手帳 stays
 * 愛の手帳). Any other word (身体, 精神, 療育, 身障 …) is an abbreviation of the national card's name.
 */
export const LOCAL_CARD_NAMES = ['愛の手帳', 'みどりの手帳', '愛護手帳'] as const;

/**
 * An age band 「from歳以上to歳未満」 (from: null for 「to歳未満」, to: null for 「from歳以上」). The bands are
 * those of domain.md §9 (18–19, 20–29 … 60+); a band under 18 appears only when someone falls in it.
 */
export interface AgeBand {
  from: number | null;
  to: number | null;
  count: number;
}

export const AGE_BAND_BOUNDS = [18, 20, 30, 40, 50, 60] as const;

export interface SexCounts {
  男性: number;
  女性: number;
  /** その他 / 無回答 / 回答しない as the sheet says. */
  その他: number;
  /** Blank on the roster (or unreadable: the checker reports the cell). */
  不明: number;
}

/** Clients per 就労定着支援員 full-time equivalent (N1 3-(1)). */
export const CLIENTS_PER_FTE = 40;

export interface HalfYearCounts {
  year: number;
  /** 上半期: April – September. */
  firstHalf: number;
  /** 下半期: October – March. */
  secondHalf: number;
}

export interface Staffing {
  /** Monthly average of the previous fiscal year (computed from the roster): it sets this year's staffing. */
  clients: number;
  /** clients / 40, rounded up to two decimals. */
  requiredFte: number;
  /** 就労定着支援員 FTE from the office tab. */
  staffFte: number | null;
  /** staffFte below clients / 40; null when staffFte is not set. */
  shortfall: boolean | null;
  /** The same for next year, set by this year's monthly average. */
  nextYear: { clients: number; requiredFte: number; shortfall: boolean | null };
}

/** The `stats` command's document (architecture.md) for one fiscal year (April 1 FY – March 31 FY+1). */
export interface AnnualStats {
  fiscalYear: number;
  /** 利用者延人員: the sum over the 12 months of the clients active in each. */
  clientMonths: number;
  /** 月平均利用者数 = clientMonths / 12, one decimal, rounded up (小数点第2位以下切り上げ). */
  monthlyAverage: number;
  monthlyCounts: { month: YearMonth; count: number }[];
  /** Active on April 1 with support begun before it. */
  activeAtStart: number;
  /** Support started in the year. */
  newInYear: number;
  /**
   * 延人数: everyone supported in the year once, 年度当初 (activeAtStart) + 年度途中 (newInYear). 年度当初 is
   * support begun before April 1 and still going on April 1; a start on April 1 itself is 年度途中 (it is
   * new in this year), as in newInYear.
   */
  supportedInYear: number;
  /** Support ended in the year (see `endedInYear`). */
  endedInYear: number;
  endedByReason: Record<EndReasonWord, number>;
  /** Active on March 31 and not ended that day: activeAtStart + newInYear − endedInYear. */
  activeAtEnd: number;
  /** All clients whose support started on or before the year's end. */
  cumulativeClients: number;
  /** Of them, those who had left the job by the year's end. */
  cumulativeLeftJob: number;
  /** Share still employed, 0..1, three decimals; null with no clients. */
  cumulativeRetention: number | null;
  /** Clients active at the end, by age on March 31 (under 18, not expected, counts in 18–19). */
  ageBrackets: Record<AgeBracket, number>;
  /** ageBrackets as 「○歳以上○歳未満」 bands, in order; those without a birth date are ageUnknown. */
  ageBands: AgeBand[];
  ageUnknown: number;
  /**
   * Clients active at the end by card; a person with two cards counts under each. `kind` is the national
   * card, `name` the office's own name for it (愛の手帳 when the sheet says 愛の手帳; the local names it
   * uses for that kind joined by ・; else the national name).
   */
  cards: { kind: CardKindWord; name: string; grade: string | null; count: number }[];
  /** Clients at the end with no card on the roster (blank or なし). */
  noCard: number;
  /** Clients at the end counted on two or more lines of `cards` (so the lines add up to more than people). */
  multipleCards: number;
  residence: { 管内: number; 管外: number; 不明: number };
  sex: { 男: number; 女: number; 'その他・不明': number };
  /** The same as the 事業報告 writes it: 男性・女性, その他 as the sheet says, 不明 when blank. */
  sexCounts: SexCounts;
  /** 就労定着率 of the year (it sets next year's band): the exact fraction, or null. */
  retentionRate: number | null;
  /** The band that rate falls in on April 1 of the next year. */
  band: { units: number; label: string } | null;
  /** Whether the workbook has a contact log at all: without one the counts below are not counted, not zero. */
  contactLog: boolean;
  /** Contacts (rows) inside the clients' support periods, dated in the year; a cancelled visit is no contact. */
  contacts: HalfYearCounts;
  /** Of those, in-person contacts away from the office (職場訪問, 家庭訪問, 同行 …). */
  visits: HalfYearCounts;
  staffing: Staffing;
}

/** ⌈n / d⌉ for a non-negative integer n and a positive integer d. */
const ceilDiv = (n: number, d: number): number => {
  const r = n % d;
  return (n - r) / d + (r ? 1 : 0);
};

/** Clients once each by id (a duplicated roster row is reported by the checker, not counted twice). */
function distinctClients(clients: readonly Client[]): Client[] {
  const seen = new Set<string>();
  return clients.filter((c) => {
    if (seen.has(c.id)) return false;
    seen.add(c.id);
    return true;
  });
}

function endReasonWord(c: Client, p: SupportPeriod): EndReasonWord {
  switch (c.endReason?.kind) {
    case 'completed':
      return '期間満了';
    case 'client-request':
      return '本人希望';
    case 'left-job':
      return '離職';
    case 'other':
      return 'その他';
  }
  // Stryker disable next-line ConditionalExpression: equivalent, `null <= date` is false for a YYYY-MM-DD string
  return c.leftJobDate !== null && c.leftJobDate <= p.end ? '離職' : '期間満了';
}

/** 月平均 of a number of client-months: / 12 to one decimal, rounded up as staffing averages are. */
const monthlyAverageOf = (clientMonths: number): number => ceilDiv(clientMonths * 10, 12) / 10;

/** Required FTE for an average number of clients, rounded up to two decimals. */
const requiredFteOf = (clients: number): number =>
  ceilDiv(Math.round(clients * 10) * 10, CLIENTS_PER_FTE) / 100;

const shortfallOf = (staff: number | null, clients: number): boolean | null =>
  staff === null ? null : Math.round(staff * 1000) * CLIENTS_PER_FTE < Math.round(clients * 1000);

/** A contact in person away from the office. */
function isVisit(c: Contact): boolean {
  if (c.method?.kind !== 'face') return false;
  if (c.place) return c.place.kind !== 'office';
  return !c.method.word.includes('来所');
}

interface Spell {
  client: Client;
  period: SupportPeriod;
}

function spells(caseload: Pick<Caseload, 'clients'>): Spell[] {
  const out: Spell[] = [];
  for (const client of distinctClients(caseload.clients)) {
    const period = supportPeriod(client);
    if (period && period.start <= period.end) out.push({ client, period });
  }
  return out;
}

function monthlyCountsOf(all: readonly Spell[], fiscalYear: number): { month: YearMonth; count: number }[] {
  const first = `${fiscalYear}-04`;
  return Array.from({ length: 12 }, (_, i) => {
    const month = addMonthsToMonth(first, i);
    const from = monthStart(month);
    const to = monthEnd(month);
    return { month, count: all.filter((s) => s.period.start <= to && s.period.end >= from).length };
  });
}

/**
 * The annual figures an office reports (事業報告, docs/domain.md §9) for the fiscal year April 1
 * `fiscalYear` – March 31 `fiscalYear + 1`. A client is active in a month when their support period covers
 * at least one day of it. A client ended in the year when the period's end lies in the year and is before
 * March 31, or the client has an end reason or a 離職日 (a period that merely runs to March 31 goes on).
 */
export function annualStats(caseload: Caseload, fiscalYear: number): AnnualStats {
  const fyStart = fiscalYearStart(fiscalYear);
  const fyEnd = fiscalYearEnd(fiscalYear);
  const all = spells(caseload);

  const monthlyCounts = monthlyCountsOf(all, fiscalYear);
  const clientMonths = monthlyCounts.reduce((s, m) => s + m.count, 0);
  const monthlyAverage = monthlyAverageOf(clientMonths);

  let activeAtStart = 0;
  let newInYear = 0;
  const endedByReason: Record<EndReasonWord, number> = { 期間満了: 0, 本人希望: 0, 離職: 0, その他: 0 };
  const atEnd: Client[] = [];
  for (const { client: c, period: p } of all) {
    if (p.start > fyEnd || p.end < fyStart) continue;
    if (p.start < fyStart) activeAtStart++;
    else newInYear++;
    const ended = p.end < fyEnd || (p.end === fyEnd && (c.endReason !== null || c.leftJobDate !== null));
    if (ended) endedByReason[endReasonWord(c, p)]++;
    else atEnd.push(c);
  }
  const endedInYear = Object.values(endedByReason).reduce((s, n) => s + n, 0);

  const started = distinctClients(caseload.clients).filter(
    // Stryker disable next-line ConditionalExpression: equivalent, `null <= date` is false for a YYYY-MM-DD string
    (c) => c.startDate !== null && c.startDate <= fyEnd,
  );
  const cumulativeClients = started.length;
  const cumulativeLeftJob = started.filter((c) => leftJobBy(c, fyEnd)).length;
  const cumulativeRetention = cumulativeClients
    ? Math.round(((cumulativeClients - cumulativeLeftJob) * 1000) / cumulativeClients) / 1000
    : null;

  const rate = retentionRate(caseload, fiscalYear);
  const band = rate === null ? null : bandForRate(rate, fiscalYearStart(fiscalYear + 1));

  const prevAverage = monthlyAverageOf(monthlyCountsOf(all, fiscalYear - 1).reduce((s, m) => s + m.count, 0));
  const staffFte = caseload.office.staffFte;

  return {
    fiscalYear,
    clientMonths,
    monthlyAverage,
    monthlyCounts,
    activeAtStart,
    newInYear,
    supportedInYear: activeAtStart + newInYear,
    endedInYear,
    endedByReason,
    activeAtEnd: atEnd.length,
    cumulativeClients,
    cumulativeLeftJob,
    cumulativeRetention,
    ageBrackets: ageBracketsOf(atEnd, fyEnd),
    ageBands: ageBandsOf(atEnd, fyEnd),
    ageUnknown: atEnd.filter((c) => !c.birthDate).length,
    ...cardsOf(atEnd),
    residence: {
      管内: atEnd.filter((c) => c.residence === 'inside').length,
      管外: atEnd.filter((c) => c.residence === 'outside').length,
      不明: atEnd.filter((c) => c.residence === null).length,
    },
    sex: {
      男: atEnd.filter((c) => c.sex === 'male').length,
      女: atEnd.filter((c) => c.sex === 'female').length,
      'その他・不明': atEnd.filter((c) => c.sex !== 'male' && c.sex !== 'female').length,
    },
    sexCounts: {
      男性: atEnd.filter((c) => c.sex === 'male').length,
      女性: atEnd.filter((c) => c.sex === 'female').length,
      その他: atEnd.filter((c) => c.sex === 'other').length,
      不明: atEnd.filter((c) => c.sex === null).length,
    },
    retentionRate: rate,
    band: band ? { units: band.units, label: band.label } : null,
    contactLog: hasContactLog(caseload),
    ...contactCounts(caseload, all, fiscalYear),
    staffing: {
      clients: prevAverage,
      requiredFte: requiredFteOf(prevAverage),
      staffFte,
      shortfall: shortfallOf(staffFte, prevAverage),
      nextYear: {
        clients: monthlyAverage,
        requiredFte: requiredFteOf(monthlyAverage),
        shortfall: shortfallOf(staffFte, monthlyAverage),
      },
    },
  };
}

function ageBracketsOf(clients: readonly Client[], on: PlainDate): Record<AgeBracket, number> {
  const out = Object.fromEntries(AGE_BRACKETS.map((b) => [b, 0])) as Record<AgeBracket, number>;
  for (const c of clients) {
    if (!c.birthDate) {
      out.不明++;
      continue;
    }
    const age = ageOn(c.birthDate, on);
    const b: AgeBracket =
      age < 20
        ? '18–19'
        : age < 30
          ? '20–29'
          : age < 40
            ? '30–39'
            : age < 50
              ? '40–49'
              : age < 60
                ? '50–59'
                : '60+';
    out[b]++;
  }
  return out;
}

/** The bands of the clients with a birth date, by age on `on`; the band under 18 only when not empty. */
function ageBandsOf(clients: readonly Client[], on: PlainDate): AgeBand[] {
  const bounds: (number | null)[] = [null, ...AGE_BAND_BOUNDS, null];
  const bands: AgeBand[] = bounds.slice(0, -1).map((from, i) => ({ from, to: bounds[i + 1]!, count: 0 }));
  for (const c of clients) {
    if (!c.birthDate) continue;
    const age = ageOn(c.birthDate, on);
    bands.find((b) => (b.from === null || age >= b.from) && (b.to === null || age < b.to))!.count++;
  }
  return bands[0]!.count ? bands : bands.slice(1);
}

const KIND_ORDER = Object.keys(CARD_KIND_WORDS) as (keyof typeof CARD_KIND_WORDS)[];

function cardsOf(clients: readonly Client[]): Pick<AnnualStats, 'cards' | 'noCard' | 'multipleCards'> {
  const counts = new Map<
    string,
    { kind: keyof typeof CARD_KIND_WORDS; grade: string | null; count: number }
  >();
  const localNames = new Map<keyof typeof CARD_KIND_WORDS, string[]>();
  let noCard = 0;
  let multipleCards = 0;
  for (const c of clients) {
    const mine = new Set<string>();
    for (const card of c.cards) {
      const local = LOCAL_CARD_NAMES.find((w) => card.word.includes(w));
      if (local) {
        const names = localNames.get(card.kind) ?? [];
        if (!names.includes(local)) localNames.set(card.kind, [...names, local]);
      }
      // Stryker disable next-line StringLiteral: equivalent, any text that is not a grade marks "no grade"
      const key = `${card.kind}\u0000${card.grade ?? ''}`;
      if (mine.has(key)) continue; // the same card written twice on one person
      mine.add(key);
      const e = counts.get(key);
      if (e) e.count++;
      else counts.set(key, { kind: card.kind, grade: card.grade, count: 1 });
    }
    if (mine.size === 0) noCard++;
    if (mine.size > 1) multipleCards++;
  }
  const cards = [...counts.values()]
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        (a.grade === null ? 1 : 0) - (b.grade === null ? 1 : 0) ||
        // Stryker disable next-line ObjectLiteral,BooleanLiteral,StringLiteral: equivalent for grades of one digit
        // (1–7級, 1–4度, A/B); two rows of one kind are never both ungraded, so '' vs '' is never compared
        (a.grade ?? '').localeCompare(b.grade ?? '', 'ja', { numeric: true }),
    )
    .map((e) => ({
      kind: CARD_KIND_WORDS[e.kind],
      name: localNames.get(e.kind)?.join('・') ?? CARD_KIND_WORDS[e.kind],
      grade: e.grade,
      count: e.count,
    }));
  return { cards, noCard, multipleCards };
}

/** A contact log was found (a roster alone gives no contacts to count). */
export function hasContactLog(caseload: Pick<Caseload, 'tabLayouts' | 'contacts'>): boolean {
  return (
    caseload.contacts.length > 0 ||
    Object.values(caseload.tabLayouts ?? {}).some((l) => l.role === 'contacts')
  );
}

function contactCounts(
  caseload: Pick<Caseload, 'contacts'>,
  all: readonly Spell[],
  fiscalYear: number,
): { contacts: HalfYearCounts; visits: HalfYearCounts } {
  const periods = new Map(all.map((s) => [s.client.id, s.period]));
  const fyStart = fiscalYearStart(fiscalYear);
  const fyEnd = fiscalYearEnd(fiscalYear);
  const secondHalf = `${fiscalYear}-10-01`;
  const contacts: HalfYearCounts = { year: 0, firstHalf: 0, secondHalf: 0 };
  const visits: HalfYearCounts = { year: 0, firstHalf: 0, secondHalf: 0 };
  const add = (t: HalfYearCounts, date: PlainDate) => {
    t.year++;
    if (date < secondHalf) t.firstHalf++;
    else t.secondHalf++;
  };
  for (const c of caseload.contacts) {
    if (c.date < fyStart || c.date > fyEnd) continue;
    const p = periods.get(c.clientId);
    if (!p || c.date < p.start || c.date > p.end || c.method?.cancelled) continue;
    add(contacts, c.date);
    if (isVisit(c)) add(visits, c.date);
  }
  return { contacts, visits };
}
