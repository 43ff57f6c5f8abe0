import { type CellValue, cellText, isBlank, parseDate, parseYesNo } from '../codecs/index.ts';
import type { PlainDate, YearMonth } from '../date/plain-date.ts';
import type { Caseload } from '../model/caseload.ts';
import { normalizeHeader } from '../sheet/fields.ts';
import type { Workbook } from '../sheet/tab.ts';

/**
 * Columns only the 支援レポート needs, read beside the caseload model: the roster's consent to share the
 * report with the employer, and the monthly record's per-goal 支援実施内容 / 支援結果, its 作成日 and 担当者.
 * Kept here (not in shared/sheet) so the report can grow its own words; each record is found again by the
 * sheet row the model already names (`source`), so nothing is matched twice.
 */
export const REPORT_ROSTER_WORDS = {
  consent: [
    '事業主への共有同意',
    '事業主共有同意',
    'レポート共有同意',
    '支援レポート共有同意',
    '事業主への開示同意',
    '共有同意',
    '情報共有同意',
    '同意',
  ],
} as const;

const numbered = (stems: readonly string[], n: 1 | 2 | 3) =>
  stems.flatMap((s) => [`${s}${n}`, `${s}${'①②③'[n - 1]}`, `${s}(${n})`]);

const ACTION_STEMS = ['支援実施内容', '実施内容', '支援内容'];
const RESULT_STEMS = ['支援結果', '結果'];

export const REPORT_MONTHLY_WORDS = {
  goal1: numbered(['目標', '支援目標', '当月の目標', '主な支援目標'], 1),
  goal2: numbered(['目標', '支援目標', '当月の目標', '主な支援目標'], 2),
  goal3: numbered(['目標', '支援目標', '当月の目標', '主な支援目標'], 3),
  action1: numbered(ACTION_STEMS, 1),
  action2: numbered(ACTION_STEMS, 2),
  action3: numbered(ACTION_STEMS, 3),
  result1: numbered(RESULT_STEMS, 1),
  result2: numbered(RESULT_STEMS, 2),
  result3: numbered(RESULT_STEMS, 3),
  createdOn: ['作成日', 'レポート作成日', '支援レポート作成日'],
  staff: ['担当者', '担当', '作成者', '担当支援員', '記入者'],
} as const;

type Triple = [string | null, string | null, string | null];

export interface MonthlyExtras {
  /** Goals ①②③ by position (the model keeps only the filled ones). */
  goals: Triple | null;
  /** 支援実施内容 ①②③ from the monthly record, when the tab has those columns (null: no such columns). */
  actions: Triple | null;
  results: Triple | null;
  createdOn: PlainDate | null;
  staff: string | null;
}

export interface ReportExtras {
  /** Client id → consent to share with the employer (true/false), when the roster has such a column. */
  consent: Map<string, boolean>;
  /** `${clientId} ${month}` → the monthly record's extra columns. */
  monthly: Map<string, MonthlyExtras>;
}

export const monthlyKey = (clientId: string, month: YearMonth) => `${clientId} ${month}`;

export const NO_EXTRAS: ReportExtras = { consent: new Map(), monthly: new Map() };

/** Field → 0-based column of a header row, the earliest synonym winning. */
function columnsOf(header: readonly CellValue[], words: Record<string, readonly string[]>) {
  const keys = header.map((c) => (isBlank(c) ? '' : normalizeHeader(cellText(c))));
  const out: Record<string, number> = {};
  for (const [field, ws] of Object.entries(words)) {
    for (const w of ws) {
      const i = keys.indexOf(normalizeHeader(w));
      if (i >= 0) {
        out[field] = i;
        break;
      }
    }
  }
  return out;
}

const text = (v: CellValue | undefined): string | null => (v == null || isBlank(v) ? null : cellText(v));

/**
 * Read the report's extra columns from the workbook the caseload was read from. A tab's header row is the
 * one its layout names (the roster, the first monthly tab) or, for further monthly tabs, the first of the
 * top rows holding a known word.
 */
export function readReportExtras(wb: Workbook, caseload: Caseload): ReportExtras {
  const extras: ReportExtras = { consent: new Map(), monthly: new Map() };
  const tab = (name: string) => wb.tabs.find((t) => t.name === name);
  const headerRowOf = (name: string, known: number | null, words: Record<string, readonly string[]>) => {
    const t = tab(name);
    if (!t) return null;
    if (known) return { t, header: known, cols: columnsOf(t.rows[known - 1] ?? [], words) };
    for (let r = 0; r < Math.min(t.rows.length, 15); r++) {
      const cols = columnsOf(t.rows[r] ?? [], words);
      if (Object.keys(cols).length) return { t, header: r + 1, cols };
    }
    return null;
  };

  const roster = headerRowOf(
    caseload.layouts.roster.tab,
    caseload.layouts.roster.headerRow,
    REPORT_ROSTER_WORDS,
  );
  if (roster && roster.cols.consent !== undefined) {
    for (const c of caseload.clients) {
      if (c.source.sheet !== roster.t.name) continue;
      const v = roster.t.rows[c.source.row - 1]?.[roster.cols.consent];
      if (v == null || isBlank(v)) continue;
      const yes = parseYesNo(v);
      if (yes.ok) extras.consent.set(c.id, yes.value);
    }
  }

  const seen = new Map<string, ReturnType<typeof headerRowOf>>();
  for (const m of caseload.monthly) {
    if (!seen.has(m.source.sheet)) {
      const known =
        m.source.sheet === caseload.layouts.monthly.tab ? caseload.layouts.monthly.headerRow : null;
      seen.set(m.source.sheet, headerRowOf(m.source.sheet, known, REPORT_MONTHLY_WORDS));
    }
    const h = seen.get(m.source.sheet);
    if (!h) continue;
    const row = h.t.rows[m.source.row - 1] ?? [];
    const cell = (f: string) => (h.cols[f] === undefined ? null : text(row[h.cols[f]]));
    const has = (f: string) => [1, 2, 3].some((n) => h.cols[`${f}${n}`] !== undefined);
    const triple = (f: string): Triple | null =>
      has(f) ? [cell(`${f}1`), cell(`${f}2`), cell(`${f}3`)] : null;
    const created = cell('createdOn');
    const parsed = created === null ? null : parseDate(row[h.cols.createdOn!] ?? null);
    extras.monthly.set(monthlyKey(m.clientId, m.month), {
      goals: triple('goal'),
      actions: triple('action'),
      results: triple('result'),
      createdOn: parsed?.ok ? parsed.value : null,
      staff: cell('staff'),
    });
  }
  return extras;
}
