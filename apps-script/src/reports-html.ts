import { escapeHtml, jsonForScript, SIDEBAR_STYLE } from './html.ts';
import type { Progress } from './reports.ts';

export interface ReportsSidebarData {
  /** The month offered first: the previous month (reports are written after the month ends). */
  month: string;
  clients: { id: string; name: string }[];
  template: string | null;
  progress: Progress;
}

/**
 * The 支援レポートを作成 sidebar: the month, optionally some clients (none ticked = everyone with support
 * in the month), the office's own template if any, and the run's progress n / total, polled every few
 * seconds. While a run is paused (time budget), the open sidebar asks it to continue; a closed sidebar
 * leaves that to the trigger. The page builds its list with textContent, never innerHTML.
 */
export function reportsHtml(d: ReportsSidebarData): string {
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><base target="_top"><style>${SIDEBAR_STYLE}
.clients { max-height: 14em; overflow: auto; border: 1px solid #dadce0; border-radius: 4px; padding: 4px 6px; margin: 4px 0 8px; }
.clients label { display: block; }
input[type=month], input[type=url] { font: inherit; width: 100%; box-sizing: border-box; }
progress { width: 100%; }
.warn { color: #a50e0e; }
</style></head><body>
<h2>支援レポートを作成</h2>
<p class="muted">利用者ごとに Google ドキュメントを1つ作ります（名前は「年-月_名簿順_ID_氏名_支援レポート」、ご本人にだけ渡すものは末尾に「_ご本人用」）。同じ月をもう一度作成すると、手を加えていない文書だけを書き直し、手で書き足した文書はそのまま残して新しい版を横に作ります。</p>
<h3><label for="month">対象の月</label></h3>
<input type="month" id="month" value="${escapeHtml(d.month)}">
<h3>利用者（選ばなければ、その月に支援した全員）</h3>
<div class="clients" id="clients"></div>
<h3><label for="template">ひな形（任意）</label></h3>
<input type="url" id="template" placeholder="Google ドキュメントの URL（空なら別紙様式1）" value="${escapeHtml(d.template ? `https://docs.google.com/document/d/${d.template}/edit` : '')}">
<p class="muted">{{利用者名}} のような差し込み欄を半角の波かっこで書きます。支援実績の表は {{月日}}・{{場所}}・{{方法}} の行が接触ごとに繰り返されます。</p>
<button class="secondary" id="saveTemplate" type="button">ひな形を保存</button>
<div id="templateStatus" class="muted" role="status"></div>
<p><button class="primary" id="start" type="button">作成する</button>
<button class="secondary" id="continue" type="button" hidden>今すぐ続ける</button></p>
<progress id="bar" max="1" value="0" hidden></progress>
<div id="status" class="muted" role="status"></div>
<p id="folder" class="muted"></p>
<script>
var DATA = ${jsonForScript(d)};
function el(tag, attrs, text) {
  var e = document.createElement(tag);
  for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  return e;
}
var list = document.getElementById('clients');
DATA.clients.forEach(function (c) {
  var label = el('label');
  var box = el('input', { type: 'checkbox', value: c.id });
  label.appendChild(box);
  label.appendChild(document.createTextNode(' ' + c.id + '　' + c.name));
  list.appendChild(label);
});
var polling = null;
function show(p) {
  if (!p) return;
  var bar = document.getElementById('bar');
  bar.hidden = p.total === 0;
  bar.max = Math.max(p.total, 1);
  bar.value = p.done;
  document.getElementById('status').textContent = p.message;
  var folder = document.getElementById('folder');
  folder.textContent = '';
  if (p.folderUrl) {
    var a = el('a', { href: p.folderUrl, target: '_blank', rel: 'noopener' }, '作成した文書のフォルダを開く');
    folder.appendChild(a);
  }
  document.getElementById('start').disabled = p.running && !p.canContinue;
  document.getElementById('continue').hidden = !p.canContinue;
  if (p.running && !polling) polling = setInterval(poll, 4000);
  if (!p.running && polling) { clearInterval(polling); polling = null; }
}
function failed(e) {
  document.getElementById('status').textContent = (e && e.message) || String(e);
  document.getElementById('start').disabled = false;
}
var asking = false;
function poll() {
  google.script.run.withSuccessHandler(function (p) {
    show(p);
    // a run paused by its time budget goes on at once while the sidebar is open
    if (p.running && !asking) {
      asking = true;
      google.script.run.withSuccessHandler(function (q) { asking = false; show(q); })
        .withFailureHandler(function (e) { asking = false; failed(e); }).teichakuReportsContinue();
    }
  }).withFailureHandler(failed).teichakuReportsProgress();
}
document.getElementById('start').addEventListener('click', function () {
  var ids = Array.prototype.slice.call(list.querySelectorAll('input:checked')).map(function (b) { return b.value; });
  document.getElementById('start').disabled = true;
  document.getElementById('status').textContent = '作成しています…';
  google.script.run.withSuccessHandler(show).withFailureHandler(failed)
    .teichakuReportsStart(document.getElementById('month').value, ids);
});
document.getElementById('continue').addEventListener('click', function () {
  document.getElementById('continue').disabled = true;
  google.script.run.withSuccessHandler(function (q) { document.getElementById('continue').disabled = false; show(q); })
    .withFailureHandler(function (e) { document.getElementById('continue').disabled = false; failed(e); })
    .teichakuReportsContinue();
});
document.getElementById('saveTemplate').addEventListener('click', function () {
  var out = document.getElementById('templateStatus');
  google.script.run.withSuccessHandler(function (r) {
    out.textContent = r.message + (r.warnings.length ? ' ' + r.warnings.join(' ') : '');
    out.className = r.ok && !r.warnings.length ? 'muted' : 'warn';
    if (r.url) {
      document.getElementById('template').value = r.url;
      var open = document.createElement('a');
      open.href = r.url; open.target = '_blank'; open.rel = 'noopener'; open.textContent = 'ひな形用の文書を開く';
      out.appendChild(document.createElement('br')); out.appendChild(open);
    }
  }).withFailureHandler(function (e) { out.textContent = (e && e.message) || String(e); out.className = 'warn'; })
    .teichakuReportsSetTemplate(document.getElementById('template').value);
});
show(DATA.progress);
</script></body></html>`;
}
