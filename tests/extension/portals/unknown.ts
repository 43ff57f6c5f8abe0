/**
 * Stand-in 3: a form no profile knows, with only labels (one field in an open shadow root). Four labels
 * the heuristics read; two they cannot (「サービスを提供した月」「本人のお支払い」), taught in the e2e.
 */
export const unknownForm = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>利用実績の届出</title>
<script>
  window.submits = [];
  customElements.define('x-units', class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).innerHTML =
        '<label for="u">合計単位数</label> <input id="u" name="units" inputmode="numeric">';
    }
  });
</script></head>
<body>
<h1>利用実績の届出</h1>
<form onsubmit="window.submits.push('submit'); return false;">
  <p><label for="f1">ご利用者のお名前</label> <input id="f1" name="f1"></p>
  <p><label for="f2">ふりがな（ひらがな）</label> <input id="f2" name="f2"></p>
  <p><label for="f3">受給者証の番号</label> <input id="f3" name="f3"></p>
  <p><label for="f4">サービスを提供した月</label> <input id="f4" name="f4" placeholder="2025/03"></p>
  <p><label for="f5">本人のお支払い</label> <input id="f5" name="f5"> 円</p>
  <x-units></x-units>
  <p><button type="submit">届け出る</button></p>
</form></body></html>`;
