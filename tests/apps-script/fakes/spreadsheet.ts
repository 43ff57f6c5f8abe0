/// <reference types="google-apps-script" />
import { as, type Calls, expose, unwrap } from './calls.ts';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** A date cell as stored: the calendar day the sheet shows. */
export interface DayValue {
  day: string;
}
export interface CellData {
  v: unknown;
  /** The formula the cell holds ('' for none): what getFormulas answers. */
  f?: string;
  note: string;
  bg: string | null;
  bold: boolean;
}
const emptyCell = (): CellData => ({ v: '', note: '', bg: null, bold: false });
const EMPTY: Readonly<CellData> = Object.freeze(emptyCell());
const isDay = (v: unknown): v is DayValue => typeof v === 'object' && v !== null && 'day' in v;

const formatters = new Map<string, Intl.DateTimeFormat>();
const instants = new Map<string, number>();

/** The instant of midnight of `day` in `timeZone`, as a Date of the given realm (the vm context's own Date). */
export function midnightIn(day: string, timeZone: string, DateCtor: DateConstructor): Date {
  const key = `${timeZone} ${day}`;
  const known = instants.get(key);
  if (known !== undefined) return new DateCtor(known);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, fmt);
  }
  const f = fmt;
  const offset = (t: number) => {
    const parts = f.formatToParts(new Date(t));
    const g = (k: string) => Number(parts.find((p) => p.type === k)?.value);
    return Date.UTC(g('year'), g('month') - 1, g('day'), g('hour'), g('minute'), g('second')) - t;
  };
  let t = guess - offset(guess);
  t = guess - offset(t);
  instants.set(key, t);
  return new DateCtor(t);
}

/**
 * What a string written by `setValues` becomes. Apps Script's setValues enters strings as typed input,
 * the Sheets API's USER_ENTERED: "The values will be parsed as if the user typed them into the UI. Numbers
 * will stay as numbers, but strings may be converted to numbers, dates, etc. following the same rules that
 * are applied when entering text into a cell via the Google Sheets UI."
 * (developers.google.com/sheets/api/reference/rest/v4/ValueInputOption). The rules copied here, for a
 * Japanese-locale sheet: a leading apostrophe keeps the rest as text; `=` starts a formula; a number
 * (with thousands separators or a percent sign) becomes a number; TRUE/FALSE a boolean; a date written
 * YYYY-MM-DD, YYYY/M/D or YYYY年M月D日 a date. Anything else stays text.
 */
export function parseTyped(s: string): { v: unknown; f: string } {
  if (s.startsWith("'")) return { v: s.slice(1), f: '' };
  if (s.startsWith('=') && s.length > 1) return { v: evaluateFormula(s), f: s };
  const t = s.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t) || /^[+-]?\.\d+$/.test(t))
    return { v: Number(t.replace(/,/g, '')), f: '' };
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return { v: Number(t.slice(0, -1)) / 100, f: '' };
  if (/^(true|false)$/i.test(t)) return { v: t.toLowerCase() === 'true', f: '' };
  const d = /^(\d{4})(?:[-/](\d{1,2})[-/](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/.exec(t);
  if (d) {
    const y = Number(d[1]);
    const m = Number(d[2] ?? d[4]);
    const day = Number(d[3] ?? d[5]);
    const probe = new Date(Date.UTC(y, m - 1, day));
    if (probe.getUTCMonth() === m - 1 && probe.getUTCDate() === day)
      return { v: { day: probe.toISOString().slice(0, 10) } satisfies DayValue, f: '' };
  }
  return { v: s, f: '' };
}

/**
 * The value Sheets shows for the formulas the add-on writes: =HYPERLINK(url[, label]) shows the label (or
 * the url), ="text" the text, =N("…")=0 TRUE. Any other formula is refused loudly: the fake cannot compute
 * it, and a test must not read a made-up value.
 */
export function evaluateFormula(formula: string): unknown {
  const str = '"((?:[^"]|"")*)"';
  const unq = (x: string) => x.replace(/""/g, '"');
  const link = new RegExp(`^=HYPERLINK\\(${str}(?:\\s*[,;]\\s*${str})?\\)$`, 'i').exec(formula);
  if (link) return unq(link[2] ?? link[1]!);
  const lit = new RegExp(`^=${str}$`).exec(formula);
  if (lit) return unq(lit[1]!);
  if (new RegExp(`^=N\\(${str}\\)=0$`, 'i').test(formula)) return true;
  throw new Error(`fake setValues: the formula ${formula} is not evaluated by the fake`);
}

export function a1ToRC(a1: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.replace(/\$/g, ''));
  if (!m) throw new Error(`Range not found: ${a1}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]!);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}
export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A conditional-format rule: custom formula or another kind the office made, with its ranges. */
export class FakeRule {
  constructor(
    readonly criteria: string,
    readonly values: unknown[],
    readonly background: string | null,
    public ranges: { row: number; col: number; rows: number; cols: number }[],
    readonly sheet: FakeSheet,
    /** A colour-scale rule the office made: no boolean condition. */
    readonly gradient = false,
  ) {}
  /** "Retrieves the rule's BooleanCondition information if this rule uses boolean condition criteria. Otherwise returns null." (ConditionalFormatRule reference) */
  getBooleanCondition() {
    if (this.gradient) return null;
    return expose(this.sheet.ss.calls, 'BooleanCondition', {
      getCriteriaType: () => this.criteria,
      getCriteriaValues: () => [...this.values],
      getBackground: () => this.background,
    });
  }
  /** "…if this rule uses gradient condition criteria. Otherwise returns null." */
  getGradientCondition() {
    if (!this.gradient) return null;
    return expose(this.sheet.ss.calls, 'GradientCondition', {
      getMinColorObject: () => null,
      getMaxColorObject: () => null,
    });
  }
  getRanges(): GRange[] {
    return this.ranges.map((r) => this.sheet.rangeOf(r.row, r.col, r.rows, r.cols));
  }
  copy() {
    return new FakeRuleBuilder(this.sheet.ss.calls, this);
  }
  /** A stable description for comparisons in tests. */
  describe() {
    return {
      ...(this.gradient ? { gradient: true } : {}),
      criteria: this.criteria,
      values: this.values,
      background: this.background,
      ranges: this.ranges.map(
        (r) => `${colLetter(r.col)}${r.row}:${colLetter(r.col + r.cols - 1)}${r.row + r.rows - 1}`,
      ),
    };
  }
}

export class FakeRuleBuilder {
  private criteria = 'CUSTOM_FORMULA';
  private values: unknown[] = [];
  private background: string | null = null;
  private ranges: GRange[] = [];
  private gradient = false;
  constructor(
    readonly calls: Calls,
    from?: FakeRule,
  ) {
    if (from) {
      this.gradient = from.gradient;
      this.criteria = from.criteria;
      this.values = [...from.values];
      this.background = from.background;
      this.ranges = from.getRanges();
    }
  }
  whenFormulaSatisfied(formula: string) {
    this.criteria = 'CUSTOM_FORMULA';
    this.values = [formula];
    return expose(this.calls, 'ConditionalFormatRuleBuilder', this);
  }
  whenCellEmpty() {
    this.criteria = 'CELL_EMPTY';
    this.values = [];
    return expose(this.calls, 'ConditionalFormatRuleBuilder', this);
  }
  setBackground(color: string | null) {
    this.background = color;
    return expose(this.calls, 'ConditionalFormatRuleBuilder', this);
  }
  setRanges(ranges: GRange[]) {
    this.ranges = ranges;
    return expose(this.calls, 'ConditionalFormatRuleBuilder', this);
  }
  build(): GRule {
    const rs = this.ranges.map((r) => unwrap(r) as unknown as FakeRange);
    const sheet = rs[0]?.sheet;
    if (!sheet) throw new Error('Exception: A conditional format rule must have at least one range.');
    const rule = new FakeRule(
      this.criteria,
      this.values,
      this.background,
      rs.map((r) => ({ row: r.row, col: r.col, rows: r.rows, cols: r.cols })),
      sheet,
      this.gradient,
    );
    return as<GRule>(expose(this.calls, 'ConditionalFormatRule', rule));
  }
}

type RangeKeys =
  | 'getValues'
  | 'setValues'
  | 'getValue'
  | 'getFormulas'
  | 'getNotes'
  | 'setNotes'
  | 'getNote'
  | 'setNote'
  | 'getBackgrounds'
  | 'setBackgrounds'
  | 'setBackground'
  | 'setFontWeight'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'activate'
  | 'createFilter'
  | 'getSheet';

export class FakeRange implements Pick<GRange, RangeKeys> {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    if (
      row < 1 ||
      col < 1 ||
      rows < 1 ||
      cols < 1 ||
      row + rows - 1 > sheet.maxRows ||
      col + cols - 1 > sheet.maxCols
    )
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
  }
  /** Read every cell of the range (without creating the empty ones). */
  private map<T>(f: (c: CellData) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const src = this.sheet.cells[this.row + r - 1];
      const row: T[] = [];
      for (let c = 0; c < this.cols; c++) row.push(f(src?.[this.col + c - 1] ?? EMPTY));
      out.push(row);
    }
    return out;
  }
  /** Change every cell of the range. */
  private mutate(f: (c: CellData) => void) {
    for (let r = 0; r < this.rows; r++)
      for (let c = 0; c < this.cols; c++) f(this.sheet.cell(this.row + r, this.col + c));
  }
  private check(data: unknown[][], what: string) {
    if (!Array.isArray(data) || data.length !== this.rows)
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data?.length ?? 0} but the range has ${this.rows}.`,
      );
    for (const row of data)
      if (!Array.isArray(row) || row.length !== this.cols)
        throw new Error(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${row?.length ?? 0} but the range has ${this.cols}. (${what})`,
        );
  }
  private each(data: unknown[][], f: (c: CellData, v: unknown) => void) {
    data.forEach((row, r) => {
      row.forEach((v, c) => {
        f(this.sheet.cell(this.row + r, this.col + c), v);
      });
    });
  }
  getValues(): unknown[][] {
    const ss = this.sheet.ss;
    return this.map((c) => (isDay(c.v) ? midnightIn(c.v.day, ss.timeZone, ss.DateCtor) : c.v));
  }
  getValue(): unknown {
    return this.getValues()[0]![0];
  }
  /** Strings are parsed as typed input (parseTyped); numbers, booleans and Dates are kept. */
  setValues(values: unknown[][]) {
    this.check(values, 'setValues');
    this.each(values, (c, v) => {
      if (typeof v === 'string') {
        const p = parseTyped(v);
        c.v = p.v;
        c.f = p.f;
      } else {
        c.v = v === null || v === undefined ? '' : v;
        c.f = '';
      }
    });
    return as<GRange>(this);
  }
  /** "Returns the formulas … Empty cells … ''" (Range.getFormulas): '' for a cell without a formula. */
  getFormulas(): string[][] {
    return this.map((c) => c.f ?? '');
  }
  getNotes(): string[][] {
    return this.map((c) => c.note);
  }
  getNote(): string {
    return this.sheet.cell(this.row, this.col).note;
  }
  setNotes(notes: unknown[][]) {
    this.check(notes, 'setNotes');
    this.each(notes, (c, v) => {
      c.note = v === null || v === undefined ? '' : String(v);
    });
    return as<GRange>(this);
  }
  setNote(note: string | null) {
    this.mutate((c) => {
      c.note = note ?? '';
    });
    return as<GRange>(this);
  }
  getBackgrounds(): string[][] {
    return this.map((c) => c.bg ?? '#ffffff');
  }
  setBackgrounds(colors: string[][]) {
    this.check(colors, 'setBackgrounds');
    this.each(colors, (c, v) => {
      c.bg = v === null ? null : String(v);
    });
    return as<GRange>(this);
  }
  setBackground(color: string | null) {
    this.mutate((c) => {
      c.bg = color;
    });
    return as<GRange>(this);
  }
  setFontWeight(w: string | null) {
    this.mutate((c) => {
      c.bold = w === 'bold';
    });
    return as<GRange>(this);
  }
  getA1Notation(): string {
    const a = `${colLetter(this.col)}${this.row}`;
    return this.rows === 1 && this.cols === 1
      ? a
      : `${a}:${colLetter(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
  }
  getRow() {
    return this.row;
  }
  getColumn() {
    return this.col;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.cols;
  }
  activate() {
    this.sheet.ss.active = { sheet: this.sheet.name, a1: this.getA1Notation() };
    return as<GRange>(this);
  }
  createFilter(): GoogleAppsScript.Spreadsheet.Filter {
    if (this.sheet.filter)
      throw new Error('Exception: You can\u2019t create a filter in a sheet that already has a filter.');
    this.sheet.filter = this.getA1Notation();
    return as<GoogleAppsScript.Spreadsheet.Filter>({});
  }
  getSheet(): GSheet {
    return as<GSheet>(this.sheet.exposed());
  }
}

type SheetKeys =
  | 'getName'
  | 'getSheetId'
  | 'getDataRange'
  | 'getRange'
  | 'getRangeList'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getConditionalFormatRules'
  | 'setConditionalFormatRules'
  | 'insertRowsBefore'
  | 'insertRowsAfter'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'deleteRows'
  | 'deleteColumns'
  | 'setFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenRows'
  | 'getFrozenColumns'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'activate';

type Box = { row: number; col: number; rows: number; cols: number };

export class FakeSheet implements Pick<GSheet, SheetKeys> {
  cells: CellData[][] = [];
  rules: FakeRule[] = [];
  frozenRows = 0;
  frozenCols = 0;
  filter: string | null = null;
  widths = new Map<number, number>();
  constructor(
    readonly ss: FakeSpreadsheet,
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxCols = 26,
  ) {}
  exposed(): GSheet {
    return as<GSheet>(expose(this.ss.calls, 'Sheet', this));
  }
  cell(r: number, c: number): CellData {
    let row = this.cells[r - 1];
    if (!row) {
      row = [];
      this.cells[r - 1] = row;
    }
    let cell = row[c - 1];
    if (!cell) {
      cell = emptyCell();
      row[c - 1] = cell;
    }
    return cell;
  }
  rangeOf(row: number, col: number, rows = 1, cols = 1): GRange {
    return as<GRange>(expose(this.ss.calls, 'Range', new FakeRange(this, row, col, rows, cols)));
  }
  getName() {
    return this.name;
  }
  getSheetId() {
    return this.id;
  }
  getLastRow() {
    for (let r = this.cells.length; r > 0; r--) if (this.cells[r - 1]?.some((c) => c && c.v !== '')) return r;
    return 0;
  }
  getLastColumn() {
    let last = 0;
    for (const row of this.cells) {
      if (!row) continue;
      for (let i = 0; i < row.length; i++) if (row[i] && row[i]!.v !== '') last = Math.max(last, i + 1);
    }
    return last;
  }
  getMaxRows() {
    return this.maxRows;
  }
  getMaxColumns() {
    return this.maxCols;
  }
  getDataRange(): GRange {
    return this.rangeOf(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  getRange(a: string | number, b?: number, c?: number, d?: number): GRange {
    if (typeof a === 'string') {
      const r = a1ToRC(a);
      return this.rangeOf(r.row, r.col, r.rows, r.cols);
    }
    return this.rangeOf(a, b ?? 1, c ?? 1, d ?? 1);
  }
  getRangeList(a1s: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    const ranges = a1s.map((a) => {
      const r = a1ToRC(a);
      return this.rangeOf(r.row, r.col, r.rows, r.cols);
    });
    return as<GoogleAppsScript.Spreadsheet.RangeList>(
      expose(this.ss.calls, 'RangeList', { getRanges: () => ranges }),
    );
  }
  getConditionalFormatRules(): GRule[] {
    return this.rules.map((r) => as<GRule>(expose(this.ss.calls, 'ConditionalFormatRule', r)));
  }
  setConditionalFormatRules(rules: GRule[]) {
    this.rules = rules.map((r) => unwrap(r) as unknown as FakeRule);
  }
  private moveBoxes(f: (b: Box) => Box | null) {
    this.rules = this.rules.flatMap((rule) => {
      rule.ranges = rule.ranges.map(f).filter((b): b is Box => b !== null);
      return rule.ranges.length ? [rule] : [];
    });
  }
  /**
   * Sheets semantics, as a person sees them when inserting or deleting rows or columns: cells and notes
   * move with their row or column, and so do the ranges of conditional-format rules — a range below or to
   * the right of an insertion moves by the number inserted, one that spans it grows; a range after a
   * deletion moves back by the number deleted, one that overlaps it shrinks, one inside it is dropped (and a
   * rule left without a range is gone).
   */
  private static inserted(start: number, size: number, at: number, n: number): [number, number] {
    if (start >= at) return [start + n, size];
    if (start + size - 1 >= at) return [start, size + n];
    return [start, size];
  }
  private static deleted(start: number, size: number, at: number, n: number): [number, number] | null {
    const last = start + size - 1;
    const end = at + n - 1;
    const keptBefore = Math.max(0, Math.min(last, at - 1) - start + 1);
    const keptAfter = Math.max(0, last - Math.max(start, end + 1) + 1);
    const kept = keptBefore + keptAfter;
    if (kept === 0) return null;
    return [start < at ? start : start > end ? start - n : at, kept];
  }
  insertRowsBefore(before: number, howMany: number): GSheet {
    this.cells.splice(before - 1, 0, ...Array.from({ length: howMany }, () => [] as CellData[]));
    this.maxRows += howMany;
    this.moveBoxes((b) => {
      const [row, rows] = FakeSheet.inserted(b.row, b.rows, before, howMany);
      return { ...b, row, rows };
    });
    return this.exposed();
  }
  insertRowsAfter(after: number, howMany: number): GSheet {
    this.insertRowsBefore(after + 1, howMany);
    return this.exposed();
  }
  insertColumnsBefore(before: number, howMany: number): GSheet {
    for (const row of this.cells)
      if (row && row.length >= before)
        row.splice(before - 1, 0, ...Array.from({ length: howMany }, emptyCell));
    this.maxCols += howMany;
    this.moveBoxes((b) => {
      const [col, cols] = FakeSheet.inserted(b.col, b.cols, before, howMany);
      return { ...b, col, cols };
    });
    return this.exposed();
  }
  insertColumnsAfter(after: number, howMany: number): GSheet {
    this.insertColumnsBefore(after + 1, howMany);
    return this.exposed();
  }
  deleteColumns(start: number, howMany: number) {
    for (const row of this.cells) if (row) row.splice(start - 1, howMany);
    this.maxCols -= howMany;
    this.moveBoxes((b) => {
      const m = FakeSheet.deleted(b.col, b.cols, start, howMany);
      return m ? { ...b, col: m[0], cols: m[1] } : null;
    });
  }
  deleteRows(start: number, howMany: number) {
    this.cells.splice(start - 1, howMany);
    this.maxRows -= howMany;
    this.moveBoxes((b) => {
      const m = FakeSheet.deleted(b.row, b.rows, start, howMany);
      return m ? { ...b, row: m[0], rows: m[1] } : null;
    });
  }
  setFrozenRows(n: number) {
    this.frozenRows = n;
  }
  setFrozenColumns(n: number) {
    this.frozenCols = n;
  }
  getFrozenRows() {
    return this.frozenRows;
  }
  getFrozenColumns() {
    return this.frozenCols;
  }
  setColumnWidth(col: number, width: number): GSheet {
    this.widths.set(col, width);
    return this.exposed();
  }
  setColumnWidths(start: number, n: number, width: number): GSheet {
    for (let i = 0; i < n; i++) this.widths.set(start + i, width);
    return this.exposed();
  }
  activate(): GSheet {
    this.ss.active = { sheet: this.name, a1: 'A1' };
    return this.exposed();
  }
}

type SpreadsheetKeys =
  | 'getSheets'
  | 'getSheetByName'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getNumSheets'
  | 'getSpreadsheetTimeZone'
  | 'getName'
  | 'getId'
  | 'toast';

/** Office data to load: values (strings, numbers, booleans, { day: 'YYYY-MM-DD' }), notes, backgrounds. */
export interface TabInput {
  name: string;
  rows: unknown[][];
  notes?: Record<string, string>;
  backgrounds?: Record<string, string>;
}

export class FakeSpreadsheet implements Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetKeys> {
  sheets: FakeSheet[] = [];
  active: { sheet: string; a1: string } | null = null;
  toasts: { message: string; title: string }[] = [];
  private nextId = 0;
  constructor(
    readonly calls: Calls,
    readonly title: string,
    readonly timeZone: string,
    readonly DateCtor: DateConstructor,
  ) {}
  exposed(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return as<GoogleAppsScript.Spreadsheet.Spreadsheet>(expose(this.calls, 'Spreadsheet', this));
  }
  /** Test setup (not counted): a tab with the office's values, notes and backgrounds. */
  addTab(t: TabInput): FakeSheet {
    const width = Math.max(1, ...t.rows.map((r) => r.length));
    const sheet = new FakeSheet(
      this,
      t.name,
      this.nextId++ * 1000 + 7,
      Math.max(t.rows.length + 20, 100),
      width + 4,
    );
    t.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        sheet.cell(r + 1, c + 1).v = v === null || v === undefined ? '' : v;
      });
    });
    for (const [a1, note] of Object.entries(t.notes ?? {})) {
      const p = a1ToRC(a1);
      sheet.cell(p.row, p.col).note = note;
    }
    for (const [a1, bg] of Object.entries(t.backgrounds ?? {})) {
      const p = a1ToRC(a1);
      sheet.cell(p.row, p.col).bg = bg;
    }
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no tab ${name}`);
    return s;
  }
  getSheets(): GSheet[] {
    return this.sheets.map((s) => s.exposed());
  }
  getSheetByName(name: string): GSheet | null {
    return this.sheets.find((s) => s.name === name)?.exposed() ?? null;
  }
  getNumSheets() {
    return this.sheets.length;
  }
  insertSheet(nameArg?: unknown, indexArg?: unknown): GSheet {
    if (typeof nameArg !== 'string')
      throw new Error('fake insertSheet: only insertSheet(name[, index]) is implemented');
    const name = nameArg;
    const index = typeof indexArg === 'number' ? indexArg : undefined;
    if (this.sheets.some((s) => s.name === name))
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    const sheet = new FakeSheet(this, name, this.nextId++ * 1000 + 7);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    this.active = { sheet: name, a1: 'A1' };
    return sheet.exposed();
  }
  deleteSheet(sheet: GSheet) {
    const s = unwrap(sheet) as unknown as FakeSheet;
    if (this.sheets.length === 1)
      throw new Error('Exception: You can\u2019t remove all the sheets in a document.');
    this.sheets = this.sheets.filter((x) => x !== s);
  }
  getSpreadsheetTimeZone() {
    return this.timeZone;
  }
  getName() {
    return this.title;
  }
  getId() {
    return 'fake-spreadsheet-id';
  }
  toast(message: string, title?: string) {
    this.toasts.push({ message, title: title ?? '' });
  }
}
