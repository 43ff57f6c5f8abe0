import { type CheckResult, NOT_CHECKABLE_HEADING, notCheckableFindings } from '../../shared/check.ts';
import { formatEraDate, formatEraMonth } from '../../shared/codecs/era.ts';
import { isPlainDate, isYearMonth } from '../../shared/date/plain-date.ts';
import { MARK_LABEL } from '../../shared/grid/contact-grid.ts';
import type { Finding, Severity } from '../../shared/model/finding.ts';
import { RULES } from '../../shared/rules/catalog.ts';
import { escapeHtml, jsonForScript, SIDEBAR_STYLE } from './html.ts';
import { placeOf, resultOrder } from './tabs.ts';

/**
 * The summary sidebar, made to be read at 300 px: per rule, one explanation (its title and one example
 * of its message, the rest of which differ only in names and dates), then one short line per client and
 * month with a link to the cell. The counts of each rule are by severity and add up to the header's.
 * The full messages are in each cell's note and on 点検結果.
 */
export interface SummaryLine {
  /** 利用者ID 氏名, or （事業所） for a finding about the office. */
  who: string;
  /** 令和7年1月, or '' for a finding without a month. */
  month: string;
  /** How many findings of the rule this client and month have (the line links to the first). */
  count: number;
  sheet: string | null;
  row: number | null;
  column: string | null;
  /** 利用者!C5, 事業所!2行目, or '' when the finding has no place in the sheet. */
  place: string;
}
export interface SummaryRule {
  rule: string;
  title: string;
  counts: Record<Severity, number>;
  /** One message of the rule, as an example of what the others say. */
  example: string;
  lines: SummaryLine[];
  /** Lines left out (MAX_LINES): they are on 点検結果. */
  more: number;
}
/** What cannot be checked at all, said first (domain §10): the message as the command line prints it. */
export interface CannotLine {
  severity: Severity;
  message: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  /** 支援記録!1行目, or '' for a finding about the whole workbook. */
  place: string;
}
export interface SummaryData {
  asOf: string;
  counts: Record<Severity, number>;
  /** Above the counts and the rules; these findings are not repeated under their rule. */
  cannot: CannotLine[];
  rules: SummaryRule[];
}

/** A rule with hundreds of client-months lists the first ones; 点検結果 has them all. */
export const MAX_LINES = 100;
/** A rule's lines are shown open when there are this few (and for the first rule); otherwise one click away. */
export const OPEN_UP_TO = 5;

const sevRank = (s: Severity) => ({ error: 0, warning: 1, info: 2 })[s];
const SEV = { error: 'エラー', warning: '警告', info: '情報' } as const;

/** The as-of day as the sidebar says it: 令和7年3月31日. */
const asOfLabel = (d: string) => (isPlainDate(d) ? formatEraDate(d) : d);

export function summaryData(result: CheckResult): SummaryData {
  const first = notCheckableFindings(result);
  const said = new Set(first);
  const byRule = new Map<string, Finding[]>();
  for (const f of resultOrder(result.findings)) {
    if (said.has(f)) continue;
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const rules = [...byRule].map(([rule, fs]): SummaryRule => {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of fs) counts[f.severity] += 1;
    const lines = new Map<string, SummaryLine>();
    for (const f of fs) {
      const key = `${f.clientId ?? ''}\u0000${f.month ?? ''}`;
      const known = lines.get(key);
      if (known) {
        known.count += 1;
        continue;
      }
      lines.set(key, {
        who: f.clientId ? `${f.clientId} ${f.clientName ?? ''}`.trim() : '（事業所）',
        month: f.month && isYearMonth(f.month) ? formatEraMonth(f.month) : '',
        count: 1,
        sheet: f.sheet,
        row: f.row,
        column: f.column,
        place: placeOf(f)?.label ?? '',
      });
    }
    const all = [...lines.values()];
    return {
      rule,
      title: RULES[rule as keyof typeof RULES]?.title ?? rule,
      counts,
      example: fs[0]?.message ?? '',
      lines: all.slice(0, MAX_LINES),
      more: Math.max(0, all.length - MAX_LINES),
    };
  });
  const worst = (r: SummaryRule): Severity =>
    r.counts.error ? 'error' : r.counts.warning ? 'warning' : 'info';
  rules.sort(
    (a, b) =>
      sevRank(worst(a)) - sevRank(worst(b)) ||
      b.counts[worst(b)] - a.counts[worst(a)] ||
      a.rule.localeCompare(b.rule),
  );
  return {
    asOf: result.asOf,
    counts: { error: result.summary.error, warning: result.summary.warning, info: result.summary.info },
    cannot: first.map((f) => ({
      severity: f.severity,
      message: f.message,
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      place: placeOf(f)?.label ?? '',
    })),
    rules,
  };
}

const countsHtml = (c: Record<Severity, number>, all = false) =>
  (['error', 'warning', 'info'] as const)
    .filter((s) => all || c[s] > 0)
    .map((s) => `<span class="sev ${s}">${SEV[s]}</span><span class="n">${c[s]}件</span>`)
    .join(' ');

function lineHtml(l: SummaryLine): string {
  const select = l.place && l.sheet && l.row;
  return (
    `<li><button class="entry" type="button" data-sheet="${escapeHtml(l.sheet ?? '')}" data-row="${l.row ?? ''}"` +
    ` data-column="${escapeHtml(l.column ?? 'A')}"${select ? '' : ' disabled'}>` +
    `<span class="who">${escapeHtml(l.who)}</span>` +
    (l.month ? `<span class="month">${escapeHtml(l.month)}</span>` : '') +
    (l.count > 1 ? `<span class="muted">（${l.count}件）</span>` : '') +
    (l.place ? `<span class="place">${escapeHtml(l.place)}</span>` : '') +
    `</button></li>`
  );
}

/** One thing that cannot be checked: its severity, the message, and the row it points at when it has one. */
function cannotHtml(c: CannotLine): string {
  const place =
    c.place && c.sheet && c.row
      ? `<button class="entry" type="button" data-sheet="${escapeHtml(c.sheet)}" data-row="${c.row}" data-column="${escapeHtml(c.column ?? 'A')}"><span class="place">${escapeHtml(c.place)}</span></button>`
      : '';
  return `<li data-severity="${c.severity}"><span class="sev ${c.severity}">${SEV[c.severity]}</span> <span class="message">${escapeHtml(c.message)}</span>${place}</li>`;
}

/** Japanese words kept whole when a line wraps (Chromium's phrase breaking), counts never split from 件. */
const SUMMARY_STYLE = `
body { word-break: auto-phrase; line-break: strict; }
.rule { border-top: 1px solid #dadce0; padding: 8px 0 4px; }
.rule h3 { margin: 0 0 2px; font-size: 13px; color: #202124; }
.counts { margin: 2px 0 4px; }
.n { white-space: nowrap; margin-right: 6px; }
.example { margin: 0 0 6px; color: #3c4043; font-size: 12px; }
.example b { font-weight: normal; color: #5f6368; }
details > summary { cursor: pointer; color: #1a73e8; font-size: 12px; margin: 0 0 4px; }
button.entry { display: flex; flex-wrap: wrap; gap: 0 8px; align-items: baseline; padding: 3px 6px; margin: 0 0 2px; font-size: 12px; }
button.entry .who { white-space: nowrap; font-weight: bold; }
button.entry .month { white-space: nowrap; }
button.entry .place { white-space: nowrap; color: #5f6368; margin-left: auto; }
button.entry[disabled] { cursor: default; }
.cannot { border: 1px solid #d93025; border-radius: 4px; padding: 6px 8px; margin: 0 0 8px; background: #fce8e6; }
.cannot h3 { margin: 0 0 4px; font-size: 13px; color: #a50e0e; }
.cannot ul { margin: 0; padding: 0; list-style: none; }
.cannot li { margin: 0 0 6px; font-size: 12px; color: #202124; }
.cannot .sev { margin-right: 4px; }
.cannot button.entry { margin: 2px 0 0; }
`;

/** The summary sidebar: what cannot be checked first, then the counts, then each rule with its explanation and one line per client and month. */
export function summaryHtml(d: SummaryData): string {
  const rules = d.rules
    .map(
      (r, i) =>
        `<section class="rule" data-rule="${escapeHtml(r.rule)}"><h3>${escapeHtml(r.title)}</h3>` +
        `<div class="counts">${countsHtml(r.counts)}</div>` +
        `<p class="example"><b>例：</b>${escapeHtml(r.example)}</p>` +
        `<details${i === 0 || r.lines.length <= OPEN_UP_TO ? ' open' : ''}><summary>対象の利用者と月（${r.lines.length + r.more}件）</summary><ul>` +
        r.lines.map(lineHtml).join('') +
        (r.more > 0 ? `<li class="muted">ほか${r.more}件は「点検結果」タブにあります</li>` : '') +
        `</ul></details></section>`,
    )
    .join('');
  const legend = Object.entries(MARK_LABEL)
    .map(([k, v]) => `${escapeHtml(k)} ${escapeHtml(v)}`)
    .join('<br>');
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><base target="_top"><style>${SIDEBAR_STYLE}${SUMMARY_STYLE}</style></head><body>
<h2>点検結果（${escapeHtml(asOfLabel(d.asOf))}時点）</h2>
${d.cannot.length ? `<section class="cannot" role="alert"><h3>${NOT_CHECKABLE_HEADING}</h3><ul>${d.cannot.map(cannotHtml).join('')}</ul><p class="muted">これを直すまで、下の件数と指摘には入っていない点検があります。</p></section>` : ''}
<p class="summary-counts">${countsHtml(d.counts, true)}</p>
${d.rules.length || d.cannot.length ? '' : '<p>見つかった点はありません。</p>'}
<p class="muted">行を押すと、そのセルを選択します。くわしい内容はセルのメモと「点検結果」タブにあります。</p>
${rules}
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
