import type { FormBlock } from '../../shared/report/form.ts';

/**
 * The form blocks of shared/report (別紙様式1, the annual report) as Docs API requests: the whole Google Doc
 * in one documents.batchUpdate (and, for a new Doc, a second small one that fills the footer it created:
 * a footer's id is known only from the reply of the createFooter request). Pure: no service is called here.
 *
 * Drawn the way cli/docx.ts draws the .docx: A4 with its margins (17 mm left and right, 14 mm top and
 * bottom), the form's boxes as fixed-width tables with the .docx's column widths, black 0.75 pt borders,
 * the printed words shaded #EDEDED and centred, ■ headings, a Mincho-style face, rows that never split
 * across pages (preventOverflow), the header row repeated (tableHeader), a box's minimum height as the
 * .docx gives it, and a footer naming the client and month. The Docs API has no request that inserts a
 * page-number field: a footer that already has page fields (the blank form Drive imported from a .docx,
 * blank-docx.ts) keeps them, and the client's line is written before its 「　n / N」.
 *
 * Indexes (developers.google.com/docs/api/concepts/structure, …/how-tos/tables): the body starts with a
 * section break at 0, so the first paragraph is at 1; the body always ends with a paragraph. The builder
 * writes forward, always at the start of the body's last (empty) paragraph `cur`, so nothing written is
 * moved by what follows and every style range can be given in final indexes:
 * - paragraphs p1 … pk before a table are inserted as `p1\n…\npk` at cur; the table is inserted at the
 *   index of the last paragraph's newline (cur + L): "a newline character will be inserted before the
 *   inserted table, therefore the table start index will be at the specified location index + 1", so the
 *   table starts at T = cur + L + 1 and pk keeps the table's newline as its own, with no blank line between
 *   a heading and its box. Two tables in a row get an empty paragraph between them (the .docx's gap).
 * - a table of R rows and C columns at T: row r starts at T + 1 + r(2C + 1), its cell c at that + 1 + 2c,
 *   the cell's (empty) paragraph one further: T + 3 + r(2C + 1) + 2c; the table ends at T + 2 + R(2C + 1)
 *   (the "Work with tables" 2×2 example: S … S + 12, paragraphs at S + 3, S + 5, S + 8, S + 10). Cells are
 *   filled in reading order, each index shifted by the text already put in the cells before it.
 */
/**
 * One request of documents.batchUpdate as the API reference spells it (the bundled typings predate
 * updateTableCellStyle, updateTableRowStyle, updateDocumentStyle, createFooter …).
 */
export type DocsRequest = Record<string, unknown>;
type Request = DocsRequest;

/** A4 in points, with the .docx's margins (cli/docx.ts: 960 and 794 twips). */
export const A4 = { width: 595.28, height: 841.89, margin: 48, marginY: 39.7, footer: 20 };
export const TEXT_WIDTH = A4.width - 2 * A4.margin;
/** A Mincho-style face Google Docs offers (the .docx names MS Mincho, drawn as Noto Serif CJK JP). */
export const DOC_FONT = 'Noto Serif JP';
/** The .docx's label shading, EDEDED. */
const LABEL_BG = { color: { rgbColor: { red: 0xed / 255, green: 0xed / 255, blue: 0xed / 255 } } };
/** An OptionalColor's colour: black. */
const BLACK = { rgbColor: { red: 0, green: 0, blue: 0 } };
const BODY_SIZE = 10;

const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });
const round2 = (n: number) => Math.round(n * 100) / 100;

/** The Doc as it is before the batch: null for a Doc just created (an empty body, no footer). */
export interface ExistingDoc {
  /** The body's end index (the last structural element's endIndex). */
  bodyEnd: number;
  /** The default footer, when the Doc has one: its id and end index. */
  footer: {
    id: string;
    end: number;
    /**
     * Where the footer's page fields begin (the first autoText: a page number), when it has them: the
     * footer is then ours up to the separator before them (「text　n / N」), and the fields are kept.
     */
    fieldsAt?: number;
  } | null;
}

export interface DocRequests {
  /** One documents.batchUpdate. */
  requests: Request[];
  /**
   * The body's text once the batch is applied, as docText reads it from documents.get: what the insertions
   * leave by the documented rules (the newline an inserted table brings before it, a cell's own newline,
   * the newline a body always ends with). Hashed, it tells on a later run whether anyone typed into the
   * Doc, with no documents.get after writing.
   */
  text: string;
  /** For a Doc without a footer: the requests that fill the footer `createFooter` made (its id from the reply). */
  footer: ((footerId: string) => Request[]) | null;
}

interface TextStyleSpec {
  size: number;
  bold?: boolean;
}
interface ParagraphSpec {
  align?: 'START' | 'CENTER' | 'END';
  above?: number;
  below?: number;
  border?: boolean;
}

const textStyle = (s: number, e: number, t: TextStyleSpec, segmentId?: string): Request => ({
  updateTextStyle: {
    range: { segmentId, startIndex: s, endIndex: e },
    textStyle: { weightedFontFamily: { fontFamily: DOC_FONT }, fontSize: pt(t.size), bold: t.bold === true },
    fields: 'weightedFontFamily,fontSize,bold',
  },
});

const border = { color: BLACK, width: pt(0.75), dashStyle: 'SOLID', padding: pt(2) };
const paragraphStyle = (s: number, e: number, p: ParagraphSpec, segmentId?: string): Request => ({
  updateParagraphStyle: {
    range: { segmentId, startIndex: s, endIndex: e },
    paragraphStyle: {
      alignment: p.align ?? 'START',
      spaceAbove: pt(p.above ?? 0),
      spaceBelow: pt(p.below ?? 0),
      lineSpacing: 100,
      ...(p.border
        ? { borderTop: border, borderBottom: border, borderLeft: border, borderRight: border }
        : {}),
    },
    fields: `alignment,spaceAbove,spaceBelow,lineSpacing${p.border ? ',borderTop,borderBottom,borderLeft,borderRight' : ''}`,
  },
});

/** A paragraph block: its text and look (the .docx's sizes and spacing, twips / 20). */
function paragraphOf(b: FormBlock): { text: string; t: TextStyleSpec; p: ParagraphSpec } | null {
  switch (b.kind) {
    case 'form-number':
      return { text: b.text, t: { size: 9 }, p: {} };
    case 'title':
      return { text: b.text, t: { size: 16, bold: true }, p: { align: 'CENTER', above: 3, below: 6 } };
    case 'notice':
      return { text: b.text, t: { size: 9, bold: true }, p: { align: 'CENTER', below: 6, border: true } };
    case 'fields':
      return {
        text: b.items.map((i) => `${i.label}：${i.value}${i.suffix ?? ''}`).join('　　'),
        t: { size: BODY_SIZE },
        p: { align: b.align === 'right' ? 'END' : 'START', above: 1, below: 1 },
      };
    case 'heading':
      return { text: `■ ${b.text}`, t: { size: 10.5, bold: true }, p: { above: 5.5, below: 2 } };
    default:
      return null;
  }
}

type TableBlock = Extract<FormBlock, { kind: 'table' }>;

/** A table's cell texts in reading order (its header row first). */
const tableCells = (b: TableBlock): string[] =>
  [...(b.header ? [b.header] : []), ...b.rows.map((r) => r.map((c) => c.text))].flatMap((r) =>
    b.widths.map((_, c) => r[c] ?? ''),
  );

/** The requests of one table inserted at `at` (a paragraph's newline): its start, end and requests. */
function table(b: TableBlock, at: number): { start: number; end: number; requests: Request[] } {
  const rows = [
    ...(b.header ? [b.header.map((text) => ({ text, label: true }))] : []),
    ...b.rows.map((r) => r.map((c) => ({ text: c.text, label: c.label === true }))),
  ];
  const R = rows.length;
  const C = b.widths.length;
  const T = at + 1;
  const out: Request[] = [{ insertTable: { rows: R, columns: C, location: { index: at } } }];
  const size = b.size ?? BODY_SIZE;
  const styles: Request[] = [];
  let shift = 0;
  rows.forEach((row, r) => {
    for (let c = 0; c < C; c++) {
      const text = row[c]?.text ?? '';
      const p = T + 3 + r * (2 * C + 1) + 2 * c + shift;
      if (text) out.push({ insertText: { location: { index: p }, text } });
      // the cell's text and its last newline (an empty cell's line takes the box's size too)
      styles.push(
        textStyle(p, p + text.length + 1, { size }),
        paragraphStyle(p, p + text.length + 1, { align: row[c]?.label ? 'CENTER' : 'START' }),
      );
      shift += text.length;
    }
  });
  const location = { index: T };
  // column widths: fractions of the text width, the last one taking what rounding left
  const widths = b.widths.map((w) => round2(w * TEXT_WIDTH));
  widths[C - 1] = round2(TEXT_WIDTH - widths.slice(0, -1).reduce((a, w) => a + w, 0));
  widths.forEach((w, i) => {
    out.push({
      updateTableColumnProperties: {
        tableStartLocation: location,
        columnIndices: [i],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(w) },
        fields: 'widthType,width',
      },
    });
  });
  const line = { color: BLACK, width: pt(0.75), dashStyle: 'SOLID' };
  out.push({
    updateTableCellStyle: {
      tableStartLocation: location,
      tableCellStyle: {
        borderTop: line,
        borderBottom: line,
        borderLeft: line,
        borderRight: line,
        paddingTop: pt(2),
        paddingBottom: pt(1),
        paddingLeft: pt(4),
        paddingRight: pt(4),
        contentAlignment: 'TOP',
      },
      fields:
        'borderTop,borderBottom,borderLeft,borderRight,paddingTop,paddingBottom,paddingLeft,paddingRight,contentAlignment',
    },
  });
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell.label) return;
      out.push({
        updateTableCellStyle: {
          tableRange: {
            tableCellLocation: { tableStartLocation: location, rowIndex: r, columnIndex: c },
            rowSpan: 1,
            columnSpan: 1,
          },
          tableCellStyle: { backgroundColor: LABEL_BG, contentAlignment: 'MIDDLE' },
          fields: 'backgroundColor,contentAlignment',
        },
      });
    });
  });
  // the .docx's row heights: min lines × the line at this size (12.5 pt at 10 pt) + 3 pt
  const minHeight = round2(((b.minRowLines ?? 1) * 250 * (size / BODY_SIZE) + 60) / 20);
  const first = b.header ? 1 : 0;
  if (b.header)
    out.push({
      updateTableRowStyle: {
        tableStartLocation: location,
        rowIndices: [0],
        tableRowStyle: { tableHeader: true, preventOverflow: true },
        fields: 'tableHeader,preventOverflow',
      },
    });
  if (R > first)
    out.push({
      updateTableRowStyle: {
        tableStartLocation: location,
        rowIndices: Array.from({ length: R - first }, (_, i) => i + first),
        tableRowStyle: { preventOverflow: true, minRowHeight: pt(minHeight) },
        fields: 'preventOverflow,minRowHeight',
      },
    });
  out.push(...styles);
  return { start: T, end: T + 2 + R * (2 * C + 1) + shift, requests: out };
}

/** Paragraphs inserted as one text at `at`: the request, their styles, the text's length. */
function paragraphs(list: NonNullable<ReturnType<typeof paragraphOf>>[], at: number) {
  const text = list.map((p) => p.text).join('\n');
  const requests: Request[] = text ? [{ insertText: { location: { index: at }, text } }] : [];
  const styles: Request[] = [];
  let s = at;
  for (const p of list) {
    const e = s + p.text.length + 1; // with its newline
    styles.push(textStyle(s, e, p.t), paragraphStyle(s, e, p.p));
    s = e;
  }
  return { requests, styles, length: text.length };
}

/** A4 with the .docx's margins, one footer for every page. */
const pageSetup = (): Request => ({
  updateDocumentStyle: {
    documentStyle: {
      pageSize: { width: pt(A4.width), height: pt(A4.height) },
      marginTop: pt(A4.marginY),
      marginBottom: pt(A4.marginY),
      marginLeft: pt(A4.margin),
      marginRight: pt(A4.margin),
      marginFooter: pt(A4.footer),
      useFirstPageHeaderFooter: false,
    },
    fields: 'pageSize,marginTop,marginBottom,marginLeft,marginRight,marginFooter,useFirstPageHeaderFooter',
  },
});

/**
 * The blank form a run copies for each new Doc: the page set up and an empty default footer (its id in the
 * reply). A copy then needs one batch, written as an existing Doc with an empty body and that footer.
 */
export const blankRequests = (): Request[] => [pageSetup(), { createFooter: { type: 'DEFAULT' } }];

/** A copy of the blank form as docRequests sees it: an empty body (0 … 2) and the blank's empty footer. */
export const blankCopy = (footerId: string): ExistingDoc => ({
  bodyEnd: 2,
  footer: { id: footerId, end: 1 },
});

/** The requests of a Doc showing `blocks`: a new one (existing null) or one rewritten in place. */
export function docRequests(blocks: readonly FormBlock[], existing: ExistingDoc | null): DocRequests {
  const requests: Request[] = [];
  // an existing Doc: its body emptied (all but the last newline, which a body always keeps)
  if (existing && existing.bodyEnd - 1 > 1)
    requests.push({ deleteContentRange: { range: { startIndex: 1, endIndex: existing.bodyEnd - 1 } } });
  requests.push(pageSetup());
  let cur = 1;
  let text = '';
  let pending: NonNullable<ReturnType<typeof paragraphOf>>[] = [];
  let lastWasTable = false;
  let running: string | null = null;
  for (const b of blocks) {
    if (b.kind === 'running') {
      running = b.text;
      continue;
    }
    if (b.kind !== 'table') {
      const p = paragraphOf(b);
      if (p) pending.push(p);
      continue;
    }
    const para = paragraphs(pending, cur);
    requests.push(...para.requests);
    // the paragraphs, or the empty one, end with the newline the table brings before it
    text += pending.map((p) => `${p.text}\n`).join('') || '\n';
    text += tableCells(b)
      .map((c) => `${c}\n`)
      .join('');
    const t = table(b, cur + para.length);
    requests.push(...t.requests, ...para.styles);
    // two boxes in a row: the paragraph between them is a small gap (the .docx's 4 pt)
    if (pending.length === 0)
      requests.push(textStyle(cur, cur + 1, { size: 4 }), paragraphStyle(cur, cur + 1, {}));
    pending = [];
    cur = t.end;
    lastWasTable = true;
  }
  // the body's last paragraph: what was pending, or the empty line after the last box
  text += pending.map((p) => `${p.text}\n`).join('') || '\n';
  if (pending.length) {
    const para = paragraphs(pending, cur);
    requests.push(...para.requests, ...para.styles);
  } else if (lastWasTable)
    // the paragraph a body must end with, after the last box: as small as Docs draws a line
    requests.push(textStyle(cur, cur + 1, { size: 1 }), paragraphStyle(cur, cur + 1, {}));

  const footerText = running;
  const fill = (id: string, end: number, fieldsAt?: number): Request[] => {
    // ours: the whole footer, or what stands before the separator and page fields of a blank with them
    const ours = fieldsAt === undefined ? end - 1 : Math.max(0, fieldsAt - 1);
    const t = footerText ?? '';
    const after = end - ours; // what stays: the separator, the fields, the last newline
    return [
      ...(ours > 0
        ? [{ deleteContentRange: { range: { segmentId: id, startIndex: 0, endIndex: ours } } }]
        : []),
      ...(t ? [{ insertText: { location: { segmentId: id, index: 0 }, text: t } }] : []),
      textStyle(0, t.length + after, { size: 8 }, id),
      paragraphStyle(0, t.length + after, { align: 'END' }, id),
    ];
  };
  if (footerText === null) return { requests, text, footer: null };
  if (existing?.footer) {
    requests.push(...fill(existing.footer.id, existing.footer.end, existing.footer.fieldsAt));
    return { requests, text, footer: null };
  }
  requests.push({ createFooter: { type: 'DEFAULT' } });
  return { requests, text, footer: (id) => fill(id, 1) };
}

type Document = GoogleAppsScript.Docs.Schema.Document;
type Element = GoogleAppsScript.Docs.Schema.StructuralElement;

function contentText(content: Element[] | undefined): string {
  let out = '';
  for (const el of content ?? []) {
    if (el.paragraph) for (const e of el.paragraph.elements ?? []) out += e.textRun?.content ?? '';
    else if (el.table)
      for (const r of el.table.tableRows ?? [])
        for (const c of r.tableCells ?? []) out += contentText(c.content);
  }
  return out;
}

/** The text of a Doc's body as documents.get answers it: paragraphs and cells, newlines included. */
export function docText(d: Document): string {
  return contentText(d.body?.content);
}

/** The text of a Doc's default footer as documents.get answers it ('' when it has none). */
export function footerText(d: Document): string {
  const id = d.documentStyle?.defaultFooterId;
  const footers = (d.footers ?? {}) as Record<string, GoogleAppsScript.Docs.Schema.Footer>;
  return id && footers[id] ? contentText(footers[id].content) : '';
}

/** The Doc's shape a rewrite needs (its body's end, its default footer) from documents.get. */
export function existingOf(d: Document): ExistingDoc {
  const content = d.body?.content ?? [];
  const bodyEnd = content.at(-1)?.endIndex ?? 2;
  const id = d.documentStyle?.defaultFooterId;
  const footers = (d.footers ?? {}) as Record<string, GoogleAppsScript.Docs.Schema.Footer>;
  const footer = id ? footers[id] : undefined;
  const fieldsAt = (footer?.content ?? [])
    .flatMap((el) => el.paragraph?.elements ?? [])
    .find((e) => e.autoText)?.startIndex;
  return {
    bodyEnd,
    footer:
      id && footer
        ? {
            id,
            end: footer.content?.at(-1)?.endIndex ?? 1,
            ...(typeof fieldsAt === 'number' ? { fieldsAt } : {}),
          }
        : null,
  };
}
