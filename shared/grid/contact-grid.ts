import {
  addMonthsToMonth,
  monthOf,
  monthsBetween,
  type PlainDate,
  type YearMonth,
} from '../date/plain-date.ts';
import { buildFacts, type ClientFacts } from '../evaluate/facts.ts';
import { type Caseload, recordsRead, type Unread } from '../model/caseload.ts';

/**
 * The 月次接触状況 grid: clients × months, one mark per month, so a manager sees the missing monthly
 * face-to-face contacts at a glance. Pure data: the add-on paints it in a tab, the CLI in its xlsx copy.
 */

/**
 * ✓ face to face or video done · ✗ missing · △ month in progress, none yet · 電 phone/mail only · — outside ·
 * ？ the client's contact records could not be read (said once as data.missing-required, never as ✗).
 */
export type GridMark = '✓' | '✗' | '△' | '電' | '—' | '？';

export const MARK_LABEL: Record<GridMark, string> = {
  '✓': '対面・テレビ電話の支援あり',
  '✗': '対面の支援がない（不足）',
  '△': '今月はまだ（月末までに必要）',
  電: '電話・メール等のみ（対面に数えない）',
  '—': '支援期間の外',
  '？': '支援記録が読めず分からない',
};

/** Background colours (hex, #rrggbb) shared by every renderer of the grid. */
export const MARK_COLOR: Record<GridMark, string> = {
  '✓': '#d9ead3',
  '✗': '#f4c7c3',
  '△': '#fce8b2',
  電: '#fde0c5',
  '—': '#eeeeee',
  '？': '#e8eaed',
};
/** A 休職 month is shown in this colour when nothing is missing in it. */
export const LEAVE_COLOR = '#d2e3fc';

export interface GridCell {
  month: YearMonth;
  mark: GridMark;
  /** The month is marked 休職 on the monthly record. */
  onLeave: boolean;
  /** The month is marked as a ジョブコーチ month on the monthly record. */
  jobcoach: boolean;
  /** Face-to-face (or video) contacts with the client in the month. */
  faceToFace: number;
  /** Other contacts with the client in the month (phone, mail, …). */
  otherContacts: number;
  /** Where the month's record sits in the office's sheet, when it has one. */
  source: { sheet: string; row: number } | null;
}

export interface GridRow {
  clientId: string;
  name: string;
  staff: string | null;
  /** The support window: first and last day (null when the roster does not say). */
  start: PlainDate | null;
  end: PlainDate | null;
  /** Where the client's roster row is. */
  source: { sheet: string; row: number };
  cells: GridCell[];
  /** Months marked ✗ among the shown months. */
  missing: number;
}

export interface ContactGrid {
  asOf: PlainDate;
  months: YearMonth[];
  rows: GridRow[];
}

export interface GridOptions {
  /** Last month shown (default: the as-of month). */
  to?: YearMonth;
  /** How many months to show, ending at `to` (default 12). */
  months?: number;
}

/** The text of a grid cell: the mark, then 休 for a 休職 month and JC for a job-coach month. */
export function cellLabel(c: GridCell): string {
  return c.mark + (c.onLeave ? '休' : '') + (c.jobcoach ? 'JC' : '');
}

/** The background of a grid cell: a 休職 month that is not missing anything is shown as leave. */
export function cellColor(c: GridCell): string {
  if (c.onLeave && c.mark !== '✗' && c.mark !== '—') return LEAVE_COLOR;
  return MARK_COLOR[c.mark];
}

function rowOf(f: ClientFacts, months: YearMonth[], unread: Unread | undefined): GridRow {
  const known = recordsRead(unread, 'contacts', f.client.id);
  const byMonth = new Map(f.months.map((m) => [m.month, m]));
  const cells: GridCell[] = months.map((month) => {
    const m = byMonth.get(month);
    if (!m) {
      return {
        month,
        mark: '—',
        onLeave: false,
        jobcoach: false,
        faceToFace: 0,
        otherContacts: 0,
        source: null,
      };
    }
    const faceToFace = m.faceToFace.length;
    const otherContacts = m.clientContacts.length - faceToFace;
    const mark: GridMark = !known
      ? '？'
      : faceToFace > 0
        ? '✓'
        : m.inProgress
          ? '△'
          : otherContacts > 0
            ? '電'
            : '✗';
    return {
      month,
      mark,
      onLeave: m.record?.onLeave ?? false,
      jobcoach: m.record?.jobcoach ?? false,
      faceToFace,
      otherContacts,
      source: m.record ? { sheet: m.record.source.sheet, row: m.record.source.row } : null,
    };
  });
  return {
    clientId: f.client.id,
    name: f.client.name,
    staff: f.client.staff,
    start: f.period?.start ?? null,
    end: f.period?.end ?? null,
    source: f.client.source,
    cells,
    missing: cells.filter((c) => c.mark === '✗' || c.mark === '電').length,
  };
}

/**
 * Build the grid at the as-of date. A month counts the way the rule contact.face-to-face-missing counts
 * it (the same facts), so a ✗ or 電 here is a finding there, unless the month is in progress (△).
 */
export function contactGrid(
  caseload: Caseload,
  asOf: PlainDate,
  opts: GridOptions = {},
  facts: ClientFacts[] = buildFacts(caseload, asOf),
): ContactGrid {
  const to = opts.to ?? monthOf(asOf);
  const count = Math.max(1, opts.months ?? 12);
  const months = monthsBetween(addMonthsToMonth(to, -(count - 1)), to);
  return { asOf, months, rows: facts.map((f) => rowOf(f, months, caseload.unread)) };
}

/** The grid as rows of text, header first: what a tab or a table shows. */
export function gridTable(grid: ContactGrid, monthLabel: (m: YearMonth) => string): string[][] {
  const head = [
    '利用者ID',
    '氏名',
    '担当',
    '支援開始日',
    '支援終了日',
    '不足',
    ...grid.months.map(monthLabel),
  ];
  const body = grid.rows.map((r) => [
    r.clientId,
    r.name,
    r.staff ?? '',
    r.start ?? '',
    r.end ?? '',
    r.missing ? String(r.missing) : '',
    ...r.cells.map(cellLabel),
  ]);
  return [head, ...body];
}

/** Number of columns before the month columns in gridTable. */
export const GRID_LEAD_COLUMNS = 6;
