import { formatEraDate } from '../../shared/codecs/era.ts';
import { UserError, withLock } from './app.ts';
import { blankRequests, docText, footerText } from './doc-writer.ts';
import { MARK_COLOR, markFormula } from './marks.ts';
import { batch, docsApi, footerIdOf, importedBlank, reportFolder, revOf } from './reports.ts';
import { STORE_LIMIT_BYTES, utf8Bytes, VALUE_LIMIT_BYTES } from './store.ts';
import { SELFTEST_TAB_KEY, text } from './tabs.ts';

/**
 * 動作確認 — checks, on the office's own Google account, every assumption the README lists as not seen on a
 * real account, and writes what held to a 動作確認 tab in Japanese. It uses only values it makes itself
 * (a sample cell, a test document, a test property): nothing of the office's data is read or leaves the
 * sheet, and everything it makes is removed again except the tab (a record, replaced by the next run) and
 * the reports folder (the one 支援レポートを作成 uses).
 */
export const SELFTEST_TAB = '動作確認';
/** The handler of the trigger the check makes and deletes at once (it never runs; if it did, it does nothing). */
export const SELFTEST_HANDLER = 'teichakuSelfTestTrigger';
const SIZE_KEY = 'teichaku.selftest.size';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Props = GoogleAppsScript.Properties.Properties;

/** ok: true 成功, false 失敗, null 要確認 (only a person looking at the sheet can tell). */
export interface SelfCheck {
  what: string;
  ok: boolean | null;
  detail: string;
}

const RESULT = (ok: boolean | null) => (ok === null ? '要確認' : ok ? '成功' : '失敗');
const RESULT_BG = (ok: boolean | null) => (ok === null ? '#fce8b2' : ok ? '#d9ead3' : '#f4c7c3');

/** One check; an exception is its result (失敗 with the service's own message, which holds no office data). */
function attempt(what: string, fn: () => Omit<SelfCheck, 'what'>): SelfCheck {
  try {
    return { what, ...fn() };
  } catch (e) {
    return { what, ok: false, detail: `エラー: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The 動作確認 tab, made anew (the previous one, known by its id, is deleted first). */
function freshTab(s: Spreadsheet, p: Props): Sheet {
  const old = Number(p.getProperty(SELFTEST_TAB_KEY) ?? Number.NaN);
  for (const sheet of s.getSheets()) if (sheet.getSheetId() === old) s.deleteSheet(sheet);
  const names = new Set(s.getSheets().map((x) => x.getName()));
  let name = SELFTEST_TAB;
  for (let i = 2; names.has(name); i++) name = `${SELFTEST_TAB}（定着${i > 2 ? i - 1 : ''}）`;
  const sheet = s.insertSheet(name, s.getNumSheets());
  p.setProperty(SELFTEST_TAB_KEY, String(sheet.getSheetId()));
  return sheet;
}

const SAMPLE_A1 = 'E2:E4';

function ruleCheck(sheet: Sheet): SelfCheck {
  return attempt('条件付き書式（数式の規則）を付けて読み戻す', () => {
    sheet.getRange('E1:E4').setValues([['見本（色）'], ['見本'], ['見本'], ['見本']]);
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(markFormula('error'))
      .setBackground(MARK_COLOR.error)
      .setRanges([sheet.getRange(SAMPLE_A1)])
      .build();
    sheet.setConditionalFormatRules([rule, ...sheet.getConditionalFormatRules()]);
    const back = sheet.getConditionalFormatRules()[0];
    const cond = back?.getBooleanCondition();
    const formula = cond?.getCriteriaValues()[0];
    const ranges = back?.getRanges().map((r) => r.getA1Notation()) ?? [];
    const ok = formula === markFormula('error') && ranges.length === 1 && ranges[0] === SAMPLE_A1;
    return {
      ok,
      detail: ok
        ? `規則 ${markFormula('error')} が ${SAMPLE_A1} に付き、そのまま読み戻せました。`
        : `読み戻した規則が違います（数式 ${String(formula)}、範囲 ${ranges.join(',') || 'なし'}）。`,
    };
  });
}

function linkCheck(sheet: Sheet): SelfCheck {
  return attempt('HYPERLINK を setValues で書き、getFormulas で読む', () => {
    const formula = `=HYPERLINK("#gid=${sheet.getSheetId()}&range=A1","A1へ移動")`;
    const cell = sheet.getRange('F2');
    sheet.getRange('F1').setValues([['見本（リンク）']]);
    cell.setValues([[formula]]);
    const read = cell.getFormulas()[0]?.[0];
    const shown = cell.getValues()[0]?.[0];
    const ok = read === formula && shown === 'A1へ移動';
    return {
      ok,
      detail: ok
        ? 'F2 に数式として入り、「A1へ移動」と表示されます（押すと A1 に移ります）。'
        : `F2 の数式は「${String(read)}」、表示は「${String(shown)}」でした。`,
    };
  });
}

function typedCheck(sheet: Sheet): SelfCheck {
  return attempt('文字として書いた値が文字のまま残る（001 など）', () => {
    const r = sheet.getRange('G1:H2');
    r.setValues([
      ['見本（文字）', '見本（そのまま）'],
      ["'001", '001'],
    ]);
    const [kept, parsed] = sheet.getRange('G2:H2').getValues()[0] ?? [];
    const ok = kept === '001';
    return {
      ok,
      detail: `先頭にアポストロフィを付けた「001」は ${JSON.stringify(kept)}、付けない「001」は ${JSON.stringify(parsed)}（${typeof parsed === 'number' ? '数値になります' : '文字のまま'}）として読めました。`,
    };
  });
}

function zoneCheck(s: Spreadsheet): SelfCheck {
  return attempt('Intl のタイムゾーン（日付がずれないこと）', () => {
    const tz = s.getSpreadsheetTimeZone();
    // 2025-03-31 15:30 UTC: already April 1 in Tokyo, still March 31 in Los Angeles
    const instant = new Date(Date.UTC(2025, 2, 31, 15, 30));
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(instant);
    const util = Utilities.formatDate(instant, tz, 'yyyy-MM-dd');
    const era = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
      era: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'Asia/Tokyo',
    }).format(new Date(Date.UTC(2019, 4, 1, 3)));
    const ok = intl === util;
    return {
      ok,
      detail:
        `${tz} で Intl は ${intl}、Utilities.formatDate は ${util}。` +
        `和暦の表示は Intl では「${era}」（このアドオンは自前で ${formatEraDate('2019-05-01')} と書きます）。`,
    };
  });
}

function driveCheck(s: Spreadsheet, p: Props): SelfCheck {
  return attempt('Google ドライブのフォルダ（drive.file の範囲）', () => {
    const folder = reportFolder(s, p);
    const id = docsApi().create({ title: '定着 動作確認（自動で削除されます）' }).documentId!;
    const file = DriveApp.getFileById(id);
    file.moveTo(folder);
    const again = DriveApp.getFolderById(folder.getId());
    file.setTrashed(true);
    return {
      ok: again.getId() === folder.getId(),
      detail: `フォルダ「${folder.getName()}」を開き、試しに作った文書を入れて、ゴミ箱へ移しました。`,
    };
  });
}

const TEST_BODY = '動作確認の本文';
const TEST_FOOTER = '動作確認 {{利用者名}} 様';

/**
 * What 支援レポートを作成 takes from the Docs API and Drive without a page that says so: a new Doc's footer
 * (createFooter's reply) in one batch, the revision id of a batch's reply read back unchanged, a Drive copy
 * keeping its footer's id, replaceAllText reaching a footer. Each on a test Doc and its copy, both trashed.
 * A row that fails says what the add-on does instead.
 */
function docsChecks(s: Spreadsheet, p: Props): SelfCheck[] {
  const made: string[] = [];
  let id = '';
  let copyId = '';
  let footerId = '';
  let rev: string | undefined;
  const need = (x: string) => {
    if (!x) throw new Error('前の確認で文書を作れなかったため、確かめられません');
    return x;
  };
  const checks = [
    attempt('Google ドキュメント（Docs API）で文書を作り、まとめて書き込む', () => {
      id = docsApi().create({ title: '定着 動作確認（自動で削除されます）' }).documentId!;
      made.push(id);
      footerId = footerIdOf(batch(id, blankRequests())) ?? '';
      rev = revOf(
        batch(id, [
          { insertText: { location: { index: 1 }, text: TEST_BODY } },
          ...(footerId
            ? [{ insertText: { location: { segmentId: footerId, index: 0 }, text: TEST_FOOTER } }]
            : []),
        ]),
      );
      const back = docsApi().get(id);
      const ok =
        Boolean(footerId) && docText(back) === `${TEST_BODY}\n` && footerText(back) === `${TEST_FOOTER}\n`;
      return {
        ok,
        detail: ok
          ? '文書を作り、本文とフッターを書いて、そのまま読み戻せました（Google Docs API が使えます）。'
          : `読み戻した本文「${docText(back).trim()}」、フッター「${footerText(back).trim()}」が書いたものと違います。`,
      };
    }),
    attempt('書いた直後の版（revisionId）が読み戻しても同じ', () => {
      const back = docsApi().get(need(id));
      const ok = rev !== undefined && back.revisionId === rev;
      return {
        ok,
        detail: ok
          ? '同じでした。作り直すとき、手が加えられていない文書は版で見分けます。'
          : '違いました。手が加えられていない文書は本文が同じかどうかで見分けます（ひな形から作った文書は、別の版として作り直します）。',
      };
    }),
    attempt('文書をフォルダへコピーしてもフッターの ID が変わらない', () => {
      copyId = DriveApp.getFileById(need(id))
        .makeCopy('定着 動作確認のコピー（自動で削除されます）', reportFolder(s, p))
        .getId();
      made.push(copyId);
      const back = docsApi().get(copyId);
      const ok = back.documentStyle?.defaultFooterId === footerId && footerText(back) === `${TEST_FOOTER}\n`;
      return {
        ok,
        detail: ok
          ? '変わりませんでした。支援レポートは1件ごとにコピー1回と書き込み1回で作ります。'
          : 'コピーのフッターは別の ID でした。支援レポートは作れますが、1件ごとに読み込みが1回増えます（少し遅くなります）。',
      };
    }),
    attempt('差し込み欄の置き換え（replaceAllText）がフッターにも届く', () => {
      batch(need(copyId), [
        {
          replaceAllText: {
            containsText: { text: '{{利用者名}}', matchCase: true },
            replaceText: '見本 花子',
          },
        },
      ]);
      const ok =
        footerText(docsApi().get(copyId)) === `${TEST_FOOTER.replace('{{利用者名}}', '見本 花子')}\n`;
      return {
        ok,
        detail: ok
          ? '届きました。ひな形のフッターの {{利用者名}} なども置き換わります。'
          : 'フッターの差し込み欄は置き換わりませんでした。ひな形を使うときは、差し込み欄を本文に置いてください。',
      };
    }),
  ];
  checks.push(
    attempt('ページ番号の入った下地を Word 形式から作る（Drive API の取り込み）', () => {
      const blank = importedBlank('定着 動作確認の下地（自動で削除されます）');
      if (blank) made.push(blank.id);
      return {
        ok: blank !== null,
        detail: blank
          ? '取り込んだ文書のフッターにページ番号とページ数が入りました。支援レポートのフッターは「氏名　令和○年○月の支援レポート　n / N」になります。'
          : 'ページ番号が入りませんでした（Drive API が有効でないか、取り込みでページ番号が失われました）。支援レポートは作れますが、フッターに n / N が入りません。',
      };
    }),
  );
  for (const f of made)
    try {
      DriveApp.getFileById(f).setTrashed(true);
    } catch {
      // gone already
    }
  return checks;
}

function triggerCheck(): SelfCheck {
  return attempt('時間主導型トリガーを作って消す', () => {
    const t = ScriptApp.newTrigger(SELFTEST_HANDLER)
      .timeBased()
      .after(60 * 60 * 1000)
      .create();
    const id = t.getUniqueId();
    const made = ScriptApp.getProjectTriggers().some((x) => x.getUniqueId() === id);
    ScriptApp.deleteTrigger(t);
    const gone = !ScriptApp.getProjectTriggers().some((x) => x.getUniqueId() === id);
    return {
      ok: made && gone,
      detail: made
        ? gone
          ? 'トリガーを作り、一覧で確かめてから消しました（支援レポートの続きの作成に使います）。'
          : 'トリガーは作れましたが、消せませんでした。Apps Script の「トリガー」画面から消してください。'
        : 'トリガーを作っても一覧に出てきませんでした。',
    };
  });
}

const storeBytes = (p: Props) =>
  Object.entries(p.getProperties()).reduce((n, [k, v]) => n + utf8Bytes(k) + utf8Bytes(String(v)), 0);
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

function sizeCheck(p: Props): SelfCheck {
  return attempt('設定の保存の大きさ（1つ 9 KB、全体 500 KB）', () => {
    // 3,072 kanji are exactly 9,216 bytes (three each): the largest value the documentation allows
    const fits = '漢'.repeat(VALUE_LIMIT_BYTES / 3);
    let keptFit = false;
    let refusedOver = false;
    try {
      p.setProperty(SIZE_KEY, fits);
      keptFit = p.getProperty(SIZE_KEY) === fits;
      try {
        p.setProperty(SIZE_KEY, `${fits}x`);
      } catch {
        refusedOver = true;
      }
    } finally {
      p.deleteProperty(SIZE_KEY);
    }
    const used = storeBytes(p);
    const script = storeBytes(PropertiesService.getScriptProperties());
    return {
      ok: keptFit && refusedOver,
      detail:
        `9,216 バイト（漢字 3,072 字）は${keptFit ? '保存でき' : '保存できず'}、9,217 バイトは${refusedOver ? '断られました' : '保存されてしまいました（上限が文書と違います）'}。` +
        `今の使用量: このシート ${kb(used)}・スクリプト ${kb(script)}（それぞれ ${kb(STORE_LIMIT_BYTES)} まで）。`,
    };
  });
}

/** Run every check and write the 動作確認 tab; answers the checks (for the dialog and the tests). */
export function selfTest(): SelfCheck[] {
  const s = SpreadsheetApp.getActiveSpreadsheet();
  if (!s) throw new UserError('スプレッドシートを開いてから実行してください。');
  const p = PropertiesService.getDocumentProperties();
  return withLock(() => {
    const sheet = freshTab(s, p);
    const checks = [
      ruleCheck(sheet),
      {
        what: '見本の色が画面に出ている',
        ok: null,
        detail: `このタブの ${SAMPLE_A1} が薄い赤なら、点検の色は表示されます。白のままなら管理者へお知らせください。`,
      },
      linkCheck(sheet),
      typedCheck(sheet),
      zoneCheck(s),
      driveCheck(s, p),
      ...docsChecks(s, p),
      triggerCheck(),
      sizeCheck(p),
    ];
    const rows = [
      ['確認すること', '結果', 'くわしく'],
      ...checks.map((c) => [c.what, RESULT(c.ok), c.detail]),
    ];
    sheet.getRange(1, 1, rows.length, 3).setValues(rows.map((r) => r.map(text)));
    sheet.getRange(1, 1, 1, 3).setFontWeight('bold').setBackground('#e8eaed');
    sheet.getRange(2, 2, checks.length, 1).setBackgrounds(checks.map((c) => [RESULT_BG(c.ok)]));
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 300);
    sheet.setColumnWidth(3, 560);
    sheet.activate();
    const failed = checks.filter((c) => c.ok === false).length;
    const done = checks.filter((c) => c.ok !== null).length;
    s.toast(
      failed === 0
        ? `${done}件すべて成功しました。「${sheet.getName()}」タブで色の見本もご確認ください。`
        : `${done}件中 ${failed}件が失敗しました。「${sheet.getName()}」タブをご覧ください。`,
      '動作確認',
    );
    return checks;
  });
}
