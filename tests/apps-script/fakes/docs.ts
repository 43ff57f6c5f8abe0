/// <reference types="google-apps-script" />
/**
 * Fakes of DocumentApp, DriveApp and ScriptApp: the subset the report writer uses, with the documented
 * behaviours it relies on (fakes.docs.test.ts checks each):
 * - Body.clear() leaves one empty paragraph (a document body always holds a paragraph);
 * - Body.appendTable(cells) takes a two-dimensional array of strings, one row per array;
 * - replaceText(searchPattern, replacement) takes the pattern as a regular-expression string and replaces
 *   every match in every paragraph of the element (here: text elements, never across paragraphs);
 * - TableRow.copy() is a detached deep copy, Table.insertTableRow(index, row) inserts it;
 * - DocumentApp.create(name) makes a document in the root of My Drive; File.moveTo(folder) moves it;
 * - DriveApp.getFileById / getFolderById / DocumentApp.openById throw for an unknown or trashed id;
 * - ScriptApp.newTrigger(fn).timeBased().after(ms).create() installs a trigger that getProjectTriggers()
 *   lists until deleteTrigger(trigger).
 * Every call through an exposed object is counted (Calls), each service under its own name.
 */
import { as, type Calls, expose, unwrap } from './calls.ts';
import { type ApiDocs, ApiDocument } from './docs-api.ts';
import { importDocx } from './drive-import.ts';

export type DocAttrs = Record<string, unknown>;

let nextId = 1;
/** Ids shaped like Drive's (long, URL-safe), so code that recognises an id in a URL meets the real shape. */
const newId = (prefix: string) => `1${prefix}${String(nextId++).padStart(36 - prefix.length, '0')}`;

function replaceIn(text: string, pattern: string, replacement: string): string {
  return text.replace(new RegExp(pattern, 'g'), () => replacement);
}

export class FakeParagraph {
  readonly type = 'PARAGRAPH';
  attrs: DocAttrs = {};
  alignment: string | null = null;
  parent: FakeBody | FakeTableCell | null = null;
  constructor(
    private readonly calls: Calls,
    public text: string,
  ) {}
  getType() {
    return 'PARAGRAPH';
  }
  asParagraph() {
    return this.exposed();
  }
  getText() {
    return this.text;
  }
  setText(t: string) {
    this.text = String(t);
    return this.exposed();
  }
  setAttributes(a: DocAttrs) {
    Object.assign(this.attrs, a);
    return this.exposed();
  }
  getAttributes() {
    return { ...this.attrs };
  }
  setAlignment(a: string) {
    this.alignment = a;
    return this.exposed();
  }
  replaceText(pattern: string, replacement: string) {
    this.text = replaceIn(this.text, pattern, replacement);
    return this.exposed();
  }
  copy() {
    const p = new FakeParagraph(this.calls, this.text);
    p.attrs = { ...this.attrs };
    p.alignment = this.alignment;
    return p.exposed();
  }
  exposed(): GoogleAppsScript.Document.Paragraph {
    return as(expose(this.calls, 'Paragraph', this));
  }
}

export class FakeTableCell {
  paragraphs: FakeParagraph[];
  background: string | null = null;
  attrs: DocAttrs = {};
  constructor(
    private readonly calls: Calls,
    text: string,
  ) {
    this.paragraphs = String(text)
      .split('\n')
      .map((t) => new FakeParagraph(calls, t));
  }
  getText() {
    return this.paragraphs.map((p) => p.text).join('\n');
  }
  setText(t: string) {
    this.paragraphs = String(t)
      .split('\n')
      .map((x) => new FakeParagraph(this.calls, x));
    return this.exposed();
  }
  setBackgroundColor(c: string) {
    this.background = c;
    return this.exposed();
  }
  setAttributes(a: DocAttrs) {
    Object.assign(this.attrs, a);
    return this.exposed();
  }
  replaceText(pattern: string, replacement: string) {
    for (const p of this.paragraphs) p.text = replaceIn(p.text, pattern, replacement);
    return this.exposed();
  }
  clone(): FakeTableCell {
    const c = new FakeTableCell(this.calls, this.getText());
    c.background = this.background;
    c.attrs = { ...this.attrs };
    return c;
  }
  exposed(): GoogleAppsScript.Document.TableCell {
    return as(expose(this.calls, 'TableCell', this));
  }
}

export class FakeTableRow {
  readonly type = 'TABLE_ROW';
  minHeight: number | null = null;
  constructor(
    private readonly calls: Calls,
    public cells: FakeTableCell[],
  ) {}
  getNumCells() {
    return this.cells.length;
  }
  getCell(i: number) {
    const c = this.cells[i];
    if (!c)
      throw new Error(
        `Exception: Child index (${i}) must be less than the number of child elements (${this.cells.length}).`,
      );
    return c.exposed();
  }
  getText() {
    return this.cells.map((c) => c.getText()).join('\n');
  }
  setMinimumHeight(h: number) {
    this.minHeight = h;
    return this.exposed();
  }
  replaceText(pattern: string, replacement: string) {
    for (const c of this.cells) c.replaceText(pattern, replacement);
    return this.exposed();
  }
  copy() {
    const r = new FakeTableRow(
      this.calls,
      this.cells.map((c) => c.clone()),
    );
    r.minHeight = this.minHeight;
    return r.exposed();
  }
  exposed(): GoogleAppsScript.Document.TableRow {
    return as(expose(this.calls, 'TableRow', this));
  }
}

export class FakeTable {
  readonly type = 'TABLE';
  attrs: DocAttrs = {};
  widths: (number | null)[] = [];
  constructor(
    private readonly calls: Calls,
    public rows: FakeTableRow[],
  ) {}
  static of(calls: Calls, cells: string[][]): FakeTable {
    if (!Array.isArray(cells) || cells.some((r) => !Array.isArray(r)))
      throw new Error(
        "Exception: The parameters (String[][]) don't match the method signature for DocumentApp.Body.appendTable.",
      );
    return new FakeTable(
      calls,
      cells.map(
        (r) =>
          new FakeTableRow(
            calls,
            r.map((t) => new FakeTableCell(calls, String(t))),
          ),
      ),
    );
  }
  getType() {
    return 'TABLE';
  }
  asTable() {
    return this.exposed();
  }
  getNumRows() {
    return this.rows.length;
  }
  getRow(i: number) {
    const r = this.rows[i];
    if (!r)
      throw new Error(
        `Exception: Child index (${i}) must be less than the number of child elements (${this.rows.length}).`,
      );
    return r.exposed();
  }
  getCell(row: number, col: number) {
    return unwrap(this.getRow(row) as unknown as FakeTableRow).getCell(col);
  }
  setColumnWidth(i: number, w: number) {
    this.widths[i] = w;
    return this.exposed();
  }
  setAttributes(a: DocAttrs) {
    Object.assign(this.attrs, a);
    return this.exposed();
  }
  setBorderWidth(w: number) {
    this.attrs.BORDER_WIDTH = w;
    return this.exposed();
  }
  getText() {
    return this.rows.map((r) => r.getText()).join('\n');
  }
  insertTableRow(index: number, row: GoogleAppsScript.Document.TableRow) {
    const r = unwrap(row as unknown as FakeTableRow);
    if (this.rows.includes(r)) throw new Error('Exception: Element must be detached.');
    if (index < 0 || index > this.rows.length) throw new Error(`Exception: Index (${index}) out of range.`);
    this.rows.splice(index, 0, r);
    return r.exposed();
  }
  removeRow(i: number) {
    const [r] = this.rows.splice(i, 1);
    if (!r) throw new Error(`Exception: Child index (${i}) must be less than the number of child elements.`);
    return r.exposed();
  }
  getChildIndex(row: GoogleAppsScript.Document.TableRow) {
    return this.rows.indexOf(unwrap(row as unknown as FakeTableRow));
  }
  replaceText(pattern: string, replacement: string) {
    for (const r of this.rows) r.replaceText(pattern, replacement);
    return this.exposed();
  }
  copy() {
    const t = new FakeTable(
      this.calls,
      this.rows.map((r) => unwrap(r.copy() as unknown as FakeTableRow)),
    );
    t.attrs = { ...this.attrs };
    t.widths = [...this.widths];
    return t.exposed();
  }
  exposed(): GoogleAppsScript.Document.Table {
    return as(expose(this.calls, 'Table', this));
  }
}

export type BodyChild = FakeParagraph | FakeTable;

export class FakeBody {
  children: BodyChild[] = [];
  page = { width: 612, height: 792, top: 72, bottom: 72, left: 72, right: 72 };
  attrs: DocAttrs = {};
  constructor(private readonly calls: Calls) {
    this.children.push(new FakeParagraph(calls, ''));
  }
  /** A body always keeps one paragraph: clear() leaves an empty one. */
  clear() {
    this.children = [new FakeParagraph(this.calls, '')];
    return this.exposed();
  }
  appendParagraph(x: string | GoogleAppsScript.Document.Paragraph) {
    const p =
      typeof x === 'string' ? new FakeParagraph(this.calls, x) : unwrap(x as unknown as FakeParagraph);
    if (this.children.includes(p)) throw new Error('Exception: Element must be detached.');
    this.children.push(p);
    return p.exposed();
  }
  appendTable(x: string[][] | GoogleAppsScript.Document.Table) {
    const t = Array.isArray(x) ? FakeTable.of(this.calls, x) : unwrap(x as unknown as FakeTable);
    if (this.children.includes(t)) throw new Error('Exception: Element must be detached.');
    this.children.push(t);
    return t.exposed();
  }
  getNumChildren() {
    return this.children.length;
  }
  getChild(i: number) {
    const c = this.children[i];
    if (!c)
      throw new Error(
        `Exception: Child index (${i}) must be less than the number of child elements (${this.children.length}).`,
      );
    return as<GoogleAppsScript.Document.Element>(c.exposed());
  }
  getTables() {
    return this.children.filter((c): c is FakeTable => c instanceof FakeTable).map((t) => t.exposed());
  }
  getParagraphs() {
    return this.children
      .filter((c): c is FakeParagraph => c instanceof FakeParagraph)
      .map((p) => p.exposed());
  }
  getText() {
    return this.children.map((c) => c.getText()).join('\n');
  }
  replaceText(pattern: string, replacement: string) {
    for (const c of this.children) c.replaceText(pattern, replacement);
    return this.exposed();
  }
  setAttributes(a: DocAttrs) {
    Object.assign(this.attrs, a);
    return this.exposed();
  }
  setPageWidth(w: number) {
    this.page.width = w;
    return this.exposed();
  }
  setPageHeight(h: number) {
    this.page.height = h;
    return this.exposed();
  }
  setMarginTop(m: number) {
    this.page.top = m;
    return this.exposed();
  }
  setMarginBottom(m: number) {
    this.page.bottom = m;
    return this.exposed();
  }
  setMarginLeft(m: number) {
    this.page.left = m;
    return this.exposed();
  }
  setMarginRight(m: number) {
    this.page.right = m;
    return this.exposed();
  }
  exposed(): GoogleAppsScript.Document.Body {
    return as(expose(this.calls, 'Body', this));
  }
}

export class FakeDocument {
  readonly body: FakeBody;
  /** How many times the script saved and closed it. */
  saves = 0;
  constructor(
    private readonly calls: Calls,
    readonly id: string,
    public name: string,
  ) {
    this.body = new FakeBody(calls);
  }
  getId() {
    return this.id;
  }
  getName() {
    return this.name;
  }
  setName(n: string) {
    this.name = String(n);
    return this.exposed();
  }
  getUrl() {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getBody() {
    return this.body.exposed();
  }
  saveAndClose() {
    this.saves++;
  }
  exposed(): GoogleAppsScript.Document.Document {
    return as(expose(this.calls, 'Document', this));
  }
}

export class FakeFolder {
  trashed = false;
  constructor(
    private readonly calls: Calls,
    readonly id: string,
    public name: string,
  ) {}
  getId() {
    return this.id;
  }
  getName() {
    return this.name;
  }
  getUrl() {
    return `https://drive.google.com/drive/folders/${this.id}`;
  }
  isTrashed() {
    return this.trashed;
  }
  exposed(): GoogleAppsScript.Drive.Folder {
    return as(expose(this.calls, 'Folder', this));
  }
}

export class FakeFile {
  trashed = false;
  constructor(
    private readonly calls: Calls,
    private readonly drive: FakeDrive,
    readonly id: string,
    public folder: FakeFolder | null,
  ) {}
  getId() {
    return this.id;
  }
  getName() {
    return this.drive.docs.get(this.id)?.name ?? this.drive.apiDocs.get(this.id)?.name ?? '';
  }
  /** File.setName(name): the document's name (its title, as documents.get answers it). */
  setName(name: string) {
    const d = this.drive.docs.get(this.id) ?? this.drive.apiDocs.get(this.id);
    if (d) d.name = String(name);
    return this.exposed();
  }
  /**
   * File.makeCopy(name, destination): "Creates a copy of the file in the destination directory, using the
   * name provided" (without a destination, where the file is). Here for Docs-API documents: the copy has the
   * same content, page setup, headers and footers, at the same indexes.
   */
  makeCopy(name: string, destination?: GoogleAppsScript.Drive.Folder) {
    const src = this.drive.apiDocs.get(this.id);
    if (!src) throw new Error('fake File.makeCopy: only Docs-API documents are modelled');
    const folder = destination ? unwrap(destination as unknown as FakeFolder) : this.folder;
    const copy = src.copy(newId('doc'), String(name));
    if (this.drive.newFooterIdsOnCopy) {
      // Google does not document whether a copy keeps its footers' ids: this stands for one that does not
      copy.footers = new Map([...copy.footers].map(([k, f]) => [`${k}.copy`, f]));
      const style = copy.documentStyle as { defaultFooterId?: string };
      if (style.defaultFooterId) style.defaultFooterId = `${style.defaultFooterId}.copy`;
    }
    return this.drive.addApiDocument(copy, folder).exposed();
  }
  getUrl() {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  isTrashed() {
    return this.trashed;
  }
  setTrashed(t: boolean) {
    this.trashed = t;
    return this.exposed();
  }
  moveTo(folder: GoogleAppsScript.Drive.Folder) {
    this.folder = unwrap(folder as unknown as FakeFolder);
    return this.exposed();
  }
  exposed(): GoogleAppsScript.Drive.File {
    return as(expose(this.calls, 'File', this));
  }
}

/** My Drive: documents, their files, folders. `root` (folder null) is where DocumentApp.create puts a document. */
export class FakeDrive {
  readonly docs = new Map<string, FakeDocument>();
  readonly files = new Map<string, FakeFile>();
  readonly folders = new Map<string, FakeFolder>();
  /** Documents made or read through the Docs advanced service (Docs.Documents). */
  readonly apiDocs = new Map<string, ApiDocument>();
  /** Stands for Drive refusing folder calls (a scope not granted): createFolder / getFolderById throw. */
  refuseFolders = false;
  /**
   * Documents the person made elsewhere (in Google Docs, not through the add-on): the Docs API (the
   * documents scope) reads them, DriveApp (drive.file) does not find them.
   */
  readonly notOpenedByApp = new Set<string>();
  /** Stands for an import that does not turn a .docx's page fields into the Doc's own (dropped). */
  importDropsFields = false;
  /** File.makeCopy gives the copy's footers ids of their own (the docs do not say which Google does). */
  newFooterIdsOnCopy = false;
  constructor(private readonly calls: Calls) {}

  createDocument(name: string): FakeDocument {
    const id = newId('doc');
    const d = new FakeDocument(this.calls, id, String(name));
    this.docs.set(id, d);
    this.files.set(id, new FakeFile(this.calls, this, id, null));
    return d;
  }
  /** A Docs-API document in Drive (its file in `folder`, or in My Drive). */
  addApiDocument(d: ApiDocument, folder: FakeFolder | null = null): FakeFile {
    this.apiDocs.set(d.id, d);
    const f = new FakeFile(this.calls, this, d.id, folder);
    this.files.set(d.id, f);
    return f;
  }
  createApiDocument(name: string): ApiDocument {
    const d = new ApiDocument(newId('doc'), String(name));
    this.addApiDocument(d);
    return d;
  }
  /** How many Docs-API documents are not in the trash, wherever they are. */
  liveApiDocs(): number {
    return [...this.files.values()].filter((f) => !f.trashed && this.apiDocs.has(f.id)).length;
  }
  /** The Docs-API documents in a folder (not trashed). */
  apiInFolder(folderId: string): ApiDocument[] {
    return [...this.files.values()]
      .filter((f) => !f.trashed && f.folder?.id === folderId && this.apiDocs.has(f.id))
      .map((f) => this.apiDocs.get(f.id)!);
  }
  /**
   * The Drive advanced service (v3), files.create only: with the Google Docs mimeType and a Word upload it
   * imports the file as a Google Doc (drive-import.ts) in the root of My Drive and answers its metadata.
   */
  DriveFiles() {
    return {
      create: (resource: { name?: string; mimeType?: string }, blob?: FakeBlob) => {
        if (resource?.mimeType !== 'application/vnd.google-apps.document' || !blob)
          throw new Error(
            'fake Drive.Files.create: only the import of a Word file as a Google Doc is modelled',
          );
        if (blob.getContentType() !== DOCX_TYPE)
          throw new Error(`fake Drive.Files.create: cannot import ${blob.getContentType()}`);
        const d = importDocx(blob.bytes(), newId('doc'), String(resource.name ?? 'Untitled'));
        if (this.importDropsFields)
          for (const f of d.footers.values()) f.units = f.units.filter((u) => !(u.k === 'char' && u.auto));
        this.addApiDocument(d);
        return { id: d.id, name: d.name, mimeType: resource.mimeType };
      },
    };
  }
  /**
   * Docs.Documents: create ("Creates a blank document using the title given in the request. Other fields
   * in the request, including any provided content, are ignored.", in the root of My Drive), get, batchUpdate.
   * A document Drive no longer has answers 404 "Requested entity was not found.".
   */
  Docs(): ApiDocs {
    const find = (id: string, method: string) => {
      const d = this.apiDocs.get(String(id));
      if (!d || !this.files.has(d.id))
        throw new Error(
          `GoogleJsonResponseException: API call to docs.documents.${method} failed with error: Requested entity was not found.`,
        );
      return d;
    };
    return {
      create: (resource) => this.createApiDocument(String(resource?.title ?? 'Untitled document')).toJson(),
      get: (id) => find(id, 'get').toJson(),
      batchUpdate: (resource, id) => find(id, 'batchUpdate').batchUpdate(resource?.requests as never),
    };
  }
  /** The documents in a folder, by name. */
  inFolder(folderId: string): FakeDocument[] {
    return [...this.files.values()]
      .filter((f) => !f.trashed && f.folder?.id === folderId)
      .map((f) => this.docs.get(f.id)!);
  }
  live(id: string): FakeDocument {
    const d = this.docs.get(String(id));
    if (!d || this.files.get(d.id)?.trashed)
      throw new Error(
        `Exception: Document is missing (perhaps it was deleted, or you don't have read access?)`,
      );
    return d;
  }

  DocumentApp() {
    return {
      ParagraphHeading: { NORMAL: 'NORMAL', HEADING1: 'HEADING1', HEADING2: 'HEADING2', TITLE: 'TITLE' },
      HorizontalAlignment: { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' },
      Attribute: {
        FONT_FAMILY: 'FONT_FAMILY',
        FONT_SIZE: 'FONT_SIZE',
        BOLD: 'BOLD',
        HORIZONTAL_ALIGNMENT: 'HORIZONTAL_ALIGNMENT',
        SPACING_AFTER: 'SPACING_AFTER',
        SPACING_BEFORE: 'SPACING_BEFORE',
        BACKGROUND_COLOR: 'BACKGROUND_COLOR',
        BORDER_WIDTH: 'BORDER_WIDTH',
        BORDER_COLOR: 'BORDER_COLOR',
        PADDING_TOP: 'PADDING_TOP',
        PADDING_BOTTOM: 'PADDING_BOTTOM',
        LINE_SPACING: 'LINE_SPACING',
      },
      ElementType: { PARAGRAPH: 'PARAGRAPH', TABLE: 'TABLE', TABLE_ROW: 'TABLE_ROW', LIST_ITEM: 'LIST_ITEM' },
      create: (name: string) => this.createDocument(name).exposed(),
      openById: (id: string) => this.live(id).exposed(),
    };
  }

  DriveApp() {
    return {
      createFolder: (name: string) => {
        if (this.refuseFolders)
          throw new Error('Exception: You do not have permission to call DriveApp.createFolder.');
        const f = new FakeFolder(this.calls, newId('folder'), String(name));
        this.folders.set(f.id, f);
        return f.exposed();
      },
      getFolderById: (id: string) => {
        const f = this.folders.get(String(id));
        if (!f || f.trashed) throw new Error('Exception: No item with the given ID could be found.');
        return f.exposed();
      },
      /** Every file Drive holds is reached by its id (the add-on's scope, drive.file, is not modelled). */
      getFileById: (id: string) => {
        const f = this.files.get(String(id));
        // drive.file: "only the specific Google Drive files you use with this app" — a file the person made
        // elsewhere, never opened through the add-on, is not found (the message DriveApp gives)
        if (!f || this.notOpenedByApp.has(String(id)))
          throw new Error(
            'Exception: No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
          );
        return f.exposed();
      },
    };
  }
}

export interface FakeTrigger {
  id: string;
  handler: string;
  afterMs: number;
  deleted: boolean;
}

/** ScriptApp: time-driven triggers the test fires by hand (fire()), as Apps Script would after the delay. */
export class FakeScript {
  readonly triggers: FakeTrigger[] = [];
  constructor(private readonly calls: Calls) {}
  live() {
    return this.triggers.filter((t) => !t.deleted);
  }
  private exposeTrigger(t: FakeTrigger) {
    return expose(this.calls, 'Trigger', {
      getHandlerFunction: () => t.handler,
      getUniqueId: () => t.id,
      __fake: t,
    });
  }
  ScriptApp() {
    const calls = this.calls;
    return {
      newTrigger: (handler: string) => {
        const spec: { handler: string; afterMs: number | null } = { handler: String(handler), afterMs: null };
        const clock = expose(calls, 'ClockTriggerBuilder', {
          after: (ms: number) => {
            if (!Number.isInteger(ms) || ms < 0) throw new Error('Exception: Invalid argument: after');
            spec.afterMs = ms;
            return clock;
          },
          create: () => {
            if (spec.afterMs === null) throw new Error('Exception: a time-based trigger needs a schedule');
            const t: FakeTrigger = {
              id: newId('trigger'),
              handler: spec.handler,
              afterMs: spec.afterMs,
              deleted: false,
            };
            this.triggers.push(t);
            return this.exposeTrigger(t);
          },
        });
        return expose(calls, 'TriggerBuilder', { timeBased: () => clock });
      },
      getProjectTriggers: () => this.live().map((t) => this.exposeTrigger(t)),
      deleteTrigger: (trigger: { __fake?: FakeTrigger }) => {
        const t = unwrap(trigger as object) as { __fake?: FakeTrigger };
        if (!t.__fake || t.__fake.deleted) throw new Error('Exception: Trigger not found.');
        t.__fake.deleted = true;
      },
    };
  }
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Utilities.newBlob(data, contentType, name): Apps Script's bytes are Java's, signed (-128 … 127). */
export class FakeBlob {
  constructor(
    private readonly data: number[],
    private readonly type: string,
    private readonly name: string,
  ) {
    if (data.some((b) => !Number.isInteger(b) || b < -128 || b > 127))
      throw new Error(
        'Exception: The parameters (number[],String,String) don’t match the method signature for Utilities.newBlob.',
      );
  }
  getBytes() {
    return [...this.data];
  }
  getContentType() {
    return this.type;
  }
  getName() {
    return this.name;
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.data, (b) => b & 0xff);
  }
}
