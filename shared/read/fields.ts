import {
  type CellValue,
  cellText,
  normalizeWidth,
  type Parsed,
  parseDate,
  parseMonth,
} from '../codecs/index.ts';
import type { PlainDate, YearMonth } from '../date/plain-date.ts';
import type { Finding } from '../model/finding.ts';
import { finding } from '../model/make-finding.ts';
import { unknownWordMessage } from '../model/unknown-words.ts';
import type { RowView } from './row.ts';

export interface Who {
  clientId: string | null;
  clientName: string | null;
}

/** What to do about a date or month cell that cannot be read: the forms the reader accepts. */
export const FIX_DATE = '正しい日付を 2025/3/31 や 令和7年3月31日 のように入れてください';
const FIX_MONTH = '年月を 2025/3 や 令和7年3月 のように入れてください';

const memo = new WeakMap<object, Map<unknown, Parsed<unknown>>>();

/**
 * Vocabulary cells repeat (訪問, 本人, 開示 …) thousands of times in a contact log: parse each distinct
 * text once per parser. The parsers are pure, so the cache changes nothing but time.
 */
function memoParse<T>(parse: (v: never) => Parsed<T>, v: CellValue): Parsed<T> {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: equivalent, which cells skip the cache changes nothing but time
  if (typeof v !== 'string' && typeof v !== 'number') return parse(v as never);
  let cache = memo.get(parse);
  if (!cache) {
    cache = new Map();
    memo.set(parse, cache);
  }
  let r = cache.get(v);
  if (!r) {
    r = parse(v as never);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, whether an answer is kept changes nothing but time
    if (cache.size < 10_000) cache.set(v, r);
  }
  return r as Parsed<T>;
}

/** Reads typed values out of a row and turns every unreadable cell into a finding that names its cell. */
export class FieldReader {
  constructor(
    readonly out: Finding[],
    readonly row: RowView,
    readonly who: Who,
  ) {}

  /** 利用者の17行目 E列「生年月日」 */
  private label(field: string): string {
    return cellName(this.row, field);
  }

  date(field: string): PlainDate | null {
    const v = this.row.get(field);
    // a number like 2023 in a date column is a year someone typed, not day 2023 of 1900 (1905-07-15)
    // Stryker disable next-line ConditionalExpression: equivalent for the type test alone, Number.isInteger is false for a non-number
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100) {
      this.out.push(
        finding({
          rule: 'data.invalid-date',
          ...this.who,
          message: `${this.label(field)}の「${v}」は年だけで、日付として読めません。年月日まで入れてください`,
          at: this.row.at(field),
        }),
      );
      return null;
    }
    return this.parsed(field, parseDate, FIX_DATE);
  }

  month(field: string): YearMonth | null {
    return this.parsed(field, parseMonth, FIX_MONTH);
  }

  /** A date or month cell; an unreadable or impossible one is a data.invalid-date finding and reads as null. */
  private parsed<T>(field: string, parse: (v: CellValue) => Parsed<T>, fix: string): T | null {
    if (this.row.blank(field)) return null;
    const r = parse(this.row.get(field));
    if (r.ok) return r.value;
    this.out.push(
      finding({
        rule: 'data.invalid-date',
        ...this.who,
        message: `${this.label(field)}の「${cellText(this.row.get(field))}」: ${r.reason}。${fix}`,
        at: this.row.at(field),
      }),
    );
    return null;
  }

  /** A vocabulary value; an unknown word is a data.unknown-value finding and reads as null. */
  vocab<T>(field: string, parse: (v: never) => Parsed<T>): T | null {
    if (this.row.blank(field)) return null;
    const r = memoParse(parse, this.row.get(field));
    if (r.ok) return r.value;
    this.out.push(
      finding({
        rule: 'data.unknown-value',
        ...this.who,
        message: unknownWordMessage(this.label(field), r.reason),
        at: this.row.at(field),
      }),
    );
    return null;
  }

  /** A yen amount or count: 9,300 / ９３００ / 9300円. */
  amount(field: string): number | null {
    if (this.row.blank(field)) return null;
    const v = this.row.get(field);
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, String(n) reads back as the same number
    const n = typeof v === 'number' ? v : Number(normalizeWidth(cellText(v)).replace(/[,\s円]/g, ''));
    if (Number.isFinite(n) && n >= 0) return Math.round(n);
    this.out.push(
      finding({
        rule: 'data.unknown-value',
        ...this.who,
        message: `${this.label(field)}の「${cellText(v)}」は金額として読めません。9300 や 9,300円 のように数字で入れてください`,
        at: this.row.at(field),
      }),
    );
    return null;
  }
}

/** A cell as a person finds it, as every finding names one: 「利用者」17行目 E列「生年月日」. */
export function cellName(row: RowView, field: string): string {
  return row.cellName(field);
}

/** A client id as it is compared: width folded, spaces dropped. */
export function normalizeClientId(s: string): string {
  return normalizeWidth(s).replace(/\s/g, '');
}

/** A name as it is compared when a tab has no id column: width folded, spaces dropped. */
export function normalizeName(s: string): string {
  return normalizeWidth(s).replace(/[\s\u3000]/g, '');
}
