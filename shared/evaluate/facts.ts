import { countsAsFaceToFace } from '../codecs/index.ts';
import {
  addMonthsToMonth,
  minDate,
  monthEnd,
  monthOf,
  monthsBetween,
  type PlainDate,
  type YearMonth,
} from '../date/plain-date.ts';
import type { Caseload, Client, Contact, MonthlyRecord } from '../model/caseload.ts';
import { type SupportPeriod, supportPeriod } from './period.ts';

export interface ClientMonth {
  month: YearMonth;
  /** The month holds the as-of date, which is not its last day, and support goes on past it. */
  inProgress: boolean;
  /** Contacts with the client, inside the period and on or before the as-of date. */
  clientContacts: Contact[];
  /** Of those, the ones face to face or by video call. */
  faceToFace: Contact[];
  /**
   * Contacts that may be face to face with the client, but a word in them could not be read (the
   * method, or who was met): until the word is known, the month cannot be judged.
   */
  undecided: Contact[];
  /** Contacts with the employer, any method. */
  employerContacts: Contact[];
  /**
   * Contacts that may be with the employer, but who was met is a word we cannot read: until the word
   * is known, a month without employer contact cannot be judged.
   */
  employerUndecided: Contact[];
  /** Employer contacts made in person. */
  employerVisits: Contact[];
  /** The monthly record of this month, if the sheet has one. */
  record: MonthlyRecord | null;
  /** The 支援レポート shown date of this month, when on or before the as-of date. */
  reportShownDate: PlainDate | null;
}

export interface ClientFacts {
  client: Client;
  period: SupportPeriod | null;
  months: ClientMonth[];
  /** Contacts dated outside the support period (on or before the as-of date). */
  outside: Contact[];
}

/** Contacts and monthly records of each client, grouped once so that every rule reads them cheaply. */
export function indexByClient(caseload: Caseload) {
  const contacts = new Map<string, Contact[]>();
  const monthly = new Map<string, Map<YearMonth, MonthlyRecord>>();
  for (const c of caseload.contacts) {
    const list = contacts.get(c.clientId);
    if (list) list.push(c);
    else contacts.set(c.clientId, [c]);
  }
  for (const m of caseload.monthly) {
    let byMonth = monthly.get(m.clientId);
    if (!byMonth) {
      byMonth = new Map();
      monthly.set(m.clientId, byMonth);
    }
    const prev = byMonth.get(m.month);
    if (!prev) {
      byMonth.set(m.month, m);
      continue;
    }
    // two rows for one month: keep the row with a shown date (the earlier if both have one), and keep
    // every mark of either row (a job-coach month, 休職, a case meeting), whatever the row order
    const keep =
      // Stryker disable next-line ConditionalExpression: equivalent, null < a date string is false anyway
      !prev.reportShownDate || (m.reportShownDate !== null && m.reportShownDate < prev.reportShownDate)
        ? m
        : prev;
    const chosen = keep.reportShownDate ? keep : prev;
    byMonth.set(m.month, {
      ...chosen,
      jobcoach: m.jobcoach || prev.jobcoach,
      onLeave: m.onLeave || prev.onLeave,
      caseMeeting: m.caseMeeting || prev.caseMeeting,
    });
  }
  return { contacts, monthly };
}

/** The facts of one client up to the as-of date: the active months and what happened in each. */
export function clientFacts(
  client: Client,
  contacts: readonly Contact[],
  monthly: ReadonlyMap<YearMonth, MonthlyRecord> | undefined,
  asOf: PlainDate,
): ClientFacts {
  const period = supportPeriod(client);
  if (!period || period.start > asOf) return { client, period, months: [], outside: [] };
  const last = minDate(period.end, asOf);
  const months = new Map<YearMonth, ClientMonth>();
  for (const month of monthsBetween(monthOf(period.start), monthOf(last))) {
    const record = monthly?.get(month) ?? null;
    months.set(month, {
      month,
      // only the as-of month can end after the as-of day (every month here is on or before it)
      inProgress: asOf < monthEnd(month) && period.end > asOf,
      clientContacts: [],
      faceToFace: [],
      undecided: [],
      employerContacts: [],
      employerUndecided: [],
      employerVisits: [],
      record,
      // a shown date after the as-of date has not happened yet
      reportShownDate:
        record?.reportShownDate && record.reportShownDate <= asOf ? record.reportShownDate : null,
    });
  }
  const outside: Contact[] = [];
  for (const c of contacts) {
    // a visit that was called off or met nobody is no contact (domain §2)
    if (c.date > asOf || c.method?.cancelled) continue;
    // a grid's contact without a day is in its month: inside the period when the month is active
    const inside = c.undated ? months.has(monthOf(c.date)) : c.date >= period.start && c.date <= period.end;
    if (!inside) {
      outside.push(c);
      continue;
    }
    // every day inside the period and on or before the as-of day is in one of the months
    const m = months.get(monthOf(c.date))!;
    const f2f = c.method !== null && countsAsFaceToFace(c.method.kind);
    if (c.parties.includes('client')) {
      m.clientContacts.push(c);
      if (f2f) m.faceToFace.push(c);
      else if (c.unreadable?.method !== undefined) m.undecided.push(c);
    } else if (c.unreadable?.parties !== undefined && (f2f || c.unreadable.method !== undefined)) {
      m.undecided.push(c);
    }
    if (c.parties.includes('employer')) {
      m.employerContacts.push(c);
      if (c.method?.kind === 'face') m.employerVisits.push(c);
    } else if (c.unreadable?.parties !== undefined) {
      m.employerUndecided.push(c);
    }
  }
  return { client, period, months: [...months.values()], outside };
}

export function buildFacts(caseload: Caseload, asOf: PlainDate): ClientFacts[] {
  const idx = indexByClient(caseload);
  return caseload.clients.map((c) =>
    clientFacts(c, idx.contacts.get(c.id) ?? [], idx.monthly.get(c.id), asOf),
  );
}

/** The 10th of the month after `month`: the billing deadline, and the last day a report is on time. */
export function reportDeadline(month: YearMonth): PlainDate {
  return `${addMonthsToMonth(month, 1)}-10`;
}
