import type * as z from 'zod';
import {
  BILLING_SCHEMA_ID,
  type BillingDocument,
  BillingDocumentSchema,
} from '../../shared/billing/document.ts';

export type ImportResult = { ok: true; doc: BillingDocument } | { ok: false; message: string };

/**
 * Reads a billing document (the JSON of `teichaku billing --json`, the add-on's download or its web app)
 * all or nothing: a wrong, old or foreign file gets one Japanese message and no data.
 */
export function parseBillingDocument(input: unknown): ImportResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      return { ok: false, message: 'JSONとして読めません。請求データのファイル（.json）を選んでください。' };
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, message: '請求データではありません（JSONの形が違います）。' };
  const schema = (data as { schema?: unknown }).schema;
  if (typeof schema !== 'string')
    return { ok: false, message: '定着の請求データではありません（schema がありません）。' };
  if (schema !== BILLING_SCHEMA_ID) {
    if (/^teichaku\.billing\//.test(schema))
      return {
        ok: false,
        message: `この請求データの形式（${schema}）には対応していません。対応している形式は ${BILLING_SCHEMA_ID} です。アドオンまたは拡張機能を最新にしてください。`,
      };
    return { ok: false, message: `定着の請求データではありません（形式: ${schema.slice(0, 60)}）。` };
  }
  const r = BillingDocumentSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    return {
      ok: false,
      message: `請求データの内容が正しくないため読み込みませんでした（${where || '全体'}: ${issue ? describe(issue) : '不明'}）。`,
    };
  }
  return { ok: true, doc: r.data };
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '値がありません' : '値の種類が違います';
    case 'invalid_value':
      return '使えない値です';
    case 'too_small':
    case 'too_big':
      return '範囲外の値です';
    case 'invalid_format':
      return '書式が違います';
    default:
      return '値が正しくありません';
  }
}
