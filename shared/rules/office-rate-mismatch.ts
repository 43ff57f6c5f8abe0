import { officeBand } from '../billing/client-month.ts';
import { bandForRate } from '../billing/rates.ts';
import { formatEraDate } from '../codecs/index.ts';
import { fiscalYearOf, fiscalYearStart, type PlainDate } from '../date/plain-date.ts';
import type { Caseload } from '../model/caseload.ts';
import type { Finding } from '../model/finding.ts';
import { finding } from '../model/make-finding.ts';
import { retentionDetail } from '../stats/retention.ts';

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

/**
 * office.rate-mismatch — the band an office bills with is the one it filed (its settings tab); show the
 * 就労定着率 computed from the roster beside it and warn when the two fall in different bands (domain.md §5).
 * The rate for fiscal year FY comes from the clients who started in FY−3 … FY−1 and were still employed on
 * March 31 of FY−1. The roster may not hold every past client, so this is a prompt to check, not a verdict.
 */
export function officeRateMismatch(
  caseload: Pick<Caseload, 'clients' | 'office'>,
  asOf: PlainDate,
): Finding[] {
  const fy = fiscalYearOf(asOf);
  const filed = officeBand(caseload.office, fiscalYearStart(fy));
  const detail = retentionDetail(caseload, fy - 1);
  if (!filed || detail.rate === null) return [];
  const computed = bandForRate(detail.rate, fiscalYearStart(fy));
  if (!computed || computed.units === filed.units) return [];
  const src = caseload.office.source;
  // the value cell the computed rate contradicts: the filed units when the band came from them, else the rate
  const cell = caseload.office.cells?.[filed.source === 'filed-units' ? 'filedUnits' : 'filedRate'];
  return [
    finding({
      rule: 'office.rate-mismatch',
      message:
        `届出の基本報酬の区分（${filed.label}・${filed.units.toLocaleString('ja-JP')}単位）と、名簿から計算した就労定着率 ` +
        `${pct(detail.rate)}（${formatEraDate(detail.from)}〜${formatEraDate(detail.to)}に支援を始めた${detail.started}人のうち${detail.stillEmployed}人が就労継続）` +
        `の区分（${computed.label}・${computed.units.toLocaleString('ja-JP')}単位）が違います。届出と名簿を確認してください`,
      at: cell ?? (src ? { sheet: src.sheet, row: src.row, column: null } : null),
    }),
  ];
}
