import type { CellValue } from '../../shared/codecs/index.ts';
import { type CellContext, CellError, cellValue } from './cell-value.ts';
import { RichText } from './strings.ts';
import { NS, scan } from './xml.ts';

/** A worksheet part that is no worksheet we can read (no sheetData, a bad reference): the file is damaged. */
export class SheetError extends Error {}

/** One-based column number of an A1 reference's letters (0 when it has none). */
export function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  return col;
}

const isMain = (ns: string) => ns === NS.main[0] || ns === NS.main[1];

/**
 * The rows of one worksheet part: rows[r - 1][c - 1], holes filled with empty rows and null cells. A row
 * or cell without its `r` follows the one before it. Read in one pass of the XML tokenizer.
 */
export function readSheetRows(xml: string, ctx: CellContext): CellValue[][] {
  const rows: CellValue[][] = [];
  let sawSheetData = false;
  let inSheetData = false;
  let rowNumber = 0;
  let cells: CellValue[] | null = null;
  let col = 0;
  // the cell being read
  let inCell = false;
  let type: string | undefined;
  let style: string | undefined;
  let v: string | null = null;
  let inV = false;
  let inline: RichText | null = null;
  let inlineDepth = 0;
  let inlineText: string | null = null;
  let depth = 0; // below <c>

  const closeRow = () => {
    for (let i = 0; i < cells!.length; i++) if (cells![i] === undefined) cells![i] = null;
    rows[rowNumber - 1] = cells!;
    cells = null;
  };

  scan(xml, {
    open(name, attrs) {
      if (inCell) {
        depth++;
        if (inline) {
          inlineDepth++;
          inline.open(name.local);
        } else if (depth === 1 && isMain(name.ns)) {
          if (name.local === 'v') {
            inV = true;
            v = '';
          } else if (name.local === 'is') {
            inline = new RichText();
            inlineDepth = 0;
          }
        }
        return;
      }
      if (!isMain(name.ns)) return;
      const local = name.local;
      if (!inSheetData) {
        if (local === 'sheetData') {
          inSheetData = true;
          sawSheetData = true;
        }
        return;
      }
      if (local === 'c') {
        if (!cells) throw new SheetError('a cell outside a row');
        const ref = attrs.r;
        col = ref ? columnOf(ref) : col + 1;
        if (col < 1) throw new SheetError(`bad cell reference ${ref}`);
        inCell = true;
        depth = 0;
        type = attrs.t;
        style = attrs.s;
        v = null;
        inlineText = null;
      } else if (local === 'row') {
        if (cells) closeRow();
        const r = attrs.r;
        rowNumber = r ? Number(r) : rowNumber + 1;
        if (!Number.isInteger(rowNumber) || rowNumber < 1) throw new SheetError(`bad row number ${r}`);
        cells = [];
        col = 0;
      }
    },
    close(name) {
      if (inCell) {
        if (depth === 0) {
          // </c>
          inCell = false;
          try {
            cells![col - 1] = cellValue(type, style, v, inlineText, ctx);
          } catch (e) {
            throw e instanceof CellError ? new SheetError(e.message) : e;
          }
          return;
        }
        depth--;
        if (inline) {
          if (inlineDepth === 0) {
            inlineText = inline.take();
            inline = null;
          } else {
            inlineDepth--;
            inline.close();
          }
        } else if (depth === 0) inV = false;
        return;
      }
      if (!inSheetData || !isMain(name.ns)) return;
      if (name.local === 'row') {
        if (cells) closeRow();
      } else if (name.local === 'sheetData') inSheetData = false;
    },
    text(s) {
      if (inV) v += s;
      else if (inline) inline.text(s);
    },
  });
  if (!sawSheetData) throw new SheetError('no sheetData');
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}
