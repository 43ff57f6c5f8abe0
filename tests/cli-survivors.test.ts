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
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { parseFiscalYearOption, UsageError } from '../cli/args.ts';
import { parseCsv } from '../cli/csv.ts';
import { annotateCopy } from '../cli/write.ts';
import { XlsxPackage } from '../cli/xlsx-patch.ts';
import { findingOn, resultOf } from './fixtures/findings.ts';
import { officeVariantParts, officeWorkbook, zipParts } from './office-workbook.ts';
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

describe('options read from their whole text', () => {
  it.each(['H2024', '第2024', '2024x'])('--fiscal-year %s is refused, not read as 2024', (text) => {
    expect(() => parseFiscalYearOption(text)).toThrow(UsageError);
  });

  it('billing without --month is the month before --as-of, across the new year', async () => {
    const r = await runCli(['billing', SAMPLE, '--as-of', '2025-01-15', '--json']);
    expect(JSON.parse(r.stdout).month).toBe('2024-12');
  });
});

describe('stats without --fiscal-year: the fiscal year of today in Japan (April to March)', () => {
  afterEach(() => vi.useRealTimers());
  it.each([
    ['2025-04-01T00:00:00+09:00', 2025],
    ['2025-03-31T23:59:00+09:00', 2024],
  ])('on %s it is %i', async (now, year) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    const r = await runCli(['stats', SAMPLE, '--json']);
    expect(JSON.parse(r.stdout).fiscalYear).toBe(year);
  });
});

describe('input files', () => {
  it('a zip that is no workbook is told to give a workbook; a damaged one to be saved again', async () => {
    const d = fresh();
    writeFileSync(join(d, 'other.xlsx'), zipSync({ 'readme.txt': strToU8('not a workbook') }));
    const bytes = readFileSync(SAMPLE);
    writeFileSync(join(d, 'cut.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const other = await runCli(['check', join(d, 'other.xlsx'), '--as-of', '2025-03-31']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/正しい Excel のブック（\.xlsx）を指定してください/);
    expect(other.stderr).not.toMatch(/名前を付けて保存/);
    const cut = await runCli(['check', join(d, 'cut.xlsx'), '--as-of', '2025-03-31']);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/「名前を付けて保存」で \.xlsx として保存し直してください/);
  });

  it("a folder of workbooks skips Excel's ~$ lock file of an open workbook", async () => {
    const d = join(fresh(), 'books');
    mkdirSync(d);
    copyFileSync(SAMPLE, join(d, '台帳.xlsx'));
    // what Excel leaves beside a workbook it has open: the user's name, not a zip
    writeFileSync(
      join(d, '~$台帳.xlsx'),
      Buffer.concat([Buffer.from([6]), Buffer.from('staff'), Buffer.alloc(150)]),
    );
    const r = await runCli(['check', d, '--as-of', '2025-03-31', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
  });

  it('a CSV named "ブック - 年度 - タブ.csv" is the tab after the last " - "', async () => {
    const d = join(fresh(), 'csv');
    mkdirSync(d);
    for (const f of readdirSync(CSV))
      copyFileSync(join(CSV, f), join(d, f.replace(' - ', ' - 令和6年度 - ')));
    const plain = await runCli(['check', CSV, '--as-of', '2025-03-31', '--json']);
    const named = await runCli(['check', d, '--as-of', '2025-03-31', '--json']);
    expect(JSON.parse(named.stdout).findings).toEqual(JSON.parse(plain.stdout).findings);
  });

  it('a macro workbook named in capitals (.XLSM) is copied only under an .xlsm name', async () => {
    const d = fresh();
    const input = join(d, 'MACRO.XLSM');
    copyFileSync(SAMPLE, input);
    const r = await runCli(['check', input, '--as-of', '2025-03-31', '--write', join(d, 'copy.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.xlsm の名前にしてください/);
  });
});

const finding = findingOn({ row: 3 });
const result = resultOf;

describe('the patcher takes only what is ours', () => {
  it('an office note line with 【点検】【エラー】 inside it (not at its start) stays when ours is taken away', () => {
    const parts = officeVariantParts();
    const comments = parts['xl/comments1.xml'] as string;
    const line = '3/31 確認: 【点検】【エラー】の件は対応済み';
    parts['xl/comments1.xml'] = comments.replace('次回は4月</t>', `次回は4月&#10;${line}</t>`);
    expect(parts['xl/comments1.xml']).not.toBe(comments);
    const pkg = XlsxPackage.open(annotateCopy(zipParts(parts), result([finding({})])).bytes);
    pkg.removeOurMarks();
    const c = strFromU8(unzipSync(pkg.toBytes())['xl/comments1.xml']!);
    expect(c).toContain(`<t>【点検】済み（3月分）\n次回は4月\n${line}</t>`);
  });

  it('a free tab name ignores letter case, as Excel compares tab names', () => {
    const pkg = XlsxPackage.open(officeWorkbook());
    pkg.addSheet({ name: 'Summary', rows: [[{ value: 'x' }]] });
    expect(pkg.freeSheetName('SUMMARY')).toBe('SUMMARY（定着）');
  });

  it('an office tab added after ours keeps its local defined name when ours is taken away', () => {
    const first = annotateCopy(officeWorkbook(), result([finding({})])).bytes;
    // staff add a tab 追加 after our 点検結果, with a print area local to it
    const files = unzipSync(first);
    const wbXml = strFromU8(files['xl/workbook.xml']!);
    const index = (wbXml.match(/<sheet /g) ?? []).length;
    files['xl/workbook.xml'] = strToU8(
      wbXml
        .replace('</sheets>', '<sheet name="追加" sheetId="90" r:id="rId90"/></sheets>')
        .replace(
          '</definedNames>',
          `<definedName name="_xlnm.Print_Area" localSheetId="${index}">追加!$A$1:$B$2</definedName></definedNames>`,
        ),
    );
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      strFromU8(files['xl/_rels/workbook.xml.rels']!).replace(
        '</Relationships>',
        '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet90.xml"/></Relationships>',
      ),
    );
    files['xl/worksheets/sheet90.xml'] = strToU8(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    );
    const second = XlsxPackage.open(annotateCopy(zipSync(files), result([finding({})])).bytes);
    const names = second.sheets().map((s) => s.name);
    expect(names).toEqual(['利用者', '集計', '控え', '追加', '点検結果']);
    const xml = second.read('xl/workbook.xml');
    expect(xml).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="${names.indexOf('追加')}">`);
  });
});
