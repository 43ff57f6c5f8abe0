/// <reference types="google-apps-script" />
/**
 * A fake of the Docs advanced service (Docs.Documents.create / get / batchUpdate, Docs API v1): a document
 * held as the API indexes it, one model index per unit, and the requests applied as the API reference
 * documents them (fakes.docs.test.ts pins each, citing the page):
 * - the body starts with a section break at index 0, so its first paragraph starts at 1; a header or
 *   footer starts at 0 ("Structure of a Google Docs document", developers.google.com/docs/api/concepts/structure);
 * - a table is a start index, then per row a row start, per cell a cell start and the cell's content, then
 *   one index more at its end: an empty 2×2 table at S spans S … S+12, its cells' paragraphs at S+3, S+5,
 *   S+8, S+10 ("Work with tables", developers.google.com/docs/api/how-tos/tables);
 * - insertTable at a location puts a newline there first, so the table starts at location + 1; the location
 *   must be inside an existing paragraph, not at a table's start (InsertTableRequest);
 * - insertText must be inside the bounds of a paragraph; a newline in the text starts a new paragraph whose
 *   style is copied from the paragraph at the insertion index; inserted text takes the style of the text
 *   before it (InsertTextRequest);
 * - deleteContentRange refuses the last newline of a body, header, footer or table cell, part of a table,
 *   and the newline before a table without the table (DeleteContentRangeRequest);
 * - replaceAllText replaces every match in the body, headers and footers and answers occurrencesChanged
 *   (ReplaceAllTextRequest, ReplaceAllTextResponse);
 * - createFooter answers the new footer's id and refuses a second footer of the same type (CreateFooterRequest);
 * - updateTableColumnProperties refuses a width below 5 points (UpdateTableColumnPropertiesRequest);
 * - a batch is atomic: "If any request is not valid, then the entire request will fail and nothing will be
 *   applied" (documents.batchUpdate).
 * Requests it does not know are refused (so code cannot rely on something the fake only pretends to do).
 */
type Json = Record<string, unknown>;
type Style = Json;

export type Unit =
  /** A character; `auto` marks an autoText element (a page number or count: one index, no text). */
  | { k: 'char'; ch: string; ts: Style; ps?: Style; auto?: string }
  | { k: 'sb' }
  | { k: 'ts'; cols: Style[] }
  | { k: 'rs'; style: Style }
  | { k: 'cs'; style: Style }
  | { k: 'te' };

const AUTO = '\uE000';
const nl = (ps: Style = {}, ts: Style = {}): Unit => ({ k: 'char', ch: '\n', ts: { ...ts }, ps: { ...ps } });
const clone = <T>(x: T): T => structuredClone(x);

export class DocsApiError extends Error {}
const fail = (method: string, msg: string): never => {
  throw new DocsApiError(
    `GoogleJsonResponseException: API call to docs.documents.${method} failed with error: ${msg}`,
  );
};

/** `fields` of an update request: the named fields of `src` are set on `dst` (an absent one is cleared). */
function applyFields(dst: Style, src: Style | undefined, fields: unknown, where: string) {
  if (typeof fields !== 'string' || fields.trim() === '')
    fail(
      'batchUpdate',
      `Invalid ${where}: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)`,
    );
  const names = (fields as string).split(',').map((f) => f.trim());
  const s = src ?? {};
  for (const n of names) {
    if (n === '*') {
      for (const k of Object.keys(dst)) delete dst[k];
      Object.assign(dst, clone(s));
    } else if (s[n] === undefined) delete dst[n];
    else dst[n] = clone(s[n]);
  }
}

export class ApiSegment {
  constructor(public units: Unit[]) {}
  static body() {
    return new ApiSegment([{ k: 'sb' }, nl()]);
  }
  static footer() {
    return new ApiSegment([nl()]);
  }
  get end() {
    return this.units.length;
  }
  /** The index of the table start whose table holds index i (the innermost), or -1. */
  tableOf(i: number): number {
    let depth = 0;
    for (let j = i; j >= 0; j--) {
      const u = this.units[j]!;
      if (u.k === 'te' && j !== i) depth++;
      else if (u.k === 'ts') {
        if (depth === 0) return j;
        depth--;
      }
    }
    return -1;
  }
  /** The end (exclusive) of the table starting at t. */
  tableEnd(t: number): number {
    let depth = 0;
    for (let j = t; j < this.units.length; j++) {
      const u = this.units[j]!;
      if (u.k === 'ts') depth++;
      else if (u.k === 'te' && --depth === 0) return j + 1;
    }
    throw new Error('unterminated table');
  }
  /** Row starts and, per row, cell starts of the table at t (its own, not nested tables'). */
  grid(t: number): { rows: number[]; cells: number[][] } {
    const rows: number[] = [];
    const cells: number[][] = [];
    const end = this.tableEnd(t);
    let depth = 0;
    for (let j = t + 1; j < end - 1; j++) {
      const u = this.units[j]!;
      if (u.k === 'ts') depth++;
      else if (u.k === 'te') depth--;
      else if (depth === 0 && u.k === 'rs') {
        rows.push(j);
        cells.push([]);
      } else if (depth === 0 && u.k === 'cs') cells.at(-1)!.push(j);
    }
    return { rows, cells };
  }
  /** The paragraph's terminating newline at or after i. */
  paragraphEnd(i: number): number {
    for (let j = i; j < this.units.length; j++) {
      const u = this.units[j]!;
      if (u.k === 'char' && u.ch === '\n') return j;
      if (u.k !== 'char') break;
    }
    throw new Error(`no paragraph at ${i}`);
  }
  paragraphStart(i: number): number {
    let j = i;
    while (j > 0) {
      const u = this.units[j - 1]!;
      if (u.k !== 'char' || u.ch === '\n') break;
      j--;
    }
    return j;
  }
  insertable(i: number) {
    return Number.isInteger(i) && i >= 0 && i < this.units.length && this.units[i]!.k === 'char';
  }
  insertText(i: number, text: string) {
    const end = this.units[this.paragraphEnd(i)] as Extract<Unit, { k: 'char' }>;
    const before = this.units[i - 1];
    const at = this.units[i] as Extract<Unit, { k: 'char' }>;
    const ts = before?.k === 'char' && before.ch !== '\n' ? before.ts : at.ts;
    const inserted: Unit[] = [...text].flatMap((c) =>
      // one unit per UTF-16 code unit, as the API counts indexes
      c.split('').map((ch) => (ch === '\n' ? nl(end.ps, ts) : ({ k: 'char', ch, ts: { ...ts } } as Unit))),
    );
    this.units.splice(i, 0, ...inserted);
  }
  /** The segment's text, an autoText element standing as U+E000 (so a text index is still a model index). */
  text(from = 0, to = this.units.length) {
    return this.units
      .slice(from, to)
      .map((u) => (u.k === 'char' ? (u.auto ? AUTO : u.ch) : ''))
      .join('');
  }
  toContent(from = 0, to = this.units.length): Json[] {
    const out: Json[] = [];
    let i = from;
    while (i < to) {
      const u = this.units[i]!;
      if (u.k === 'sb') {
        out.push({ startIndex: i, endIndex: i + 1, sectionBreak: { sectionStyle: {} } });
        i++;
      } else if (u.k === 'char') {
        const e = this.paragraphEnd(i);
        const elements: Json[] = [];
        let s = i;
        for (let j = i; j <= e; j++) {
          const a = this.units[j] as Extract<Unit, { k: 'char' }>;
          const next = this.units[j + 1] as Extract<Unit, { k: 'char' }> | undefined;
          if (a.auto) {
            // an autoText element of its own: "ParagraphElement … autoText: An auto text paragraph element"
            elements.push({
              startIndex: j,
              endIndex: j + 1,
              autoText: { type: a.auto, textStyle: clone(a.ts) },
            });
            s = j + 1;
            continue;
          }
          if (j === e || next?.auto || JSON.stringify(next?.ts) !== JSON.stringify(a.ts)) {
            elements.push({
              startIndex: s,
              endIndex: j + 1,
              textRun: { content: this.text(s, j + 1), textStyle: clone(a.ts) },
            });
            s = j + 1;
          }
        }
        const ps = (this.units[e] as Extract<Unit, { k: 'char' }>).ps ?? {};
        out.push({ startIndex: i, endIndex: e + 1, paragraph: { elements, paragraphStyle: clone(ps) } });
        i = e + 1;
      } else if (u.k === 'ts') {
        const end = this.tableEnd(i);
        const { rows, cells } = this.grid(i);
        const tableRows = rows.map((r, ri) => {
          const rEnd = rows[ri + 1] ?? end - 1;
          const cs = cells[ri]!;
          return {
            startIndex: r,
            endIndex: rEnd,
            tableRowStyle: clone((this.units[r] as Extract<Unit, { k: 'rs' }>).style),
            tableCells: cs.map((c, ci) => {
              const cEnd = cs[ci + 1] ?? rEnd;
              return {
                startIndex: c,
                endIndex: cEnd,
                tableCellStyle: clone((this.units[c] as Extract<Unit, { k: 'cs' }>).style),
                content: this.toContent(c + 1, cEnd),
              };
            }),
          };
        });
        out.push({
          startIndex: i,
          endIndex: end,
          table: {
            rows: rows.length,
            columns: cells[0]?.length ?? 0,
            tableRows,
            tableStyle: { tableColumnProperties: clone(u.cols) },
          },
        });
        i = end;
      } else throw new Error(`unexpected ${u.k} at ${i}`);
    }
    return out;
  }
}

let nextFooter = 1;

export class ApiDocument {
  body = ApiSegment.body();
  footers = new Map<string, ApiSegment>();
  headers = new Map<string, ApiSegment>();
  documentStyle: Style = {
    pageSize: { width: { magnitude: 612, unit: 'PT' }, height: { magnitude: 792, unit: 'PT' } },
    marginTop: { magnitude: 72, unit: 'PT' },
    marginBottom: { magnitude: 72, unit: 'PT' },
    marginLeft: { magnitude: 72, unit: 'PT' },
    marginRight: { magnitude: 72, unit: 'PT' },
  };
  revision = 1;
  /** batchUpdate calls applied (each a revision). */
  batches = 0;
  constructor(
    readonly id: string,
    public name: string,
  ) {}

  copy(id: string, name: string): ApiDocument {
    const d = new ApiDocument(id, name);
    d.body = new ApiSegment(clone(this.body.units));
    d.footers = new Map([...this.footers].map(([k, s]) => [k, new ApiSegment(clone(s.units))]));
    d.headers = new Map([...this.headers].map(([k, s]) => [k, new ApiSegment(clone(s.units))]));
    d.documentStyle = clone(this.documentStyle);
    return d;
  }

  /** The document resource as documents.get answers it (the parts this fake models). */
  toJson(): GoogleAppsScript.Docs.Schema.Document {
    const seg = (m: Map<string, ApiSegment>, key: string) =>
      Object.fromEntries([...m].map(([id, s]) => [id, { [key]: id, content: s.toContent() }]));
    return clone({
      documentId: this.id,
      title: this.name,
      revisionId: `rev${this.revision}`,
      body: { content: this.body.toContent() },
      footers: seg(this.footers, 'footerId'),
      headers: seg(this.headers, 'headerId'),
      documentStyle: this.documentStyle,
    }) as GoogleAppsScript.Docs.Schema.Document;
  }

  /** The body's text, paragraph and cell newlines included. */
  bodyText() {
    return this.body.text();
  }

  segment(id: unknown, where: string): ApiSegment {
    if (id === undefined || id === '') return this.body;
    const s = this.footers.get(String(id)) ?? this.headers.get(String(id));
    if (!s) fail('batchUpdate', `Invalid ${where}: Segment ID ${String(id)} not found.`);
    return s!;
  }

  /** documents.batchUpdate: every request in order on a copy, committed only when all were valid. */
  batchUpdate(requests: Json[]): Json {
    if (!Array.isArray(requests)) fail('batchUpdate', 'Invalid JSON payload: requests must be a list.');
    const work = this.copy(this.id, this.name);
    const replies = requests.map((r, n) => work.apply(r, `requests[${n}]`));
    this.body = work.body;
    this.footers = work.footers;
    this.headers = work.headers;
    this.documentStyle = work.documentStyle;
    this.revision++;
    this.batches++;
    return { documentId: this.id, replies, writeControl: { requiredRevisionId: `rev${this.revision}` } };
  }

  private tableAt(seg: ApiSegment, loc: Json | undefined, where: string): number {
    const t = Number((loc as { index?: unknown } | undefined)?.index);
    if (!Number.isInteger(t) || seg.units[t]?.k !== 'ts')
      fail(
        'batchUpdate',
        `Invalid ${where}: The table start location must specify the start index of a table.`,
      );
    return t;
  }

  private cellsOf(seg: ApiSegment, t: number) {
    return seg.grid(t);
  }

  apply(req: Json, where: string): Json {
    const names = Object.keys(req);
    if (names.length !== 1) fail('batchUpdate', `Invalid ${where}: exactly one kind of request is needed.`);
    const kind = names[0]!;
    const q = req[kind] as Json;
    const w = `${where}.${kind}`;
    switch (kind) {
      case 'insertText': {
        const text = String(q.text ?? '');
        const { seg, index } = this.location(q, w);
        if (!seg.insertable(index))
          fail(
            'batchUpdate',
            index >= seg.end
              ? `Invalid ${w}: Index ${index} must be less than the end index of the referenced segment, ${seg.end}.`
              : `Invalid ${w}: The insertion index must be inside the bounds of an existing paragraph. You can still create a new paragraph by inserting a newline character.`,
          );
        seg.insertText(index, text);
        return {};
      }
      case 'insertTable': {
        const rows = Number(q.rows);
        const cols = Number(q.columns);
        if (!(rows >= 1 && cols >= 1))
          fail('batchUpdate', `Invalid ${w}: rows and columns must be positive.`);
        const { seg, index } = this.location(q, w);
        if (!seg.insertable(index))
          fail(
            'batchUpdate',
            `Invalid ${w}: The insertion index must be inside the bounds of an existing paragraph.`,
          );
        const end = seg.units[seg.paragraphEnd(index)] as Extract<Unit, { k: 'char' }>;
        const table: Unit[] = [{ k: 'ts', cols: Array.from({ length: cols }, () => ({})) }];
        for (let r = 0; r < rows; r++) {
          table.push({ k: 'rs', style: {} });
          for (let c = 0; c < cols; c++) table.push({ k: 'cs', style: {} }, nl());
        }
        table.push({ k: 'te' });
        // "A newline character will be inserted before the inserted table"
        seg.units.splice(index, 0, nl(end.ps, end.ts), ...table);
        return {};
      }
      case 'deleteContentRange': {
        const range = q.range as Json;
        const seg = this.segment(range?.segmentId, w);
        const s = Number(range?.startIndex);
        const e = Number(range?.endIndex);
        this.checkDelete(seg, s, e, w);
        seg.units.splice(s, e - s);
        return {};
      }
      case 'updateTextStyle':
      case 'updateParagraphStyle': {
        const range = q.range as Json;
        const seg = this.segment(range?.segmentId, w);
        const s = Number(range?.startIndex);
        const e = Number(range?.endIndex);
        if (!(Number.isInteger(s) && Number.isInteger(e) && s < e && s >= 0 && e <= seg.end))
          fail('batchUpdate', `Invalid ${w}: The range must be within the segment (end index ${seg.end}).`);
        if (kind === 'updateTextStyle') {
          for (let j = s; j < e; j++) {
            const u = seg.units[j]!;
            if (u.k === 'char') applyFields(u.ts, q.textStyle as Style, q.fields, w);
          }
        } else {
          const done = new Set<number>();
          for (let j = s; j < e; j++) {
            if (seg.units[j]!.k !== 'char') continue;
            const p = seg.paragraphEnd(j);
            if (done.has(p)) continue;
            done.add(p);
            const u = seg.units[p] as Extract<Unit, { k: 'char' }>;
            u.ps ??= {};
            applyFields(u.ps, q.paragraphStyle as Style, q.fields, w);
          }
        }
        return {};
      }
      case 'updateTableCellStyle': {
        const range = q.tableRange as Json | undefined;
        const loc = (range?.tableCellLocation as Json | undefined) ?? undefined;
        const seg = this.segment(((loc?.tableStartLocation ?? q.tableStartLocation) as Json)?.segmentId, w);
        const t = this.tableAt(seg, (loc?.tableStartLocation ?? q.tableStartLocation) as Json, w);
        const { cells } = this.cellsOf(seg, t);
        const r0 = Number(loc?.rowIndex ?? 0);
        const c0 = Number(loc?.columnIndex ?? 0);
        const rs = range ? Number(range.rowSpan) : cells.length;
        const cs = range ? Number(range.columnSpan) : Math.max(...cells.map((r) => r.length));
        if (range && !(rs >= 1 && cs >= 1 && r0 + rs <= cells.length))
          fail('batchUpdate', `Invalid ${w}: The table range is outside the table.`);
        for (let r = r0; r < r0 + rs; r++)
          for (let c = c0; c < c0 + cs; c++) {
            const at = cells[r]![c];
            if (at === undefined) {
              if (range) fail('batchUpdate', `Invalid ${w}: The table range is outside the table.`);
              continue;
            }
            applyFields(
              (seg.units[at] as Extract<Unit, { k: 'cs' }>).style,
              q.tableCellStyle as Style,
              q.fields,
              w,
            );
          }
        return {};
      }
      case 'updateTableColumnProperties': {
        const seg = this.segment((q.tableStartLocation as Json)?.segmentId, w);
        const t = this.tableAt(seg, q.tableStartLocation as Json, w);
        const ts = seg.units[t] as Extract<Unit, { k: 'ts' }>;
        const props = (q.tableColumnProperties ?? {}) as Style;
        const width = (props.width as { magnitude?: number } | undefined)?.magnitude;
        if (width !== undefined && width < 5)
          fail('batchUpdate', `Invalid ${w}: The column width must be at least 5 points.`);
        const idx = (q.columnIndices as number[] | undefined)?.length
          ? (q.columnIndices as number[])
          : ts.cols.map((_, i) => i);
        for (const i of idx) {
          if (!ts.cols[i]) fail('batchUpdate', `Invalid ${w}: Column index ${i} is outside the table.`);
          applyFields(ts.cols[i]!, props, q.fields, w);
        }
        return {};
      }
      case 'updateTableRowStyle': {
        const seg = this.segment((q.tableStartLocation as Json)?.segmentId, w);
        const t = this.tableAt(seg, q.tableStartLocation as Json, w);
        const { rows } = this.cellsOf(seg, t);
        const idx = (q.rowIndices as number[] | undefined)?.length
          ? (q.rowIndices as number[])
          : rows.map((_, i) => i);
        for (const i of idx) {
          if (rows[i] === undefined)
            fail('batchUpdate', `Invalid ${w}: Row index ${i} is outside the table.`);
          applyFields(
            (seg.units[rows[i]!] as Extract<Unit, { k: 'rs' }>).style,
            q.tableRowStyle as Style,
            q.fields,
            w,
          );
        }
        return {};
      }
      case 'insertTableRow':
      case 'deleteTableRow': {
        const loc = q.tableCellLocation as Json;
        const seg = this.segment((loc?.tableStartLocation as Json)?.segmentId, w);
        const t = this.tableAt(seg, loc?.tableStartLocation as Json, w);
        const { rows, cells } = this.cellsOf(seg, t);
        const ri = Number(loc?.rowIndex);
        if (rows[ri] === undefined)
          fail('batchUpdate', `Invalid ${w}: Row index ${ri} is outside the table.`);
        const rowEnd = rows[ri + 1] ?? seg.tableEnd(t) - 1;
        if (kind === 'deleteTableRow') {
          if (rows.length === 1) fail('batchUpdate', `Invalid ${w}: A table must keep at least one row.`);
          seg.units.splice(rows[ri]!, rowEnd - rows[ri]!);
          return {};
        }
        // "Inserts an empty row into a table": as many cells as the reference row, each an empty paragraph
        const row: Unit[] = [{ k: 'rs', style: {} }];
        for (let c = 0; c < cells[ri]!.length; c++) row.push({ k: 'cs', style: {} }, nl());
        seg.units.splice(q.insertBelow ? rowEnd : rows[ri]!, 0, ...row);
        return {};
      }
      case 'updateDocumentStyle': {
        applyFields(this.documentStyle, q.documentStyle as Style, q.fields, w);
        return {};
      }
      case 'createFooter': {
        if (q.type !== 'DEFAULT')
          fail('batchUpdate', `Invalid ${w}: Only the DEFAULT footer type is supported.`);
        if (this.documentStyle.defaultFooterId)
          fail('batchUpdate', `Invalid ${w}: A footer of type DEFAULT already exists.`);
        const id = `kix.footer${nextFooter++}`;
        this.footers.set(id, ApiSegment.footer());
        this.documentStyle.defaultFooterId = id;
        return { createFooter: { footerId: id } };
      }
      case 'replaceAllText': {
        const ct = q.containsText as { text?: string; matchCase?: boolean } | undefined;
        const find = String(ct?.text ?? '');
        if (!find) fail('batchUpdate', `Invalid ${w}: The text to search for must not be empty.`);
        const repl = String(q.replaceText ?? '');
        let n = 0;
        for (const seg of [this.body, ...this.headers.values(), ...this.footers.values()])
          n += replaceIn(seg, find, repl, ct?.matchCase === true);
        return { replaceAllText: { occurrencesChanged: n } };
      }
      default:
        return fail('batchUpdate', `Invalid ${where}: the fake does not know ${kind}.`);
    }
  }

  private location(q: Json, w: string): { seg: ApiSegment; index: number } {
    if (q.endOfSegmentLocation) {
      const seg = this.segment((q.endOfSegmentLocation as Json).segmentId, w);
      return { seg, index: seg.end - 1 };
    }
    const loc = q.location as Json | undefined;
    if (!loc) fail('batchUpdate', `Invalid ${w}: a location or an endOfSegmentLocation is required.`);
    return { seg: this.segment(loc!.segmentId, w), index: Number(loc!.index) };
  }

  private checkDelete(seg: ApiSegment, s: number, e: number, w: string) {
    const bad = (why: string) => fail('batchUpdate', `Invalid ${w}: ${why}`);
    if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= seg.end))
      bad(`The range must be within the segment (end index ${seg.end}).`);
    if (e === seg.end) bad('The range cannot include the last newline character of the segment.');
    const isLow = (i: number) => {
      const u = seg.units[i];
      return u?.k === 'char' && /[\udc00-\udfff]/.test(u.ch);
    };
    if (isLow(s) || isLow(e)) bad('The range cannot split a surrogate pair.');
    for (let j = s; j < e; j++) {
      const u = seg.units[j]!;
      if (u.k === 'sb') bad('The range cannot delete a section break.');
      if (u.k === 'ts' && seg.tableEnd(j) > e) bad('The range cannot delete part of a table.');
      if (u.k === 'te' || u.k === 'rs' || u.k === 'cs') {
        if (seg.tableOf(j) < s) bad('The range cannot delete part of a table.');
      }
      if (u.k === 'char' && u.ch === '\n') {
        const next = seg.units[j + 1];
        // the last newline of a cell (a cell start, a row start or the table's end follows it)
        if (next && (next.k === 'cs' || next.k === 'rs' || next.k === 'te') && seg.tableOf(j) < s)
          bad('The range cannot include the last newline character of a table cell.');
        if (next?.k === 'ts' && seg.tableEnd(j + 1) > e)
          bad('The range cannot delete the newline before a table without deleting the table.');
      }
    }
  }
}

/** replaceAllText in one segment: matches within a paragraph, the replacement styled as the match's first character. */
function replaceIn(seg: ApiSegment, find: string, repl: string, matchCase: boolean): number {
  let n = 0;
  const norm = (t: string) => (matchCase ? t : t.toLowerCase());
  let i = 0;
  while (i < seg.units.length) {
    const u = seg.units[i]!;
    if (u.k !== 'char') {
      i++;
      continue;
    }
    const e = seg.paragraphEnd(i);
    const text = seg.text(i, e);
    const at = norm(text).indexOf(norm(find));
    if (at < 0) {
      i = e + 1;
      continue;
    }
    const s = i + at;
    const ts = (seg.units[s] as Extract<Unit, { k: 'char' }>).ts;
    seg.units.splice(
      s,
      find.length,
      ...repl.split('').map((ch) => ({ k: 'char', ch, ts: { ...ts } }) as Unit),
    );
    n++;
    // go on after the replacement, in the same paragraph
    i = s + repl.length;
  }
  return n;
}

/** The Docs advanced service (Docs.Documents) over the fake Drive's documents. */
export interface ApiDocs {
  create(resource: { title?: string }): GoogleAppsScript.Docs.Schema.Document;
  get(documentId: string, optional?: unknown): GoogleAppsScript.Docs.Schema.Document;
  batchUpdate(resource: { requests?: Json[] }, documentId: string): Json;
}
