import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const SAMPLE = 'samples/caseload-sample.xlsx';
const tmp = () => mkdtempSync(join(tmpdir(), 'teichaku-'));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('teichaku command line: bad input gets one Japanese line and exit 2', () => {
  it('an unknown option', async () => {
    const r = await runCli(['check', SAMPLE, '--asof', '2025-03-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('エラー: --asof というオプションはありません。--as-of のことですか？\n');
    expect(r.stdout).toBe('');
  });

  it('an unknown command', async () => {
    const r = await runCli(['chek', SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('エラー: chek というコマンドはありません。check のことですか？\n');
  });

  it('a file that does not exist', async () => {
    const r = await runCli(['check', 'nope.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('エラー: 「nope.xlsx」が見つかりません。ファイル名とフォルダを確かめてください\n');
  });

  it('a file that is not a workbook', async () => {
    const d = tmp();
    const p = join(d, 'broken.xlsx');
    writeFileSync(p, 'this is not a zip');
    const r = await runCli(['check', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`「${p}」を Excel ファイル（.xlsx）として読めません`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a workbook without a recognisable roster names the workbook and what headers it needs', async () => {
    const d = tmp();
    const p = join(d, 'memo.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('メモ').addRow(['今日の予定', '備考']);
    await wb.xlsx.writeFile(p);
    const r = await runCli(['check', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('「memo.xlsx」に利用者の一覧のタブが見つかりません');
  });

  it('an impossible --as-of date', async () => {
    const r = await runCli(['check', SAMPLE, '--as-of', '2025-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'エラー: --as-of の「2025-02-30」を日付として読めません。2025-03-31・2025/3/31・令和7年3月31日・R7.3.31 のように書いてください\n',
    );
  });

  it('a mapping naming a tab the workbook does not have', async () => {
    const d = tmp();
    const m = join(d, 'map.json');
    writeFileSync(m, JSON.stringify({ tabs: { 台帳: { role: 'roster' } } }));
    const r = await runCli(['check', SAMPLE, '--mapping', m]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('対応表にあるタブ「台帳」がブックにありません');
  });
});

describe('check --mapping', () => {
  it('an explicit mapping overrides the guess: a tab can be ignored', async () => {
    const d = tmp();
    const m = join(d, 'map.json');
    writeFileSync(m, JSON.stringify({ tabs: { 事業所: { role: 'ignore' } } }));
    const r = await runCli(['check', SAMPLE, '--as-of', '2025-03-31', '--mapping', m, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).office.name).toBeNull();
  });
});

describe('check --write', () => {
  it('writes a coloured, annotated copy with a 点検結果 tab and leaves the original untouched', async () => {
    const d = tmp();
    const out = join(d, 'checked.xlsx');
    const before = sha(SAMPLE);
    const r = await runCli(['check', SAMPLE, '--as-of', '2025-03-31', '--write', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`色とメモを付けたコピーを書き出しました: ${out}`);
    expect(sha(SAMPLE)).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const roster = wb.getWorksheet('利用者')!;
    const bad = roster.getCell('E17'); // U015's impossible birth date
    expect(bad.value).toBe('2024/02/30'); // the value they typed is kept
    // the colour is a conditional format of ours: the cell's own style is left as the office made it
    const cf = (
      roster as unknown as {
        conditionalFormattings: { ref: string; rules: { style?: { fill?: ExcelJS.FillPattern } }[] }[];
      }
    ).conditionalFormattings;
    const red = cf.find((c) => c.ref.split(' ').includes('E17'));
    expect(red?.rules[0]?.style?.fill?.bgColor?.argb).toBe('FFF4C7C3');
    expect(cf.some((c) => c.ref.split(' ').includes('E2'))).toBe(false);
    expect((bad.fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
    expect(String(bad.note)).toMatch(/^【点検】【エラー】.*2024年2月30日は存在しない日付です/);

    const results = wb.getWorksheet('点検結果')!;
    expect(results.getRow(1).getCell(1).value).toBe('重要度');
    const json = JSON.parse((await runCli(['check', SAMPLE, '--as-of', '2025-03-31', '--json'])).stdout);
    expect(results.rowCount - 1).toBe(json.findings.length);
  });

  it('refuses to overwrite the original', async () => {
    const r = await runCli(['check', SAMPLE, '--write', SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('元のファイルとは別の名前を指定してください');
  });
});
