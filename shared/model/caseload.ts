import * as z from 'zod';
import { isPlainDate, isYearMonth } from '../date/plain-date.ts';
import type { TableLayout } from '../sheet/detect.ts';

export const PlainDateSchema = z.string().refine(isPlainDate, { message: 'YYYY-MM-DD の日付ではありません' });
export const YearMonthSchema = z.string().refine(isYearMonth, { message: 'YYYY-MM の年月ではありません' });

/** Where a record came from: the tab and the sheet's own 1-based row. */
export const SourceSchema = z.object({ sheet: z.string(), row: z.number().int().positive() });
export type Source = z.infer<typeof SourceSchema>;

export const OfficeSchema = z.object({
  name: z.string().nullable(),
  number: z.string().nullable(),
  region: z.string().nullable(),
  prefecture: z.string().nullable(),
  /** Yen per unit, when the office writes it; otherwise derived from the region (billing/rates). */
  unitPrice: z.number().positive().nullable(),
  /** The 就労定着率 the office filed, as a fraction (0.92). */
  filedRate: z.number().min(0).max(1).nullable(),
  /** Basic units the office filed, when written instead of (or beside) the rate. */
  filedUnits: z.number().int().positive().nullable(),
  prevYearAverage: z.number().nonnegative().nullable(),
  staffFte: z.number().nonnegative().nullable(),
  openedOn: PlainDateSchema.nullable(),
  additions: z.object({
    achievement: z.boolean(),
    jobcoachStaff: z.boolean(),
    specialRegion: z.boolean(),
  }),
  reductions: z.object({
    noHandoverSystem: z.boolean(),
    noPublicInfo: z.boolean(),
    noBcp: z.boolean(),
    noAbusePrevention: z.boolean(),
  }),
  source: SourceSchema.nullable(),
  /** The value cells of the filed band, where the settings tab has them (a finding points at the one it contradicts). */
  cells: z
    .object({
      filedRate: z.object({
        sheet: z.string(),
        row: z.number().int(),
        column: z.string(),
        header: z.string(),
      }),
      filedUnits: z.object({
        sheet: z.string(),
        row: z.number().int(),
        column: z.string(),
        header: z.string(),
      }),
    })
    .partial()
    .optional(),
});
export type Office = z.infer<typeof OfficeSchema>;

export const UsageTypeSchema = z.enum(['normal', 'extended', 'return']);
export type UsageType = z.infer<typeof UsageTypeSchema>;

export const EndReasonKindSchema = z.enum(['completed', 'client-request', 'left-job', 'other']);
export const CardSchema = z.object({
  kind: z.enum(['physical', 'intellectual', 'mental']),
  grade: z.string().nullable(),
  word: z.string(),
});

export const ClientSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  kana: z.string().nullable(),
  sex: z.enum(['male', 'female', 'other']).nullable(),
  birthDate: PlainDateSchema.nullable(),
  /** Normalised 10 characters, or null when blank or invalid (a finding says which). */
  recipientNumber: z.string().nullable(),
  municipalityNumber: z.string().nullable(),
  disabilityType: z.string().nullable(),
  cards: z.array(CardSchema),
  residence: z.enum(['inside', 'outside']).nullable(),
  hireDate: PlainDateSchema.nullable(),
  usageType: UsageTypeSchema,
  /** 起算日: hire date (通常), day after the sending service ended (延長型), return day (復職支援型). */
  baseDate: PlainDateSchema.nullable(),
  startDate: PlainDateSchema.nullable(),
  /** The end written on the roster (planned, or actual when the client stopped). */
  endDate: PlainDateSchema.nullable(),
  endReason: z.object({ kind: EndReasonKindSchema, word: z.string() }).nullable(),
  leftJobDate: PlainDateSchema.nullable(),
  employer: z.string().nullable(),
  employerContact: z.string().nullable(),
  disclosure: z.enum(['open', 'closed']).nullable(),
  /** A recorded reason why employer contact is impossible. */
  employerContactExempt: z.string().nullable(),
  staff: z.string().nullable(),
  copayCap: z.number().int().nonnegative().nullable(),
  planCreated: PlainDateSchema.nullable(),
  planReviewed: PlainDateSchema.nullable(),
  needsContinued: z.boolean(),
  handoverTo: z.string().nullable(),
  handoverSharedDate: PlainDateSchema.nullable(),
  source: SourceSchema,
});
export type Client = z.infer<typeof ClientSchema>;

export const PartySchema = z.enum(['client', 'employer', 'family', 'agency']);
export type Party = z.infer<typeof PartySchema>;
export const MethodKindSchema = z.enum(['face', 'video', 'phone', 'mail', 'other-remote', 'other']);
export type MethodKind = z.infer<typeof MethodKindSchema>;

export const ContactSchema = z.object({
  date: PlainDateSchema,
  clientId: z.string(),
  parties: z.array(PartySchema),
  /** `cancelled`: the only contact the cell names was called off or met nobody (訪問（不在）): no contact. */
  method: z
    .object({ kind: MethodKindSchema, word: z.string(), cancelled: z.literal(true).optional() })
    .nullable(),
  place: z
    .object({ kind: z.enum(['employer', 'office', 'other']), detail: z.string().optional() })
    .nullable(),
  goal: z.string().nullable(),
  content: z.string().nullable(),
  result: z.string().nullable(),
  staff: z.string().nullable(),
  source: SourceSchema,
  /** The cell of a month grid the contact was read from (its month's column). */
  cell: z.object({ column: z.string(), header: z.string() }).optional(),
  /** A month grid's contact without a day: a contact in the month of `date` (its first day), day unknown. */
  undated: z.literal(true).optional(),
  /** What was read from the row's free text (a narrative log without a method or party column, domain §10). */
  fromText: z.array(z.enum(['method', 'parties', 'absent'])).optional(),
  /** Cells written but not understood (their text): the contact's method or parties are unknown, not absent. */
  unreadable: z.object({ method: z.string().optional(), parties: z.string().optional() }).optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const MonthlyRecordSchema = z.object({
  month: YearMonthSchema,
  clientId: z.string(),
  goals: z.array(z.string()),
  nextSupport: z.string().nullable(),
  clientEffort: z.string().nullable(),
  employerEffort: z.string().nullable(),
  agencyEffort: z.string().nullable(),
  shared: z.string().nullable(),
  reportShownDate: PlainDateSchema.nullable(),
  jobcoach: z.boolean(),
  onLeave: z.boolean(),
  caseMeeting: z.boolean(),
  source: SourceSchema,
  /** The cell of a month grid the record was read from (its month's column). */
  cell: z.object({ column: z.string(), header: z.string() }).optional(),
});
export type MonthlyRecord = z.infer<typeof MonthlyRecordSchema>;

/** The kinds of record the per-month duties are checked on: the contact log and the monthly records. */
export type RecordKind = 'contacts' | 'monthly';

/**
 * Records that could not be read at all (domain §10, "What cannot be read is said once"): a duty whose records
 * are not there is reported once as data.missing-required, never month by month. `clients` holds the clients
 * whose own record (their record tab) could not be read.
 */
export interface Unread {
  contacts?: boolean;
  monthly?: boolean;
  /** Per client and kind: where the one finding that says so points (their record tab's table), or true. */
  clients?: Record<string, Partial<Record<RecordKind, UnreadPlace | true>>>;
}

/** The cell row the not-checkable finding of one client points at: the header row of their record tab's table. */
export interface UnreadPlace {
  sheet: string;
  row: number;
}

/** Whether the records of a kind were read for a client (everything was, when nothing says otherwise). */
export function recordsRead(unread: Unread | undefined, kind: RecordKind, clientId?: string): boolean {
  if (!unread) return true;
  if (unread[kind]) return false;
  return !(clientId !== undefined && unread.clients?.[clientId]?.[kind]);
}

/** Everything read from one workbook. */
export interface Caseload {
  title: string;
  office: Office;
  clients: Client[];
  contacts: Contact[];
  monthly: MonthlyRecord[];
  layouts: { roster: TableLayout; contacts: TableLayout; monthly: TableLayout };
  /** The layout of every tab read, by tab name: a contact log split over tabs may differ in its columns. */
  tabLayouts?: Record<string, TableLayout>;
  /** Records that could not be read: absent when everything was (a caseload built in code). */
  unread?: Unread;
}
