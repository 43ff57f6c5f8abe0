import { BUILTIN_DATE_FORMATS, isDateFormat } from './dates.ts';
import { NS, scan } from './xml.ts';

const isMain = (ns: string) => (NS.main as readonly string[]).includes(ns);

/**
 * The styles part (xl/styles.xml), for what reading needs: for each cell format (the `s` of a cell, an
 * index into `<cellXfs>`), does its number format show a date? Custom formats (`<numFmts>`) by their
 * code, built-in ones by id.
 */
export function readDateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  let depth = 0;
  let cellXfsDepth = -1;
  scan(xml, {
    open(name, attrs) {
      depth++;
      if (!isMain(name.ns)) return;
      if (name.local === 'numFmt' && attrs.numFmtId !== undefined)
        custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
      else if (name.local === 'cellXfs') {
        inCellXfs = true;
        cellXfsDepth = depth;
      } else if (inCellXfs && name.local === 'xf' && depth === cellXfsDepth + 1)
        xfs.push(Number(attrs.numFmtId ?? 0));
    },
    close() {
      if (depth === cellXfsDepth) {
        inCellXfs = false;
        cellXfsDepth = -1;
      }
      depth--;
    },
  });
  return xfs.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}
