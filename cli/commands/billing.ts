import { buildBillingDocument } from '../../shared/billing/document.ts';
import { formatEraMonth, formatMonthDay } from '../../shared/codecs/index.ts';
import type { PlainDate, YearMonth } from '../../shared/date/plain-date.ts';
import type { Caseload } from '../../shared/model/caseload.ts';

const yen = (n: number | null) => (n === null ? '—' : `${n.toLocaleString('ja-JP')}円`);

/** `teichaku billing`: the month's billing document, as JSON or as a readable table. */
export function runBilling(
  caseload: Caseload,
  month: YearMonth,
  asOf: PlainDate,
  json: boolean,
  say: (s: string) => void,
) {
  const doc = buildBillingDocument(caseload, month, asOf);
  if (json) {
    say(JSON.stringify(doc, null, 2));
    return 0;
  }
  const o = doc.office;
  say(`${o.name ?? caseload.title}　${formatEraMonth(month)}サービス提供分の請求データ`);
  say(
    `事業所番号 ${o.number ?? '（未設定）'}　地域区分 ${o.region ?? '（未設定）'}　1単位 ${o.unitPrice === null ? '（未設定）' : `${o.unitPrice.toFixed(2)}円`}　基本報酬 ${o.band ? `${o.band.units.toLocaleString('ja-JP')}単位（${o.band.label}）` : '（未設定）'}`,
  );
  for (const n of doc.notes) say(`※ ${n}`);
  say('');
  for (const r of doc.rows) {
    const head = `${r.id} ${r.name}　受給者証 ${r.recipientNumber ?? '（なし）'}`;
    if (!r.billable) {
      say(`✕ ${head}　請求できません: ${r.reasons.map((x) => x.message).join('／')}`);
      continue;
    }
    const adds = [...r.units.additions, ...r.units.reductions].map(
      (l) => `${l.label} ${l.units > 0 ? '+' : ''}${l.units}`,
    );
    say(
      `○ ${head}　${r.units.total.toLocaleString('ja-JP')}単位${adds.length ? `（${adds.join('、')}）` : ''}　総費用額 ${yen(r.totalCost)}・利用者負担 ${yen(r.copay)}・給付費 ${yen(r.benefit)}`,
    );
    say(
      `    レポート共有日 ${r.reportSharedDate ? formatMonthDay(r.reportSharedDate) : '—'}　支援日 ${r.supportDays.map(formatMonthDay).join('・') || '—'}${r.onLeave ? '　※休職中（市町村に確認）' : ''}`,
    );
    for (const n of r.notes) say(`    ※ ${n}`);
  }
  const t = doc.totals;
  say('');
  say(
    `合計: ${t.clients}人中 請求できる ${t.billable}人　${t.units.toLocaleString('ja-JP')}単位　総費用額 ${yen(t.totalCost)}・利用者負担 ${yen(t.copay)}・給付費 ${yen(t.benefit)}`,
  );
  say('※ 請求の送信はしません。国保連への請求は翌月1日〜10日に行ってください');
  return 0;
}
