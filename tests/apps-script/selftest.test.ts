/// <reference types="google-apps-script" />
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readXlsx } from '../../cli/load.ts';
import { FakeRange } from './fakes/spreadsheet.ts';
import { type Addon, builtCode, loadAddon, loadWorkbook, snapshot } from './harness.ts';

let code = '';
beforeAll(async () => {
  code = await builtCode();
});

async function sample(without: string[] = []) {
  const a = loadAddon(code, { today: '2025-03-31', without });
  loadWorkbook(a, await readXlsx('samples/caseload-sample.xlsx'));
  return a;
}
const tab = (a: Addon) => {
  const id = Number(a.documentProperties.getProperty('teichaku.selftestTab'));
  return a.ss.sheets.find((s) => s.id === id)!;
};
const rows = (a: Addon) =>
  tab(a)
    .cells.filter((r) => r?.[0])
    .map((r) => [0, 1, 2].map((i) => String(r[i]?.v ?? '')));

describe('動作確認 (the self-test) in the built add-on, against the fakes', () => {
  it('checks each assumption the README lists as not seen, and writes what held to the 動作確認 tab in Japanese', async () => {
    const a = await sample();
    a.call('teichakuSelfTest');
    const r = rows(a);
    expect(r[0]).toEqual(['確認すること', '結果', 'くわしく']);
    expect(r.slice(1).map((x) => [x[0], x[1]])).toEqual([
      ['条件付き書式（数式の規則）を付けて読み戻す', '成功'],
      ['見本の色が画面に出ている', '要確認'],
      ['HYPERLINK を setValues で書き、getFormulas で読む', '成功'],
      ['文字として書いた値が文字のまま残る（001 など）', '成功'],
      ['Intl のタイムゾーン（日付がずれないこと）', '成功'],
      ['Google ドライブのフォルダ（drive.file の範囲）', '成功'],
      ['Google ドキュメント（Docs API）で文書を作り、まとめて書き込む', '成功'],
      ['書いた直後の版（revisionId）が読み戻しても同じ', '成功'],
      ['文書をフォルダへコピーしてもフッターの ID が変わらない', '成功'],
      ['差し込み欄の置き換え（replaceAllText）がフッターにも届く', '成功'],
      ['ページ番号の入った下地を Word 形式から作る（Drive API の取り込み）', '成功'],
      ['時間主導型トリガーを作って消す', '成功'],
      ['設定の保存の大きさ（1つ 9 KB、全体 500 KB）', '成功'],
    ]);
    // the details say what was seen, in Japanese
    expect(r[4]![2]).toContain('付けない「001」は 1（数値になります）');
    expect(r[5]![2]).toMatch(
      /^Asia\/Tokyo で Intl は 2025-04-01、Utilities\.formatDate は 2025-04-01。和暦の表示は Intl では「令和(元|1)年5月1日」/,
    );
    expect(r[13]![2]).toMatch(
      /^9,216 バイト（漢字 3,072 字）は保存でき、9,217 バイトは断られました。今の使用量: このシート \d+\.\d KB/,
    );
    // the colour sample: our rule on E2:E4 of the tab, read back; the link as a formula
    const t = tab(a);
    expect(t.rules.map((x) => x.describe())).toEqual([
      {
        criteria: 'CUSTOM_FORMULA',
        values: ['=N("teichaku:error")=0'],
        background: '#f4c7c3',
        ranges: ['E2:E4'],
      },
    ]);
    expect(t.cells[1]![5]!.f).toBe(`=HYPERLINK("#gid=${t.id}&range=A1","A1へ移動")`);
    // what it made is gone again: no trigger, the test document trashed, no test property
    expect(a.script.live()).toEqual([]);
    expect([...a.drive.files.values()].every((f) => f.trashed)).toBe(true);
    expect(a.documentProperties.getProperty('teichaku.selftest.size')).toBeNull();
    // one dialog that says all held
    expect(a.ui.alerts.at(-1)!.prompt).toMatch(/^確認した12件はすべて成功しました。/);
  });

  it('nothing of the office data is changed: the office tabs are as before; a rerun replaces the tab', async () => {
    const a = await sample();
    const before = snapshot(a);
    a.call('teichakuSelfTest');
    a.call('teichakuSelfTest');
    const after = snapshot(a);
    expect(after.filter((s) => s.name !== '動作確認')).toEqual(before);
    expect(after.filter((s) => s.name === '動作確認')).toHaveLength(1);
    // its tab is a tab of its own, not one of the office's
    const officeIds = new Set(before.map((s) => s.id));
    expect(officeIds.has(tab(a).id)).toBe(false);
    // and 点検する does not read the 動作確認 tab as the office's data
    a.call('teichakuValidate');
    expect(a.ui.alerts.filter((x) => !x.title.includes('動作確認'))).toEqual([]);
    const results = a.ss.sheet('点検結果').cells.map((row) => String(row?.[6]?.v ?? ''));
    expect(results.some((x) => x.startsWith('動作確認'))).toBe(false);
    // 点検の表示を消す keeps the 動作確認 tab as it is, its colour sample included
    a.call('teichakuClear');
    expect(tab(a).rules.map((x) => x.describe().ranges)).toEqual([['E2:E4']]);
  });

  it('a check that fails says so in Japanese, and the others still run', async () => {
    const a = await sample();
    a.drive.refuseFolders = true;
    a.call('teichakuSelfTest');
    const r = rows(a);
    const drive = r.find((x) => String(x[0]).startsWith('Google ドライブ'))!;
    expect(drive[1]).toBe('失敗');
    expect(drive[2]).toMatch(/^エラー: /);
    // the copy into the folder fails too, and the check that needs the copy says why it could not look
    const copy = r.find((x) => String(x[0]).startsWith('文書をフォルダへコピー'))!;
    expect(copy[1]).toBe('失敗');
    const replace = r.find((x) => String(x[0]).startsWith('差し込み欄の置き換え'))!;
    expect(replace.slice(1)).toEqual(['失敗', 'エラー: 前の確認で文書を作れなかったため、確かめられません']);
    expect(r.filter((x) => x[1] === '成功')).toHaveLength(9);
    expect(a.ui.alerts.at(-1)!.prompt).toBe(
      '失敗: 「Google ドライブのフォルダ（drive.file の範囲）」「文書をフォルダへコピーしてもフッターの ID が変わらない」「差し込み欄の置き換え（replaceAllText）がフッターにも届く」。「動作確認」タブに理由があります。管理者へお知らせください。',
    );
  });

  it('without the Drive service the page-number row fails and says what the reports do instead', async () => {
    const a = await sample(['Drive']);
    a.call('teichakuSelfTest');
    const row = rows(a).find((x) => x[0]!.startsWith('ページ番号の入った下地'))!;
    expect(row[1]).toBe('失敗');
    expect(row[2]).toMatch(/支援レポートは作れますが、フッターに n \/ N が入りません。$/);
    expect(rows(a).filter((x) => x[1] === '失敗')).toHaveLength(1);
  });

  it('an apostrophe that Sheets would keep (text not kept as typed) is a failure', async () => {
    const a = await sample();
    const spy = vi.spyOn(FakeRange.prototype, 'getValues').mockImplementation(function (this: FakeRange) {
      return this.getA1Notation() === 'G2:H2' ? [["'001", 1]] : [['']];
    });
    try {
      a.call('teichakuSelfTest');
    } finally {
      spy.mockRestore();
    }
    expect(rows(a).find((x) => String(x[0]).startsWith('文字として'))![1]).toBe('失敗');
  });

  it('a HYPERLINK that is kept as a formula but not shown as its label is a failure', async () => {
    const a = await sample();
    const real = FakeRange.prototype.getValues;
    const spy = vi.spyOn(FakeRange.prototype, 'getValues').mockImplementation(function (this: FakeRange) {
      return this.getA1Notation() === 'F2' ? [['=HYPERLINK(…)']] : real.call(this);
    });
    try {
      a.call('teichakuSelfTest');
    } finally {
      spy.mockRestore();
    }
    const link = rows(a).find((x) => String(x[0]).startsWith('HYPERLINK'))!;
    expect(link[1]).toBe('失敗');
    expect(link[2]).toContain('表示は「=HYPERLINK(…)」');
  });

  it('a trigger that cannot be deleted is reported as a failure with what to do', async () => {
    const a = await sample();
    const original = (a.globals.ScriptApp as { deleteTrigger: (t: unknown) => void }).deleteTrigger;
    (a.globals.ScriptApp as { deleteTrigger: (t: unknown) => void }).deleteTrigger = () => undefined;
    a.call('teichakuSelfTest');
    (a.globals.ScriptApp as { deleteTrigger: (t: unknown) => void }).deleteTrigger = original;
    const trig = rows(a).find((x) => x[0] === '時間主導型トリガーを作って消す')!;
    expect(trig.slice(1)).toEqual([
      '失敗',
      'トリガーは作れましたが、消せませんでした。Apps Script の「トリガー」画面から消してください。',
    ]);
  });
});
