import {
  type CellValue,
  cellText,
  eraToGregorian,
  isBlank,
  isDateCell,
  keyWordsIn,
  methodOfKeys,
  normalizeWidth,
  parseMonth,
} from '../codecs/index.ts';
import { KEY_WORDS, type MethodKey } from '../codecs/key-words.ts';
import { partiesInText, readContactText } from '../codecs/narrative.ts';
import { isValidParts, type PlainDate, type YearMonth } from '../date/plain-date.ts';
import type { Contact, MonthlyRecord } from '../model/caseload.ts';
import { columnLetter } from '../model/column.ts';
import type { Finding } from '../model/finding.ts';
import { finding } from '../model/make-finding.ts';
import type { ColumnRef, GridInfo, TableLayout } from '../sheet/detect.ts';
import { normalizeHeader, ROSTER_FIELDS } from '../sheet/fields.ts';
import type { Tab } from '../sheet/tab.ts';
import type { Resolver } from './resolve.ts';
import { dataRows } from './row.ts';

/*
 * A month grid (月別支援状況表, domain §10): one row per client, one column per month. Each cell says in free
 * text what happened that month: a dated phrase is a contact of that date, an undated method word a contact in
 * that month, a mark means what the sheet's legend (凡例) says, and without a legend it is a contact whose method
 * is unknown (a warning until the office says, never an error). The same shape may hold 支援レポート shown dates.
 */

const SCAN_ROWS = 15;
/** At least this many month headers in one row make a grid. */
const MIN_MONTHS = 3;

/** A fiscal-year heading: 令和6年度, R6年度, 2024年度, 平成30年度. */
const FISCAL_YEAR = /(?:(令和|平成|昭和|R|H|S)\s*(元|\d{1,2})|(\d{4}))\s*年度/i;
/** A month header without a year: 4月, ４月. */
const BARE_MONTH = /^(\d{1,2})\s*月$/;
/** A tab or title that says the grid holds the 支援レポート shown dates. */
export const REPORT_GRID = /レポート|提示/;
/** Marks that say nothing happened that month: not a contact. */
export const NO_CONTACT_MARKS = /^(?:[×✕✖xX\-－ー―—–・]|なし|無し?|無)$/;
/** A short mark (○, ✓, 済, ◎ …): read by the legend; one or two characters, no digits or method words. */
const MARK = /^[^\d\p{L}]$|^[済了有可◯〇○●◎△▲□■☆★✓✔レ]{1,2}$/u;

/** The fiscal year a tab's headings or name give (the April it starts in), or null. */
export function fiscalYearOf(texts: readonly string[]): number | null {
  for (const t of texts) {
    const m = FISCAL_YEAR.exec(normalizeWidth(t));
    if (!m) continue;
    if (m[3]) return Number(m[3]);
    const y = eraToGregorian(
      m[1]!.toUpperCase() === 'R'
        ? '令和'
        : m[1]!.toUpperCase() === 'H'
          ? '平成'
          : m[1]!.toUpperCase() === 'S'
            ? '昭和'
            : m[1]!,
      m[2] === '元' ? 1 : Number(m[2]),
    );
    if (y !== null) return y;
  }
  return null;
}

/** A month header: a month or a date (R6.4, 2024/4, 2024年4月, a date cell), or 4月 in a fiscal year. */
function monthHeader(v: CellValue, fy: number | null): YearMonth | null {
  if (isBlank(v)) return null;
  if (!isDateCell(v) && typeof v !== 'string') return null;
  const m = parseMonth(v);
  if (m.ok) return m.value;
  const bare = BARE_MONTH.exec(normalizeWidth(cellText(v)).trim());
  if (!bare || fy === null) return null;
  const month = Number(bare[1]);
  if (month < 1 || month > 12) return null;
  const year = month >= 4 ? fy : fy + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

const ID_WORDS = new Set(ROSTER_FIELDS.id.map(normalizeHeader));
const NAME_WORDS = new Set(ROSTER_FIELDS.name.map(normalizeHeader));

/** The legend (凡例): marks and what they mean, from the cells right of and below a 凡例 cell. */
export function readLegend(rows: readonly (readonly CellValue[])[]): {
  legend: Record<string, string>;
  row: number | null;
} {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const c = row.findIndex((v) => !isBlank(v) && /凡例/.test(cellText(v)));
    if (c < 0) continue;
    const legend: Record<string, string> = {};
    const take = (cells: readonly CellValue[], from: number) => {
      const texts = cells.slice(from).map((v) => (isBlank(v) ? '' : normalizeWidth(cellText(v)).trim()));
      for (let i = 0; i < texts.length; i++) {
        const t = texts[i]!.replace(/^凡例\s*[:：]?\s*/, '');
        if (!t) continue;
        // 「○：来所面談」「○=面談」「○ 面談」 in one cell, several per cell (「○：面談　△：電話」)
        let one = false;
        for (const m of t.matchAll(/(\S{1,2}?)\s*[:：=＝]\s*([^\s:：=＝]+)/g)) {
          legend[m[1]!] = m[2]!;
          one = true;
        }
        if (one) continue;
        const pair = /^(\S{1,2})\s+(\S.*)$/.exec(t);
        if (pair) legend[pair[1]!] = pair[2]!;
        else if (t.length <= 2 && texts[i + 1]) {
          // a mark in one cell, its meaning in the next
          legend[t] = texts[i + 1]!;
          i++;
        }
      }
    };
    take(row, c);
    for (let k = r + 1; k < Math.min(rows.length, r + 12); k++) {
      const next = rows[k] ?? [];
      if (next.every((v) => isBlank(v))) break;
      take(next, 0);
    }
    return { legend, row: r + 1 };
  }
  return { legend: {}, row: null };
}

/** Recognise a month grid: a header row with a client column and at least three month headers. */
export function detectGrid(
  tab: Tab,
  /** What the office's mapping says (header row, fiscal year, legend, role): it wins over the guess. */
  given: {
    headerRow?: number;
    fiscalYear?: number;
    legend?: Record<string, string>;
    role?: 'contacts' | 'monthly';
  } = {},
): TableLayout | null {
  const rows = tab.rows;
  const headings: string[] = [tab.name];
  const from = given.headerRow ? given.headerRow - 1 : 0;
  for (let r = 0; r < Math.min(rows.length, given.headerRow ?? SCAN_ROWS); r++) {
    if (r < from) {
      for (const v of rows[r] ?? []) if (!isBlank(v)) headings.push(cellText(v));
      continue;
    }
    const row = rows[r] ?? [];
    const fy = given.fiscalYear ?? fiscalYearOf(headings);
    const months: GridInfo['months'] = [];
    let who: { field: 'clientId' | 'name'; ref: ColumnRef } | null = null;
    row.forEach((v, i) => {
      const ym = monthHeader(v, fy);
      const ref = { col: i + 1, letter: columnLetter(i + 1), header: isBlank(v) ? '' : cellText(v) };
      if (ym) {
        months.push({ ...ref, month: ym });
        return;
      }
      if (isBlank(v)) return;
      const h = normalizeHeader(cellText(v));
      // an id column identifies, wherever it stands; a name column only when there is no id column
      if (ID_WORDS.has(h) && who?.field !== 'clientId') who = { field: 'clientId', ref };
      else if (!who && NAME_WORDS.has(h)) who = { field: 'name', ref };
    });
    for (const v of row) if (!isBlank(v)) headings.push(cellText(v));
    const found = who as { field: 'clientId' | 'name'; ref: ColumnRef } | null;
    if (!found || months.length < MIN_MONTHS) continue;
    if (new Set(months.map((m) => m.month)).size !== months.length) continue;
    const title = headings.join(' ');
    const read = readLegend(rows);
    const legend = { ...read.legend, ...(given.legend ?? {}) };
    const legendRow = read.row;
    const kind = given.role ?? (REPORT_GRID.test(title) ? 'monthly' : 'contacts');
    const columns: TableLayout['columns'] = { [found.field]: found.ref };
    // the name column beside an id column, for messages
    if (found.field === 'clientId') {
      const n = row.findIndex((v) => !isBlank(v) && NAME_WORDS.has(normalizeHeader(cellText(v))));
      if (n >= 0) columns.name = { col: n + 1, letter: columnLetter(n + 1), header: cellText(row[n]!) };
    }
    return {
      kind: 'table',
      tab: tab.name,
      role: kind,
      headerRow: r + 1,
      columns,
      unknownHeaders: [],
      ignored: [],
      alternatives: {},
      score: 10 + months.length,
      grid: { months, fiscalYear: fy, legend, legendRow, clientRows: {} },
    };
  }
  return null;
}

/** A day written in a cell without a year (4/8, 4月8日): its year is the month column's, or the adjacent one. */
function dayIn(month: YearMonth, m: number, d: number): PlainDate | null {
  const [y, cm] = month.split('-').map(Number) as [number, number];
  // a day of the month before or after the column's month (3/30 in an April column) stays near it
  const year = m - cm > 6 ? y - 1 : cm - m > 6 ? y + 1 : y;
  if (!isValidParts(year, m, d)) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DAY = /(\d{1,2})\s*[/月]\s*(\d{1,2})\s*日?/g;

interface CellReading {
  contacts: {
    date: PlainDate;
    undated: boolean;
    method: Contact['method'];
    parties: Contact['parties'];
    unknown?: string;
  }[];
  /** Words read as nothing (not a method, mark or date): reported once per tab. */
  unknown: string[];
}

/** One grid cell of a contacts grid, read as domain §10 says. */
export function readGridCell(v: CellValue, month: YearMonth, legend: Record<string, string>): CellReading {
  const out: CellReading = { contacts: [], unknown: [] };
  if (isBlank(v)) return out;
  if (isDateCell(v))
    return {
      contacts: [
        { date: v.value, undated: false, method: null, parties: ['client'], unknown: '（日付のみ）' },
      ],
      unknown: [],
    };
  const text = normalizeWidth(cellText(v)).trim();
  if (NO_CONTACT_MARKS.test(text)) return out;
  const first = `${month}-01` as PlainDate;
  // a mark: what the legend says, or a contact of unknown method
  if (MARK.test(text)) {
    const meaning = legend[text];
    if (meaning === undefined) {
      out.contacts.push({ date: first, undated: true, method: null, parties: ['client'], unknown: text });
      return out;
    }
    if (NO_CONTACT_MARKS.test(meaning) || /なし|無し|未実施|未/.test(meaning)) return out;
    const r = readContactText(meaning);
    out.contacts.push({
      date: first,
      undated: true,
      method: r?.method ? { ...r.method, word: `${text}（${meaning}）` } : null,
      parties: r?.parties ?? ['client'],
      ...(r?.method ? {} : { unknown: `${text}（${meaning}）` }),
    });
    return out;
  }
  // phrases: 「4/8面談、4/22電話」「訪問 5/10」
  for (const phrase of text.split(/[、,，;；\n]+/)) {
    const p = phrase.trim();
    if (!p) continue;
    const days = [...p.matchAll(DAY)];
    const rest = p.replace(DAY, ' ').trim();
    const keys = keyWordsIn<MethodKey>(rest, KEY_WORDS.method);
    const legendWord = legend[rest];
    const meaning = legendWord ?? (keys.length ? rest : null);
    const r = meaning ? readContactText(meaning) : null;
    const method: Contact['method'] = r?.method
      ? { ...r.method, word: p }
      : keys.length
        ? { kind: methodOfKeys(keys), word: p }
        : null;
    const parties = rest ? partiesOr(rest) : ['client' as const];
    if (days.length === 0) {
      if (!method) {
        if (MARK.test(rest))
          out.contacts.push({ date: first, undated: true, method: null, parties: ['client'], unknown: rest });
        else out.unknown.push(p);
        continue;
      }
      out.contacts.push({ date: first, undated: true, method, parties });
      continue;
    }
    for (const d of days) {
      const date = dayIn(month, Number(d[1]), Number(d[2]));
      if (!date) {
        out.unknown.push(p);
        continue;
      }
      out.contacts.push({ date, undated: false, method, parties, ...(method ? {} : { unknown: p }) });
    }
  }
  return out;
}

const partiesOr = (t: string): Contact['parties'] => {
  const p = partiesInText(t);
  return p.length ? p : ['client'];
};

/** Read a month grid of contacts, or of 支援レポート shown dates (role monthly). */
export function readGrid(
  layout: TableLayout,
  rows: readonly (readonly CellValue[])[],
  clients: Resolver,
): { contacts: Contact[]; monthly: MonthlyRecord[]; findings: Finding[] } {
  const grid = layout.grid!;
  const findings: Finding[] = [];
  const contacts: Contact[] = [];
  const monthly: MonthlyRecord[] = [];
  const unknown = new Map<string, { row: number; letter: string }[]>();
  const marks = new Map<string, number>();
  const end = grid.legendRow && grid.legendRow > layout.headerRow ? grid.legendRow - 1 : rows.length;
  for (const row of dataRows(layout, rows.slice(0, end))) {
    const client = clients.resolve(row, findings, layout.role === 'monthly' ? '月次の記録' : '支援記録');
    if (!client) continue;
    grid.clientRows[client.id] ??= row.row;
    for (const m of grid.months) {
      const v = row.cells[m.col - 1] ?? null;
      const at = { sheet: layout.tab, row: row.row, column: m.letter, header: m.header };
      if (layout.role === 'monthly') {
        if (isBlank(v)) continue;
        const shown = shownDate(v, m.month);
        if (!shown) {
          findings.push(
            finding({
              rule: 'data.unknown-value',
              clientId: client.id,
              clientName: client.name,
              message: `「${layout.tab}」${row.row}行目 ${m.letter}列「${m.header}」: 「${cellText(v)}」は支援レポートの提示日として読めません。提示した日（${m.month.slice(5).replace(/^0/, '')}/25 など）を書いてください`,
              at,
            }),
          );
          continue;
        }
        monthly.push({
          month: m.month,
          clientId: client.id,
          goals: [],
          nextSupport: null,
          clientEffort: null,
          employerEffort: null,
          agencyEffort: null,
          shared: null,
          reportShownDate: shown,
          jobcoach: false,
          onLeave: false,
          caseMeeting: false,
          source: { sheet: layout.tab, row: row.row },
          cell: { column: m.letter, header: m.header },
        });
        continue;
      }
      const r = readGridCell(v, m.month, grid.legend);
      for (const w of r.unknown)
        unknown.set(w, [...(unknown.get(w) ?? []), { row: row.row, letter: m.letter }]);
      for (const c of r.contacts) {
        if (c.unknown && c.unknown.length <= 2) marks.set(c.unknown, (marks.get(c.unknown) ?? 0) + 1);
        contacts.push({
          date: c.date,
          clientId: client.id,
          parties: c.parties,
          method: c.method,
          place: null,
          goal: null,
          content: cellText(v),
          result: null,
          staff: null,
          source: { sheet: layout.tab, row: row.row },
          cell: { column: m.letter, header: m.header },
          ...(c.undated ? { undated: true as const } : {}),
          ...(c.unknown ? { unreadable: { method: c.unknown } } : {}),
        });
      }
    }
  }
  // what the grid's marks and words could not say: once per tab, never once per cell
  for (const [mark, n] of marks)
    findings.push(
      finding({
        rule: 'data.unknown-value',
        message: `「${layout.tab}」の記号「${mark}」（${n}か所）の意味が分かりません。${Object.keys(grid.legend).length ? '凡例にこの記号がありません' : 'このタブに凡例がありません'}。対面の支援かどうか判断できないので、その月は警告にしています。凡例に「${mark}：来所面談」のように書いてください`,
        at: { sheet: layout.tab, row: layout.headerRow },
      }),
    );
  for (const [word, where] of unknown)
    findings.push(
      finding({
        rule: 'data.unknown-value',
        message: `「${layout.tab}」の「${word}」（${where.length}か所、${where
          .slice(0, 3)
          .map((w) => `${w.row}行目 ${w.letter}列`)
          .join(
            '・',
          )}${where.length > 3 ? ' ほか' : ''}）は支援の記録として読めないので、数えていません。面談・訪問・電話などの方法と日付（4/8 など）で書いてください`,
        at: { sheet: layout.tab, row: where[0]!.row, column: where[0]!.letter },
      }),
    );
  return { contacts, monthly, findings };
}

/** A shown date in a report grid cell: a date, a date text, or a day (4/25) of the month column or the next. */
function shownDate(v: CellValue, month: YearMonth): PlainDate | null {
  if (isDateCell(v)) return v.value;
  const t = normalizeWidth(cellText(v)).trim();
  const full = /^(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?$/.exec(t);
  if (full) {
    const [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
    return isValidParts(y, m, d) ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
  }
  const day = /^(\d{1,2})\s*[/月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (!day) return null;
  return dayIn(month, Number(day[1]), Number(day[2]));
}
