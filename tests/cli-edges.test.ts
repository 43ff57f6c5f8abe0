import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { closestOption } from '../cli/args.ts';
import { runCli } from './run-cli.ts';

const SAMPLE = 'samples/caseload-sample.xlsx';
const tmp = () => mkdtempSync(join(tmpdir(), 'teichaku-edges-'));

describe('--as-of and --month accept what the sheets accept', () => {
  it.each(['2025-03-31', '2025/3/31', '令和7年3月31日', 'R7.3.31', '2025年3月31日'])(
    '--as-of %s',
    async (text) => {
      const r = await runCli(['check', SAMPLE, '--as-of', text, '--json']);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).asOf).toBe('2025-03-31');
    },
  );

  it.each(['2025-02', '2025/2', '2025年2月', '令和7年2月', 'R7.2'])('--month %s', async (text) => {
    const r = await runCli(['billing', SAMPLE, '--month', text, '--as-of', '2025-03-31', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).month).toBe('2025-02');
  });

  it('--fiscal-year as 令和6年度 or R6', async () => {
    for (const fy of ['令和6年度', 'R6', '2024年度']) {
      const r = await runCli(['stats', SAMPLE, '--fiscal-year', fy, '--json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).fiscalYear).toBe(2024);
    }
  });

  it('a month that cannot be read says how to write one', async () => {
    const r = await runCli(['billing', SAMPLE, '--month', '13月']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'エラー: --month の「13月」を年月として読めません。2025-03・2025/3・2025年3月・令和7年3月・R7.3 のように書いてください\n',
    );
  });
});

describe('options that do not apply, and mistyped ones', () => {
  it('an option of another command is an error, not ignored', async () => {
    const r = await runCli(['stats', SAMPLE, '--write', 'x.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'エラー: --write は check のオプションで、stats では使えません。--write を外してください\n',
    );
    const m = await runCli(['check', SAMPLE, '--month', '2025-02']);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('--month は billing・reports のオプションで、check では使えません');
    expect((await runCli(['reports', SAMPLE, '--grid'])).stderr).toContain('--grid は check のオプション');
  });

  it('a mistyped option suggests the closest one', () => {
    expect(closestOption('--asof')).toBe('--as-of');
    expect(closestOption('--fiscalyear')).toBe('--fiscal-year');
    expect(closestOption('--wirte')).toBe('--write');
    expect(closestOption('--Month')).toBe('--month');
    expect(closestOption('--zzzzzzzz')).toBeNull();
  });

  it('an option with no such thing near it points to --help', async () => {
    const r = await runCli(['check', SAMPLE, '--zzzzzzzz']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'エラー: --zzzzzzzz というオプションはありません。teichaku --help で使えるオプションを確かめてください\n',
    );
  });

  it('an option missing its value says what value, in Japanese (no <value>)', async () => {
    const r = await runCli(['check', SAMPLE, '--as-of']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^エラー: --as-of のあとに値がありません。点検の基準日（例: --as-of 2025-03-31/);
    expect(r.stderr).not.toMatch(/<value>|argument/);
  });
});

describe('--json: an input error is a JSON object on stdout, exit 2', () => {
  it('a missing file', async () => {
    const r = await runCli(['check', 'nope.xlsx', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      error: {
        message: '「nope.xlsx」が見つかりません。ファイル名とフォルダを確かめてください',
        file: 'nope.xlsx',
        sheet: null,
        row: null,
        column: null,
      },
    });
  });

  it('a CSV that cannot be parsed names the file, the tab and the row', async () => {
    const d = tmp();
    writeFileSync(join(d, '利用者.csv'), '利用者ID,氏名\nU001,"鈴木\n');
    const r = await runCli(['check', d, '--json']);
    expect(r.code).toBe(2);
    const e = JSON.parse(r.stdout).error;
    expect(e).toMatchObject({ file: join(d, '利用者.csv'), sheet: '利用者', column: null });
    expect(e.row).toBeGreaterThanOrEqual(2);
  });
});

describe('reports needs a roster', () => {
  it('a folder with records but no roster is refused, exit 2', async () => {
    const d = tmp();
    writeFileSync(join(d, '支援記録.csv'), '日付,利用者ID,方法\n2025/02/03,U001,面談\n');
    writeFileSync(join(d, '月次.csv'), '年月,利用者ID,レポート提示日\n2025/02,U001,2025/03/05\n');
    const r = await runCli(['reports', d, '--month', '2025-02', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.message).toContain('利用者の一覧のタブが見つかりません');
  });
});

describe('check: the summary a manager reads', () => {
  it('counts people, errors by month, deadlines by the end of next month; hidden info points to 点検結果', async () => {
    const r = await runCli(['check', SAMPLE, '--as-of', '2025-03-31']);
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out).toContain('点検基準日 令和7年3月31日　');
    expect(out).not.toContain('2025-03-31');
    const summary = out.slice(out.indexOf('■ まとめ'));
    expect(summary).toContain('名簿 16人のうち指摘あり 12人（うちエラーあり 10人）');
    expect(summary).toContain(
      '  令和6年1月分: 1人・2件 — 対面（またはテレビ電話）の支援なし、支援レポートの提示なし',
    );
    expect(summary).toContain('  令和7年1月分: 1人・1件 — 支援レポートの提示なし');
    expect(summary).toContain('令和7年4月30日までに来る期限:');
    expect(summary).toContain('  令和7年4月30日まで: U002 林 陽菜の就労定着支援計画の見直し');
    expect(summary).toContain('--write で書き出すコピーの「点検結果」タブにすべて載ります');
    expect(summary).not.toContain('--json');
    // errors first: the summary lists errors before deadlines, and clients with errors come before the rest
    expect(summary.indexOf('請求を止めるエラー')).toBeLessThan(summary.indexOf('までに来る期限'));
    expect(out.indexOf('■ U016')).toBeLessThan(out.indexOf('■ U002'));
  });

  it('each finding line starts with where it is: tab, row, column and header', async () => {
    const r = await runCli(['check', SAMPLE, '--as-of', '2025-03-31']);
    expect(r.stdout).toContain(
      '  [エラー] 「月次」83行目 K列「レポート提示日」: 令和7年1月: 支援レポートの提示日が空欄です',
    );
  });
});

describe('check --grid and the 月次接触状況 tab', () => {
  it('prints the client × month grid in the terminal', async () => {
    const r = await runCli(['check', SAMPLE, '--as-of', '2025-03-31', '--grid']);
    const lines = r.stdout.split('\n');
    const head = lines.findIndex((l) => l.includes('■ 月次接触状況'));
    expect(head).toBeGreaterThan(0);
    expect(lines[head + 1]).toMatch(/^ {2}利用者ID +氏名 +不足 R6\.4 .* R7\.3$/);
    const u012 = lines.find((l) => l.startsWith('  U012'))!;
    // R6.8 is the fifth month shown, the only ✗ of the row
    expect(u012.trim().split(/\s+/)).toEqual([
      'U012',
      '中村',
      '悠斗',
      '1',
      '✓',
      '✓',
      '✓',
      '✓',
      '✗',
      '✓',
      '✓',
      '✓',
      '✓',
      '✓',
      '✓',
      '✓',
    ]);
    expect(r.stdout).toContain('凡例: ✓ 対面・テレビ電話の支援あり');
    expect((await runCli(['check', SAMPLE, '--as-of', '2025-03-31'])).stdout).not.toContain('■ 月次接触状況');
  });

  it('--write adds the 月次接触状況 tab to the copy, read back with its marks and colours', async () => {
    const out = join(tmp(), 'copy.xlsx');
    const r = await runCli(['check', SAMPLE, '--as-of', '2025-03-31', '--write', out]);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('月次接触状況')!;
    expect(ws).toBeDefined();
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(['利用者ID', '氏名', '担当', '支援開始日', '支援終了日', '不足']);
    expect(header[6]).toBe('令和6年4月');
    expect(header[17]).toBe('令和7年3月');
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    let u012 = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === 'U012') u012 = n;
    });
    expect(u012).toBeGreaterThan(1);
    const missing = ws.getRow(u012).getCell(11); // 令和6年8月
    expect(missing.value).toBe('✗');
    expect((missing.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF4C7C3');
    expect(ws.getRow(u012).getCell(6).value).toBe(1);
    expect(String(ws.getRow(u012).getCell(4).value)).toMatch(/^(令和|平成)/);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});

describe('writing a document: a bad place is one Japanese line', () => {
  it('stats --docx into a missing folder', async () => {
    const d = tmp();
    mkdirSync(join(d, 'x'));
    const r = await runCli(['stats', SAMPLE, '--fiscal-year', '2024', '--docx', join(d, 'nope', 'a.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^エラー: 書き出し先のフォルダ「.*nope」がありません。--docx に書き込める場所とファイル名を指定してください\n$/,
    );
  });
});
