import type { CheckResult } from '../../shared/check.ts';
import { formatEraDate } from '../../shared/codecs/era.ts';
import { isPlainDate } from '../../shared/date/plain-date.ts';
import { MARK_LABEL } from '../../shared/grid/contact-grid.ts';
import type { Finding, Severity } from '../../shared/model/finding.ts';
import { RULES } from '../../shared/rules/catalog.ts';
import { escapeHtml, jsonForScript, SIDEBAR_STYLE } from './html.ts';
import { placeOf, resultOrder } from './tabs.ts';

/** What the summary sidebar shows: plain JSON (nothing else crosses google.script.run). */
export interface SummaryEntry {
  severity: Severity;
  message: string;
  month: string | null;
  sheet: string | null;
  row: number | null;
  column: string | null;
}
export interface SummaryData {
  asOf: string;
  counts: { error: number; warning: number; info: number };
  byRule: { rule: string; title: string; severity: Severity; count: number; entries: SummaryEntry[] }[];
  byClient: { clientId: string; name: string; errors: number; warnings: number; entries: SummaryEntry[] }[];
}

/** A rule with thousands of findings lists the first ones; 点検結果 has them all. */
export const MAX_ENTRIES = 100;

const entry = (f: Finding): SummaryEntry => ({
  severity: f.severity,
  message: f.message,
  month: f.month,
  sheet: f.sheet,
  row: f.row,
  column: f.column,
});
const worst = (fs: readonly Finding[]): Severity =>
  fs.some((f) => f.severity === 'error')
    ? 'error'
    : fs.some((f) => f.severity === 'warning')
      ? 'warning'
      : 'info';

/** The as-of day as the sidebar says it: 令和7年3月31日. */
const asOfLabel = (d: string) => (isPlainDate(d) ? formatEraDate(d) : d);

export function summaryData(result: CheckResult): SummaryData {
  const ordered = resultOrder(result.findings);
  const rules = new Map<string, Finding[]>();
  const clients = new Map<string, Finding[]>();
  for (const f of ordered) {
    const r = rules.get(f.rule);
    if (r) r.push(f);
    else rules.set(f.rule, [f]);
    const k = f.clientId ?? '';
    const c = clients.get(k);
    if (c) c.push(f);
    else clients.set(k, [f]);
  }
  return {
    asOf: result.asOf,
    counts: { error: result.summary.error, warning: result.summary.warning, info: result.summary.info },
    byRule: [...rules]
      .map(([rule, fs]) => ({
        rule,
        title: RULES[rule as keyof typeof RULES]?.title ?? rule,
        severity: worst(fs),
        count: fs.length,
        entries: fs.slice(0, MAX_ENTRIES).map(entry),
      }))
      .sort((a, b) => sevRank(a.severity) - sevRank(b.severity) || b.count - a.count),
    byClient: [...clients]
      .map(([clientId, fs]) => ({
        clientId,
        name: fs[0]?.clientName ?? '',
        errors: fs.filter((f) => f.severity === 'error').length,
        warnings: fs.filter((f) => f.severity === 'warning').length,
        entries: fs.map(entry),
      }))
      .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.clientId.localeCompare(b.clientId)),
  };
}
const sevRank = (s: Severity) => ({ error: 0, warning: 1, info: 2 })[s];
const SEV = { error: 'エラー', warning: '警告', info: '情報' } as const;

function entryButton(e: SummaryEntry, label: string): string {
  const where = placeOf(e)?.label ?? '';
  return (
    `<li><button class="entry" type="button" data-sheet="${escapeHtml(e.sheet ?? '')}" data-row="${e.row ?? ''}"` +
    ` data-column="${escapeHtml(e.column ?? 'A')}"${where ? '' : ' disabled'}>` +
    `<span class="sev ${e.severity}">${SEV[e.severity]}</span>${escapeHtml(label)}` +
    (where ? ` <span class="muted">${escapeHtml(where)}</span>` : '') +
    `</button></li>`
  );
}

/** The summary sidebar: counts, then by rule and by client; a click selects the cell in the sheet. */
export function summaryHtml(d: SummaryData): string {
  const byRule = d.byRule
    .map(
      (r) =>
        `<details${r.severity === 'error' ? ' open' : ''}><summary><span class="sev ${r.severity}">${SEV[r.severity]}</span>` +
        `${escapeHtml(r.title)} <span class="count">${r.count}件</span></summary><ul>` +
        r.entries.map((e) => entryButton(e, e.message)).join('') +
        (r.count > r.entries.length
          ? `<li class="muted">ほか${r.count - r.entries.length}件は「点検結果」タブにあります</li>`
          : '') +
        `</ul></details>`,
    )
    .join('');
  const byClient = d.byClient
    .map(
      (c) =>
        `<details><summary>${escapeHtml(c.clientId || '（事業所）')} ${escapeHtml(c.name)}` +
        ` <span class="count">エラー${c.errors}・警告${c.warnings}</span></summary><ul>` +
        c.entries.map((e) => entryButton(e, e.message)).join('') +
        `</ul></details>`,
    )
    .join('');
  const legend = Object.entries(MARK_LABEL)
    .map(([k, v]) => `${escapeHtml(k)} ${escapeHtml(v)}`)
    .join('<br>');
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><base target="_top"><style>${SIDEBAR_STYLE}</style></head><body>
<h2>点検結果（${escapeHtml(asOfLabel(d.asOf))}時点）</h2>
<p><span class="sev error">エラー</span>${d.counts.error}件　<span class="sev warning">警告</span>${d.counts.warning}件　<span class="sev info">情報</span>${d.counts.info}件</p>
<p class="muted">項目を押すと、そのセルを選択します。</p>
<h3>ルール別</h3>${byRule || '<p>見つかった点はありません。</p>'}
<h3>利用者別</h3>${byClient || '<p>見つかった点はありません。</p>'}
<h3>月次接触状況の記号</h3><p class="muted">${legend}</p>
<div id="status" class="muted" role="status"></div>
<script>
var SUMMARY = ${jsonForScript({ asOf: d.asOf })};
document.addEventListener('click', function (ev) {
  var b = ev.target.closest ? ev.target.closest('button.entry') : null;
  if (!b || b.disabled) return;
  var status = document.getElementById('status');
  status.textContent = '';
  google.script.run
    .withFailureHandler(function (e) { status.textContent = (e && e.message) || 'セルを選択できませんでした'; })
    .teichakuSelectCell(b.getAttribute('data-sheet'), Number(b.getAttribute('data-row')), b.getAttribute('data-column'));
});
</script></body></html>`;
}
