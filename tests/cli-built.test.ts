import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The command as installed: cli/bin.mjs and the built cli/dist (rebuilt by the vitest globalSetup) copied to a
 * folder of their own, beside a node_modules that lacks the development tools (tsx, typescript): nothing is
 * compiled when it runs. A second copy also lacks exceljs and docx: a CSV folder and an .xlsx are checked
 * without them (exceljs is only the fallback for a file our own reader does not understand).
 */
const ROOT = resolve(__dirname, '..');
const SAMPLE = join(ROOT, 'samples/caseload-sample.xlsx');
let home = '';
let csv = '';

function install(dir: string, without: string[]) {
  mkdirSync(join(dir, 'cli'), { recursive: true });
  cpSync(join(ROOT, 'cli/bin.mjs'), join(dir, 'cli/bin.mjs'));
  cpSync(join(ROOT, 'cli/dist'), join(dir, 'cli/dist'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (without.includes(name) || name.startsWith('.')) continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

const run = (dir: string, args: string[]) => {
  const r = spawnSync(process.execPath, [join(dir, 'cli/bin.mjs'), ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'teichaku-built-'));
  install(join(home, 'full'), ['tsx', 'typescript', 'vitest', '.bin']);
  install(join(home, 'lean'), ['tsx', 'typescript', 'vitest', 'exceljs', 'docx']);
  csv = join(home, 'caseload');
  mkdirSync(csv);
  writeFileSync(
    join(csv, '利用者.csv'),
    '利用者ID,氏名,就職日,支援開始日,受給者証番号,支給市町村番号\nU001,鈴木 一郎,2024/04/01,2024/10/01,1234567890,131016\n',
  );
  writeFileSync(join(csv, '支援記録.csv'), '日付,利用者ID,方法\n');
  writeFileSync(join(csv, '月次.csv'), '年月,利用者ID,レポート提示日\n');
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('the built command (plain JavaScript, no tsx)', () => {
  it('runs without TypeScript tooling: bin.mjs loads the built file only', () => {
    const bin = readFileSync(join(ROOT, 'cli/bin.mjs'), 'utf8');
    expect(bin).not.toMatch(/tsx|\.ts['"]/);
    expect(bin).toContain('./dist/main.mjs');
  });

  it('exit codes: 1 for errors found, 0 for none, 2 for unreadable input', () => {
    const withErrors = run(join(home, 'full'), ['check', SAMPLE, '--as-of', '2025-03-31']);
    expect(withErrors.stderr).toBe('');
    expect(withErrors.code).toBe(1);
    expect(withErrors.stdout).toContain('名簿 16人のうち指摘あり');
    const clean = run(join(home, 'full'), ['check', csv, '--as-of', '2024-09-01']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('エラー 0件');
    const missing = run(join(home, 'full'), ['check', join(home, 'nothing.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^エラー: 「.*nothing\.xlsx」が見つかりません。/);
  });

  it('needs exceljs only for a file its own .xlsx reader cannot read: the sample and a CSV folder run without it', () => {
    const folder = run(join(home, 'lean'), ['check', csv, '--as-of', '2024-09-01']);
    expect(folder.stderr).toBe('');
    expect(folder.code).toBe(0);
    expect(run(join(home, 'lean'), ['--help']).code).toBe(0);
    const xlsx = run(join(home, 'lean'), ['check', SAMPLE, '--as-of', '2025-03-31']);
    expect(xlsx.stderr).toBe('');
    expect(xlsx.code).toBe(1);
    expect(xlsx.stdout).toBe(run(join(home, 'full'), ['check', SAMPLE, '--as-of', '2025-03-31']).stdout);
    // a zip that is no workbook goes to exceljs, the fallback, which cannot read it either: exit 2, never 1
    const odd = join(home, 'odd.xlsx');
    writeFileSync(odd, zipSync({ 'hello.txt': strToU8('hello') }));
    for (const install of ['lean', 'full']) {
      const r = run(join(home, install), ['check', odd, '--as-of', '2025-03-31']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Excel ファイル（.xlsx）として読めません');
    }
  });

  it('a mistyped option with --json is a JSON error on stdout, exit 2', () => {
    const r = run(join(home, 'full'), ['check', SAMPLE, '--asof', '2025-03-31', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      error: {
        message: '--asof というオプションはありません。--as-of のことですか？',
        file: null,
        sheet: null,
        row: null,
        column: null,
      },
    });
  });
});
