import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../cli/csv.ts';
import { runCli } from './run-cli.ts';

/**
 * The one-line mistakes in cli/ that the suite used to let through, each pinned by a test here, and the
 * --write names and interruptions that left things behind.
 */
const root = mkdtempSync(join(tmpdir(), 'teichaku-survivors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const SAMPLE = 'samples/caseload-sample.xlsx';
const CSV = 'samples/variant-csv';
let n = 0;
const fresh = () => {
  const d = join(root, String(++n));
  mkdirSync(d);
  return d;
};

/** The sample's CSV folder with every name ending in upper-case .CSV, as some Windows tools save them. */
function upperCsvFolder() {
  const d = join(fresh(), 'csv');
  mkdirSync(d);
  for (const f of readdirSync(CSV)) copyFileSync(join(CSV, f), join(d, f.replace(/\.csv$/, '.CSV')));
  return d;
}

describe('--write names', () => {
  it.each([
    ['', /ファイル名が空です/],
    ['  ', /ファイル名が空です/],
    ['out.csv', /\.xlsx の名前ではありません/],
    ['out.xlsm', /\.xlsx の名前ではありません/],
    ['out', /\.xlsx の名前ではありません/],
  ])('--write "%s" on an .xlsx is refused (exit 2, one line, nothing written)', async (name, message) => {
    const d = fresh();
    const out = name.trim() ? join(d, name) : name;
    const r = await runCli(['check', SAMPLE, '--as-of', '2025-03-31', '--write', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(d)).toEqual([]);
  });

  it('an .xlsm workbook is copied only under an .xlsm name', async () => {
    const d = fresh();
    const input = join(d, 'macro.xlsm');
    copyFileSync(SAMPLE, input);
    const bad = await runCli(['check', input, '--as-of', '2025-03-31', '--write', join(d, 'copy.xlsx')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.xlsm の名前にしてください/);
    const good = await runCli(['check', input, '--as-of', '2025-03-31', '--write', join(d, 'copy.xlsm')]);
    expect(good.code).toBe(1);
    expect(existsSync(join(d, 'copy.xlsm'))).toBe(true);
  });

  it('a CSV folder whose files end in .CSV: read like .csv, and its files are protected from --write', async () => {
    const d = upperCsvFolder();
    const lower = await runCli(['check', CSV, '--as-of', '2025-03-31', '--json']);
    const upper = await runCli(['check', d, '--as-of', '2025-03-31', '--json']);
    expect(upper.code).toBe(lower.code);
    expect(JSON.parse(upper.stdout).findings.length).toBe(JSON.parse(lower.stdout).findings.length);
    const target = join(d, readdirSync(d)[0]!);
    const before = readFileSync(target);
    const r = await runCli(['check', d, '--as-of', '2025-03-31', '--write', target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/点検する元の CSV/);
    expect(readFileSync(target).equals(before)).toBe(true);
  });
});

describe('exit statuses', () => {
  it('no command at all prints the usage and exits 2, --help exits 0', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toMatch(/使い方/);
    expect((await runCli(['--help'])).code).toBe(0);
  });
});

describe('CSV delimiters', () => {
  it('a comma CSV whose first line holds a tab is still comma-separated', () => {
    expect(parseCsv('氏名\tメモ,方法\n鈴木,来所\n')).toEqual({
      ok: true,
      rows: [
        ['氏名\tメモ', '方法'],
        ['鈴木', '来所'],
      ],
    });
  });
});

describe('the temporary file of --write on Ctrl-C or SIGTERM', () => {
  it.each(['SIGINT', 'SIGTERM'])('is removed when the process gets %s while it exists', (signal) => {
    const d = fresh();
    const tmp = join(d, '.copy.xlsx.tmp');
    writeFileSync(tmp, 'personal data');
    // a child process that watches the file, then is interrupted (as Ctrl-C does) before it renames it
    const script = `import { removeOnSignal } from ${JSON.stringify(join(process.cwd(), 'cli/output.ts'))};
removeOnSignal(${JSON.stringify(tmp)});
setTimeout(() => {}, 60_000);
process.kill(process.pid, ${JSON.stringify(signal)});`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stderr).toBe('');
    expect(r.signal).toBe(signal);
    expect(existsSync(tmp)).toBe(false);
  });
});
