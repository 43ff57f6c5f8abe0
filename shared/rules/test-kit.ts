/**
 * Fixtures for the rule tests: build a Client, its Contacts and MonthlyRecords with sensible defaults,
 * lay them out as if read from an office's workbook (a roster, a contact log and a monthly tab with
 * known column letters), and run one rule on them at an as-of date.
 *
 * The defaults describe an ordinary (通常) client hired on 2024-04-01 who started on the earliest day,
 * 2024-10-01, works with the disability disclosed, and has no end, plan or handover written.
 */
import type { PlainDate, YearMonth } from '../date/plain-date.ts';
import { type ClientFacts, clientFacts, indexByClient } from '../evaluate/facts.ts';
import type { Caseload, Client, Contact, MethodKind, MonthlyRecord, Office } from '../model/caseload.ts';
import { columnLetter } from '../model/column.ts';
import type { Finding } from '../model/finding.ts';
import { EMPTY_OFFICE } from '../read/office.ts';
import type { ColumnRef, TableLayout } from '../sheet/detect.ts';
import type { Rule, RuleContext } from './context.ts';

export const ROSTER_TAB = '利用者';
export const CONTACTS_TAB = '支援記録';
export const MONTHLY_TAB = '月次';

function columns(headers: Record<string, string>): Partial<Record<string, ColumnRef>> {
  const out: Partial<Record<string, ColumnRef>> = {};
  Object.entries(headers).forEach(([field, header], i) => {
    out[field] = { col: i + 1, letter: columnLetter(i + 1), header };
  });
  return out;
}

/** Roster columns: A 利用者ID, B 氏名, C 利用類型, D 就職日, E 起算日, F 支援開始日, G 支援終了日 … Q 生年月日. */
export const ROSTER_COLUMNS = columns({
  id: '利用者ID',
  name: '氏名',
  usageType: '利用類型',
  hireDate: '就職日',
  baseDate: '起算日',
  startDate: '支援開始日',
  endDate: '支援終了日',
  endReason: '終了理由',
  leftJobDate: '離職日',
  disclosure: '障害開示',
  employerContactExempt: '事業主連絡不要理由',
  planCreated: '計画作成日',
  planReviewed: '計画見直し日',
  needsContinued: '要継続支援',
  handoverTo: '引継ぎ先',
  handoverSharedDate: '引継ぎ情報共有日',
  birthDate: '生年月日',
});

/** Contact log columns: A 利用者ID, B 日付, C 対象, D 方法, E 場所, F 支援内容. */
export const CONTACT_COLUMNS = columns({
  clientId: '利用者ID',
  date: '日付',
  parties: '対象',
  method: '方法',
  place: '場所',
  content: '支援内容',
});

/** Monthly columns: A 利用者ID, B 年月, C 対象者提示日, D 職場適応援助者助成金, E 休職, F 目標1. */
export const MONTHLY_COLUMNS = columns({
  clientId: '利用者ID',
  month: '年月',
  reportShownDate: '対象者提示日',
  jobcoach: '職場適応援助者助成金',
  onLeave: '休職',
  goal1: '目標1',
});

function table(
  tab: string,
  role: TableLayout['role'],
  cols: Partial<Record<string, ColumnRef>>,
): TableLayout {
  return { kind: 'table', tab, role, headerRow: 1, columns: cols, unknownHeaders: [] };
}

export function makeLayouts(): Caseload['layouts'] {
  return {
    roster: table(ROSTER_TAB, 'roster', ROSTER_COLUMNS),
    contacts: table(CONTACTS_TAB, 'contacts', CONTACT_COLUMNS),
    monthly: table(MONTHLY_TAB, 'monthly', MONTHLY_COLUMNS),
  };
}

export function makeOffice(o: Partial<Office> = {}): Office {
  return {
    ...EMPTY_OFFICE,
    additions: { ...EMPTY_OFFICE.additions },
    reductions: { ...EMPTY_OFFICE.reductions },
    name: 'テスト就労定着支援事業所',
    number: '1310000000',
    ...o,
  };
}

/**
 * A roster client. The base date follows the hire date for an ordinary (通常) client unless given;
 * for 労働時間延長支援型 and 復職支援型 pass `baseDate` as the reader would derive it.
 */
export function makeClient(o: Partial<Client> = {}): Client {
  const usageType = o.usageType ?? 'normal';
  const hireDate = o.hireDate === undefined ? '2024-04-01' : o.hireDate;
  const baseDate = o.baseDate !== undefined ? o.baseDate : usageType === 'normal' ? hireDate : null;
  return {
    id: 'C001',
    name: '山田 太郎',
    kana: null,
    sex: null,
    birthDate: null,
    recipientNumber: null,
    municipalityNumber: null,
    disabilityType: null,
    cards: [],
    residence: null,
    startDate: '2024-10-01',
    endDate: null,
    endReason: null,
    leftJobDate: null,
    employer: '株式会社テスト',
    employerContact: null,
    disclosure: 'open',
    employerContactExempt: null,
    staff: null,
    copayCap: null,
    planCreated: null,
    planReviewed: null,
    needsContinued: false,
    handoverTo: null,
    handoverSharedDate: null,
    source: { sheet: ROSTER_TAB, row: 2 },
    ...o,
    usageType,
    hireDate,
    baseDate,
  };
}

/** The word an office would write for each kind of method. */
export const METHOD_WORD: Record<MethodKind, string> = {
  face: '面談',
  video: 'オンライン',
  phone: '電話',
  mail: 'メール',
  'other-remote': 'LINE',
  other: 'その他',
};

export interface ContactInput extends Partial<Omit<Contact, 'method' | 'date'>> {
  date: PlainDate;
  /** A kind (its usual word is filled in), a kind with the word as written, or null for a blank cell. */
  method?: MethodKind | NonNullable<Contact['method']> | null;
}

/** A contact with the client, face to face, unless told otherwise. */
export function makeContact(i: ContactInput, row = 2): Contact {
  const { method, ...rest } = i;
  const m = method === undefined ? 'face' : method;
  return {
    clientId: 'C001',
    parties: ['client'],
    place: null,
    goal: null,
    content: null,
    result: null,
    staff: null,
    source: { sheet: CONTACTS_TAB, row },
    ...rest,
    method: m === null ? null : typeof m === 'string' ? { kind: m, word: METHOD_WORD[m] } : m,
  };
}

export interface MonthlyInput extends Partial<Omit<MonthlyRecord, 'month'>> {
  month: YearMonth;
}

/** A monthly record with no shown date, no job coach and no leave, unless told otherwise. */
export function makeMonthly(i: MonthlyInput, row = 2): MonthlyRecord {
  return {
    clientId: 'C001',
    goals: [],
    nextSupport: null,
    clientEffort: null,
    employerEffort: null,
    agencyEffort: null,
    shared: null,
    reportShownDate: null,
    jobcoach: false,
    onLeave: false,
    caseMeeting: false,
    source: { sheet: MONTHLY_TAB, row },
    ...i,
  };
}

export interface Scenario {
  client?: Partial<Client>;
  contacts?: ContactInput[];
  monthly?: MonthlyInput[];
  asOf: PlainDate;
}

/** One client's caseload; contact and monthly rows are numbered from sheet row 2 in the order given. */
export function makeCaseload(s: Omit<Scenario, 'asOf'>): Caseload {
  const client = makeClient(s.client);
  return {
    title: 'test',
    office: makeOffice(),
    clients: [client],
    contacts: (s.contacts ?? []).map((c, i) => makeContact({ clientId: client.id, ...c }, i + 2)),
    monthly: (s.monthly ?? []).map((m, i) => makeMonthly({ clientId: client.id, ...m }, i + 2)),
    layouts: makeLayouts(),
  };
}

/** The facts of the scenario's client, as the checker builds them. */
export function factsOf(s: Scenario): ClientFacts {
  const caseload = makeCaseload(s);
  const client = caseload.clients[0]!;
  const idx = indexByClient(caseload);
  return clientFacts(client, idx.contacts.get(client.id) ?? [], idx.monthly.get(client.id), s.asOf);
}

/** The context a rule sees for the scenario's client. */
export function contextOf(s: Scenario): RuleContext {
  const caseload = makeCaseload(s);
  const client = caseload.clients[0]!;
  const idx = indexByClient(caseload);
  const facts = clientFacts(client, idx.contacts.get(client.id) ?? [], idx.monthly.get(client.id), s.asOf);
  return { facts, asOf: s.asOf, caseload };
}

/** Run one rule on one client. */
export function runRule(rule: Rule, s: Scenario): Finding[] {
  return rule(contextOf(s));
}

/** The cell a finding points at. */
export function cellOf(f: Finding) {
  return { sheet: f.sheet, row: f.row, column: f.column, header: f.header };
}

/** The months the findings are about, in order. */
export function monthsOf(findings: readonly Finding[]): (string | null)[] {
  return findings.map((f) => f.month);
}

/** A contact on each given day (face to face with the client unless told otherwise). */
export function contactsOn(dates: readonly PlainDate[], o: Omit<ContactInput, 'date'> = {}): ContactInput[] {
  return dates.map((date) => ({ ...o, date }));
}
