import type { BillingDocument } from '../../shared/billing/document.ts';
import { formatEraMonth } from '../../shared/codecs/era.ts';
import type { YearMonth } from '../../shared/date/plain-date.ts';
import { UserError } from './app.ts';
import { billingHtml } from './billing-html.ts';
import { ourTabIds } from './tabs.ts';
import { billingOf, issueToken, mirrorDocument, previousMonth, registration } from './webapp.ts';
import { todayIn } from './zone.ts';

/** What the 請求データ sidebar shows (plain JSON; the page renders it with textContent only). */
export interface BillingView {
  month: YearMonth;
  monthLabel: string;
  /** The months offered: from last month back a year, and the current month. */
  months: { value: YearMonth; label: string }[];
  doc: BillingDocument | null;
  /** Why there is no document (Japanese), when there is none. */
  problem: string | null;
  webApp: {
    /** The deployment's /exec URL; null when the script is not deployed as a web app. */
    url: string | null;
    /** This sheet's token; null when none was issued for this sheet. */
    token: string | null;
    issued: string | null;
    /** The web app serves another spreadsheet (a token was issued there last). */
    servesOther: boolean;
  };
}

const active = () => {
  const s = SpreadsheetApp.getActiveSpreadsheet();
  if (!s) throw new UserError('スプレッドシートを開いてから実行してください。');
  return s;
};
const docProps = () => PropertiesService.getDocumentProperties();

function addMonths(ym: YearMonth, n: number): YearMonth {
  const total = Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}` as YearMonth;
}

function serviceUrl(): string | null {
  try {
    return ScriptApp.getService().getUrl() || null;
  } catch {
    return null;
  }
}

export function billingView(month?: unknown): BillingView {
  const s = active();
  const p = docProps();
  const today = todayIn(s.getSpreadsheetTimeZone());
  const last = previousMonth(today);
  const r = billingOf(s, { mapping: p.getProperty('teichaku.mapping'), skipTabs: ourTabIds(p) }, month);
  const ym = r.ok ? r.doc.month : last;
  const reg = registration();
  const mine = reg?.spreadsheetId === s.getId() ? reg : null;
  if (mine) mirrorDocument(s.getId(), p);
  const months = Array.from({ length: 14 }, (_, i) => addMonths(last, 1 - i)).map((value) => ({
    value,
    label: formatEraMonth(value),
  }));
  return {
    month: ym,
    monthLabel: formatEraMonth(ym),
    months,
    doc: r.ok ? r.doc : null,
    problem: r.ok ? null : r.message,
    webApp: {
      url: serviceUrl(),
      token: mine?.token ?? null,
      issued: mine?.issued ?? null,
      servesOther: !!reg && !mine,
    },
  };
}

export function showBilling() {
  const html = HtmlService.createHtmlOutput(billingHtml(billingView(), active().getName())).setTitle(
    '請求データ',
  );
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Sidebar call: a new token for this sheet; the old one (and any other sheet's) stops working at once. */
export function renewToken(): { ok: boolean; message: string; token: string; issued: string } {
  const s = active();
  const reg = issueToken(s.getId(), docProps());
  return {
    ok: true,
    message:
      '新しいトークンを発行しました。前のトークンはもう使えません。拡張機能の「設定」で貼り直してください。',
    token: reg.token,
    issued: reg.issued,
  };
}

/** After the 列の対応 changes: the web app reads the sheet the same way. */
export function mirrorMapping() {
  const s = SpreadsheetApp.getActiveSpreadsheet();
  if (s) mirrorDocument(s.getId(), docProps());
}
