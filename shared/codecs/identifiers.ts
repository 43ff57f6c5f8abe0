import { BLANK_REASON, type CellValue, fail, isBlank, ok, type Parsed } from './cell.ts';
import { normalizeWidth } from './width.ts';

/** An identifier as compared: width-normalised, with every space and hyphen removed. */
export function normalizeId(s: string): string {
  return normalizeWidth(s).replace(/[\s-]+/g, '');
}

export interface IdSpec {
  /** 受給者証番号 */
  readonly label: string;
  readonly length: number;
  /** digits only, or half-width letters and digits */
  readonly chars: 'digits' | 'alnum';
}

/** N6: 受給者証番号 10 half-width alphanumerics (digits in practice). */
export const RECIPIENT_NUMBER: IdSpec = { label: '受給者証番号', length: 10, chars: 'alnum' };
/** N6: 市町村番号 6 digits. */
export const MUNICIPALITY_NUMBER: IdSpec = { label: '市町村番号', length: 6, chars: 'digits' };
/** N6: 事業所番号 10 characters. */
export const OFFICE_NUMBER: IdSpec = { label: '事業所番号', length: 10, chars: 'alnum' };
/** N6: サービスコード 6 characters; the first two are the サービス種類. */
export const SERVICE_CODE: IdSpec = { label: 'サービスコード', length: 6, chars: 'alnum' };

const CHARSETS = { digits: /^[0-9]+$/, alnum: /^[0-9A-Za-z]+$/ } as const;

/**
 * A fixed-length identifier cell. Text is normalised with normalizeId; a number cell is read as its
 * integer digits (a leading 0 is lost in a number cell, so a short number gets a hint saying so).
 */
export function parseId(v: CellValue, spec: IdSpec): Parsed<string> {
  if (isBlank(v)) return fail(BLANK_REASON);
  const unreadable = `${spec.label}として読めません。${spec.chars === 'digits' ? '数字' : '半角英数字'}${spec.length}桁で入れてください`;
  let id: string;
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || v < 0) return fail(unreadable);
    id = String(v);
  } else if (typeof v === 'string') {
    id = normalizeId(v);
  } else {
    return fail(unreadable);
  }
  if (id === '') return fail(unreadable);
  if (!CHARSETS[spec.chars].test(id)) {
    const bad = [...id].find((c) => !CHARSETS[spec.chars].test(c)) ?? id;
    const allowed = spec.chars === 'digits' ? '数字' : '半角英数字';
    return fail(`${spec.label}に「${bad}」が入っています。${allowed}だけで入れてください`);
  }
  if (id.length !== spec.length) {
    // what was found, then what to do: a short number in a number cell has lost its leading 0 to Excel
    if (id.length > spec.length)
      return fail(`${spec.label}が${id.length}桁あります。${spec.length}桁の番号に直してください`);
    if (typeof v === 'number')
      return fail(
        `${spec.label}が${id.length}桁しかありません。数値のセルでは先頭の0が消えるので、セルを文字列（書式なしテキスト）にして${spec.length}桁で入れ直してください`,
      );
    return fail(`${spec.label}が${id.length}桁しかありません。${spec.length}桁の番号に直してください`);
  }
  return ok(id);
}

export const parseRecipientNumber = (v: CellValue): Parsed<string> => parseId(v, RECIPIENT_NUMBER);
export const parseMunicipalityNumber = (v: CellValue): Parsed<string> => parseId(v, MUNICIPALITY_NUMBER);
export const parseOfficeNumber = (v: CellValue): Parsed<string> => parseId(v, OFFICE_NUMBER);
export const parseServiceCode = (v: CellValue): Parsed<string> => parseId(v, SERVICE_CODE);

/** The サービス種類 of a service code: its first two characters. */
export const serviceTypeOf = (code: string): string => code.slice(0, 2);
