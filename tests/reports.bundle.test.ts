import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../cli/pdf.ts';
import { HAND_WORKED, R3 } from '../shared/report/hand-worked.fixture.ts';
import type { Workbook } from '../shared/sheet/tab.ts';

/**
 * `teichaku reports --pdf`, the built command (cli/bin.mjs, rebuilt by the vitest globalSetup): the month's
 * bundle for printing is made from the files in the --out folder as they are, edited ones included. Its
 * pages are read back with poppler (pdfinfo, pdftotext), not with the code under test.
 */
const ROOT = resolve(__dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'teichaku-report-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;
const LIBREOFFICE = 600_000;

/** A workbook as the CSV folder Google Sheets downloads ("ブック名 - タブ名.csv"), written by hand here. */
function csvFolder(wb: Workbook, dir: string) {
  mkdirSync(dir, { recursive: true });
  const q = (v: unknown) => {
    const t = String(v ?? '');
    return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  for (const t of wb.tabs)
    writeFileSync(
      join(dir, `${wb.title} - ${t.name}.csv`),
      `${t.rows.map((r) => r.map(q).join(',')).join('\n')}\n`,
    );
  return dir;
}

/**
 * The hand-worked month with 中村 さくら (K03) added at the top of the roster: the roster order is
 * K03, K01, K02 — neither the order of the ids nor of the names.
 */
function threeClients(extraLog: unknown[][] = []): Workbook {
  return {
    ...HAND_WORKED,
    tabs: HAND_WORKED.tabs.map((t) => {
      if (t.name === '利用者')
        return {
          ...t,
          rows: [
            t.rows[0]!,
            ['K03', '中村 さくら', '2024/4/1', '2024/10/1', '株式会社みなと', '', '開示', '川口'],
            ...t.rows.slice(1),
          ],
        };
      if (t.name === '支援記録')
        return {
          ...t,
          rows: [
            ...t.rows,
            ['2025/1/9', 'K03', '中村 さくら', '本人', '面談', '事業所内', '①', 'みなとでの面談', '順調'],
            ...extraLog,
          ] as Workbook['tabs'][number]['rows'],
        };
      return t;
    }),
  };
}
/** Roster order worked out by hand from threeClients(): names as the report's footer prints them. */
const ROSTER = ['中村さくら', '山本花子', '大野健'];
const FILES = {
  K03: '2025-01_001_K03_中村さくら_支援レポート',
  K01: '2025-01_002_K01_山本花子_支援レポート',
  K02: '2025-01_003_K02_大野健_支援レポート_ご本人用',
};
const BUNDLE = '2025-01_支援レポート_まとめ（印刷用）.pdf';

/** The built command, in a process of its own. */
function teichaku(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(ROOT, 'cli/bin.mjs'), ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: LIBREOFFICE, env },
      (e, stdout, stderr) => done({ code: e ? Number(e.code ?? -1) : 0, stdout, stderr }),
    );
  });
}
const run = (input: string, out: string) =>
  teichaku(['reports', input, '--month', '2025-01', '--out', out, '--as-of', '2025-01-31', '--pdf']);

/** What Word leaves when staff retype one passage: one text run's text replaced, the rest as it was. */
function replaceText(path: string, from: string, to: string) {
  const parts = unzipSync(readFileSync(path));
  const xml = strFromU8(parts['word/document.xml']!);
  expect(xml.includes(`>${from}<`), `a run reading 「${from}」`).toBe(true);
  parts['word/document.xml'] = strToU8(xml.replace(`>${from}<`, `>${to}<`));
  writeFileSync(path, zipSync(parts));
}

const pageCount = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
/** The text of each page, spaces and line breaks dropped. */
const pageTexts = (pdf: string) =>
  Array.from({ length: pageCount(pdf) }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ''),
  );

/** The footer line of each page of an A4 PDF: the text in its bottom 62 points, spaces dropped. */
const footers = (pdf: string) =>
  Array.from({ length: pageCount(pdf) }, (_, i) =>
    execFileSync(
      'pdftotext',
      ['-f', String(i + 1), '-l', String(i + 1), '-x', '0', '-y', '780', '-W', '596', '-H', '62', pdf, '-'],
      { encoding: 'utf8' },
    ).replace(/\s+/g, ''),
  );

interface ReportPages {
  /** The text of each page. */
  text: string[];
  /** The footer of each page (it names the client: 「…様　令和7年1月の支援レポート」). */
  footer: string[];
}

/**
 * The bundle read page by page: the list pages first (their footer names the month's 一覧), then each
 * report's pages; checks the count against the PDFs beside the given files (by pdfinfo) and returns the
 * pages of each report, in the bundle's order.
 */
function bundleByReport(out: string, files: string[]): ReportPages[] {
  const bundle = join(out, BUNDLE);
  const text = pageTexts(bundle);
  const footer = footers(bundle);
  const listPages = footer.findIndex((f) => !f.startsWith('令和7年1月の支援レポート一覧'));
  expect(listPages).toBeGreaterThanOrEqual(1);
  const counts = files.map((f) => pageCount(join(out, `${f}.pdf`)));
  expect(text).toHaveLength(listPages + counts.reduce((a, b) => a + b, 0));
  let at = listPages;
  return counts.map((n) => {
    at += n;
    return { text: text.slice(at - n, at), footer: footer.slice(at - n, at) };
  });
}

/** The clients of ROSTER whose name every footer of a report's pages starts with (「…様」). */
const clientOf = (r: ReportPages) =>
  ROSTER.filter((name) => r.footer.every((f) => f.startsWith(`${name}様`)));

const listCsv = (out: string) =>
  readFileSync(join(out, '2025-01_支援レポート一覧.csv'), 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');

describe.skipIf(!findSoffice() || !hasPoppler)(
  'reports --pdf: the bundle is made from the files in the folder',
  () => {
    it(
      'an edited file kept by the rerun is printed as staff left it, on its client’s pages, in roster order',
      async () => {
        const input = csvFolder(threeClients(), join(tmp, 'edited-in'));
        const out = join(tmp, 'edited-out');
        const first = await run(input, out);
        expect(first.stderr).toBe('');
        expect(first.code).toBe(0);
        expect(first.stdout).toContain('PDF も書き出しました: 3件');
        expect(clientOf(bundleByReport(out, [FILES.K03, FILES.K01, FILES.K02])[1]!)).toEqual(['山本花子']);

        // staff retype one result in K01's file; the sheet is unchanged, so the rerun keeps the file
        replaceText(join(out, `${FILES.K01}.docx`), `1月29日 ${R3}`, '1月29日 手書きで追記した所見');
        const second = await run(input, out);
        expect(second.stderr).toBe('');
        expect(second.code).toBe(0);
        expect(second.stdout).toContain(`保持　${FILES.K01}.docx`);
        // only the edited file's PDF was made again (the list is not a file of the folder)
        expect(second.stdout).toContain('PDF も書き出しました: 1件');
        expect(second.stdout).not.toContain('シートの内容で入っています');
        expect(pageTexts(join(out, `${FILES.K01}.pdf`)).join('')).toContain('手書きで追記した所見');

        const reports = bundleByReport(out, [FILES.K03, FILES.K01, FILES.K02]);
        expect(reports.map(clientOf)).toEqual(ROSTER.map((n) => [n]));
        const [k03, k01, k02] = reports.map((r) => r.text.join(''));
        expect(k01).toContain('手書きで追記した所見');
        expect(k01).not.toContain(R3);
        expect(k03).not.toContain('手書きで追記した所見');
        expect(k02).not.toContain('手書きで追記した所見');
        // the list page: every client, in roster order
        const list = pageTexts(join(out, BUNDLE))[0]!;
        const at = ['K03', 'K01', 'K02'].map((id) => list.indexOf(id));
        expect(at.every((i) => i >= 0)).toBe(true);
        expect([...at].sort((a, b) => a - b)).toEqual(at);
      },
      LIBREOFFICE,
    );

    it(
      'an edited file the sheet has moved on from: the bundle holds the new version, the edited one is named',
      async () => {
        const out = join(tmp, 'version-out');
        await run(csvFolder(threeClients(), join(tmp, 'version-in1')), out);
        replaceText(join(out, `${FILES.K03}.docx`), '1月9日 みなとでの面談', '1月9日 手書きで追記した所見');
        const changed = csvFolder(
          threeClients([
            [
              '2025/1/30',
              'K03',
              '中村 さくら',
              '本人',
              '面談',
              '事業所内',
              '①',
              '月末のみなと面談',
              '落ち着いている',
            ],
          ]),
          join(tmp, 'version-in2'),
        );
        const r = await run(changed, out);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const version = `${FILES.K03}_2`;
        expect(r.stdout).toContain(`新しい版　${version}.docx`);
        expect(r.stdout).toContain(
          `まとめ（印刷用）にはこの新しい版が入ります。手が加えられた「${FILES.K03}.docx」はそのまま残してあり、まとめには入っていません`,
        );
        const row = listCsv(out).find((l) => l.startsWith('1,K03,'))!;
        expect(row).toContain(
          `${version}.docx,新しい版（手が加えられた「${FILES.K03}.docx」はそのまま残してあり、まとめ（印刷用）には入っていません）`,
        );

        const reports = bundleByReport(out, [version, FILES.K01, FILES.K02]);
        expect(reports.map(clientOf)).toEqual(ROSTER.map((n) => [n]));
        const k03 = reports[0]!.text.join('');
        expect(k03).toContain('月末のみなと面談');
        expect(k03).not.toContain('手書きで追記した所見');
        // the edited file is kept as staff left it, beside the new version
        expect(readdirSync(out).filter((f) => f.startsWith(FILES.K03))).toEqual(
          expect.arrayContaining([`${FILES.K03}.docx`, `${version}.docx`, `${version}.pdf`]),
        );
      },
      LIBREOFFICE,
    );

    it(
      'files the run left as they were get their PDF when they lack one, and one already made is used as it is',
      async () => {
        const input = csvFolder(threeClients(), join(tmp, 'same-in'));
        const out = join(tmp, 'same-out');
        // first without --pdf: three .docx, no PDF
        const plain = await teichaku([
          'reports',
          input,
          '--month',
          '2025-01',
          '--out',
          out,
          '--as-of',
          '2025-01-31',
        ]);
        expect(plain.code).toBe(0);
        expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual([]);
        const withPdf = await run(input, out);
        expect(withPdf.stderr).toBe('');
        expect(withPdf.stdout).toContain('変更なし 3');
        expect(withPdf.stdout).toContain('PDF も書き出しました: 3件');
        expect(bundleByReport(out, [FILES.K03, FILES.K01, FILES.K02]).map(clientOf)).toEqual(
          ROSTER.map((n) => [n]),
        );
        // again: every PDF is newer than its file, none is made again; the bundle is made from them
        const pdfBytes = readFileSync(join(out, `${FILES.K01}.pdf`));
        const again = await run(input, out);
        expect(again.stderr).toBe('');
        expect(again.stdout).not.toContain('PDF も書き出しました');
        expect(readFileSync(join(out, `${FILES.K01}.pdf`)).equals(pdfBytes)).toBe(true);
        expect(bundleByReport(out, [FILES.K03, FILES.K01, FILES.K02]).map(clientOf)).toEqual(
          ROSTER.map((n) => [n]),
        );
      },
      LIBREOFFICE,
    );

    it(
      'a damaged file is named and left out; the bundle is made from the rest, and the run still succeeds',
      async () => {
        const input = csvFolder(threeClients(), join(tmp, 'damaged-in'));
        const out = join(tmp, 'damaged-out');
        await run(input, out);
        // a save cut short: the first 3000 bytes of the file
        const k01 = join(out, `${FILES.K01}.docx`);
        writeFileSync(k01, readFileSync(k01).subarray(0, 3000));
        const r = await run(input, out);
        expect(r.code).toBe(0);
        expect(r.stderr).toContain(
          `「${FILES.K01}.docx」は PDF にできなかったため、まとめ（印刷用）に入っていません（横にある「${FILES.K01}.pdf」は前に作った PDF で、今のファイルの内容ではありません）`,
        );
        expect(r.stdout).toContain(`まとめ（印刷用・名簿順）: ${join(out, BUNDLE)}`);
        const reports = bundleByReport(out, [FILES.K03, FILES.K02]);
        expect(reports.map(clientOf)).toEqual([['中村さくら'], ['大野健']]);
        expect(footers(join(out, BUNDLE)).filter((f) => f.includes('山本花子'))).toEqual([]);
        expect(pageTexts(join(out, BUNDLE)).join('')).not.toContain('株式会社ことのは出版');
      },
      LIBREOFFICE,
    );
  },
);

describe.skipIf(process.platform === 'win32')('reports --pdf when LibreOffice converts nothing', () => {
  it('every file is named, no bundle is made, and an old bundle in the folder is said to be old', async () => {
    // what LibreOffice 7.4 does with a file it cannot load (seen here with a cut-short .docx): prints this line,
    // writes no PDF and still exits 0; `--version` answers as usual
    const fake = join(tmp, 'soffice-that-fails');
    writeFileSync(
      fake,
      '#!/bin/sh\n[ "$1" = --version ] && { echo "LibreOffice 7.0 (fake)"; exit 0; }\necho "Error: source file could not be loaded" >&2\nexit 0\n',
      { mode: 0o755 },
    );
    const input = csvFolder(threeClients(), join(tmp, 'fails-in'));
    const out = join(tmp, 'fails-out');
    await teichaku(['reports', input, '--month', '2025-01', '--out', out, '--as-of', '2025-01-31']);
    writeFileSync(join(out, BUNDLE), 'last month’s bundle');
    const r = await teichaku(
      ['reports', input, '--month', '2025-01', '--out', out, '--as-of', '2025-01-31', '--pdf'],
      { ...process.env, TEICHAKU_SOFFICE: fake },
    );
    expect(r.code).toBe(0);
    for (const f of Object.values(FILES))
      expect(r.stderr).toContain(
        `「${f}.docx」は PDF にできなかったため、まとめ（印刷用）に入っていません。`,
      );
    expect(r.stderr).toContain(
      `まとめ（印刷用）の PDF を作れませんでした（PDF にできたものがありません）。フォルダにある「${BUNDLE}」は前に作ったもので、今の内容ではありません`,
    );
    expect(r.stdout).not.toContain('まとめ（印刷用・名簿順）');
    expect(readFileSync(join(out, BUNDLE), 'utf8')).toBe('last month’s bundle');
  });
});
