import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  Footer,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { FormBlock, FormCell } from '../shared/report/form.ts';

/**
 * Writes form blocks (shared/report/form.ts) as an A4 Word document: fixed-layout tables with explicit
 * widths (so long Japanese text wraps inside its box), the font named in all four slots incl. eastAsia.
 */
export const FONT = 'MS Mincho';
const A4 = { width: 11906, height: 16838 };
const MARGIN = 960; // 17 mm
const MARGIN_Y = 794; // 14 mm
/** Noto CJK's tall line box makes single spacing look like 1.3 lines: draw lines a little closer. */
const LINE_SPACING = { line: 216 };
export const TEXT_WIDTH = A4.width - 2 * MARGIN;
const SIZE = 20; // half-points: 10 pt
const LINE = 250; // twips per line at 10 pt, with spacing
const fonts = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT };
const LABEL_FILL = 'EDEDED';

const run = (text: string, opts: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: fonts, size: opts.size ?? SIZE, bold: opts.bold });

/** A cell's text as paragraphs, one per line (a blank line stays a line). */
function lines(
  text: string,
  opts: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) {
  return text.split('\n').map(
    (l) =>
      new Paragraph({
        alignment: opts.align,
        spacing: { before: 0, after: 0, ...LINE_SPACING },
        children: [run(l, opts)],
      }),
  );
}

const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

function cell(c: FormCell, width: number, header = false, size = SIZE): TableCell {
  const shaded = header || !!c.label;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: shaded ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 40, bottom: 20, left: 80, right: 80 },
    shading: shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: LABEL_FILL } : undefined,
    children: lines(c.text, { size, align: shaded ? AlignmentType.CENTER : AlignmentType.LEFT }),
  });
}

function table(b: Extract<FormBlock, { kind: 'table' }>): Table {
  const widths = b.widths.map((w) => Math.round(w * TEXT_WIDTH));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, w) => a + w, 0);
  const size = b.size ? b.size * 2 : SIZE;
  const line = Math.round((LINE * size) / SIZE);
  const height = (n: number) => ({ value: n * line + 60, rule: HeightRule.ATLEAST });
  const rows: TableRow[] = [];
  if (b.header)
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.header.map((h, i) => cell({ text: h }, widths[i]!, true, size)),
      }),
    );
  // a row never splits across pages (the form's boxes stay whole; a long one moves to the next page)
  for (const r of b.rows)
    rows.push(
      new TableRow({
        cantSplit: true,
        height: height(b.minRowLines ?? 1),
        children: r.map((c, i) => cell(c, widths[i]!, false, size)),
      }),
    );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders,
    rows,
  });
}

const gap = (after = 120) => new Paragraph({ spacing: { before: 0, after }, children: [] });

function block(b: FormBlock): FileChild[] {
  switch (b.kind) {
    case 'form-number':
      return [new Paragraph({ spacing: { after: 0 }, children: [run(b.text, { size: 18 })] })];
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 60, after: 120 },
          children: [run(b.text, { bold: true, size: 32 })],
        }),
      ];
    case 'notice':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 120 },
          border: { top: border, bottom: border, left: border, right: border },
          children: [run(b.text, { bold: true, size: 18 })],
        }),
      ];
    case 'fields':
      return b.items.map(
        (it) =>
          new Paragraph({
            alignment: b.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
            spacing: { before: 20, after: 20 },
            children: [run(`${it.label}：`), run(it.value || '　　　　　　　　　　'), run(it.suffix ?? '')],
          }),
      );
    case 'heading':
      return [
        new Paragraph({
          spacing: { before: 110, after: 40 },
          children: [run(`■ ${b.text}`, { bold: true, size: 21 })],
        }),
      ];
    case 'table':
      return [table(b)];
    case 'running':
      return []; // drawn as the footer of every page (formDocx)
  }
}

/**
 * The footer of every page: who and which month, then 「n / N」 (a file of its own) or 「n ページ」 counted
 * within the report (a bundle: LibreOffice does not draw the pages-in-section field).
 */
function footer(text: string, alone: boolean): Footer {
  const small = { font: fonts, size: 16 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ ...small, text: `${text}　` }),
          new TextRun({ ...small, children: [PageNumber.CURRENT] }),
          ...(alone
            ? [
                new TextRun({ ...small, text: ' / ' }),
                new TextRun({ ...small, children: [PageNumber.TOTAL_PAGES] }),
              ]
            : [new TextRun({ ...small, text: ' ページ' })]),
        ],
      }),
    ],
  });
}

/** One form as a section of its own: its footer, page numbers counted from 1 within it. */
function section(blocks: FormBlock[], alone: boolean) {
  const running = blocks.find((b): b is Extract<FormBlock, { kind: 'running' }> => b.kind === 'running');
  const children: FileChild[] = [];
  blocks.forEach((b, i) => {
    children.push(...block(b));
    if (b.kind === 'table' && blocks[i + 1]?.kind === 'table') children.push(gap(80));
  });
  return {
    footers: running ? { default: footer(running.text, alone) } : undefined,
    properties: {
      page: {
        size: A4,
        margin: {
          top: MARGIN_Y,
          bottom: MARGIN_Y,
          left: MARGIN,
          right: MARGIN,
          header: 400,
          footer: 400,
        },
        pageNumbers: { start: 1 },
      },
    },
    children,
  };
}

/** The blocks of one document (one page per report) as a .docx file. */
export async function formDocx(blocks: FormBlock[], title: string): Promise<Buffer> {
  return formsDocx([blocks], title);
}

/**
 * Several forms in one .docx, each its own section starting on a new page with its own footer and page
 * numbers (the month's bundle for printing).
 */
export async function formsDocx(forms: FormBlock[][], title: string): Promise<Buffer> {
  const doc = new Document({
    title,
    creator: 'Teichaku',
    styles: { default: { document: { run: { font: fonts, size: SIZE } } } },
    sections: forms.map((f) => section(f, forms.length === 1)),
  });
  return Packer.toBuffer(doc);
}
