import type { FormBlock } from '../../shared/report/form.ts';

/**
 * Draws the form blocks of shared/report (別紙様式1, the annual report) into a Google Doc's body, the way
 * cli/docx.ts draws them into a .docx: A4, the form's boxes as tables with their column widths, the form's
 * printed words shaded, a Japanese font. The number of document-service calls depends on the blocks'
 * kinds and on the label cells, never on the number of contact rows or on the length of the text: a whole
 * table is one appendTable.
 */
type Body = GoogleAppsScript.Document.Body;

/** A4 in points, with the .docx's margins (cli/docx.ts): 17 mm left and right, 14 mm top and bottom. */
const A4 = { width: 595.28, height: 841.89, margin: 48.19, marginY: 39.69 };
const TEXT_WIDTH = A4.width - 2 * A4.margin;
/** A Mincho-style face Google Docs offers (the .docx names MS Mincho, drawn as Noto Serif CJK JP). */
export const DOC_FONT = 'Noto Serif JP';
const LABEL_BG = '#eeeeee';

export function setUpPage(body: Body) {
  body
    .setPageWidth(A4.width)
    .setPageHeight(A4.height)
    .setMarginTop(A4.marginY)
    .setMarginBottom(A4.marginY)
    .setMarginLeft(A4.margin)
    .setMarginRight(A4.margin);
}

function paragraph(body: Body, text: string, attrs: Record<string, unknown>) {
  const A = DocumentApp.Attribute;
  body
    .appendParagraph(text)
    .setAttributes({ [A.FONT_FAMILY]: DOC_FONT, [A.FONT_SIZE]: 10.5, [A.BOLD]: false, ...attrs });
}

/** The blocks, in order, after whatever the body holds (a cleared body holds one empty paragraph). */
export function writeBlocks(body: Body, blocks: readonly FormBlock[]) {
  const A = DocumentApp.Attribute;
  const H = DocumentApp.HorizontalAlignment;
  for (const b of blocks) {
    switch (b.kind) {
      case 'form-number':
        paragraph(body, b.text, { [A.FONT_SIZE]: 9 });
        break;
      case 'title':
        paragraph(body, b.text, { [A.FONT_SIZE]: 16, [A.BOLD]: true, [A.HORIZONTAL_ALIGNMENT]: H.CENTER });
        break;
      case 'notice':
        paragraph(body, b.text, { [A.FONT_SIZE]: 9, [A.HORIZONTAL_ALIGNMENT]: H.CENTER });
        break;
      case 'fields':
        paragraph(body, b.items.map((i) => `${i.label}：${i.value}${i.suffix ?? ''}`).join('　　'), {
          [A.HORIZONTAL_ALIGNMENT]: b.align === 'right' ? H.RIGHT : H.LEFT,
        });
        break;
      case 'heading':
        paragraph(body, b.text, { [A.BOLD]: true, [A.SPACING_BEFORE]: 8 });
        break;
      case 'table': {
        const rows = [...(b.header ? [b.header] : []), ...b.rows.map((r) => r.map((c) => c.text))];
        // a box the office writes in by hand keeps its height: blank lines to the form's minimum
        const min = b.minRowLines ?? 1;
        const cells = rows.map((r, i) =>
          r.map((t) => {
            if (b.header && i === 0) return t;
            const lines = t.split('\n').length;
            return lines < min ? t + '\n'.repeat(min - lines) : t;
          }),
        );
        const table = body.appendTable(cells);
        table.setAttributes({
          [A.FONT_FAMILY]: DOC_FONT,
          [A.FONT_SIZE]: b.size ?? 10,
          [A.BORDER_WIDTH]: 1,
          [A.BORDER_COLOR]: '#000000',
        });
        b.widths.forEach((w, i) => {
          table.setColumnWidth(i, Math.round(w * TEXT_WIDTH));
        });
        if (b.header)
          for (let c = 0; c < b.header.length; c++) table.getCell(0, c).setBackgroundColor(LABEL_BG);
        const offset = b.header ? 1 : 0;
        b.rows.forEach((r, ri) => {
          r.forEach((c, ci) => {
            if (c.label) table.getCell(ri + offset, ci).setBackgroundColor(LABEL_BG);
          });
        });
        break;
      }
      case 'running':
        // the .docx's page footer; the document service cannot draw page numbers, so it is left out here
        break;
    }
  }
}
