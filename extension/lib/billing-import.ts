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
    const who = issue?.path[0] === 'rows' ? clientOf(data, issue.path[1]) : '';
    return {
      ok: false,
      message: `請求データの内容が正しくないため読み込みませんでした（${who}${where || '全体'}: ${issue ? describe(issue) : '不明'}）。`,
    };
  }
  const seen = new Map<string, string>();
  for (const row of r.data.rows) {
    const first = seen.get(row.id);
    if (first !== undefined)
      return {
        ok: false,
        message: `請求データに利用者ID「${row.id}」の行が2つあります（${first}さんと${row.name}さん）。どちらを入力すればよいか決められないため読み込みませんでした。シートの利用者IDを直して、請求データを作り直してください。`,
      };
    seen.set(row.id, row.name);
  }
  return { ok: true, doc: r.data };
}

/** 「3人目の利用者（山田 太郎、ID C001）の」: the client a bad row belongs to, from what can be read of it. */
function clientOf(data: unknown, index: PropertyKey | undefined): string {
  if (typeof index !== 'number') return '';
  const row = (data as { rows?: unknown[] }).rows?.[index] as { name?: unknown; id?: unknown } | undefined;
  const parts = [
    typeof row?.name === 'string' && row.name.trim() ? row.name.trim() : null,
    typeof row?.id === 'string' && row.id.trim() ? `ID ${row.id.trim()}` : null,
  ].filter(Boolean);
  return `${index + 1}人目の利用者${parts.length ? `（${parts.join('、')}）` : ''}の `;
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
