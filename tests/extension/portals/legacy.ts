/**
 * Stand-in 1: a legacy billing screen. A frameset (menu + form), Shift_JIS, fields in a table with the
 * label in the left cell, era selects with year/month(/day) text inputs, a full-width-katakana-only name
 * with maxlength, digit-only fields whose onchange clears bad input, and a submit button whose every
 * activation the page records (window.submits) — it must stay empty.
 */
export const legacyFrameset = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>障害福祉サービス費等請求 入力</title></head>
<frameset cols="160,*">
  <frame name="menu" src="menu.html">
  <frame name="main" src="form.html">
</frameset></html>`;

export const legacyMenu = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body bgcolor="#e0e8f0"><p>メニュー</p><ul><li><a href="form.html" target="main">明細書入力</a></li>
<li><a href="#">受付状況</a></li></ul></body></html>`;

const eraSelect = (name: string) =>
  `<select name="${name}"><option value="">--</option><option value="4">平成</option><option value="5">令和</option></select>`;

export const legacyForm = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>明細書入力</title>
<script type="text/javascript">
var submits = [];
var changeLog = [];
function msg(t) { document.getElementById('msg').innerHTML = t; }
function digitsOnly(el) {
  changeLog.push(el.name);
  if (!/^[0-9]*$/.test(el.value)) { el.value = ''; msg('半角数字で入力してください'); }
}
function kanaOnly(el) {
  changeLog.push(el.name);
  if (!/^[\\u30A0-\\u30FF\\u3000]*$/.test(el.value)) { el.value = ''; msg('全角カタカナで入力してください'); }
}
function record(how) { submits.push(how); return false; }
</script></head>
<body>
<form name="meisai" method="post" action="submit" onsubmit="return record('submit')">
<div id="msg" style="color:red"></div>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th bgcolor="#ccddee">事業所番号</th><td><input type="text" name="jigyosyo_no" size="12" maxlength="10" onchange="digitsOnly(this)"></td></tr>
<tr><th bgcolor="#ccddee">受給者証番号</th><td><input type="text" name="jyukyusya_no" size="12" maxlength="10" onchange="digitsOnly(this)"></td></tr>
<tr><th bgcolor="#ccddee">支給決定市町村番号</th><td><input type="text" name="sichoson_no" size="8" maxlength="6" onchange="digitsOnly(this)"></td></tr>
<tr><th bgcolor="#ccddee">受給者氏名</th><td><input type="text" name="simei" size="10" maxlength="4"></td></tr>
<tr><th bgcolor="#ccddee">受給者氏名（全角カナ）</th><td><input type="text" name="simei_kana" size="20" maxlength="10" onchange="kanaOnly(this)"></td></tr>
<tr><th bgcolor="#ccddee">サービス提供年月</th><td>${eraSelect('teikyo_gengo')}<input type="text" name="teikyo_y" size="2" maxlength="2" onchange="digitsOnly(this)">年<input type="text" name="teikyo_m" size="2" maxlength="2" onchange="digitsOnly(this)">月</td></tr>
<tr><th bgcolor="#ccddee">単位数</th><td><input type="text" name="tanisu" size="6" maxlength="5" onchange="digitsOnly(this)"></td></tr>
<tr><th bgcolor="#ccddee">利用者負担上限月額</th><td><input type="text" name="jogen" size="8" maxlength="7" onchange="digitsOnly(this)">円</td></tr>
<tr><th bgcolor="#ccddee">利用者負担額</th><td><input type="text" name="futan" size="8" maxlength="7" onchange="digitsOnly(this)">円</td></tr>
<tr><th bgcolor="#ccddee">支援レポート共有日</th><td>${eraSelect('kyoyu_gengo')}<input type="text" name="kyoyu_y" size="2" maxlength="2" onchange="digitsOnly(this)">年<input type="text" name="kyoyu_m" size="2" maxlength="2" onchange="digitsOnly(this)">月<input type="text" name="kyoyu_d" size="2" maxlength="2" onchange="digitsOnly(this)">日</td></tr>
<tr><th bgcolor="#ccddee">備考</th><td><input type="text" name="biko" size="30" readonly value="（入力不可）"></td></tr>
</table>
<input type="submit" name="touroku" value="登録" onclick="submits.push('click')">
</form></body></html>`;
