/**
 * Stand-in 4: a current single-page portal (plain DOM, as a framework renders it), the screen sequence a
 * person goes through:
 *  1. a client search step (受給者証番号で検索) whose 検索 button lists matching rows; 選択 on a row opens
 *  2. a form in two tabs kept in the DOM (the inactive panel `hidden`): 基本情報 and 請求情報, with
 *     labels by `aria-labelledby` and by placeholder only, era/year/month selects sharing one label,
 *     an `<input type=date>`, amounts that gain commas on blur, a 市町村番号 whose `input` listener
 *     rejects 全角 digits, a div-made `role=combobox` / `role=listbox` dropdown, a CSRF field, and
 *     確定 / 送信 buttons that count every activation.
 * The page's own state (what its checks and its submit would use) is published on window.__modern.
 * Synthetic clients only.
 */
export const modernPortal = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>請求明細の登録</title>
<style>
  body{font:14px sans-serif;margin:16px}
  .row{margin:6px 0}
  .error{color:#c00;margin:0 0 0 8px;display:inline}
  [role=tab][aria-selected=true]{font-weight:bold}
  [role=combobox]{display:inline-block;min-width:12em;border:1px solid #888;padding:2px 6px;cursor:pointer}
  [role=listbox]{border:1px solid #888;background:#fff;max-width:16em}
  [role=option]{padding:2px 6px;cursor:pointer}
  [role=option][aria-selected=true]{background:#e8f0fe}
</style></head>
<body>
<h1>請求明細の登録</h1>
<form id="form" action="/modern/submit" method="post">
  <input type="hidden" name="_csrf" id="csrf" value="csrf-7f3a9c21">
  <section id="search-step">
    <h2>利用者を選ぶ</h2>
    <div class="row"><input id="q" aria-label="受給者証番号で検索" inputmode="numeric">
      <button type="button" id="search">検索</button></div>
    <table id="results"><tbody></tbody></table>
  </section>
  <section id="detail" hidden>
    <div role="tablist">
      <button type="button" role="tab" id="tab-basic" aria-controls="panel-basic" aria-selected="true">基本情報</button>
      <button type="button" role="tab" id="tab-bill" aria-controls="panel-bill" aria-selected="false">請求情報</button>
    </div>
    <div role="tabpanel" id="panel-basic">
      <div class="row"><span id="l-num">受給者証番号</span> <input id="num" aria-labelledby="l-num" maxlength="10"></div>
      <div class="row"><input id="name" placeholder="氏名"></div>
      <div class="row"><input id="kana" placeholder="フリガナ（全角カナ）"></div>
      <div class="row"><label for="muni">市町村番号（半角数字）</label> <input id="muni" maxlength="6"><p class="error" id="muni-error"></p></div>
      <div class="row"><span id="l-month">サービス提供年月</span>
        <select id="era" aria-labelledby="l-month"><option value=""></option><option value="H">平成</option><option value="R">令和</option></select>
        <select id="year" aria-labelledby="l-month"><option value=""></option></select>年
        <select id="month" aria-labelledby="l-month"><option value=""></option></select>月
      </div>
    </div>
    <div role="tabpanel" id="panel-bill" hidden>
      <div class="row"><span id="l-units">単位数</span> <input id="units" aria-labelledby="l-units"></div>
      <div class="row"><span id="l-total">総費用額</span> <input id="total" aria-labelledby="l-total" inputmode="numeric"> 円</div>
      <div class="row"><span id="l-cap">負担上限月額</span>
        <div id="cap" role="combobox" tabindex="0" aria-labelledby="l-cap" aria-controls="cap-list" aria-expanded="false" aria-haspopup="listbox"><span class="shown">選択してください</span></div>
        <div id="cap-list" role="listbox" hidden>
          <div role="option" id="cap-0" data-value="0" aria-selected="false">0円</div>
          <div role="option" id="cap-9300" data-value="9300" aria-selected="false">9,300円</div>
          <div role="option" id="cap-37200" data-value="37200" aria-selected="false">37,200円</div>
        </div>
      </div>
      <div class="row"><input id="copay" placeholder="利用者負担額" inputmode="numeric"> 円</div>
      <div class="row"><span id="l-benefit">給付費</span> <input id="benefit" aria-labelledby="l-benefit" inputmode="numeric"> 円</div>
      <div class="row"><label for="shared">支援レポート共有日</label> <input id="shared" type="date"></div>
    </div>
    <div class="row"><button type="button" id="confirm">確定</button> <button type="submit" id="send">送信</button></div>
  </section>
</form>
<script>
(function () {
  var registry = [
    { id: 'P1', number: '1234567890', name: '山田 太郎' },
    { id: 'P2', number: '2234567891', name: '佐藤 花子' },
  ];
  var state = { client: null, num: '', name: '', kana: '', muni: '', era: '', year: '', month: '',
    units: '', total: '', cap: '', copay: '', benefit: '', shared: '' };
  var m = { state: state, submits: [], errors: {} };
  window.__modern = m;
  var $ = function (id) { return document.getElementById(id); };
  for (var y = 1; y <= 10; y++) $('year').add(new Option(String(y), String(y)));
  for (var mo = 1; mo <= 12; mo++) $('month').add(new Option(String(mo), String(mo)));

  // step 1: search, then choose a row
  $('search').addEventListener('click', function () {
    var q = $('q').value.trim();
    var tbody = $('results').tBodies[0];
    tbody.replaceChildren();
    registry.filter(function (c) { return q && c.number.indexOf(q) === 0; }).forEach(function (c) {
      var tr = tbody.insertRow();
      tr.insertCell().textContent = c.number;
      tr.insertCell().textContent = c.name;
      var b = document.createElement('button');
      b.type = 'button'; b.textContent = '選択'; b.className = 'choose';
      b.addEventListener('click', function () {
        state.client = c.id;
        $('search-step').hidden = true;
        $('detail').hidden = false;
      });
      tr.insertCell().append(b);
    });
  });

  // tabs kept in the DOM
  function showTab(which) {
    $('panel-basic').hidden = which !== 'basic';
    $('panel-bill').hidden = which !== 'bill';
    $('tab-basic').setAttribute('aria-selected', String(which === 'basic'));
    $('tab-bill').setAttribute('aria-selected', String(which === 'bill'));
  }
  $('tab-basic').addEventListener('click', function () { showTab('basic'); });
  $('tab-bill').addEventListener('click', function () { showTab('bill'); });

  // plain fields: the page's state follows input events, as a framework's binding does
  ['num', 'name', 'kana', 'units', 'benefit', 'shared', 'era', 'year', 'month'].forEach(function (id) {
    var el = $(id);
    el.addEventListener(el.tagName === 'SELECT' ? 'change' : 'input', function () { state[id] = el.value; });
  });

  // 市町村番号: the input listener rejects 全角 digits (clears the box and says so); 6 digits on blur
  $('muni').addEventListener('input', function (e) {
    var el = e.target;
    if (/[０-９]/.test(el.value)) { el.value = ''; $('muni-error').textContent = '半角数字で入力してください'; }
    else $('muni-error').textContent = '';
    state.muni = el.value;
  });
  $('muni').addEventListener('blur', function () {
    var ok = /^\\d{6}$/.test(state.muni);
    m.errors.muni = ok ? '' : '市町村番号は6桁で入力してください';
    $('muni-error').textContent = m.errors.muni;
  });

  // amounts: the state keeps the number; the box gains commas on blur and loses them on focus
  ['total', 'copay'].forEach(function (id) {
    var el = $(id);
    el.addEventListener('input', function () { state[id] = el.value.replace(/,/g, ''); });
    el.addEventListener('focus', function () { el.value = el.value.replace(/,/g, ''); });
    el.addEventListener('blur', function () {
      if (/^\\d+$/.test(state[id])) el.value = Number(state[id]).toLocaleString('en-US');
    });
  });

  // a div-made dropdown: click (or Enter / ArrowDown) opens it, an option click or Enter chooses
  var cap = $('cap'), list = $('cap-list');
  var options = Array.prototype.slice.call(list.querySelectorAll('[role=option]'));
  function open(v) { list.hidden = !v; cap.setAttribute('aria-expanded', String(v)); }
  function choose(o) {
    options.forEach(function (x) { x.setAttribute('aria-selected', String(x === o)); });
    cap.querySelector('.shown').textContent = o.textContent;
    cap.setAttribute('aria-activedescendant', o.id);
    state.cap = o.getAttribute('data-value');
    open(false);
  }
  cap.addEventListener('click', function () { open(list.hidden); });
  options.forEach(function (o) { o.addEventListener('click', function (e) { e.stopPropagation(); choose(o); }); });
  var active = -1;
  cap.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') return open(false);
    if (e.key === 'ArrowDown') { open(true); active = Math.min(active + 1, options.length - 1); cap.setAttribute('aria-activedescendant', options[active].id); e.preventDefault(); }
    if (e.key === 'Enter' && active >= 0) { choose(options[active]); e.preventDefault(); }
  });

  // every activation of 確定 / 送信 and every submit is counted (it must stay at none)
  $('confirm').addEventListener('click', function () { m.submits.push('確定'); });
  $('send').addEventListener('click', function () { m.submits.push('送信'); });
  $('form').addEventListener('submit', function (e) { m.submits.push('submit'); e.preventDefault(); });
})();
</script>
</body></html>`;
