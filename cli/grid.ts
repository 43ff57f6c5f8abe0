import { formatEraDate, formatEraMonth, formatEraMonthShort } from '../shared/codecs/index.ts';
import type { PlainDate } from '../shared/date/plain-date.ts';
import {
  type ContactGrid,
  cellColor,
  GRID_LEAD_COLUMNS,
  type GridMark,
  gridTable,
  MARK_LABEL,
} from '../shared/grid/contact-grid.ts';
import type { NewCell, NewSheet } from './xlsx-patch.ts';

/** The tab of the annotated copy that holds the grid: the same name as the add-on's. */
export const GRID_TAB = '月次接触状況';

/** Columns a character takes in a terminal: CJK and full-width forms take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/** An ANSI 24-bit background for a #rrggbb colour (dark text on it). */
function paint(text: string, hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `\x1b[48;2;${(n >> 16) & 255};${(n >> 8) & 255};${n & 255}m\x1b[30m${text}\x1b[0m`;
}

const MARKS: GridMark[] = ['✓', '✗', '△', '電', '—', '？'];

/**
 * The grid as terminal lines: one row per client, one column per month (R7.3), the marks of the
 * add-on's 月次接触状況 tab, coloured the same way when `color` is set, then the legend.
 */
export function gridLines(grid: ContactGrid, color = false): string[] {
  const table = gridTable(grid, formatEraMonthShort);
  // the terminal shows ID, name, missing count, then months (staff and dates are in the tab)
  const lead = [0, 1, 5];
  const cols = [...lead, ...grid.months.map((_, i) => GRID_LEAD_COLUMNS + i)];
  const widths = cols.map((c) => Math.max(...table.map((r) => displayWidth(r[c] ?? ''))));
  const lines: string[] = [];
  table.forEach((row, r) => {
    const cells = cols.map((c, i) => {
      const text = pad(row[c] ?? '', widths[i]!);
      const cell = r > 0 && c >= GRID_LEAD_COLUMNS ? grid.rows[r - 1]!.cells[c - GRID_LEAD_COLUMNS]! : null;
      return color && cell ? paint(text, cellColor(cell)) : text;
    });
    lines.push(cells.join(' ').trimEnd());
  });
  lines.push(
    `凡例: ${MARKS.map((m) => `${m} ${MARK_LABEL[m]}`).join('　')}　休 休職中の月　JC ジョブコーチの月`,
  );
  return lines;
}

const fill = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const era = (d: string) => (d ? formatEraDate(d as PlainDate) : '');

/** The 月次接触状況 tab of the annotated copy: the same rows and colours as the add-on's tab. */
export function gridSheet(grid: ContactGrid): NewSheet {
  const [head, ...body] = gridTable(grid, formatEraMonth);
  const rows: NewCell[][] = [
    head!.map((value) => ({ value, bold: true })),
    ...body.map((row, r) =>
      row.map((value, c): NewCell => {
        if (c === 3 || c === 4) return { value: era(value) };
        if (c === 5) return { value: value ? Number(value) : null };
        if (c < GRID_LEAD_COLUMNS) return { value };
        return { value, fill: fill(cellColor(grid.rows[r]!.cells[c - GRID_LEAD_COLUMNS]!)) };
      }),
    ),
  ];
  return {
    name: GRID_TAB,
    rows,
    frozenRows: 1,
    widths: [10, 14, 10, 16, 16, 6, ...grid.months.map(() => 11)],
  };
}
