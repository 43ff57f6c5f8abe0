/**
 * Small builders for hand-written caseloads in tests (billing and stats). Every field has a dull default so
 * a test names only what it is about.
 */
import type { PlainDate, YearMonth } from '../date/plain-date.ts';
import type {
  Caseload,
  Client,
  Contact,
  MethodKind,
  MonthlyRecord,
  Office,
  Party,
} from '../model/caseload.ts';
import { EMPTY_OFFICE } from '../read/office.ts';
import { makeContact as kitContact, METHOD_WORD, makeMonthly } from '../rules/test-kit.ts';
import type { TableLayout } from '../sheet/detect.ts';

export type OfficeInput = Partial<Omit<Office, 'additions' | 'reductions'>> & {
  additions?: Partial<Office['additions']>;
  reductions?: Partial<Office['reductions']>;
};

export function makeOffice(o: OfficeInput = {}): Office {
  return {
    ...EMPTY_OFFICE,
    name: 'テスト定着支援センター',
    number: '1312345678',
    region: '3級地',
    prefecture: '東京都',
    ...o,
    additions: { ...EMPTY_OFFICE.additions, ...o.additions },
    reductions: { ...EMPTY_OFFICE.reductions, ...o.reductions },
  };
}

let row = 2;

export function makeClient(c: Partial<Client> & { id: string }): Client {
  return {
    name: `利用者 ${c.id}`,
    kana: null,
    sex: null,
    birthDate: null,
    recipientNumber: '1234567890',
    municipalityNumber: '131016',
    disabilityType: null,
    cards: [],
    residence: null,
    hireDate: null,
    usageType: 'normal',
    baseDate: null,
    startDate: null,
    endDate: null,
    endReason: null,
    leftJobDate: null,
    employer: null,
    employerContact: null,
    disclosure: 'open',
    employerContactExempt: null,
    staff: null,
    copayCap: 0,
    planCreated: null,
    planReviewed: null,
    needsContinued: false,
    handoverTo: null,
    handoverSharedDate: null,
    source: { sheet: '利用者', row: row++ },
    ...c,
  };
}

export interface ContactInput {
  parties?: Party[];
  method?: MethodKind;
  word?: string;
  place?: 'employer' | 'office' | 'other' | null;
}

export function makeContact(clientId: string, date: PlainDate, o: ContactInput = {}): Contact {
  const kind = o.method ?? 'face';
  return kitContact(
    {
      date,
      clientId,
      parties: o.parties ?? ['client'],
      method: { kind, word: o.word ?? METHOD_WORD[kind] },
      place: o.place === undefined || o.place === null ? null : { kind: o.place },
    },
    row++,
  );
}

export function makeRecord(
  clientId: string,
  month: YearMonth,
  o: Partial<MonthlyRecord> = {},
): MonthlyRecord {
  return makeMonthly({ month, clientId, ...o }, row++);
}

const layout = (role: TableLayout['role']): TableLayout => ({
  kind: 'table',
  tab: role,
  role,
  headerRow: 1,
  columns: {},
  unknownHeaders: [],
});

export function makeCaseload(o: {
  office?: Office;
  clients: Client[];
  contacts?: Contact[];
  monthly?: MonthlyRecord[];
}): Caseload {
  return {
    title: 'test',
    office: o.office ?? makeOffice(),
    clients: o.clients,
    contacts: o.contacts ?? [],
    monthly: o.monthly ?? [],
    layouts: { roster: layout('roster'), contacts: layout('contacts'), monthly: layout('monthly') },
  };
}
