import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import CFB from 'cfb';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

/*
 * Files as offices save them (issue 5 §4): fixtures are made here from the committed samples.
 */
const tmp = () => mkdtempSync(join(tmpdir(), 'teichaku-files-'));
const CSV_DIR = 'samples/variant-csv';
const AS_OF = '2025-03-31';

/** The sample CSV folder re-saved in another encoding (as Excel would), optionally rewriting cells. */
function resaved(encode: (text: string) => Buffer, edit?: (file: string, rows: string[][]) => string[][]) {
  const dir = join(tmp(), 'variant-csv');
  mkdirSync(dir);
  for (const f of readdirSync(CSV_DIR)) {
    let text = readFileSync(join(CSV_DIR, f), 'utf8').replace(/^\uFEFF/, '');
    if (edit) {
      const rows = edit(f, parse(text, { relax_column_count: true }) as string[][]);
      text = rows
        .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
        .join('\r\n');
    }
    writeFileSync(join(dir, f), encode(text.replace(/\r?\n/g, '\r\n')));
  }
  return dir;
}

async function json(path: string, extra: string[] = []) {
  const r = await runCli(['check', path, '--as-of', AS_OF, '--json', ...extra]);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { findings: { rule: string; row: number | null; message: string }[] };
}

describe('CSV as Excel saves it', () => {
  it.each([
    ['Shift_JIS (CP932)', (t: string) => iconv.encode(t, 'cp932')],
    ['UTF-8 with BOM', (t: string) => iconv.encode(t, 'utf8', { addBOM: true })],
    ['UTF-16LE with BOM', (t: string) => iconv.encode(t, 'utf-16le', { addBOM: true })],
    ['UTF-16BE with BOM', (t: string) => iconv.encode(t, 'utf-16be', { addBOM: true })],
  ])('%s gives the same findings as the UTF-8 original', async (_name, encode) => {
    const original = await json(CSV_DIR);
    const other = await json(resaved(encode));
    expect(other.findings).toEqual(original.findings);
    expect(other.findings.length).toBeGreaterThan(0);
  });
});

describe('Excel files that are not .xlsx', () => {
  it('reads an .xlsm (macro-enabled workbook)', async () => {
    const zip = await JSZip.loadAsync(readFileSync('samples/caseload-sample.xlsx'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      ),
    );
    const path = join(tmp(), 'caseload.xlsm');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    const xlsm = await runCli(['check', path, '--as-of', AS_OF, '--json']);
    const xlsx = await runCli(['check', 'samples/caseload-sample.xlsx', '--as-of', AS_OF, '--json']);
    expect(xlsm.code).toBe(xlsx.code);
    expect(JSON.parse(xlsm.stdout).findings).toEqual(JSON.parse(xlsx.stdout).findings);
  });

  function compoundFile(streams: string[]): Buffer {
    const cfb = CFB.utils.cfb_new();
    for (const s of streams) CFB.utils.cfb_add(cfb, `/${s}`, Buffer.alloc(600, 1));
    return CFB.write(cfb, { type: 'buffer' }) as Buffer;
  }

  it('an old .xls says what it is and how to save a readable copy (exit 2)', async () => {
    const path = join(tmp(), '台帳.xls');
    writeFileSync(path, compoundFile(['Workbook', '\u0005SummaryInformation']));
    const r = await runCli(['check', path, '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('古い形式の Excel ファイル（.xls、Excel 97-2003 ブック）');
    expect(r.stderr).toContain('「名前を付けて保存」');
    expect(r.stderr).toContain('Excel ブック (*.xlsx)');
  });

  it('a password-protected workbook (named .xlsx) says so, whatever its name', async () => {
    const path = join(tmp(), '台帳.xlsx');
    writeFileSync(path, compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    const r = await runCli(['check', path, '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('パスワードで保護（暗号化）された Excel ファイル');
    expect(r.stderr).toContain('Excel ブック (*.xlsx)');
  });

  it('a renamed .xlsx with an .xls name is read by its content', async () => {
    const path = join(tmp(), 'caseload.xls');
    copyFileSync('samples/caseload-sample.xlsx', path);
    const r = await runCli(['check', path, '--as-of', AS_OF, '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
  });
});

describe('words the reader does not understand, in the output', () => {
  // every 支援記録 method cell becomes a word no key reads
  const unknownMethods = () =>
    resaved(
      (t) => Buffer.from(t, 'utf8'),
      (file, rows) =>
        file.includes('支援記録')
          ? rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 3 ? '定期フォロー' : c))))
          : rows,
    );

  it('no face-to-face-missing error comes from a word; --json keeps one finding per cell', async () => {
    const dir = unknownMethods();
    const doc = await json(dir);
    // one finding per cell: every contact row read, each its own row
    const cells = doc.findings.filter(
      (f) => f.rule === 'data.unknown-value' && f.message.includes('定期フォロー'),
    );
    expect(cells.length).toBeGreaterThan(50);
    expect(new Set(cells.map((f) => f.row)).size).toBe(cells.length);
    // the months still missing a contact are those the original already reported (no contact at all):
    // none comes from the word
    const f2f = (d: typeof doc) =>
      d.findings.filter((f) => f.rule === 'contact.face-to-face-missing').map((f) => f.message);
    const original = f2f(await json(CSV_DIR));
    expect(f2f(doc).every((m) => original.includes(m))).toBe(true);
    expect(f2f(doc).length).toBeLessThan(original.length);
    expect(doc.findings.some((f) => f.rule === 'contact.method-unknown')).toBe(true);
  });

  it('the text output groups the word into one line with its count and first rows, and how to teach it', async () => {
    const dir = unknownMethods();
    const r = await runCli(['check', dir, '--as-of', AS_OF]);
    const lines = r.stdout.split('\n').filter((l) => l.includes('「定期フォロー」'));
    expect(lines.filter((l) => l.includes('として読めません'))).toHaveLength(1);
    expect(lines[0]).toMatch(
      /支援記録 D列「方法」の「定期フォロー」（\d+件、2行目ほか）を連絡方法として読めません/,
    );
    expect(r.stdout).toContain('{"words":{"method":{"定期フォロー":"face"}}}');
    expect(r.stdout).toMatch(/読めない言葉: 1種類・\d+件。上の「読めない言葉」に教え方があります/);
  });

  it('a mapping file with words teaches it: the months are judged again', async () => {
    const dir = unknownMethods();
    const mapping = join(tmp(), 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ words: { method: { 定期フォロー: 'face' } } }));
    const doc = await json(dir, ['--mapping', mapping]);
    expect(
      doc.findings.filter((f) => f.rule === 'data.unknown-value' || f.rule === 'contact.method-unknown'),
    ).toEqual([]);
  });
});
