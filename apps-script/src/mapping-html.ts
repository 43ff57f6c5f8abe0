import type { Mapping } from '../../shared/sheet/mapping.ts';
import { escapeHtml, jsonForScript, SIDEBAR_STYLE } from './html.ts';
import type { LayoutView } from './layout-view.ts';
import type { WordsView } from './words-view.ts';

/**
 * The 列の対応 sidebar: for each tab, the role and header row the add-on understood and the column of
 * each field, with dropdowns to change them. Saving stores the same JSON that `teichaku --mapping` reads;
 * 書き出す shows (and downloads) it. The page builds its controls with textContent, never innerHTML.
 */
export function mappingHtml(
  view: LayoutView,
  saved: Mapping | null,
  title: string,
  words: WordsView = {
    words: [],
    kinds: { method: [], party: [], place: [] },
    fieldLabel: { method: '方法', party: '相手', place: '場所' },
  },
): string {
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><base target="_top"><style>${SIDEBAR_STYLE}
.tab { border: 1px solid #dadce0; border-radius: 6px; padding: 8px; margin: 0 0 10px; }
.tab h3 { margin: 0 0 6px; }
.row { display: flex; gap: 6px; align-items: center; margin: 3px 0; }
.row label { flex: 0 0 9em; color: #3c4043; }
.row select { flex: 1; min-width: 0; }
.row input[type=number] { width: 5em; }
.problem { color: #a50e0e; }
.word { margin: 6px 0 2px; }
.word label { display: block; color: #3c4043; }
.word select { width: 100%; }
.word + .muted { margin: 0 0 6px; }
textarea { width: 100%; height: 9em; font-family: monospace; font-size: 11px; }
</style></head><body>
<h2>列の対応（${escapeHtml(title)}）</h2>
<p class="muted">点検は、この対応でシートを読みます。違っていれば選び直して「保存」してください。保存した対応は、次回からの点検とコマンド（teichaku --mapping）で同じように使えます。</p>
<div id="tabs"></div>
<section class="tab" id="words-box">
<h3>言葉の意味を教える</h3>
<p class="muted">支援記録の方法・相手・場所に書かれた言葉のうち、読めなかったもの（場所は「その他」として読んだもの）です。意味を選んで「保存」すると、次の点検からその意味で読みます（対応表の words に入ります）。</p>
<div id="words"></div>
</section>
<div class="row"><button class="primary" id="save" type="button">保存</button><button class="secondary" id="export" type="button">書き出す</button><button class="secondary" id="reset" type="button">自動に戻す</button></div>
<div id="status" class="muted" role="status"></div>
<textarea id="json" hidden readonly></textarea>
<script>
var VIEW = ${jsonForScript(view)};
var SAVED = ${jsonForScript(saved ?? { tabs: {} })};
var dirty = {};
var WORDS = ${jsonForScript(words)};
var taught = {};
WORDS.words.forEach(function (w) { if (w.taught) taught[w.field + '\u0000' + w.word] = w.taught; });
function el(tag, attrs, text) {
  var e = document.createElement(tag);
  for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  return e;
}
function render() {
  var root = document.getElementById('tabs');
  root.textContent = '';
  VIEW.tabs.forEach(function (t, ti) {
    var box = el('section', { class: 'tab', 'data-tab': t.tab });
    box.appendChild(el('h3', {}, 'タブ「' + t.tab + '」'));
    if (t.problem) box.appendChild(el('p', { class: 'problem' }, t.problem));
    if (t.how) box.appendChild(el('p', { class: 'muted' }, t.how));
    var r = el('div', { class: 'row' });
    r.appendChild(el('label', {}, '読み方'));
    var role = el('select', { 'data-role': t.tab });
    VIEW.roles.forEach(function (o) {
      var opt = el('option', { value: o.role }, o.label);
      if (o.role === t.role) opt.selected = true;
      role.appendChild(opt);
    });
    role.addEventListener('change', function () {
      t.role = role.value;
      t.fields = [];
      if (!t.headerRow && VIEW.fieldChoices[t.role]) t.headerRow = 1;
      dirty[t.tab] = true;
      render();
    });
    r.appendChild(role);
    box.appendChild(r);
    if (t.headerRow) {
      var hr = el('div', { class: 'row' });
      hr.appendChild(el('label', {}, '見出しの行'));
      var num = el('input', { type: 'number', min: '1', value: String(t.headerRow), 'data-header-row': t.tab });
      num.addEventListener('change', function () { t.headerRow = Number(num.value) || 1; dirty[t.tab] = true; });
      hr.appendChild(num);
      box.appendChild(hr);
    }
    var choices = VIEW.fieldChoices[t.role];
    if (choices) {
      choices.forEach(function (c) {
        var cur = t.fields.filter(function (f) { return f.field === c.field; })[0];
        var fr = el('div', { class: 'row' });
        fr.appendChild(el('label', {}, c.label));
        var s = el('select', { 'data-field': c.field, 'data-tab': t.tab });
        s.appendChild(el('option', { value: '' }, '（なし）'));
        t.headers.forEach(function (h) {
          var o = el('option', { value: h.letter }, h.letter + '列: ' + h.header);
          if (cur && cur.letter === h.letter) o.selected = true;
          s.appendChild(o);
        });
        s.addEventListener('change', function () {
          t.fields = t.fields.filter(function (f) { return f.field !== c.field && f.letter !== s.value; });
          if (s.value) t.fields.push({ field: c.field, label: c.label, letter: s.value, header: '' });
          dirty[t.tab] = true;
          render();
        });
        fr.appendChild(s);
        box.appendChild(fr);
      });
    }
    if (t.ignored.length) box.appendChild(el('p', { class: 'muted' }, '読まない列: ' + t.ignored.join('、')));
    root.appendChild(box);
  });
}
function renderWords() {
  var root = document.getElementById('words');
  root.textContent = '';
  if (!WORDS.words.length) { root.appendChild(el('p', { class: 'muted' }, '読めなかった言葉はありません。')); return; }
  WORDS.words.forEach(function (w) {
    var r = el('div', { class: 'word' });
    var label = el('label', {}, WORDS.fieldLabel[w.field] + '「' + w.word + '」');
    r.appendChild(label);
    var s = el('select', { 'data-word-field': w.field, 'data-word': w.word, 'aria-label': WORDS.fieldLabel[w.field] + '「' + w.word + '」の意味' });
    s.appendChild(el('option', { value: '' }, '（教えない）'));
    WORDS.kinds[w.field].forEach(function (k) {
      var o = el('option', { value: k.value }, k.label);
      if (taught[w.field + '\u0000' + w.word] === k.value) o.selected = true;
      s.appendChild(o);
    });
    s.addEventListener('change', function () {
      var key = w.field + '\u0000' + w.word;
      if (s.value) taught[key] = s.value; else delete taught[key];
    });
    r.appendChild(s);
    root.appendChild(r);
    root.appendChild(el('p', { class: 'muted' }, w.where));
  });
}
function mapping() {
  var out = { tabs: {} };
  for (var k in SAVED.tabs) out.tabs[k] = SAVED.tabs[k];
  VIEW.tabs.forEach(function (t) {
    if (!dirty[t.tab]) return;
    var m = { role: t.role };
    if (t.headerRow && t.role !== 'ignore') m.headerRow = t.headerRow;
    if (t.fields.length && t.role !== 'office' && t.role !== 'ignore') {
      m.columns = {};
      t.fields.forEach(function (f) { m.columns[f.letter] = f.field; });
    }
    out.tabs[t.tab] = m;
  });
  var words = {};
  var any = false;
  for (var key in taught) {
    var parts = key.split('\u0000');
    words[parts[0]] = words[parts[0]] || {};
    words[parts[0]][parts[1]] = taught[key];
    any = true;
  }
  if (any) out.words = words;
  return out;
}
function status(s) { document.getElementById('status').textContent = s; }
document.getElementById('save').addEventListener('click', function () {
  status('保存しています…');
  google.script.run
    .withSuccessHandler(function (r) { status(r.message); if (r.ok) { SAVED = mapping(); dirty = {}; } })
    .withFailureHandler(function (e) { status((e && e.message) || '保存できませんでした'); })
    .teichakuSaveMapping(JSON.stringify(mapping()));
});
document.getElementById('export').addEventListener('click', function () {
  var text = JSON.stringify(mapping(), null, 2);
  var ta = document.getElementById('json');
  ta.hidden = false;
  ta.value = text;
  try {
    var a = el('a', { href: 'data:application/json;charset=utf-8,' + encodeURIComponent(text), download: 'teichaku-mapping.json' });
    document.body.appendChild(a);
    a.click();
    a.remove();
  } catch (e) {}
  status('対応表を書き出しました。コマンドでは teichaku check ブック.xlsx --mapping teichaku-mapping.json で使えます。');
});
document.getElementById('reset').addEventListener('click', function () {
  google.script.run
    .withSuccessHandler(function (r) { status(r.message); SAVED = { tabs: {} }; })
    .withFailureHandler(function (e) { status((e && e.message) || '戻せませんでした'); })
    .teichakuResetMapping();
});
render();
renderWords();
</script></body></html>`;
}
