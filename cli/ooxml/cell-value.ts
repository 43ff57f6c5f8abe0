import { type CellValue, dateCell } from '../../shared/codecs/index.ts';
import { isPlainDate } from '../../shared/date/plain-date.ts';
import { serialToCell } from './dates.ts';
import { unescapeXstring } from './strings.ts';

/** What a worksheet's cells refer to: the shared strings, which styles show dates, the date system. */
export interface CellContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

/** A cell value that cannot be read (a shared string index past the end): the part is damaged. */
export class CellError extends Error {}

/**
 * One cell's value from its type (`t`), style (`s`) and `<v>` text (entities already decoded), or its
 * inline string: text, number, TRUE/FALSE, a formula's last result, an error such as #N/A as its text,
 * a date for a number whose format shows one (or a `t="d"` ISO 8601 value).
 */
export function cellValue(
  type: string | undefined,
  style: string | undefined,
  v: string | null,
  inline: string | null,
  ctx: CellContext,
): CellValue {
  if (type === 'inlineStr') return inline ?? (v === null ? null : unescapeXstring(v));
  if (v === null) return null;
  switch (type) {
    case 's': {
      const s = ctx.strings[Number(v)];
      if (s === undefined || v.trim() === '') throw new CellError(`shared string ${v} missing`);
      return s;
    }
    case 'str':
    case 'e':
      return unescapeXstring(v);
    case 'b':
      return v.trim() === '1' || v.trim().toLowerCase() === 'true';
    case 'd': {
      const day = v.trim().slice(0, 10);
      return isPlainDate(day) ? dateCell(day) : unescapeXstring(v);
    }
    default: {
      const n = Number(v);
      if (v.trim() === '' || Number.isNaN(n)) return unescapeXstring(v);
      return style !== undefined && ctx.dates[Number(style)] ? serialToCell(n, ctx.date1904) : n;
    }
  }
}
