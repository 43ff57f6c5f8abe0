import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describeWriteError, writeAtomically } from '../cli/output.ts';
import { runCli } from './run-cli.ts';

const SAMPLE = 'samples/caseload-sample.xlsx';
const CSV = 'samples/variant-csv';
const tmp = () => mkdtempSync(join(tmpdir(), 'teichaku-cli-write-'));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const ERRNO = /\bE[A-Z]{3,}\b|errno|no such file|is a directory|permission denied/i;

/** A private copy of the sample, so a test that went wrong could never touch the committed file. */
function sampleCopy() {
  const d = tmp();
  const input = join(d, 'caseload.xlsx');
  copyFileSync(SAMPLE, input);
  return { d, input, before: sha(input) };
}

describe('check --write never writes to the input, by any path', () => {
  const refused = async (input: string, out: string) => {
    const before = sha(input);
    const r = await runCli(['check', input, '--as-of', '2025-03-31', '--write', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^エラー: --write の「.+」は点検する元の.*そのものです。元のファイルとは別の名前を指定してください/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(sha(input)).toBe(before);
  };

  it('the same path written with ./ and ../', async () => {
    const { d, input } = sampleCopy();
    mkdirSync(join(d, 'sub'));
    await refused(input, join(d, 'sub', '..', '.', 'caseload.xlsx'));
    await refused(input, `./${relative(process.cwd(), input)}`);
  });

  it('a symbolic link to the input', async () => {
    const { d, input } = sampleCopy();
    const link = join(d, 'link.xlsx');
    symlinkSync(input, link);
    await refused(input, link);
    // and the input given through a link, the output being the real file
    await refused(link, input);
  });

  it('a symbolic link to the folder holding the input', async () => {
    const { d, input } = sampleCopy();
    symlinkSync(d, join(d, 'again'));
    await refused(input, join(d, 'again', 'caseload.xlsx'));
  });

  it('a hard link to the input', async () => {
    const { d, input } = sampleCopy();
    const hard = join(d, 'hard.xlsx');
    linkSync(input, hard);
    await refused(input, hard);
  });

  it('a name differing only in letter case: refused where the file system ignores case, a separate file where not', async () => {
    const { d, input, before } = sampleCopy();
    const upper = join(d, 'CASELOAD.xlsx');
    const insensitive = existsSync(upper);
    const r = await runCli(['check', input, '--as-of', '2025-03-31', '--write', upper]);
    if (insensitive) expect(r.code).toBe(2);
    else {
      expect(r.code).toBe(1);
      expect(statSync(upper).ino).not.toBe(statSync(input).ino);
    }
    expect(sha(input)).toBe(before);
  });

  it('a CSV file of the input folder, or the folder itself', async () => {
    const d = tmp();
    cpSync(CSV, join(d, 'csv'), { recursive: true });
    const folder = join(d, 'csv');
    const first = readdirSync(folder).find((f) => f.endsWith('.csv'))!;
    const r = await runCli(['check', folder, '--as-of', '2025-03-31', '--write', join(folder, first)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`は点検する元の CSV「${join(folder, first)}」そのものです`);
    const linked = join(d, 'linked.csv');
    symlinkSync(join(folder, first), linked);
    expect((await runCli(['check', folder, '--write', linked])).code).toBe(2);
    expect((await runCli(['check', folder, '--write', folder])).code).toBe(2);
  });
});

describe('check --write from a CSV folder builds a new workbook', () => {
  it('writes a new .xlsx with the marks and says it was made from CSV; the CSV files stay as they were', async () => {
    const d = tmp();
    const hashes = readdirSync(CSV).map((f) => sha(join(CSV, f)));
    const out = join(d, 'checked.xlsx');
    const r = await runCli(['check', CSV, '--as-of', '2025-03-31', '--write', out]);
    expect(r.stdout).toContain(`CSV から新しいブックを作り、色とメモを付けて書き出しました: ${out}`);
    expect(readdirSync(CSV).map((f) => sha(join(CSV, f)))).toEqual(hashes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const json = JSON.parse((await runCli(['check', CSV, '--as-of', '2025-03-31', '--json'])).stdout);
    expect(wb.getWorksheet('点検結果')!.rowCount - 1).toBe(json.findings.length);
    const flagged = json.findings.find(
      (f: { severity: string; sheet: string | null }) => f.severity !== 'info' && f.sheet,
    );
    const ws = wb.getWorksheet(flagged.sheet)!;
    const ref = `${flagged.column ?? 'A'}${flagged.row}`;
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(cfs.some((c) => c.ref.split(' ').includes(ref))).toBe(true);
  });
});

describe('check --write on the sample keeps its parts', () => {
  it('changes only the parts it must and adds one sheet', async () => {
    const d = tmp();
    const out = join(d, 'checked.xlsx');
    await runCli(['check', SAMPLE, '--as-of', '2025-03-31', '--write', out]);
    const before = unzipSync(readFileSync(SAMPLE));
    const after = unzipSync(readFileSync(out));
    const touched = new Set([
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
    ]);
    for (const p of Object.keys(before)) {
      expect(after[p], p).toBeDefined();
      if (
        touched.has(p) ||
        /^xl\/(worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|comments\d*\.xml|drawings\/vmlDrawing\d+\.vml)$/.test(
          p,
        )
      )
        continue;
      expect(Buffer.compare(before[p]!, after[p]!), p).toBe(0);
    }
    // every office sheet keeps its cells exactly
    for (const p of Object.keys(before).filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x))) {
      const data = (x: Uint8Array) => /<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/.exec(strFromU8(x))?.[0];
      expect(data(after[p]!), p).toBe(data(before[p]!));
    }
    expect(strFromU8(after['xl/workbook.xml']!)).toContain('name="点検結果"');
  });
});

describe('a bad output path: one Japanese line, the findings still printed', () => {
  const cases: [string, (d: string) => string, RegExp][] = [
    [
      'a missing folder',
      (d) => join(d, 'nowhere', 'checked.xlsx'),
      /書き出し先のフォルダ「.*nowhere」がありません/,
    ],
    ['a folder', (d) => d, /はフォルダです。ファイル名（例: 点検済み.xlsx）を指定してください/],
    [
      'a place without permission to write',
      () => '/sys/teichaku-checked.xlsx',
      /「\/sys」に書き込む権限がありません/,
    ],
  ];
  for (const [what, path, message] of cases)
    it(what, async () => {
      const { d, input, before } = sampleCopy();
      const out = path(d);
      const r = await runCli(['check', input, '--as-of', '2025-03-31', '--write', out]);
      expect(r.code).toBe(1); // the findings' status: the sample has errors
      expect(r.stdout).toContain('合計: エラー');
      expect(r.stdout).not.toContain('書き出しました');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(lines[0]).toMatch(/色とメモを付けたコピーは書き出していません$/);
      expect(r.stderr.replaceAll(d, '')).not.toMatch(ERRNO);
      expect(sha(input)).toBe(before);
      expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

  it('with --json the findings are still one JSON object on stdout', async () => {
    const d = tmp();
    const r = await runCli([
      'check',
      SAMPLE,
      '--as-of',
      '2025-03-31',
      '--json',
      '--write',
      join(d, 'no', 'x.xlsx'),
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(
      /^エラー: 書き出し先のフォルダ「.+」がありません。色とメモを付けたコピーは書き出していません\n$/,
    );
  });

  it('every errno it may meet has Japanese words', () => {
    // (the folder's own path is left out: a folder may be called, say, "cli-edges")
    for (const code of [
      'ENOENT',
      'ENOTDIR',
      'EISDIR',
      'EACCES',
      'EPERM',
      'EROFS',
      'ENOSPC',
      'ENAMETOOLONG',
      'EIO',
    ])
      expect(
        describeWriteError('out.xlsx', Object.assign(new Error(`${code}: x`), { code })).replace(
          process.cwd(),
          '',
        ),
      ).not.toMatch(ERRNO);
  });
});

describe('writeAtomically', () => {
  it('replaces the whole file through a temporary file and leaves none behind', async () => {
    const d = tmp();
    const out = join(d, 'out.xlsx');
    writeFileSync(out, 'old content that is longer than the new');
    await writeAtomically(out, new TextEncoder().encode('new'));
    expect(readFileSync(out, 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['out.xlsx']);
  });

  it('a write that fails leaves nothing half-written', async () => {
    const d = tmp();
    mkdirSync(join(d, 'out.xlsx'));
    writeFileSync(join(d, 'out.xlsx', 'kept.txt'), 'kept');
    await expect(writeAtomically(join(d, 'out.xlsx'), new Uint8Array(10))).rejects.toMatchObject({
      code: 'EISDIR',
    });
    await expect(writeAtomically(join(d, 'missing', 'out.xlsx'), new Uint8Array(10))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(readdirSync(d)).toEqual(['out.xlsx']);
    expect(readFileSync(join(d, 'out.xlsx', 'kept.txt'), 'utf8')).toBe('kept');
  });
});
