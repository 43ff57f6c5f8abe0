import { strFromU8, strToU8, unzipSync } from 'fflate';
import { zipParts } from './zip-write.ts';

/**
 * Surgical edits to an .xlsx package: every part we do not need to touch stays byte for byte as the office
 * (or Excel, or Google Sheets) wrote it. We only ever add our own sheets, conditional-format rules and notes,
 * each recognisable as ours, so a later run can take them away exactly.
 *
 * The XML is edited as text on purpose: parsing and re-serialising a part would reorder attributes,
 * namespaces and whitespace that the office's application wrote.
 */

/** Put before our note text and inside our rule formulas: how a re-run recognises what we added. */
export const MARK = '【点検】';
/** The formula of our conditional-format rules: always true, and it names itself as ours. */
const OUR_FORMULA = `"${MARK}"="${MARK}"`;
const NOTE_AUTHOR = '点検（Teichaku）';
const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = {
  worksheet: `${NS_REL}/worksheet`,
  comments: `${NS_REL}/comments`,
  vml: `${NS_REL}/vmlDrawing`,
  officeDocument: `${NS_REL}/officeDocument`,
  sharedStrings: `${NS_REL}/sharedStrings`,
  styles: `${NS_REL}/styles`,
};
const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
};

/** Elements that must come after <conditionalFormatting> in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_CF = [
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];
const AFTER_LEGACY_DRAWING = AFTER_CF.slice(AFTER_CF.indexOf('legacyDrawing') + 1);
const AFTER_DXFS = ['tableStyles', 'colors', 'extLst'];
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

export class XlsxPatchError extends Error {
  constructor(
    message: string,
    /** The zip is no spreadsheet package at all (no workbook part): no reader will find tabs in it. */
    readonly notAWorkbook = false,
  ) {
    super(message);
  }
}

/** Parts larger than this are unzipped only when read, in a package opened for reading. */
const DEFER_BYTES = 1 << 20;
const utf8 = new TextDecoder();

export const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // characters XML 1.0 cannot hold at all
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
export const unescapeXml = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : undefined;
}

/** Every `<name …/>` or `<name …>…</name>` element (not nested in itself) with its position. */
export function elements(
  xml: string,
  name: string,
): { start: number; end: number; text: string; open: string }[] {
  const out: { start: number; end: number; text: string; open: string }[] = [];
  const re = new RegExp(`<${name}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const start = m.index;
    let end = start + m[0].length;
    if (m[1] !== '/') {
      const close = xml.indexOf(`</${name}>`, end);
      if (close < 0) throw new XlsxPatchError(`<${name}> is not closed`);
      end = close + name.length + 3;
    }
    out.push({ start, end, text: xml.slice(start, end), open: m[0] });
    re.lastIndex = end;
  }
  return out;
}

/** The text with each of `parts` (in order, not overlapping) replaced by what `f` gives for it. */
function splice(
  xml: string,
  parts: { start: number; end: number; text: string }[],
  f: (p: { start: number; end: number; text: string; open: string }) => string,
): string {
  const out: string[] = [];
  let at = 0;
  for (const p of parts as { start: number; end: number; text: string; open: string }[]) {
    out.push(xml.slice(at, p.start), f(p));
    at = p.end;
  }
  out.push(xml.slice(at));
  return out.join('');
}

/** Insert `piece` before the first top-level element named in `before` (or before `</root>`). */
function insertBefore(xml: string, piece: string, before: string[], root: string): string {
  let at = -1;
  for (const name of before) {
    const m = new RegExp(`<${name}(?=[\\s/>])`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(`</${root}>`);
  if (at < 0) throw new XlsxPatchError(`</${root}> not found`);
  return xml.slice(0, at) + piece + xml.slice(at);
}

function dirOf(path: string) {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}
/** A relationship target as a package path (no leading slash). */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (dirOf(base) + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
function relsPathOf(part: string) {
  return `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;
}
/** A relative target from `from`'s folder to `to`. */
function relativeTarget(from: string, to: string) {
  const a = dirOf(from).split('/').filter(Boolean);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  text: string;
}

/** A cell of a sheet we add: a value, an optional fill colour (ARGB, e.g. FFF4C7C3), bold. */
export interface NewCell {
  value: string | number | null;
  fill?: string;
  bold?: boolean;
}
export interface NewSheet {
  name: string;
  rows: NewCell[][];
  /** Rows kept in view while scrolling (the header rows). */
  frozenRows?: number;
  /** Column widths in characters, column A first. */
  widths?: number[];
  /** An autofilter over the whole table, its header being the last frozen row (or row 1). */
  autoFilter?: boolean;
}

export interface SheetRef {
  name: string;
  path: string;
  state: string | undefined;
  /** A worksheet (cells), not a chart sheet or a dialog sheet. */
  isWorksheet: boolean;
}

/** A1-style reference → zero-based row and column. */
export function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new XlsxPatchError(`bad cell reference ${ref}`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}
export function colLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export class XlsxPackage {
  private readonly order: string[];
  private readonly bytes = new Map<string, Uint8Array>();
  private readonly text = new Map<string, string>();
  /** The package part of the workbook (xl/workbook.xml in nearly every file). */
  readonly workbookPath: string;

  private constructor(
    entries: Record<string, Uint8Array>,
    private readonly readOnly = false,
  ) {
    this.order = Object.keys(entries);
    for (const k of this.order) this.bytes.set(k, entries[k]!);
    const root = this.rels('_rels/.rels').find((r) => r.type === REL.officeDocument);
    if (!root) throw new XlsxPatchError('no workbook part', true);
    this.workbookPath = resolveTarget('', root.target);
    if (!this.has(this.workbookPath)) throw new XlsxPatchError('workbook part missing', true);
  }

  static open(data: Uint8Array): XlsxPackage {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(data);
    } catch {
      throw new XlsxPatchError('not a zip package');
    }
    return new XlsxPackage(entries);
  }

  /**
   * The package for reading its cells only: the XML parts are unzipped, pictures and other media are not
   * (a workbook with photos opens as fast as one without), and a large part (a long contact log) only
   * when it is read, and not kept: one sheet's text is in memory at a time. It cannot be written back.
   */
  static openForReading(data: Uint8Array): XlsxPackage {
    let entries: Record<string, Uint8Array>;
    const deferred = new Set<string>();
    try {
      entries = unzipSync(data, {
        filter: (f) => {
          if (!/\.(xml|rels)$/i.test(f.name)) return false;
          if (f.originalSize <= DEFER_BYTES) return true;
          deferred.add(f.name);
          return false;
        },
      });
    } catch {
      throw new XlsxPatchError('not a zip package', true);
    }
    const pkg = new XlsxPackage(entries, true);
    pkg.deferred = { data, names: deferred };
    return pkg;
  }
  private deferred: { data: Uint8Array; names: Set<string> } | undefined;

  has(path: string) {
    return this.bytes.has(path) || this.text.has(path) || !!this.deferred?.names.has(path);
  }
  /** The package's part names in their order. */
  parts(): string[] {
    return this.order.filter((p) => this.has(p));
  }
  read(path: string): string {
    const t = this.text.get(path);
    if (t !== undefined) return t;
    const b = this.bytes.get(path);
    if (b) return this.readOnly ? utf8.decode(b) : strFromU8(b);
    if (this.deferred?.names.has(path)) {
      let part: Uint8Array | undefined;
      try {
        part = unzipSync(this.deferred.data, { filter: (f) => f.name === path })[path];
      } catch {
        throw new XlsxPatchError(`part ${path} cannot be unzipped`);
      }
      if (part) return utf8.decode(part);
    }
    throw new XlsxPatchError(`part ${path} missing`);
  }
  /** Replace (or add) a part's text. */
  writePart(path: string, xml: string) {
    if (this.has(path) && this.read(path) === xml) return;
    if (!this.order.includes(path)) this.order.push(path);
    this.bytes.delete(path);
    this.text.set(path, xml);
  }
  private remove(path: string) {
    this.bytes.delete(path);
    this.text.delete(path);
  }

  toBytes(): Uint8Array {
    if (this.readOnly) throw new XlsxPatchError('a package opened for reading cannot be written');
    return zipParts(
      this.parts().map((p) => {
        const t = this.text.get(p);
        return [p, t !== undefined ? strToU8(t) : this.bytes.get(p)!];
      }),
    );
  }

  // ---- relationships and content types ----

  private rels(relsPath: string): Rel[] {
    if (!this.has(relsPath)) return [];
    return elements(this.read(relsPath), 'Relationship').map((e) => ({
      id: attr(e.open, 'Id') ?? '',
      type: attr(e.open, 'Type') ?? '',
      target: attr(e.open, 'Target') ?? '',
      external: attr(e.open, 'TargetMode') === 'External',
      text: e.text,
    }));
  }
  private partRels(part: string) {
    return this.rels(relsPathOf(part))
      .filter((r) => !r.external)
      .map((r) => ({ ...r, path: resolveTarget(part, r.target) }));
  }
  private addRel(part: string, type: string, target: string): string {
    const relsPath = relsPathOf(part);
    const xml = this.has(relsPath)
      ? this.read(relsPath)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const used = new Set(this.rels(relsPath).map((r) => r.id));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const piece = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
    const fixed = xml.replace(/<Relationships([^>]*)\/>/, '<Relationships$1></Relationships>');
    this.writePart(relsPath, insertBefore(fixed, piece, [], 'Relationships'));
    return id;
  }
  private removeRel(part: string, id: string) {
    const relsPath = relsPathOf(part);
    const rel = this.rels(relsPath).find((r) => r.id === id);
    if (!rel) return;
    const xml = this.read(relsPath).replace(rel.text, '');
    if (elements(xml, 'Relationship').length === 0) this.remove(relsPath);
    else this.writePart(relsPath, xml);
  }
  private setOverride(path: string, type: string | null) {
    let xml = this.read('[Content_Types].xml');
    for (const o of elements(xml, 'Override'))
      if (attr(o.open, 'PartName') === `/${path}`) xml = xml.replace(o.text, '');
    if (type)
      xml = insertBefore(
        xml,
        `<Override PartName="/${escapeXml(path)}" ContentType="${type}"/>`,
        [],
        'Types',
      );
    this.writePart('[Content_Types].xml', xml);
  }
  private ensureDefault(ext: string, type: string) {
    const xml = this.read('[Content_Types].xml');
    if (elements(xml, 'Default').some((d) => attr(d.open, 'Extension')?.toLowerCase() === ext)) return;
    const at = xml.search(/<(Default|Override)(?=[\s/>])/);
    const piece = `<Default Extension="${ext}" ContentType="${type}"/>`;
    this.writePart(
      '[Content_Types].xml',
      at < 0 ? insertBefore(xml, piece, [], 'Types') : xml.slice(0, at) + piece + xml.slice(at),
    );
  }
  private freePath(pattern: (n: number) => string): string {
    const lower = new Set(this.parts().map((p) => p.toLowerCase()));
    let n = 1;
    while (lower.has(pattern(n).toLowerCase())) n++;
    return pattern(n);
  }

  // ---- sheets ----

  private relPrefix(xml: string): string {
    const m = new RegExp(`xmlns:(\\w+)="${NS_REL}"`).exec(xml);
    return m ? m[1]! : 'r';
  }

  /** The workbook's shared-strings and styles parts, when it has them. */
  workbookPart(kind: 'sharedStrings' | 'styles'): string | undefined {
    return this.partRels(this.workbookPath).find((r) => r.type === REL[kind] && this.has(r.path))?.path;
  }

  sheets(): SheetRef[] {
    const wb = this.read(this.workbookPath);
    const rels = this.partRels(this.workbookPath);
    const p = this.relPrefix(wb);
    return elements(wb, 'sheet').map((s) => {
      const id = attr(s.open, `${p}:id`);
      const rel = rels.find((r) => r.id === id);
      return {
        name: attr(s.open, 'name') ?? '',
        path: rel?.path ?? '',
        state: attr(s.open, 'state'),
        isWorksheet: rel?.type.endsWith('/worksheet') ?? false,
      };
    });
  }

  /** Take away a sheet and everything that belongs only to it. */
  removeSheet(name: string): boolean {
    const wbPath = this.workbookPath;
    let wb = this.read(wbPath);
    const list = elements(wb, 'sheet');
    const index = list.findIndex((s) => attr(s.open, 'name') === name);
    if (index < 0) return false;
    const entry = list[index]!;
    const rid = attr(entry.open, `${this.relPrefix(wb)}:id`);
    const rel = this.partRels(wbPath).find((r) => r.id === rid);
    wb = wb.replace(entry.text, '');
    // defined names local to a sheet count sheets by position
    for (const d of elements(wb, 'definedName').reverse()) {
      const local = attr(d.open, 'localSheetId');
      if (local === undefined) continue;
      const n = Number(local);
      if (n === index) wb = wb.slice(0, d.start) + wb.slice(d.end);
      else if (n > index) {
        const open = d.open.replace(/localSheetId="\d+"/, `localSheetId="${n - 1}"`);
        wb = wb.slice(0, d.start) + open + wb.slice(d.start + d.open.length);
      }
    }
    wb = wb.replace(/<definedNames>\s*<\/definedNames>/, '');
    wb = wb.replace(/(<workbookView\b[^>]*\bactiveTab=")(\d+)"/, (all, head, n) =>
      Number(n) >= index && Number(n) > 0 ? `${head}${Number(n) - 1}"` : all,
    );
    this.writePart(wbPath, wb);
    if (rel) {
      this.removeRel(wbPath, rel.id);
      for (const r of this.partRels(rel.path)) {
        // a part only this sheet used: our sheets have none; remove only what no other part points to
        if (!this.pointedToElsewhere(r.path, rel.path)) {
          this.remove(r.path);
          this.setOverride(r.path, null);
        }
      }
      this.remove(relsPathOf(rel.path));
      this.remove(rel.path);
      this.setOverride(rel.path, null);
    }
    return true;
  }
  private pointedToElsewhere(target: string, except: string): boolean {
    for (const p of this.parts()) {
      if (!p.endsWith('.rels') || p === relsPathOf(except)) continue;
      const source = p.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
      if (this.partRels(source).some((r) => r.path === target)) return true;
    }
    return false;
  }

  /** Add a sheet at the end of the workbook, its cells as inline text and numbers. */
  addSheet(sheet: NewSheet): void {
    if (this.sheets().some((s) => s.name === sheet.name))
      throw new XlsxPatchError(`sheet ${sheet.name} exists`);
    const styles = new StyleEditor(this);
    const path = this.freePath((n) => `xl/worksheets/sheet${n}.xml`);
    const rowsXml: string[] = [];
    let width = 0;
    sheet.rows.forEach((row, r) => {
      width = Math.max(width, row.length);
      const cells: string[] = [];
      row.forEach((cell, c) => {
        if (cell.value === null && !cell.fill && !cell.bold) return;
        const s = cell.fill || cell.bold ? ` s="${styles.cellStyle(cell.fill, !!cell.bold)}"` : '';
        const ref = `${colLetters(c)}${r + 1}`;
        if (cell.value === null) cells.push(`<c r="${ref}"${s}/>`);
        else if (typeof cell.value === 'number' && Number.isFinite(cell.value))
          cells.push(`<c r="${ref}"${s}><v>${cell.value}</v></c>`);
        else
          cells.push(
            `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(cell.value))}</t></is></c>`,
          );
      });
      rowsXml.push(`<row r="${r + 1}">${cells.join('')}</row>`);
    });
    styles.save();
    const last = `${colLetters(Math.max(width, 1) - 1)}${Math.max(sheet.rows.length, 1)}`;
    const frozen = sheet.frozenRows ?? 0;
    const pane = frozen
      ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`
      : '';
    const cols = sheet.widths?.length
      ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    const filterRef = `A${Math.max(frozen, 1)}:${last}`;
    const xml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      `<dimension ref="A1:${last}"/>` +
      `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>${cols}` +
      `<sheetData>${rowsXml.join('')}</sheetData>` +
      (sheet.autoFilter ? `<autoFilter ref="${filterRef}"/>` : '') +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `</worksheet>`;
    this.writePart(path, xml);
    this.setOverride(path, CT.worksheet);

    const wbPath = this.workbookPath;
    const rid = this.addRel(wbPath, REL.worksheet, path);
    let wb = this.read(wbPath);
    const p = this.relPrefix(wb);
    const ids = elements(wb, 'sheet').map((s) => Number(attr(s.open, 'sheetId') ?? 0));
    const index = ids.length;
    const entry = `<sheet name="${escapeXml(sheet.name)}" sheetId="${Math.max(0, ...ids) + 1}" ${p}:id="${rid}"/>`;
    wb = wb.replace(/<sheets([^>]*)\/>/, '<sheets$1></sheets>');
    wb = insertBefore(wb, entry, ['/sheets'], 'workbook');
    if (!new RegExp(`xmlns:${p}=`).test(wb))
      wb = wb.replace(/<workbook\b/, `<workbook xmlns:${p}="${NS_REL}"`);
    if (sheet.autoFilter) {
      const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
      const [a, b] = filterRef.split(':') as [string, string];
      const abs = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
      const name = `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escapeXml(`${quoted}!${abs(a)}:${abs(b)}`)}</definedName>`;
      if (/<definedNames>/.test(wb)) wb = wb.replace('</definedNames>', `${name}</definedNames>`);
      else wb = insertBefore(wb, `<definedNames>${name}</definedNames>`, AFTER_DEFINED_NAMES, 'workbook');
    }
    this.writePart(wbPath, wb);
  }

  private sheetPath(name: string): string {
    const s = this.sheets().find((x) => x.name === name);
    if (!s?.path || !this.has(s.path)) throw new XlsxPatchError(`sheet ${name} not found`);
    return s.path;
  }

  // ---- conditional formats ----

  /** Colour cells of a sheet with a conditional-format rule of ours (the cells' own style is untouched). */
  highlight(sheetName: string, refs: string[], argb: string): void {
    if (refs.length === 0) return;
    const path = this.sheetPath(sheetName);
    const styles = new StyleEditor(this);
    const dxf = styles.dxf(argb);
    styles.save();
    const xml = this.read(path);
    const priorities = [...xml.matchAll(/\bpriority="(\d+)"/g)].map((m) => Number(m[1]));
    const priority = Math.max(0, ...priorities) + 1;
    const piece = `<conditionalFormatting sqref="${refs.join(' ')}"><cfRule type="expression" dxfId="${dxf}" priority="${priority}"><formula>${escapeXml(OUR_FORMULA)}</formula></cfRule></conditionalFormatting>`;
    this.writePart(path, insertBefore(xml, piece, AFTER_CF, 'worksheet'));
  }

  // ---- notes ----

  private notesOf(sheetPath: string) {
    const rels = this.partRels(sheetPath);
    return {
      comments: rels.find((r) => r.type === REL.comments),
      vml: rels.find((r) => r.type === REL.vml),
    };
  }

  /** Add our note to a cell, after the office's own note text if it has one. */
  addNote(sheetName: string, ref: string, text: string): 'added' | 'appended' | 'skipped' {
    return this.addNotes(sheetName, [{ ref, text }])[0]!;
  }

  /**
   * Add our notes to cells of one sheet, each after the office's own note text on that cell if it has
   * one. A cell holding a threaded comment is skipped: Excel owns its legacy text.
   */
  addNotes(sheetName: string, notes: { ref: string; text: string }[]): ('added' | 'appended' | 'skipped')[] {
    if (notes.length === 0) return [];
    const path = this.sheetPath(sheetName);
    let { comments, vml } = this.notesOf(path);
    if (!comments) {
      const cpath = this.freePath((n) => `xl/comments${n}.xml`);
      this.writePart(
        cpath,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS_MAIN}"><authors></authors><commentList></commentList></comments>`,
      );
      this.setOverride(cpath, CT.comments);
      this.addRel(path, REL.comments, cpath);
      comments = this.notesOf(path).comments!;
    }
    let cx = this.read(comments.path);
    const authors = elements(cx, 'author').map((a) => unescapeXml(a.text.replace(/<\/?author>/g, '')));
    const existing = new Map(elements(cx, 'comment').map((c) => [attr(c.open, 'ref') ?? '', c]));
    const edits: { start: number; end: number; text: string }[] = [];
    const fresh: { ref: string; ours: string }[] = [];
    const outcome = notes.map(({ ref, text }): 'added' | 'appended' | 'skipped' => {
      const ours = `${MARK}${text.replace(/\n/g, `\n${MARK}`)}`;
      const c = existing.get(ref);
      if (!c) {
        fresh.push({ ref, ours });
        return 'added';
      }
      const author = authors[Number(attr(c.open, 'authorId') ?? -1)] ?? '';
      // a threaded comment's legacy stand-in: Excel owns its text; the fill and the 点検結果 tab carry ours
      if (author.startsWith('tc=')) return 'skipped';
      const body = c.text;
      const closeText = body.lastIndexOf('</text>');
      let next: string;
      if (/<r(?=[\s>])/.test(body))
        next = `${body.slice(0, closeText)}<r><t xml:space="preserve">\n${escapeXml(ours)}</t></r>${body.slice(closeText)}`;
      else {
        const closeT = body.lastIndexOf('</t>');
        if (closeT < 0) next = `${body.slice(0, closeText)}<t>${escapeXml(ours)}</t>${body.slice(closeText)}`;
        else next = `${body.slice(0, closeT)}\n${escapeXml(ours)}${body.slice(closeT)}`;
      }
      edits.push({ start: c.start, end: c.end, text: next });
      return 'appended';
    });
    for (const e of edits.sort((x, y) => y.start - x.start))
      cx = cx.slice(0, e.start) + e.text + cx.slice(e.end);
    if (fresh.length) {
      let authorId = authors.indexOf(NOTE_AUTHOR);
      if (authorId < 0) {
        cx = cx.replace(/<authors\s*\/>/, '<authors></authors>');
        cx = cx.replace('</authors>', `<author>${escapeXml(NOTE_AUTHOR)}</author></authors>`);
        authorId = authors.length;
      }
      cx = cx.replace(/<commentList\s*\/>/, '<commentList></commentList>');
      const added = fresh
        .map(
          (f) =>
            `<comment ref="${f.ref}" authorId="${authorId}"><text><r><t xml:space="preserve">${escapeXml(f.ours)}</t></r></text></comment>`,
        )
        .join('');
      const close = cx.lastIndexOf('</commentList>');
      cx = cx.slice(0, close) + added + cx.slice(close);
    }
    this.writePart(comments.path, cx);
    if (!fresh.length) return outcome;

    if (!vml) {
      const vpath = this.freePath((n) => `xl/drawings/vmlDrawing${n}.vml`);
      const block = this.freeVmlBlock();
      this.writePart(
        vpath,
        `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
          `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${NOTE_SHAPETYPE}</xml>`,
      );
      this.ensureDefault('vml', CT.vml);
      const rid = this.addRel(path, REL.vml, vpath);
      let sx = this.read(path);
      const p = this.relPrefix(sx);
      if (!new RegExp(`xmlns:${p}=`).test(sx))
        sx = sx.replace(/<worksheet\b/, `<worksheet xmlns:${p}="${NS_REL}"`);
      this.writePart(
        path,
        insertBefore(sx, `<legacyDrawing ${p}:id="${rid}"/>`, AFTER_LEGACY_DRAWING, 'worksheet'),
      );
      vml = this.notesOf(path).vml!;
    }
    let vx = this.read(vml.path);
    const end = /<\/xml>\s*$/;
    if (!vx.includes('id="_x0000_t202"')) vx = vx.replace(end, `${NOTE_SHAPETYPE}</xml>`);
    const block = Number(/<o:idmap[^>]*data="(\d+)/.exec(vx)?.[1] ?? 1);
    const used = [...vx.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
    let spid = Math.max(block * 1024, ...used);
    const shapes = fresh.map(({ ref }) => {
      spid++;
      const { row, col } = parseRef(ref);
      return (
        `<v:shape id="_x0000_s${spid}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:260pt;height:90pt;z-index:${spid % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
        `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
        `<x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 5}, 15, ${row + 6}, 4</x:Anchor><x:AutoFill>False</x:AutoFill>` +
        `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
      );
    });
    this.writePart(vml.path, vx.replace(end, `${shapes.join('')}</xml>`));
    return outcome;
  }

  private freeVmlBlock(): number {
    const used = new Set<number>();
    for (const p of this.parts())
      if (p.endsWith('.vml'))
        for (const m of this.read(p).matchAll(/<o:idmap[^>]*data="([\d,]+)"/g))
          for (const n of m[1]!.split(',')) used.add(Number(n));
    let n = 1;
    while (used.has(n)) n++;
    return n;
  }

  // ---- taking our marks away ----

  /** Remove our rules and our note text from every sheet, and our sheets by name. */
  removeOurMarks(ourSheets: readonly string[]): void {
    for (const name of ourSheets) this.removeSheet(name);
    for (const s of this.sheets()) {
      if (!s.path || !this.has(s.path)) continue;
      this.removeOurRules(s.path);
      this.removeOurNotes(s.path);
    }
  }

  private removeOurRules(path: string) {
    const xml = this.read(path);
    if (!xml.includes(MARK)) return;
    let out = xml;
    for (const cf of elements(xml, 'conditionalFormatting').reverse()) {
      if (!cf.text.includes(MARK)) continue;
      let inner = cf.text;
      for (const rule of elements(inner, 'cfRule').reverse())
        if (rule.text.includes(MARK)) inner = inner.slice(0, rule.start) + inner.slice(rule.end);
      const keep = elements(inner, 'cfRule').length > 0 ? inner : '';
      out = out.slice(0, cf.start) + keep + out.slice(cf.end);
    }
    this.writePart(path, out);
  }

  private removeOurNotes(path: string) {
    const { comments, vml } = this.notesOf(path);
    if (!comments || !this.has(comments.path)) return;
    let cx = this.read(comments.path);
    if (!cx.includes(MARK)) return;
    const dropped = new Set<string>();
    cx = splice(cx, elements(cx, 'comment'), (c) => {
      if (!c.text.includes(MARK)) return c.text;
      const next = stripOurText(c.text);
      if (next === null) {
        const { row, col } = parseRef(attr(c.open, 'ref') ?? '');
        dropped.add(`${row},${col}`);
      }
      return next ?? '';
    });
    const authors = elements(cx, 'author');
    const last = authors[authors.length - 1];
    if (last && last.text === `<author>${escapeXml(NOTE_AUTHOR)}</author>`) {
      const lastId = String(authors.length - 1);
      if (!elements(cx, 'comment').some((c) => attr(c.open, 'authorId') === lastId))
        cx = cx.slice(0, last.start) + cx.slice(last.end);
    }
    if (elements(cx, 'comment').length === 0) {
      this.remove(comments.path);
      this.setOverride(comments.path, null);
      this.removeRel(path, comments.id);
    } else {
      this.writePart(comments.path, cx);
    }
    if (!vml || !this.has(vml.path) || dropped.size === 0) return;
    const vx = splice(this.read(vml.path), elements(this.read(vml.path), 'v:shape'), (sh) => {
      if (!/ObjectType="Note"/.test(sh.text)) return sh.text;
      const r = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(sh.text)?.[1];
      const c = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(sh.text)?.[1];
      return dropped.has(`${r},${c}`) ? '' : sh.text;
    });
    if (elements(vx, 'v:shape').length === 0) {
      this.remove(vml.path);
      this.removeRel(path, vml.id);
      this.writePart(
        path,
        this.read(path).replace(new RegExp(`<legacyDrawing\\s+\\w+:id="${vml.id}"\\s*/>`), ''),
      );
    } else this.writePart(vml.path, vx);
  }
}

/**
 * A comment with our text taken out: null when the whole comment was ours. Our text always starts at
 * the marker and runs to the end of the comment's text (we only ever add it last).
 */
function stripOurText(comment: string): string | null {
  const open = comment.indexOf('<text>');
  const close = comment.lastIndexOf('</text>');
  if (open < 0 || close < 0) return comment;
  const inner = comment.slice(open + 6, close);
  const at = inner.indexOf(MARK);
  if (at < 0) return comment;
  const tEnd = inner.indexOf('</t>', at);
  const runStart = Math.max(inner.lastIndexOf('<r>', at), inner.lastIndexOf('<r ', at));
  const inRun = runStart > inner.lastIndexOf('</r>', at);
  const tOpen = inner.lastIndexOf('<t', at);
  const tOpenEnd = inner.indexOf('>', tOpen) + 1;
  let cut = at;
  // the line break we put before our text
  for (;;) {
    const before = inner.slice(tOpenEnd, cut);
    const m = /(\n|\r\n|&#10;|&#xA;|&#xa;)$/.exec(before);
    if (!m) break;
    cut -= m[1]!.length;
  }
  let next: string;
  if (inRun) {
    const runEnd = inner.indexOf('</r>', tEnd) + 4;
    const tail = inner.slice(runEnd).replace(/<r(?=[\s>])[\s\S]*?<\/r>/g, '');
    next =
      cut === tOpenEnd
        ? inner.slice(0, runStart) + tail
        : inner.slice(0, cut) + inner.slice(tEnd, runEnd) + tail;
  } else next = inner.slice(0, cut) + inner.slice(tEnd);
  const visible = unescapeXml(next.replace(/<[^>]+>/g, ''));
  if (visible.trim() === '') return null;
  return comment.slice(0, open + 6) + next + comment.slice(close);
}

/** Find-or-append edits to xl/styles.xml, so repeated runs reuse what an earlier run appended. */
class StyleEditor {
  private readonly path: string;
  private xml: string;
  private readonly original: string;
  constructor(private readonly pkg: XlsxPackage) {
    const p = pkg.parts().find((x) => /^xl\/styles\.xml$/i.test(x));
    if (!p) throw new XlsxPatchError('no styles part');
    this.path = p;
    this.xml = pkg.read(p);
    this.original = this.xml;
  }
  save() {
    if (this.xml !== this.original) this.pkg.writePart(this.path, this.xml);
  }
  /** Index of `item` in the list element `list` (e.g. dxfs / dxf), appending it when absent. */
  private findOrAppend(list: string, item: string, tag: string, before: string[]): number {
    let m = new RegExp(`<${list}\\b[^>]*/>`).exec(this.xml);
    if (m) this.xml = this.xml.replace(m[0], `<${list} count="0"></${list}>`);
    if (!new RegExp(`<${list}[\\s>]`).test(this.xml))
      this.xml = insertBefore(this.xml, `<${list} count="0"></${list}>`, before, 'styleSheet');
    m = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(this.xml)!;
    const items = elements(m[1]!, tag).map((e) => e.text);
    const found = items.indexOf(item);
    if (found >= 0) return found;
    const open = /^<[^>]*>/.exec(m[0])![0];
    const newOpen = /count="\d+"/.test(open)
      ? open.replace(/count="\d+"/, `count="${items.length + 1}"`)
      : open.replace(/>$/, ` count="${items.length + 1}">`);
    const replaced = `${newOpen}${m[1]}${item}</${list}>`;
    this.xml = this.xml.slice(0, m.index) + replaced + this.xml.slice(m.index + m[0].length);
    return items.length;
  }
  dxf(argb: string): number {
    return this.findOrAppend(
      'dxfs',
      `<dxf><fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill></fill></dxf>`,
      'dxf',
      AFTER_DXFS,
    );
  }
  private readonly styleIds = new Map<string, number>();
  cellStyle(fill: string | undefined, bold: boolean): number {
    const key = `${fill ?? ''}|${bold}`;
    const known = this.styleIds.get(key);
    if (known !== undefined) return known;
    const id = this.newCellStyle(fill, bold);
    this.styleIds.set(key, id);
    return id;
  }
  private newCellStyle(fill: string | undefined, bold: boolean): number {
    let fontId = 0;
    if (bold) {
      const fonts = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(this.xml);
      const first = fonts ? elements(fonts[1]!, 'font')[0]?.text : undefined;
      const boldFont = first
        ? first.replace(/^<font\b([^>]*)\/>$/, '<font$1></font>').replace(/^<font\b[^>]*>/, (o) => `${o}<b/>`)
        : '<font><b/></font>';
      fontId = /<b\/>|<b val="(1|true)"\/>/.test(first ?? '')
        ? 0
        : this.findOrAppend('fonts', boldFont, 'font', []);
    }
    const fillId = fill
      ? this.findOrAppend(
          'fills',
          `<fill><patternFill patternType="solid"><fgColor rgb="${fill}"/><bgColor indexed="64"/></patternFill></fill>`,
          'fill',
          [],
        )
      : 0;
    return this.findOrAppend(
      'cellXfs',
      `<xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${bold ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}/>`,
      'xf',
      [],
    );
  }
}
