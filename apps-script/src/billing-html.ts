import type { BillingView } from './billing.ts';
import { escapeHtml, jsonForScript, SIDEBAR_STYLE } from './html.ts';

/**
 * The 請求データ sidebar: the month (last month by default), each client billable or not with the reasons,
 * a JSON download (the document `teichaku billing --json` prints), and the web app's URL and this sheet's
 * token with a button to renew it. Sheet text is only ever placed with textContent (or escaped).
 */
export function billingHtml(view: BillingView, title: string): string {
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><base target="_top"><style>${SIDEBAR_STYLE}
.client { border: 1px solid #dadce0; border-radius: 6px; padding: 6px 8px; margin: 0 0 6px; }
.client .name { font-weight: bold; }
.badge { display: inline-block; font-size: 11px; font-weight: bold; border-radius: 3px; padding: 1px 5px; margin-right: 4px; }
.badge.yes { background: #ceead6; color: #0d652d; }
.badge.no { background: #f4c7c3; color: #a50e0e; }
.reasons { margin: 4px 0 0 1em; padding: 0; list-style: disc; color: #a50e0e; font-size: 12px; }
.box { border-top: 1px solid #dadce0; margin-top: 12px; padding-top: 8px; }
.field { display: flex; gap: 4px; margin: 4px 0; }
.field input { flex: 1; min-width: 0; font: 11px monospace; }
.notes { color: #7a4f01; font-size: 12px; margin: 4px 0; padding-left: 1em; }
.warn { color: #a50e0e; }
select { font: inherit; }
</style></head><body>
<h2>請求データ（${escapeHtml(title)}）</h2>
<div class="field"><label for="month">サービス提供月</label><select id="month"></select></div>
<p id="summary" class="muted"></p>
<ul id="notes" class="notes"></ul>
<div id="rows"></div>
<p><button class="primary" id="download" type="button">JSONをダウンロード</button></p>
<p class="muted">拡張機能の「ファイルを読み込む」で使えます（teichaku billing --json と同じ内容です）。</p>
<div class="box">
<h3>ウェブアプリ（拡張機能から取得）</h3>
<p id="webapp-note" class="muted"></p>
<div class="field"><input id="url" readonly aria-label="ウェブアプリのURL"><button class="secondary" id="copy-url" type="button">コピー</button></div>
<div class="field"><input id="token" readonly aria-label="トークン"><button class="secondary" id="copy-token" type="button">コピー</button></div>
<p id="issued" class="muted"></p>
<p><button class="secondary" id="renew" type="button"></button> <button class="primary" id="renew-yes" type="button" hidden>作り直す</button> <button class="secondary" id="renew-no" type="button" hidden>やめる</button></p>
</div>
<div id="status" class="muted" role="status"></div>
<script>
var VIEW = ${jsonForScript(view)};
function el(tag, attrs, text) {
  var e = document.createElement(tag);
  for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  return e;
}
function $(id) { return document.getElementById(id); }
function status(s) { $('status').textContent = s; }
function yen(n) { return n === null || n === undefined ? '—' : n.toLocaleString('ja-JP') + '円'; }
function render() {
  var sel = $('month');
  sel.textContent = '';
  VIEW.months.forEach(function (m) {
    var o = el('option', { value: m.value }, m.label + '分');
    if (m.value === VIEW.month) o.selected = true;
    sel.appendChild(o);
  });
  var doc = VIEW.doc;
  var rows = $('rows');
  rows.textContent = '';
  $('notes').textContent = '';
  $('download').disabled = !doc;
  if (!doc) {
    $('summary').textContent = '';
    rows.appendChild(el('p', { class: 'warn' }, VIEW.problem || '請求データを作れませんでした。'));
  } else {
    var t = doc.totals;
    $('summary').textContent = VIEW.monthLabel + '分　' + t.clients + '人中 請求できる ' + t.billable + '人・' +
      t.units.toLocaleString('ja-JP') + '単位・総費用額 ' + yen(t.totalCost);
    doc.notes.forEach(function (n) { $('notes').appendChild(el('li', {}, n)); });
    if (!doc.rows.length) rows.appendChild(el('p', { class: 'muted' }, 'この月に支援期間のある利用者はいません。'));
    doc.rows.forEach(function (r) {
      var box = el('div', { class: 'client', 'data-id': r.id });
      var head = el('div');
      head.appendChild(el('span', { class: 'badge ' + (r.billable ? 'yes' : 'no') }, r.billable ? '請求可' : '請求不可'));
      head.appendChild(el('span', { class: 'name' }, r.name));
      box.appendChild(head);
      box.appendChild(el('div', { class: 'muted' }, '受給者証 ' + (r.recipientNumber || '（なし）') +
        (r.billable ? '　' + r.units.total.toLocaleString('ja-JP') + '単位・' + yen(r.totalCost) : '')));
      if (r.reasons.length) {
        var ul = el('ul', { class: 'reasons' });
        r.reasons.forEach(function (x) { ul.appendChild(el('li', {}, x.message)); });
        box.appendChild(ul);
      }
      r.notes.forEach(function (n) { box.appendChild(el('div', { class: 'notes' }, '※ ' + n)); });
      rows.appendChild(box);
    });
  }
  var w = VIEW.webApp;
  $('url').value = w.url || '';
  $('token').value = w.token || '';
  $('webapp-note').textContent = !w.url
    ? 'このスクリプトはまだウェブアプリとして公開されていません（README の手順で公開すると、ここにURLが出ます）。'
    : w.servesOther
      ? 'ウェブアプリは今、別のスプレッドシートの請求データを渡しています。このシートで発行すると、そちらのトークンは使えなくなります。'
      : !w.token
        ? 'まだトークンがありません。発行して、URLと一緒に拡張機能の「設定」に貼り付けてください。'
        : '拡張機能の「設定」に、このURLとトークンを貼り付けてください。トークンは他の人に渡さないでください。';
  $('issued').textContent = w.issued ? '発行: ' + new Date(w.issued).toLocaleString('ja-JP') : '';
  $('renew').textContent = w.token ? 'トークンを作り直す' : 'トークンを発行する';
}
$('month').addEventListener('change', function () {
  status('読み込んでいます…');
  google.script.run
    .withSuccessHandler(function (v) { VIEW = v; render(); status(''); })
    .withFailureHandler(function (e) { status((e && e.message) || '読み込めませんでした'); })
    .teichakuBillingData($('month').value);
});
$('download').addEventListener('click', function () {
  if (!VIEW.doc) return;
  var text = JSON.stringify(VIEW.doc, null, 2) + '\\n';
  var a = el('a', { href: 'data:application/json;charset=utf-8,' + encodeURIComponent(text), download: 'teichaku-billing-' + VIEW.doc.month + '.json' });
  document.body.appendChild(a);
  a.click();
  a.remove();
  status('JSONをダウンロードしました。');
});
function copy(id) {
  var input = $(id);
  input.select();
  try { document.execCommand('copy'); status('コピーしました。'); } catch (e) { status('選択した文字をコピーしてください。'); }
}
$('copy-url').addEventListener('click', function () { copy('url'); });
$('copy-token').addEventListener('click', function () { copy('token'); });
function asking(on) {
  $('renew').hidden = on;
  $('renew-yes').hidden = !on;
  $('renew-no').hidden = !on;
  if (on) status(VIEW.webApp.token || VIEW.webApp.servesOther ? '今のトークンは使えなくなります。作り直しますか？' : '');
}
$('renew').addEventListener('click', function () {
  if (VIEW.webApp.token || VIEW.webApp.servesOther) asking(true); else renew();
});
$('renew-no').addEventListener('click', function () { asking(false); status(''); });
$('renew-yes').addEventListener('click', function () { asking(false); renew(); });
function renew() {
  status('発行しています…');
  google.script.run
    .withSuccessHandler(function (r) {
      VIEW.webApp.token = r.token; VIEW.webApp.issued = r.issued; VIEW.webApp.servesOther = false;
      render(); status(r.message);
    })
    .withFailureHandler(function (e) { status((e && e.message) || '発行できませんでした'); })
    .teichakuRenewToken();
}
render();
</script></body></html>`;
}
