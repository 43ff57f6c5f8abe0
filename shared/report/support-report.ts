import * as z from 'zod';
import { formatMonthDay } from '../codecs/era.ts';
import { formMethodLabel, formPlaceLabel, normalizeWidth } from '../codecs/index.ts';
import { monthEnd, monthOf, monthStart, type PlainDate, type YearMonth } from '../date/plain-date.ts';
import { supportPeriod } from '../evaluate/period.ts';
import {
  type Caseload,
  type Client,
  type Contact,
  PlainDateSchema,
  YearMonthSchema,
} from '../model/caseload.ts';
import { normalizeClientId } from '../read/fields.ts';
import { reportCreatedOn } from './created-on.ts';
import { type MonthlyExtras, monthlyKey, NO_EXTRAS, type ReportExtras } from './extras.ts';

/**
 * The 支援レポート (N1 別紙様式1, domain.md §6) of one client and month, as plain JSON data: dates
 * `YYYY-MM-DD`, text as the sheet has it, null where the sheet has nothing. The docx writer (cli) and the
 * Google Docs writer (add-on) both render it through `reportForm` (form.ts). The `fields` shape is the
 * `reports --json` contract of architecture.md.
 */
const text = z.string().nullable();
const triple = z.tuple([text, text, text]);

export const ReportContactSchema = z.object({
  date: PlainDateSchema,
  /** 場所 in the form's words: 雇用事業主内 / 事業所内 / その他（…）; null when the sheet has none. */
  place: text,
  /** 方法 in the form's words: 面接 / 電話 / メール / その他（…）; a video call is その他（オンライン）. */
  method: text,
});
export type ReportContact = z.infer<typeof ReportContactSchema>;

export const ReportFieldsSchema = z.object({
  createdOn: PlainDateSchema.nullable(),
  hireDate: PlainDateSchema.nullable(),
  clientName: text,
  employer: text,
  employerContact: text,
  contacts: z.array(ReportContactSchema),
  goals: triple,
  actions: triple,
  results: triple,
  nextSupport: text,
  clientEffort: text,
  employerEffort: text,
  agencyEffort: text,
  shared: text,
  shownOn: PlainDateSchema.nullable(),
  officeName: text,
  staff: text,
});
export type ReportFields = z.infer<typeof ReportFieldsSchema>;

export const SupportReportSchema = z.object({
  month: YearMonthSchema,
  clientId: z.string(),
  clientName: z.string(),
  /** The client's 1-based position in the roster (first row of a repeated id): the file names' sort prefix. */
  rosterNo: z.number().int().positive(),
  /**
   * 'client-only' for a client who works without disclosing the disability and has not consented to
   * sharing: the header says so and employer-facing fields are left out (domain.md §6).
   */
  audience: z.enum(['client-and-employer', 'client-only']),
  /** The fields the office still has to fill in, as `createdOn`, `goals[1]`, `contacts[2].place` (1-based). */
  toFill: z.array(z.string()),
  fields: ReportFieldsSchema,
});
export type SupportReport = z.infer<typeof SupportReportSchema>;

export const ReportsDocumentSchema = z.object({
  month: YearMonthSchema,
  reports: z.array(SupportReportSchema),
});
export type ReportsDocument = z.infer<typeof ReportsDocumentSchema>;

/** Japanese names of the fields, for "to fill" lists people read. */
export const FIELD_LABELS: Record<keyof ReportFields, string> = {
  createdOn: '作成日',
  hireDate: '雇用開始日',
  clientName: '利用者名',
  employer: '雇用事業主（勤務先）',
  employerContact: 'ご担当者',
  contacts: '支援実績',
  goals: '当月の主な支援目標',
  actions: '支援実施内容',
  results: '支援結果',
  nextSupport: '今後の支援内容',
  clientEffort: '対象者の取組',
  employerEffort: '事業主の取組',
  agencyEffort: '関係機関等の取組',
  shared: '共有事項',
  shownOn: '対象者提示日',
  officeName: '事業所名',
  staff: '担当者',
};

/** `goals[2]` → 当月の主な支援目標②, `contacts[1].place` → 支援実績1行目の場所. */
export function toFillLabel(key: string): string {
  const m = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$/.exec(key);
  if (!m) return key;
  const base = FIELD_LABELS[m[1] as keyof ReportFields] ?? m[1]!;
  if (!m[2]) return base;
  if (m[1] === 'contacts')
    return `${base}${m[2]}行目の${m[3] === 'place' ? '場所' : m[3] === 'method' ? '方法' : (m[3] ?? '')}`;
  return `${base}${'①②③'[Number(m[2]) - 1] ?? m[2]}`;
}

/**
 * The goal numbers a contact row's 目標 cell names: 「②③」, 「2・3」, 「目標1」, 「①、③」 → [2, 3] …
 * Only 1–3 exist on the form; other digits are ignored.
 */
export function goalNumbers(cell: string | null): number[] {
  if (!cell) return [];
  const t = normalizeWidth(cell).replace(/[①②③]/g, (c) => String('①②③'.indexOf(c) + 1));
  const found = new Set<number>();
  for (const d of t.match(/\d+/g) ?? []) {
    const n = Number(d);
    if (n >= 1 && n <= 3) found.add(n);
    else if (/^[123]+$/.test(d)) for (const c of d) found.add(Number(c));
  }
  return [...found].sort((a, b) => a - b);
}

/** Clients with a report in the month: support covers a day of it, or a monthly record exists for it. */
export function clientsInMonth(caseload: Caseload, month: YearMonth): Client[] {
  const first = monthStart(month);
  const last = monthEnd(month);
  const seen = new Set<string>();
  return caseload.clients.filter((c) => {
    if (seen.has(c.id)) return false;
    const p = supportPeriod(c);
    const active = p !== null && p.start <= last && p.end >= first;
    const recorded = caseload.monthly.some((m) => m.clientId === c.id && m.month === month);
    if (!active && !recorded) return false;
    seen.add(c.id);
    return true;
  });
}

const onlyEmployer = (c: Contact) => c.parties.length > 0 && c.parties.every((p) => p === 'employer');

/**
 * The 支援レポート of one client for one month. `generatedOn`: the day the report is generated (the
 * caller's today, in Japan's calendar; shared/ never reads the clock). The 作成日 is the sheet's, else that
 * day only where it can be true (created-on.ts), else blank and listed in toFill.
 */
export function supportReport(
  caseload: Caseload,
  client: Client,
  month: YearMonth,
  extras: ReportExtras = NO_EXTRAS,
  generatedOn: PlainDate | null = null,
): SupportReport {
  const record = caseload.monthly.find((m) => m.clientId === client.id && m.month === month) ?? null;
  const extra: MonthlyExtras | undefined = extras.monthly.get(monthlyKey(client.id, month));
  const clientOnly = client.disclosure === 'closed' && extras.consent.get(client.id) !== true;

  const monthContacts = caseload.contacts
    .filter((c) => c.clientId === client.id && monthOf(c.date) === month)
    // a visit called off or that met nobody (訪問（不在）) is no support given: not in 支援実績
    .filter((c) => !c.method?.cancelled)
    // a month grid's undated contact has no 月日 to print: the line is left for the office (記入が必要)
    .filter((c) => !c.undated)
    .filter((c) => !(clientOnly && onlyEmployer(c)))
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.date < b.c.date ? -1 : a.c.date > b.c.date ? 1 : a.i - b.i))
    .map(({ c }) => c);

  const goals = extra?.goals ?? ([0, 1, 2].map((i) => record?.goals[i] ?? null) as ReportFields['goals']);
  // a contact serving several goals is written once, under the first, with all its goal numbers; the
  // other goals' boxes point to it (so the text is not printed twice and the box is not an empty gap)
  const assembled = (pick: (c: Contact) => string | null) =>
    [1, 2, 3].map((n) => {
      const lines = monthContacts.flatMap((c) => {
        const goals = goalNumbers(c.goal);
        if (!goals.includes(n) || !pick(c)) return [];
        const day = formatMonthDay(c.date);
        if (goals.length === 1) return [`${day} ${pick(c)}`];
        const marks = goals.map((g) => '①②③'[g - 1]).join('');
        return goals[0] === n
          ? [`${day}（${marks}） ${pick(c)}`]
          : [`${day}の支援は${'①②③'[goals[0]! - 1]}に記載`];
      });
      return lines.length ? lines.join('\n') : null;
    }) as ReportFields['actions'];
  const actions = extra?.actions ?? assembled((c) => c.content);
  const results = extra?.results ?? assembled((c) => c.result);

  const fields: ReportFields = {
    createdOn: reportCreatedOn(month, extra?.createdOn ?? null, record?.reportShownDate ?? null, generatedOn),
    hireDate: client.hireDate,
    clientName: client.name || null,
    employer: client.employer,
    employerContact: clientOnly ? null : client.employerContact,
    contacts: monthContacts.map((c) => ({
      date: c.date,
      place: c.place ? formPlaceLabel(c.place) : null,
      method: c.method ? formMethodLabel(c.method.kind, c.method.word) : null,
    })),
    goals,
    actions,
    results,
    nextSupport: record?.nextSupport ?? null,
    clientEffort: record?.clientEffort ?? null,
    employerEffort: clientOnly ? null : (record?.employerEffort ?? null),
    agencyEffort: record?.agencyEffort ?? null,
    shared: record?.shared ?? null,
    shownOn: record?.reportShownDate ?? null,
    officeName: caseload.office.name,
    staff: extra?.staff ?? client.staff,
  };

  const index = caseload.clients.findIndex((c) => c.id === client.id);
  return {
    month,
    clientId: client.id,
    clientName: client.name,
    rosterNo: (index < 0 ? caseload.clients.length : index) + 1,
    audience: clientOnly ? 'client-only' : 'client-and-employer',
    toFill: toFill(fields, clientOnly),
    fields,
  };
}

/**
 * What the office still has to write. Goal ① is always expected; goals ② and ③ only when something is
 * written for them (a goal, its action or its result): a month may have fewer than three goals. Fields
 * left out of a client-only report are not asked for, nor (関係機関等), which the 作成例 leaves out when no
 * agency is involved. Contacts: each line's place and method; a month with no contact at all asks for
 * 支援実績.
 */
function toFill(f: ReportFields, clientOnly: boolean): string[] {
  const out: string[] = [];
  const blank = (v: string | null) => v === null || v.trim() === '';
  const scalar = (k: keyof ReportFields) => {
    if (blank(f[k] as string | null)) out.push(k);
  };
  scalar('createdOn');
  scalar('hireDate');
  scalar('clientName');
  scalar('employer');
  if (!clientOnly) scalar('employerContact');
  if (f.contacts.length === 0) out.push('contacts');
  f.contacts.forEach((c, i) => {
    if (blank(c.place)) out.push(`contacts[${i + 1}].place`);
    if (blank(c.method)) out.push(`contacts[${i + 1}].method`);
  });
  for (const k of ['goals', 'actions', 'results'] as const) {
    for (let i = 0; i < 3; i++) {
      const used = i === 0 || !blank(f.goals[i]!) || !blank(f.actions[i]!) || !blank(f.results[i]!);
      if (used && blank(f[k][i]!)) out.push(`${k}[${i + 1}]`);
    }
  }
  scalar('nextSupport');
  scalar('clientEffort');
  if (!clientOnly) scalar('employerEffort');
  // (関係機関等) is written only when an agency is involved: the 作成例 itself leaves it out
  scalar('shared');
  scalar('shownOn');
  scalar('officeName');
  scalar('staff');
  return out;
}

/** The reports of a month, for every client in it or for the ids given (in roster order). */
export function supportReports(
  caseload: Caseload,
  month: YearMonth,
  options: {
    clientIds?: readonly string[];
    extras?: ReportExtras;
    generatedOn?: PlainDate;
    /**
     * Client id → the day this month's report was first generated (the writer's own record): a later run
     * takes that day instead of its own, so regenerating never re-dates a report.
     */
    firstGeneratedOn?: ReadonlyMap<string, PlainDate>;
  } = {},
): ReportsDocument {
  const wanted = options.clientIds?.length ? new Set(options.clientIds.map(normalizeClientId)) : null;
  const clients = wanted
    ? caseload.clients.filter((c, i, all) => wanted.has(c.id) && all.findIndex((d) => d.id === c.id) === i)
    : clientsInMonth(caseload, month);
  return {
    month,
    reports: clients.map((c) =>
      supportReport(
        caseload,
        c,
        month,
        options.extras,
        options.firstGeneratedOn?.get(c.id) ?? options.generatedOn ?? null,
      ),
    ),
  };
}
