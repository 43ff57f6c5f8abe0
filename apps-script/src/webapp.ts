import { type BillingDocument, buildBillingDocument } from '../../shared/billing/document.ts';
import { isYearMonth, type PlainDate, type YearMonth } from '../../shared/date/plain-date.ts';
import { missingTabMessage, readWorkbook } from '../../shared/read/workbook.ts';
import { ROLE_LABEL } from '../../shared/sheet/fields.ts';
import { type Mapping, parseMapping } from '../../shared/sheet/mapping.ts';
import { readSpreadsheet } from './read-sheet.ts';
import { setChecked } from './store.ts';
import { ourTabIds } from './tabs.ts';
import { todayIn } from './zone.ts';

/**
 * The web app (doGet) that serves a month's billing document to the extension, and the per-sheet token
 * that guards it. Contract: extension/README.md, "Web app contract".
 *
 * A web app runs outside any container: no active spreadsheet, and (for a standalone or add-on project)
 * no document properties. So when the 請求データ sidebar issues a token, the script properties record
 * which spreadsheet the web app serves, the token, and a copy of what doGet needs from the document's
 * own properties (the saved 列の対応 and the ids of the tabs the add-on wrote, which are not the
 * office's data). doGet opens that spreadsheet by id, as the person calling it (executeAs
 * USER_ACCESSING): someone without access to the sheet gets nothing even with the token.
 */
const REG_KEY = 'teichaku.webapp';
const MAPPING_COPY_KEY = 'teichaku.webapp.mapping';
const TABS_COPY_KEY = 'teichaku.webapp.tabs';
const MAPPING_KEY = 'teichaku.mapping';

export interface Registration {
  spreadsheetId: string;
  token: string;
  /** When the token was issued (ISO instant): shown in the sidebar. */
  issued: string;
}

type Props = GoogleAppsScript.Properties.Properties;
const scriptProps = (): Props => PropertiesService.getScriptProperties();

export function registration(): Registration | null {
  const raw = scriptProps().getProperty(REG_KEY);
  if (!raw) return null;
  try {
    const r = JSON.parse(raw) as Partial<Registration>;
    return typeof r.spreadsheetId === 'string' && typeof r.token === 'string' && r.token.length >= 32
      ? { spreadsheetId: r.spreadsheetId, token: r.token, issued: String(r.issued ?? '') }
      : null;
  } catch {
    return null;
  }
}

/** 64 hex digits from two random (v4) UUIDs: 244 random bits. */
export function newToken(): string {
  return (Utilities.getUuid() + Utilities.getUuid()).replace(/-/g, '').toLowerCase();
}

/**
 * Equal strings, in time that depends only on the length of the expected token (never on where the
 * first difference is). A wrong length is still compared over the whole expected token.
 */
export function sameToken(given: string, expected: string): boolean {
  let diff = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i++)
    diff |= (given.charCodeAt(i % Math.max(1, given.length)) || 0) ^ expected.charCodeAt(i);
  return diff === 0 && expected.length > 0;
}

/** Copy what doGet needs from the document's properties (only for the spreadsheet the web app serves). */
export function mirrorDocument(spreadsheetId: string, doc: Props) {
  const reg = registration();
  if (!reg || reg.spreadsheetId !== spreadsheetId) return;
  const p = scriptProps();
  const mapping = doc.getProperty(MAPPING_KEY);
  if (mapping)
    setChecked(
      p,
      MAPPING_COPY_KEY,
      mapping,
      'ウェブアプリ用の列の対応の写し',
      '列の対応を小さくしてから、もう一度お試しください。',
    );
  else p.deleteProperty(MAPPING_COPY_KEY);
  setChecked(p, TABS_COPY_KEY, JSON.stringify([...ourTabIds(doc)]), 'ウェブアプリ用のタブの記録', '');
}

/** Issue a new token for this spreadsheet: the web app now serves it, and every older token is refused. */
export function issueToken(spreadsheetId: string, doc: Props, now: Date = new Date()): Registration {
  const reg: Registration = { spreadsheetId, token: newToken(), issued: now.toISOString() };
  setChecked(scriptProps(), REG_KEY, JSON.stringify(reg), 'ウェブアプリのトークン', '');
  mirrorDocument(spreadsheetId, doc);
  return reg;
}

export type BillingAnswer =
  | { ok: true; doc: BillingDocument }
  | { ok: false; code: 'bad-request' | 'not-found' | 'unreadable'; message: string };

/** The month before `day`'s month: what an office bills between the 1st and the 10th. */
export function previousMonth(day: PlainDate): YearMonth {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return (m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`) as YearMonth;
}

function parseSavedMapping(raw: string | null): Mapping | undefined | string {
  if (!raw) return undefined;
  try {
    const m = parseMapping(JSON.parse(raw));
    return m.ok ? m.value : m.reason;
  } catch {
    return '保存された列の対応が壊れています';
  }
}

/**
 * The billing document of `month` (default: last month) as of today in the spreadsheet's zone, read
 * exactly as the CLI's `teichaku billing --json` reads the same workbook.
 */
export function billingOf(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: { mapping: string | null; skipTabs: ReadonlySet<number> },
  month?: unknown,
): BillingAnswer {
  if (month !== undefined && month !== '' && (typeof month !== 'string' || !isYearMonth(month)))
    return { ok: false, code: 'bad-request', message: '月は YYYY-MM の形で指定してください。' };
  const asOf = todayIn(ss.getSpreadsheetTimeZone());
  const ym = (month || previousMonth(asOf)) as YearMonth;
  const mapping = parseSavedMapping(settings.mapping);
  if (typeof mapping === 'string')
    return {
      ok: false,
      code: 'unreadable',
      message: `${mapping}。「列の対応を確認・変更…」で保存し直してください。`,
    };
  const read = readWorkbook(readSpreadsheet(ss, settings.skipTabs), mapping);
  if (!read.ok) return { ok: false, code: 'unreadable', message: read.error };
  const lacking = (['roster', 'contacts', 'monthly'] as const).filter((r) => read.missing.includes(r));
  if (lacking.length)
    return {
      ok: false,
      code: 'unreadable',
      message:
        lacking.length === 1
          ? missingTabMessage(read.caseload.title, lacking[0]!)
          : `「${read.caseload.title}」に${lacking.map((r) => ROLE_LABEL[r]).join('・')}のタブが見つかりません。`,
    };
  const doc = buildBillingDocument(read.caseload, ym, asOf);
  return { ok: true, doc };
}

const FORBIDDEN = {
  error: {
    code: 'forbidden',
    message:
      'トークンが正しくないため、請求データを渡せません。アドオンの「請求データ」に表示されているトークンを使ってください。',
  },
};

/** The body doGet answers: the document, or `{ error: { code, message } }` (never any data with an error). */
export function webAppAnswer(e: unknown): unknown {
  const param = (e as { parameter?: Record<string, unknown> } | null)?.parameter ?? {};
  const reg = registration();
  const token = typeof param.token === 'string' ? param.token : '';
  if (!reg || !sameToken(token, reg.token)) return FORBIDDEN;
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    ss = SpreadsheetApp.openById(reg.spreadsheetId);
  } catch {
    return {
      error: {
        code: 'unavailable',
        message:
          'スプレッドシートを開けませんでした。このGoogleアカウントにシートが共有されているか確認してください。',
      },
    };
  }
  const docProps = safeDocumentProperties();
  const settings = docProps
    ? { mapping: docProps.getProperty(MAPPING_KEY), skipTabs: ourTabIds(docProps) }
    : {
        mapping: scriptProps().getProperty(MAPPING_COPY_KEY),
        skipTabs: ourTabIds(tabsCopy()),
      };
  const r = billingOf(ss, settings, param.month);
  if (!r.ok) return { error: { code: r.code, message: r.message } };
  if (r.doc.rows.length === 0)
    return { error: { code: 'not-found', message: `${r.doc.month} に支援期間のある利用者がいません。` } };
  return r.doc;
}

/** The copied tab ids, in the shape ourTabIds reads. */
function tabsCopy(): Props {
  const raw = scriptProps().getProperty(TABS_COPY_KEY);
  return { getProperty: () => raw } as unknown as Props;
}

/** Document properties exist only for a bound script or an add-on in its document; a web app may have none. */
function safeDocumentProperties(): Props | null {
  try {
    return PropertiesService.getDocumentProperties() ?? null;
  } catch {
    return null;
  }
}

export function doGetOutput(e: unknown): GoogleAppsScript.Content.TextOutput {
  let body: unknown;
  try {
    body = webAppAnswer(e);
  } catch {
    // never a stack or sheet text in the answer
    body = {
      error: {
        code: 'internal',
        message: '請求データを作れませんでした。時間をおいてもう一度お試しください。',
      },
    };
  }
  return ContentService.createTextOutput(JSON.stringify(body)).setMimeType(ContentService.MimeType.JSON);
}
