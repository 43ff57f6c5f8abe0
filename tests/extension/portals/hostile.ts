/**
 * Stand-in 5: a hostile page on a portal the office enabled. Its script tries what a page script can to
 * learn the billing data or drive the extension, and records it all in window.__hostile:
 *  - everything that ever appears in its DOM: a MutationObserver on the whole document, a poll of the
 *    page's HTML, open shadow roots, and closed ones too (it wraps attachShadow before any other script);
 *  - window.__teichaku (the extension's frame API, which lives in the content script's isolated world);
 *  - attack(): chooses a query itself (sets the 受給者証番号 box and dispatches synthetic input events),
 *    dispatches synthetic pointer, mouse and keyboard events at every element, posts messages, and calls
 *    chrome.runtime.sendMessage at the extension's id when it can (it is told the id: worst case).
 * Synthetic clients only.
 */
export const hostilePage = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>実績入力</title>
<script>
(function () {
  var seen = new Set();
  var closed = [];
  var h = { seen: seen, attempts: [], teichakuVisible: false };
  window.__hostile = h;
  var attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    var root = attach.call(this, init);
    closed.push(root);
    return root;
  };
  function record(s) { if (s && typeof s === 'string') seen.add(s); }
  function snapshot() {
    record(document.documentElement.outerHTML);
    document.querySelectorAll('*').forEach(function (el) {
      if (el.shadowRoot) record(el.shadowRoot.innerHTML);
      if ('value' in el) record(String(el.value));
    });
    closed.forEach(function (r) { record(r.innerHTML); });
    if (window.__teichaku) h.teichakuVisible = true;
  }
  new MutationObserver(function (list) {
    list.forEach(function (m) {
      record(m.target.textContent);
      if (m.attributeName) record(m.target.getAttribute(m.attributeName));
      m.addedNodes.forEach(function (n) { record(n.textContent); if (n.outerHTML) record(n.outerHTML); });
    });
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  setInterval(snapshot, 50);
  h.text = function () { snapshot(); return Array.from(seen).join('\\n'); };
  h.attack = function (extId) {
    var num = document.getElementById('num');
    num.value = '3';
    num.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: '3', bubbles: true, composed: true }));
    num.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }));
    h.attempts.push('query');
    document.querySelectorAll('*').forEach(function (el) {
      ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'].forEach(function (t) {
        el.dispatchEvent(new MouseEvent(t, { bubbles: true, cancelable: true, composed: true }));
      });
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    h.attempts.push('events');
    window.postMessage({ type: 'fill-client', clientId: 'C003' }, '*');
    window.postMessage({ type: 'search', query: '' }, '*');
    h.attempts.push('postMessage');
    try {
      if (window.chrome && chrome.runtime && chrome.runtime.sendMessage) {
        chrome.runtime.sendMessage(extId, { type: 'fill-client', clientId: 'C003' });
        chrome.runtime.sendMessage(extId, { type: 'typed', item: 'name', query: '鈴木' });
        h.attempts.push('runtime');
      } else h.attempts.push('no-runtime');
    } catch (e) { h.attempts.push('runtime-refused'); }
    snapshot();
  };
})();
</script></head>
<body>
<h1>実績入力</h1>
<form onsubmit="return false">
  <p><label for="num">受給者証番号</label> <input id="num"></p>
  <p><label for="name">氏名</label> <input id="name"></p>
  <p><label for="units">単位数</label> <input id="units"></p>
</form></body></html>`;
