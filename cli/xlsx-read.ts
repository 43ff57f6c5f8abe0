import { type CellValue, dateCell, serialToDate } from '../shared/codecs/index.ts';
import { isPlainDate, type PlainDate } from '../shared/date/plain-date.ts';
import type { Tab } from '../shared/sheet/tab.ts';
import { attr, elements, unescapeXml, XlsxPackage, XlsxPatchError } from './xlsx-patch.ts';

/**
 * The cells of an .xlsx, read straight from its XML parts (unzipped with fflate): what `check` needs and
 * nothing more, so the command starts in a fraction of the time exceljs takes to load and parse. A date
 * cell (a number whose format shows a date or time) becomes a date; every other cell keeps its value:
 * text, number, TRUE/FALSE, a formula's last result, an error such as #N/A as its text.
 *
 * Anything this reader does not understand throws an XlsxPatchError; the caller then reads the file
 * with exceljs instead, so an unusual file is slower, never wrong.
 */

// Every part is read with the main namespace's prefix taken off (see unprefixed), so names are plain.
const SI_RE = /<si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/si>)/g;
const T_RE = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
const IS_RE = /<is(?:\s[^>]*)?>([\s\S]*?)<\/is>/;
/** Phonetic readings (furigana) that Japanese Excel stores beside the text: not part of the value. */
const RPH_RE = /<rPh[\s>][\s\S]*?<\/rPh>/g;
const ATTR_R = /(?:^|\s)r\s*=\s*["']([^"']*)["']/;
const ATTR_S = /(?:^|\s)s\s*=\s*["'](\d+)["']/;
const ATTR_T = /(?:^|\s)t\s*=\s*["'](\w+)["']/;

/** ECMA-376 ST_Xstring escapes a character XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x). */
const unescapeXstring = (s: string) =>
  s.includes('_x')
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h) => String.fromCharCode(Number.parseInt(h, 16)))
    : s;
const text = (xml: string) => unescapeXstring(unescapeXml(xml));

/** The visible text of a shared or inline string: its runs joined, without phonetic readings. */
function stringText(inner: string): string {
  const body = inner.includes('rPh') ? inner.replace(RPH_RE, '') : inner;
  let out = '';
  T_RE.lastIndex = 0;
  for (let m = T_RE.exec(body); m; m = T_RE.exec(body)) out += m[1]!;
  return text(out);
}

/**
 * Built-in number formats that show a date or time (ECMA-376 §18.8.30): 14–22 and 45–47 in every locale;
 * 27–36 and 50–58 are locale formats, dates and times in Japanese (e.g. 27 `[$-411]ge.m.d`, 和暦).
 */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A format code shows a date or time when, outside quoted text and [brackets], it has a date or time letter. */
export function isDateFormat(code: string): boolean {
  return /[ymdhsbgM]/.test(
    code
      .replace(/\[[^\]]*\]/g, '')
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, ''),
  );
}

/** For each cell style index (the `s` of a cell): does its number format show a date? */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const f of elements(xml, 'numFmt'))
    custom.set(Number(attr(f.open, 'numFmtId')), attr(f.open, 'formatCode') ?? '');
  const cellXfs = elements(xml, 'cellXfs')[0];
  if (!cellXfs) return [];
  return elements(cellXfs.text.slice(cellXfs.open.length), 'xf').map((xf) => {
    const id = Number(attr(xf.open, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

/** Five seconds, in days: a time this close to midnight is float error in the serial, and counts as the next day. */
const FLOAT_SLACK = 5 / 86_400;
/** Days from the 1904 date system's day 0 to the 1900 system's. */
const FROM_1904 = 1462;

/**
 * A date serial (1900 or 1904 date system) as the day the sheet shows, read by the date codec's own
 * serialToDate (which knows Excel's fake 1900-02-29); remembered by day, since a contact log repeats the
 * same few hundred days tens of thousands of times. A serial that is no day (a time alone) stays a number.
 */
export function serialToCell(serial: number, date1904: boolean): CellValue {
  const whole = Math.floor(serial + (date1904 ? FROM_1904 : 0) + FLOAT_SLACK);
  let d = days.get(whole);
  if (d === undefined) {
    if (days.size >= 100_000) days.clear();
    const p = serialToDate(whole);
    d = p.ok ? p.value : null;
    days.set(whole, d);
  }
  return d === null ? serial : dateCell(d);
}
const days = new Map<number, PlainDate | null>();

/** One-based column number of an A1 reference's letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  return col;
}

interface Context {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

/** The value of a cell whose attributes are `tag` and whose content is xml[from, to). */
function cellValue(tag: string, xml: string, from: number, to: number, ctx: Context): CellValue {
  const type = ATTR_T.exec(tag)?.[1] ?? 'n';
  if (type === 'inlineStr') {
    const is = IS_RE.exec(xml.slice(from, to));
    return is ? stringText(is[1]!) : null;
  }
  const vs = xml.indexOf('<v', from);
  if (vs < 0 || vs >= to) return null;
  const vgt = xml.indexOf('>', vs);
  if (xml.charCodeAt(vgt - 1) === SLASH) return null;
  const ve = xml.indexOf('</v>', vgt);
  if (ve < 0 || ve > to) throw new XlsxPatchError('<v> is not closed');
  const v = xml.slice(vgt + 1, ve);
  switch (type) {
    case 's': {
      const s = ctx.strings[Number(v)];
      if (s === undefined) throw new XlsxPatchError(`shared string ${v} missing`);
      return s;
    }
    case 'str':
    case 'e':
      return text(v);
    case 'b':
      return v.trim() === '1' || v.trim().toLowerCase() === 'true';
    case 'd': {
      const day = v.trim().slice(0, 10);
      return isPlainDate(day) ? dateCell(day) : text(v);
    }
    default: {
      const n = Number(v);
      if (v.trim() === '' || Number.isNaN(n)) return text(v);
      const s = ATTR_S.exec(tag)?.[1];
      return s !== undefined && ctx.dates[Number(s)] ? serialToCell(n, ctx.date1904) : n;
    }
  }
}

const SLASH = 47;
const LOWER_C = 99;
const LOWER_R = 114;
/** After an element name: whitespace, `>` or `/`. */
const endsName = (code: number) => code === 32 || code === 62 || code === SLASH || (code >= 9 && code <= 13);

/**
 * The rows of one worksheet part: rows[r - 1][c - 1], holes filled with empty rows and null cells.
 * A plain scan with indexOf, not a regular expression per cell: a log of 90,000 rows is 35 MB of XML.
 */
export function sheetRows(source: string, ctx: Context): CellValue[][] {
  const xml = unprefixed(source);
  const open = xml.search(/<sheetData[\s/>]/);
  if (open < 0) throw new XlsxPatchError('no sheetData');
  const openEnd = xml.indexOf('>', open);
  const rows: CellValue[][] = [];
  if (xml.charCodeAt(openEnd - 1) === SLASH) return rows;
  const end = xml.indexOf('</sheetData>', openEnd);
  if (end < 0) throw new XlsxPatchError('<sheetData> is not closed');
  let rowNumber = 0;
  let cells: CellValue[] | null = null;
  let col = 0;
  const closeRow = () => {
    for (let i = 0; i < cells!.length; i++) if (cells![i] === undefined) cells![i] = null;
    rows[rowNumber - 1] = cells!;
    cells = null;
  };
  for (let p = openEnd + 1; ; ) {
    const lt = xml.indexOf('<', p);
    if (lt < 0 || lt >= end) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new XlsxPatchError('unclosed tag');
    const first = xml.charCodeAt(lt + 1);
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
    p = gt + 1;
    if (first === LOWER_C && endsName(xml.charCodeAt(lt + 2))) {
      if (!cells) throw new XlsxPatchError('a cell outside a row');
      const tag = xml.slice(lt + 2, gt);
      const ref = ATTR_R.exec(tag)?.[1];
      col = ref ? columnOf(ref) : col + 1;
      if (col < 1) throw new XlsxPatchError(`bad cell reference ${ref}`);
      if (selfClosing) {
        cells[col - 1] = null;
        continue;
      }
      const close = xml.indexOf('</c>', gt);
      if (close < 0 || close > end) throw new XlsxPatchError('<c> is not closed');
      cells[col - 1] = cellValue(tag, xml, gt + 1, close, ctx);
      p = close + 4;
    } else if (first === LOWER_R && xml.startsWith('row', lt + 1) && endsName(xml.charCodeAt(lt + 4))) {
      if (cells) closeRow();
      const r = ATTR_R.exec(xml.slice(lt + 4, gt))?.[1];
      rowNumber = r ? Number(r) : rowNumber + 1;
      if (!Number.isInteger(rowNumber) || rowNumber < 1) throw new XlsxPatchError(`bad row number ${r}`);
      cells = [];
      col = 0;
      if (selfClosing) closeRow();
    } else if (first === SLASH && xml.startsWith('/row>', lt + 1)) {
      if (cells) closeRow();
    }
  }
  if (cells) closeRow();
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

/** The part's text with the main namespace's prefix taken off its elements (`<x:sheet>` → `<sheet>`). */
function unprefixed(xml: string): string {
  // the declaration is on the root element: look no further than its start tag
  const root = /<[A-Za-z_]/.exec(xml);
  const head = root ? xml.slice(root.index, xml.indexOf('>', root.index) + 1) : '';
  const m =
    /xmlns:([A-Za-z_][\w.-]*)="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/.exec(head);
  return m ? xml.replace(new RegExp(`<(/?)${m[1]}:`, 'g'), '<$1') : xml;
}

/** Every worksheet of the package, in the workbook's tab order, with its hidden state. */
export function readXlsxBytes(data: Uint8Array): Tab[] {
  const pkg = XlsxPackage.openForReading(data);
  const wb = unprefixed(pkg.read(pkg.workbookPath));
  pkg.writePart(pkg.workbookPath, wb);
  const pr = elements(wb, 'workbookPr')[0];
  const date1904 = pr ? ['1', 'true'].includes((attr(pr.open, 'date1904') ?? '').toLowerCase()) : false;
  const sst = pkg.workbookPart('sharedStrings');
  const strings: string[] = [];
  if (sst) {
    const xml = unprefixed(pkg.read(sst));
    SI_RE.lastIndex = 0;
    for (let m = SI_RE.exec(xml); m; m = SI_RE.exec(xml)) strings.push(m[1] ? stringText(m[1]) : '');
  }
  const styles = pkg.workbookPart('styles');
  const ctx: Context = { strings, dates: dateStyles(styles && unprefixed(pkg.read(styles))), date1904 };
  const sheets = pkg.sheets().filter((s) => s.isWorksheet);
  if (sheets.length === 0) throw new XlsxPatchError('no worksheets');
  return sheets.map((s) => {
    if (!pkg.has(s.path)) throw new XlsxPatchError(`worksheet ${s.path} missing`);
    return {
      name: s.name,
      rows: sheetRows(pkg.read(s.path), ctx),
      hidden: s.state === 'hidden' || s.state === 'veryHidden',
    };
  });
}
