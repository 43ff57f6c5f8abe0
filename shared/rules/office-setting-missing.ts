import { officeBand, unitPriceFor } from '../billing/client-month.ts';
import type { PlainDate } from '../date/plain-date.ts';
import type { Caseload } from '../model/caseload.ts';
import type { Finding } from '../model/finding.ts';
import { finding } from '../model/make-finding.ts';

/**
 * office.setting-missing — what billing needs from the office's settings tab: 事業所名, 事業所番号, the
 * filed band (就労定着率 or 基本報酬の単位数) and a unit price (単価, or a known 地域区分).
 */
export function officeSettingMissing(caseload: Pick<Caseload, 'office'>, asOf: PlainDate): Finding[] {
  const o = caseload.office;
  const missing: string[] = [];
  if (!o.name) missing.push('事業所名');
  if (!o.number) missing.push('事業所番号');
  if (!officeBand(o, asOf)) missing.push('就労定着率（または基本報酬の単位数）');
  if (!unitPriceFor(o, asOf)) missing.push('地域区分（または単価）');
  if (missing.length === 0) return [];
  return [
    finding({
      rule: 'office.setting-missing',
      message: o.source
        ? `事業所の設定タブ「${o.source.sheet}」に${missing.join('・')}がありません（請求データに必要です）`
        : `事業所の設定タブ（「項目」「値」の2列）が見つかりません。${missing.join('・')}を書いてください（請求データに必要です）`,
      at: o.source ? { sheet: o.source.sheet, row: o.source.row, column: null } : null,
    }),
  ];
}
