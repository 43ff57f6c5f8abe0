import { strToU8, unzipSync } from 'fflate';
import { OUR_TAB_NAME, ourTabOf, sheetOfFormula } from './ooxml/our-tabs.ts';
import { decodePart } from './ooxml/package.ts';
import { type Rel, readRels, relativeTarget, relIs, relsPathOf, resolveTarget } from './ooxml/workbook.ts';
import {
  checkWellFormed,
  child,
  childrenNamed,
  descendants,
  escapeAttr,
  escapeText,
  NS,
  parseTree,
  splice,
  XmlError,
  type XNode,
} from './ooxml/xml.ts';
import { zipParts } from './zip-write.ts';

/**
 * Surgical edits to an .xlsx package: every part we do not need to touch stays byte for byte as the office
 * (or Excel, or Google Sheets) wrote it. We only ever add our own sheets, conditional-format rules and notes,
 * each recognisable as ours by its exact structure, so a later run can take them away exactly.
 *
 * Each part is read by the XML tokenizer (cli/ooxml/xml.ts), which reports where every element starts and
 * ends; an edit replaces exactly those characters, so attribute order, namespaces, prefixes and
 * whitespace that the office's application wrote stay as they were. Every part we change is checked
 * well-formed before the package is written.
 */

/** Put before each line of our note text and inside our rule formulas: how a re-run recognises what we added. */
export const MARK = '【点検】';
/** The formula of our conditional-format rules: always true, and it names itself as ours. */
const OUR_FORMULA = `"${MARK}"="${MARK}"`;
/** A line of our note: the mark, then the severity in brackets (【点検】【エラー】…). */
const OUR_LINE = /^【点検】【(?:エラー|警告|情報)】/;
const NOTE_AUTHOR = '点検（Teichaku）';
const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

const NS_MAIN = NS.main[0];
const NS_REL = NS.rel[0];
const REL = {
  worksheet: `${NS_REL}/worksheet`,
  comments: `${NS_REL}/comments`,
  vml: `${NS_REL}/vmlDrawing`,
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
/** A worksheet's cells are not needed to patch it: the tree keeps <sheetData> without its rows. */
const OPAQUE_SHEET = new Set(['sheetData']);

export class XlsxPatchError extends Error {
  constructor(
    message: string,
    /** The zip is no spreadsheet package at all (no workbook part): no reader will find tabs in it. */
    readonly notAWorkbook = false,
  ) {
    super(message);
  }
}

/** Text for element content or a double-quoted attribute. */
export const escapeXml = (s: string) => escapeAttr(s);

/** The element's name prefix as written (`x:` for `<x:worksheet>`, '' for a default namespace). */
const prefixOf = (n: XNode) => (n.qname.includes(':') ? `${n.qname.slice(0, n.qname.indexOf(':'))}:` : '');
/** The start tag of a node as written. */
const startTag = (xml: string, n: XNode) => xml.slice(n.start, n.openEnd);

/** An edit that sets (or adds) one attribute in a node's start tag, in the tag's own quote style. */
function setAttr(xml: string, n: XNode, name: string, value: string) {
  const tag = startTag(xml, n);
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const next = re.test(tag)
    ? tag.replace(re, (_, head: string, q: string) => `${head}${q[0]}${escapeAttr(value)}${q[0]}`)
    : tag.replace(/\s*(\/?)>$/, ` ${name}="${escapeAttr(value)}"$1>`);
  return { start: n.start, end: n.openEnd, text: next };
}

/** An edit that adds `piece` as the last child of `n` (a self-closing element is opened for it). */
function appendChild(xml: string, n: XNode, piece: string) {
  if (n.selfClosing)
    return {
      start: n.start,
      end: n.end,
      text: `${startTag(xml, n).replace(/\s*\/>$/, '>')}${piece}</${n.qname}>`,
    };
  return { start: n.closeStart, end: n.closeStart, text: piece };
}

/** An edit inserting `piece` before the first child of `parent` named in `before`, else as its last child. */
function insertBefore(xml: string, parent: XNode, piece: string, before: string[]) {
  const at = parent.children.find((c) => before.includes(c.local));
  return at ? { start: at.start, end: at.start, text: piece } : appendChild(xml, parent, piece);
}

const removal = (n: XNode) => ({ start: n.start, end: n.end, text: '' });

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
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
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

/** A sheet name as a formula writes it ('点検結果'!$A$1). */
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

export class XlsxPackage {
  private readonly order: string[];
  private readonly bytes = new Map<string, Uint8Array>();
  private readonly text = new Map<string, string>();
  /** The package part of the workbook (xl/workbook.xml in nearly every file). */
  readonly workbookPath: string;

  private constructor(entries: Record<string, Uint8Array>) {
    this.order = Object.keys(entries);
    for (const k of this.order) this.bytes.set(k, entries[k]!);
    const root = this.rels('_rels/.rels').find((r) => r.type.endsWith('/officeDocument'));
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

  has(path: string) {
    return this.bytes.has(path) || this.text.has(path);
  }
  /** The package's part names in their order. */
  parts(): string[] {
    return this.order.filter((p) => this.has(p));
  }
  read(path: string): string {
    const t = this.text.get(path);
    if (t !== undefined) return t;
    const b = this.bytes.get(path);
    if (b) return decodePart(b);
    throw new XlsxPatchError(`part ${path} missing`);
  }
  /** A part's element tree with positions; a part that is not well-formed cannot be patched. */
  private tree(path: string, opaque?: ReadonlySet<string>): { xml: string; root: XNode } {
    const xml = this.read(path);
    try {
      return { xml, root: parseTree(xml, opaque) };
    } catch (e) {
      throw new XlsxPatchError(`part ${path}: ${e instanceof Error ? e.message : e}`);
    }
  }
  /** Replace (or add) a part's text. */
  writePart(path: string, xml: string) {
    if (this.has(path) && this.read(path) === xml) return;
    if (!this.order.includes(path)) this.order.push(path);
    this.bytes.delete(path);
    this.text.set(path, xml);
  }
  private edit(path: string, xml: string, edits: { start: number; end: number; text: string }[]) {
    if (edits.length) this.writePart(path, splice(xml, edits));
  }
  private remove(path: string) {
    this.bytes.delete(path);
    this.text.delete(path);
  }

  /** The package as zip bytes; every part we changed is checked well-formed first. */
  toBytes(): Uint8Array {
    for (const [p, t] of this.text) {
      if (!this.has(p)) continue;
      try {
        checkWellFormed(t);
      } catch (e) {
        throw new XlsxPatchError(
          `part ${p} would not be well-formed: ${e instanceof XmlError ? e.message : e}`,
        );
      }
    }
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
    try {
      return readRels(this.read(relsPath));
    } catch (e) {
      throw new XlsxPatchError(`part ${relsPath}: ${e instanceof Error ? e.message : e}`);
    }
  }
  private partRels(part: string) {
    return this.rels(relsPathOf(part))
      .filter((r) => !r.external)
      .map((r) => ({ ...r, path: resolveTarget(part, r.target) }));
  }
  private addRel(part: string, type: string, target: string): string {
    const relsPath = relsPathOf(part);
    if (!this.has(relsPath))
      this.writePart(
        relsPath,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
      );
    const used = new Set(this.rels(relsPath).map((r) => r.id));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const { xml, root } = this.tree(relsPath);
    const p = prefixOf(root);
    const piece = `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeAttr(relativeTarget(part, target))}"/>`;
    this.edit(relsPath, xml, [appendChild(xml, root, piece)]);
    return id;
  }
  private removeRel(part: string, id: string) {
    const relsPath = relsPathOf(part);
    if (!this.has(relsPath)) return;
    const { xml, root } = this.tree(relsPath);
    const all = childrenNamed(root, 'Relationship');
    const gone = all.filter((r) => r.attrs.Id === id);
    if (gone.length === 0) return;
    if (gone.length === all.length) this.remove(relsPath);
    else this.edit(relsPath, xml, gone.map(removal));
  }
  private setOverride(path: string, type: string | null) {
    const { xml, root } = this.tree('[Content_Types].xml');
    const name = `/${path}`.toLowerCase();
    const edits = childrenNamed(root, 'Override')
      .filter((o) => (o.attrs.PartName ?? '').toLowerCase() === name)
      .map(removal);
    if (type)
      edits.push(
        appendChild(
          xml,
          root,
          `<${prefixOf(root)}Override PartName="/${escapeAttr(path)}" ContentType="${type}"/>`,
        ),
      );
    this.edit('[Content_Types].xml', xml, edits);
  }
  private ensureDefault(ext: string, type: string) {
    const { xml, root } = this.tree('[Content_Types].xml');
    if (childrenNamed(root, 'Default').some((d) => d.attrs.Extension?.toLowerCase() === ext)) return;
    const piece = `<${prefixOf(root)}Default Extension="${ext}" ContentType="${type}"/>`;
    const first = root.children[0];
    this.edit('[Content_Types].xml', xml, [
      first ? { start: first.start, end: first.start, text: piece } : appendChild(xml, root, piece),
    ]);
  }
  private freePath(pattern: (n: number) => string): string {
    const lower = new Set(this.parts().map((p) => p.toLowerCase()));
    let n = 1;
    while (lower.has(pattern(n).toLowerCase())) n++;
    return pattern(n);
  }

  // ---- sheets ----

  /** The workbook's shared-strings and styles parts, when it has them. */
  workbookPart(kind: 'sharedStrings' | 'styles'): string | undefined {
    return this.partRels(this.workbookPath).find((r) => relIs(r.type, kind) && this.has(r.path))?.path;
  }

  /** The relationship prefix in scope at a node (`r`), when the part declares one. */
  private static relId(n: XNode): string | undefined {
    const p = n.prefixOf(NS.rel);
    return p === undefined ? undefined : n.attrs[`${p}:id`];
  }

  private sheetNodes() {
    const t = this.tree(this.workbookPath);
    const sheets = child(t.root, 'sheets');
    return { ...t, sheets, list: sheets ? childrenNamed(sheets, 'sheet') : [] };
  }

  sheets(): SheetRef[] {
    const { list } = this.sheetNodes();
    const rels = this.partRels(this.workbookPath);
    return list.map((s) => {
      const id = XlsxPackage.relId(s);
      const rel = rels.find((r) => r.id === id);
      return {
        name: s.attrs.name ?? '',
        path: rel?.path ?? '',
        state: s.attrs.state,
        isWorksheet: rel ? relIs(rel.type, 'worksheet') : false,
      };
    });
  }

  /** The tabs a previous run added (named by our hidden defined names), and those names. */
  ourSheets(): { sheet: string; name: string }[] {
    const { root } = this.tree(this.workbookPath);
    const names = child(root, 'definedNames');
    if (!names) return [];
    const sheets = new Set(this.sheets().map((s) => s.name));
    return childrenNamed(names, 'definedName').flatMap((d) => {
      const sheet = ourTabOf(d.attrs.name, d.attrs.localSheetId, d.text);
      return sheet !== undefined && sheets.has(sheet) ? [{ name: d.attrs.name!, sheet }] : [];
    });
  }

  /** Take away a sheet and everything that belongs only to it. */
  removeSheet(name: string): boolean {
    const wbPath = this.workbookPath;
    const { xml, root, list } = this.sheetNodes();
    const index = list.findIndex((s) => s.attrs.name === name);
    if (index < 0) return false;
    const entry = list[index]!;
    const rid = XlsxPackage.relId(entry);
    const rel = this.partRels(wbPath).find((r) => r.id === rid);
    const edits = [removal(entry)];
    // defined names local to a sheet count sheets by position; our name marking this tab goes with it
    const names = child(root, 'definedNames');
    if (names) {
      const all = childrenNamed(names, 'definedName');
      const nameEdits: typeof edits = [];
      let left = all.length;
      for (const d of all) {
        const local = d.attrs.localSheetId;
        const ours = OUR_TAB_NAME.test(d.attrs.name ?? '') && sheetOfFormula(d.text) === name;
        if (local === undefined ? ours : Number(local) === index) {
          nameEdits.push(removal(d));
          left--;
        } else if (local !== undefined && Number(local) > index)
          nameEdits.push(setAttr(xml, d, 'localSheetId', String(Number(local) - 1)));
      }
      edits.push(...(left === 0 ? [removal(names)] : nameEdits));
    }
    for (const view of childrenNamed(child(root, 'bookViews') ?? root, 'workbookView'))
      for (const a of ['activeTab', 'firstSheet']) {
        const v = view.attrs[a];
        if (v !== undefined && Number(v) >= index && Number(v) > 0)
          edits.push(setAttr(xml, view, a, String(Number(v) - 1)));
      }
    this.edit(wbPath, xml, edits);
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

  /** A sheet name the workbook does not use yet (Excel compares names without regard to case). */
  freeSheetName(name: string): string {
    const taken = new Set(this.sheets().map((s) => s.name.toLowerCase()));
    let n = name;
    for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${name}（定着${i > 2 ? i - 1 : ''}）`;
    return n;
  }

  /**
   * Add a sheet of ours at the end of the workbook, its cells as inline text and numbers, under its name
   * or, when the office has a tab of that name, a free one (点検結果（定着）). Returns the name used.
   */
  addSheet(sheet: NewSheet): string {
    const sheetName = this.freeSheetName(sheet.name);
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
            `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(String(cell.value))}</t></is></c>`,
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
    // the workbook's start tag gains a relationships namespace when it has none
    let t = this.tree(wbPath);
    let rp = t.root.prefixOf(NS.rel);
    if (rp === undefined) {
      rp = 'r';
      for (let i = 1; startTag(t.xml, t.root).includes(`xmlns:${rp}=`); i++) rp = `r${i}`;
      this.edit(wbPath, t.xml, [setAttr(t.xml, t.root, `xmlns:${rp}`, NS_REL)]);
      t = this.tree(wbPath);
    }
    const p = prefixOf(t.root);
    const sheetsNode = child(t.root, 'sheets');
    if (!sheetsNode) throw new XlsxPatchError('workbook without <sheets>');
    const list = childrenNamed(sheetsNode, 'sheet');
    const ids = list.map((s) => Number(s.attrs.sheetId ?? 0));
    const index = list.length;
    const entry = `<${p}sheet name="${escapeAttr(sheetName)}" sheetId="${Math.max(0, ...ids) + 1}" ${rp}:id="${rid}"/>`;
    this.edit(wbPath, t.xml, [appendChild(t.xml, sheetsNode, entry)]);

    // our hidden name marks the tab as ours; the filter's name, local to the tab
    const used = new Set(this.ourSheets().map((o) => o.name.toLowerCase()));
    let k = 1;
    while (used.has(`_teichaku_tab_${k}`)) k++;
    const quoted = quoteSheet(sheetName);
    const names = [
      `<${p}definedName name="_teichaku_tab_${k}" hidden="1">${escapeText(`${quoted}!$A$1`)}</${p}definedName>`,
    ];
    if (sheet.autoFilter) {
      const [a, b] = filterRef.split(':') as [string, string];
      const abs = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
      names.push(
        `<${p}definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escapeText(`${quoted}!${abs(a)}:${abs(b)}`)}</${p}definedName>`,
      );
    }
    t = this.tree(wbPath);
    const existing = child(t.root, 'definedNames');
    this.edit(wbPath, t.xml, [
      existing
        ? appendChild(t.xml, existing, names.join(''))
        : insertBefore(
            t.xml,
            t.root,
            `<${p}definedNames>${names.join('')}</${p}definedNames>`,
            AFTER_DEFINED_NAMES,
          ),
    ]);
    return sheetName;
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
    const { xml, root } = this.tree(path, OPAQUE_SHEET);
    // every rule's priority, the x14 ones inside extension lists included (Excel shares one order)
    const priorities = descendants(root, 'cfRule').map((r) => Number(r.attrs.priority ?? 0));
    const priority = Math.max(0, ...priorities.filter(Number.isFinite)) + 1;
    const p = prefixOf(root);
    const piece = `<${p}conditionalFormatting sqref="${refs.join(' ')}"><${p}cfRule type="expression" dxfId="${dxf}" priority="${priority}"><${p}formula>${escapeText(OUR_FORMULA)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`;
    this.edit(path, xml, [insertBefore(xml, root, piece, AFTER_CF)]);
  }

  // ---- notes ----

  private notesOf(sheetPath: string) {
    const rels = this.partRels(sheetPath);
    return {
      comments: rels.find((r) => relIs(r.type, 'comments')),
      vml: rels.find((r) => relIs(r.type, 'vmlDrawing')),
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
    const { xml: cx, root } = this.tree(comments.path);
    const p = prefixOf(root);
    const authorsNode = child(root, 'authors');
    const listNode = child(root, 'commentList');
    if (!authorsNode || !listNode) throw new XlsxPatchError('comments part without authors or commentList');
    const authors = childrenNamed(authorsNode, 'author').map((a) => a.text);
    const existing = new Map(childrenNamed(listNode, 'comment').map((c) => [c.attrs.ref ?? '', c]));
    const edits: { start: number; end: number; text: string }[] = [];
    const fresh: { ref: string; ours: string }[] = [];
    const run = (s: string) => `<${p}r><${p}t xml:space="preserve">${escapeText(s)}</${p}t></${p}r>`;
    const outcome = notes.map(({ ref, text }): 'added' | 'appended' | 'skipped' => {
      const ours = `${MARK}${text.replace(/\n/g, `\n${MARK}`)}`;
      const c = existing.get(ref);
      if (!c) {
        fresh.push({ ref, ours });
        return 'added';
      }
      const author = authors[Number(c.attrs.authorId ?? -1)] ?? '';
      // a threaded comment's legacy stand-in: Excel owns its text; the fill and the 点検結果 tab carry ours
      if (author.startsWith('tc=')) return 'skipped';
      const body = child(c, 'text');
      if (!body) edits.push(appendChild(cx, c, `<${p}text>${run(ours)}</${p}text>`));
      else if (childrenNamed(body, 'r').length > 0) edits.push(appendChild(cx, body, run(`\n${ours}`)));
      else {
        const t = child(body, 't');
        const before = t ? t.text : '';
        if (!t || before === '') {
          // an empty note (<text/>, <text></text>, <text><t/></text>): ours is its only text
          edits.push({
            start: body.start,
            end: body.end,
            text: `${startTag(cx, body).replace(/\s*\/>$/, '>')}${run(ours)}</${body.qname}>`,
          });
        } else edits.push({ start: t.closeStart, end: t.closeStart, text: escapeText(`\n${ours}`) });
      }
      return 'appended';
    });
    if (fresh.length) {
      let authorId = authors.indexOf(NOTE_AUTHOR);
      if (authorId < 0) {
        edits.push(appendChild(cx, authorsNode, `<${p}author>${escapeText(NOTE_AUTHOR)}</${p}author>`));
        authorId = authors.length;
      }
      const added = fresh
        .map(
          (f) =>
            `<${p}comment ref="${f.ref}" authorId="${authorId}"><${p}text>${run(f.ours)}</${p}text></${p}comment>`,
        )
        .join('');
      edits.push(appendChild(cx, listNode, added));
    }
    this.edit(comments.path, cx, edits);
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
      let t = this.tree(path, OPAQUE_SHEET);
      let rp = t.root.prefixOf(NS.rel);
      if (rp === undefined) {
        rp = 'r';
        this.edit(path, t.xml, [setAttr(t.xml, t.root, `xmlns:${rp}`, NS_REL)]);
        t = this.tree(path, OPAQUE_SHEET);
      }
      this.edit(path, t.xml, [
        insertBefore(
          t.xml,
          t.root,
          `<${prefixOf(t.root)}legacyDrawing ${rp}:id="${rid}"/>`,
          AFTER_LEGACY_DRAWING,
        ),
      ]);
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

  /** Remove our tabs (those our hidden names mark), and our rules and note lines from every sheet. */
  removeOurMarks(): string[] {
    const ours = this.ourSheets().map((o) => o.sheet);
    for (const name of ours) this.removeSheet(name);
    for (const s of this.sheets()) {
      if (!s.path || !this.has(s.path) || !s.isWorksheet) continue;
      this.removeOurRules(s.path);
      this.removeOurNotes(s.path);
    }
    return ours;
  }

  private removeOurRules(path: string) {
    if (!this.read(path).includes(MARK)) return;
    const { xml, root } = this.tree(path, OPAQUE_SHEET);
    const edits: { start: number; end: number; text: string }[] = [];
    for (const cf of childrenNamed(root, 'conditionalFormatting')) {
      const rules = childrenNamed(cf, 'cfRule');
      const ours = rules.filter(
        (r) =>
          r.attrs.type === 'expression' &&
          r.children.length === 1 &&
          r.children[0]!.local === 'formula' &&
          r.children[0]!.text === OUR_FORMULA,
      );
      if (ours.length === 0) continue;
      if (ours.length === rules.length && cf.children.length === rules.length) edits.push(removal(cf));
      else edits.push(...ours.map(removal));
    }
    this.edit(path, xml, edits);
  }

  private removeOurNotes(path: string) {
    const { comments, vml } = this.notesOf(path);
    if (!comments || !this.has(comments.path)) return;
    if (!this.read(comments.path).includes(MARK)) return;
    const { xml: cx, root } = this.tree(comments.path);
    const authorsNode = child(root, 'authors');
    const listNode = child(root, 'commentList');
    if (!authorsNode || !listNode) return;
    const authors = childrenNamed(authorsNode, 'author');
    const all = childrenNamed(listNode, 'comment');
    const edits: { start: number; end: number; text: string }[] = [];
    const dropped = new Set<string>();
    const kept: XNode[] = [];
    for (const c of all) {
      const body = child(c, 'text');
      const stripped = body ? stripOurLines(cx, body) : null;
      if (!stripped) {
        kept.push(c);
        continue;
      }
      if (stripped.visible.trim() === '') {
        edits.push(removal(c));
        const { row, col } = parseRef(c.attrs.ref ?? '');
        dropped.add(`${row},${col}`);
      } else {
        edits.push(...stripped.edits);
        kept.push(c);
      }
    }
    if (edits.length === 0) return;
    // our author goes when no comment left names it (only when it is last: ids count authors by position)
    const last = authors[authors.length - 1];
    if (last && last.text === NOTE_AUTHOR) {
      const lastId = String(authors.length - 1);
      if (!kept.some((c) => c.attrs.authorId === lastId)) edits.push(removal(last));
    }
    if (kept.length === 0) {
      this.remove(comments.path);
      this.setOverride(comments.path, null);
      this.removeRel(path, comments.id);
    } else this.edit(comments.path, cx, edits);
    if (!vml || !this.has(vml.path) || dropped.size === 0) return;
    const vxml = this.read(vml.path);
    const vx = spliceMatches(vxml, shapeElements(vxml), (sh) => {
      if (!/ObjectType="Note"/.test(sh)) return sh;
      const r = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(sh)?.[1];
      const c = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(sh)?.[1];
      return dropped.has(`${r},${c}`) ? '' : sh;
    });
    if (shapeElements(vx).length === 0) {
      this.remove(vml.path);
      this.removeRel(path, vml.id);
      const t = this.tree(path, OPAQUE_SHEET);
      const ld = childrenNamed(t.root, 'legacyDrawing').filter((n) => XlsxPackage.relId(n) === vml.id);
      this.edit(path, t.xml, ld.map(removal));
    } else this.writePart(vml.path, vx);
  }
}

/**
 * The edits that take our lines out of a note's text (`<text>`), or null when it holds none. A line is
 * ours when it starts with 【点検】【エラー】 (or 警告, 情報), or with 【点検】 right after such a line: our
 * exact structure, so an office line that merely contains 【点検】 stays. Lines are taken line by line
 * across the runs, so staff text typed under ours (in our run or a run after it) is kept.
 */
function stripOurLines(
  _xml: string,
  body: XNode,
): { edits: { start: number; end: number; text: string }[]; visible: string } | null {
  const ts = descendants(body, 't').filter((t) => t.parent?.local !== 'rPh');
  let lineOurs = false; // the line being read (it may run on into the next <t>) is ours
  let atLineStart = true;
  let skipNewline = false; // our line was the note's first: the break after it goes, not the one before
  let changed = false;
  let visible = '';
  const results: { t: XNode; next: string }[] = [];
  for (const t of ts) {
    let out = '';
    t.text.split('\n').forEach((seg, i) => {
      if (i > 0 || atLineStart) lineOurs = OUR_LINE.test(seg) || (lineOurs && seg.startsWith(MARK));
      if (lineOurs) {
        // the line and the break before it
        changed = true;
        if (visible + out === '') skipNewline = true;
        return;
      }
      out += (i > 0 && !skipNewline ? '\n' : '') + seg;
      if (i > 0) skipNewline = false;
    });
    results.push({ t, next: out });
    visible += out;
    if (t.text !== '') atLineStart = t.text.endsWith('\n');
  }
  if (!changed) return null;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { t, next } of results) {
    if (next === t.text || t.selfClosing) continue;
    const runNode = t.parent?.local === 'r' ? t.parent : null;
    // a run of ours left empty goes whole (its properties with it)
    if (next === '' && runNode && childrenNamed(runNode, 't').length === 1) edits.push(removal(runNode));
    else edits.push({ start: t.openEnd, end: t.closeStart, text: escapeText(next) });
  }
  return { edits, visible };
}

/** The <v:shape> elements of a VML part (VML from old Excel is not always well-formed XML: scanned as text). */
function shapeElements(xml: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /<v:shape(?=[\s/>])[^>]*?(\/?)>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const start = m.index;
    let end = start + m[0].length;
    if (m[1] !== '/') {
      const close = xml.indexOf('</v:shape>', end);
      if (close < 0) throw new XlsxPatchError('<v:shape> is not closed');
      end = close + '</v:shape>'.length;
    }
    out.push({ start, end });
    re.lastIndex = end;
  }
  return out;
}
function spliceMatches(xml: string, parts: { start: number; end: number }[], f: (s: string) => string) {
  return splice(
    xml,
    parts.map((p) => ({ ...p, text: f(xml.slice(p.start, p.end)) })),
  );
}

/** Find-or-append edits to the styles part, so repeated runs reuse what an earlier run appended. */
class StyleEditor {
  private readonly path: string;
  private xml: string;
  private readonly original: string;
  constructor(private readonly pkg: XlsxPackage) {
    const p = pkg.workbookPart('styles') ?? pkg.parts().find((x) => /^xl\/styles\.xml$/i.test(x));
    if (!p) throw new XlsxPatchError('no styles part');
    this.path = p;
    this.xml = pkg.read(p);
    this.original = this.xml;
  }
  save() {
    if (this.xml !== this.original) this.pkg.writePart(this.path, this.xml);
  }
  private root(): XNode {
    try {
      return parseTree(this.xml);
    } catch (e) {
      throw new XlsxPatchError(`part ${this.path}: ${e instanceof Error ? e.message : e}`);
    }
  }
  private get p() {
    return prefixOf(this.root());
  }
  /** Index of `item` in the list element `list` (e.g. dxfs / dxf), appending it when absent. */
  private findOrAppend(list: string, item: string, tag: string, before: string[]): number {
    const root = this.root();
    const p = prefixOf(root);
    const node = child(root, list);
    if (!node) {
      this.xml = splice(this.xml, [
        insertBefore(this.xml, root, `<${p}${list} count="1">${item}</${p}${list}>`, before),
      ]);
      return 0;
    }
    const items = childrenNamed(node, tag).map((e) => this.xml.slice(e.start, e.end));
    const found = items.indexOf(item);
    if (found >= 0) return found;
    const count = String(items.length + 1);
    const open = setAttr(this.xml, node, 'count', count).text;
    const edit = node.selfClosing
      ? { start: node.start, end: node.end, text: `${open.replace(/\s*\/>$/, '>')}${item}</${node.qname}>` }
      : null;
    this.xml = edit
      ? splice(this.xml, [edit])
      : splice(this.xml, [
          { start: node.start, end: node.openEnd, text: open },
          { start: node.closeStart, end: node.closeStart, text: item },
        ]);
    return items.length;
  }
  dxf(argb: string): number {
    const p = this.p;
    return this.findOrAppend(
      'dxfs',
      `<${p}dxf><${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor rgb="${argb}"/></${p}patternFill></${p}fill></${p}dxf>`,
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
    const p = this.p;
    let fontId = 0;
    if (bold) {
      const fonts = child(this.root(), 'fonts');
      const firstNode = fonts ? child(fonts, 'font') : undefined;
      const first = firstNode ? this.xml.slice(firstNode.start, firstNode.end) : undefined;
      const isBold = firstNode ? child(firstNode, 'b') : undefined;
      const boldFont = firstNode
        ? firstNode.selfClosing
          ? `${first!.replace(/\s*\/>$/, '>')}<${p}b/></${firstNode.qname}>`
          : `${this.xml.slice(firstNode.start, firstNode.openEnd)}<${p}b/>${this.xml.slice(firstNode.openEnd, firstNode.end)}`
        : `<${p}font><${p}b/></${p}font>`;
      fontId =
        isBold && ['1', 'true', undefined].includes(isBold.attrs.val)
          ? 0
          : this.findOrAppend('fonts', boldFont, 'font', []);
    }
    const fillId = fill
      ? this.findOrAppend(
          'fills',
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
          'fill',
          [],
        )
      : 0;
    return this.findOrAppend(
      'cellXfs',
      `<${p}xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${bold ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}/>`,
      'xf',
      [],
    );
  }
}
