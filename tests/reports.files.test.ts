import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { HAND_WORKED } from '../shared/report/hand-worked.fixture.ts';
import type { Workbook } from '../shared/sheet/tab.ts';
import { runCli } from './run-cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'teichaku-report-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

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

/** The hand-worked month with a namesake of 山本 花子 (K03, another employer) added to the roster and log. */
function withNamesake(extraLog: unknown[][] = []): Workbook {
  return {
    ...HAND_WORKED,
    tabs: HAND_WORKED.tabs.map((t) => {
      if (t.name === '利用者')
        return {
          ...t,
          rows: [
            ...t.rows,
            ['K03', '山本 花子', '2024/4/1', '2024/10/1', '株式会社みなと', '', '開示', '川口'],
          ],
        };
      if (t.name === '支援記録')
        return {
          ...t,
          rows: [
            ...t.rows,
            ['2025/1/9', 'K03', '山本 花子', '本人', '面談', '事業所内', '①', 'みなとでの面談', '順調'],
            ...extraLog,
          ] as Workbook['tabs'][number]['rows'],
        };
      return t;
    }),
  };
}

const docxNames = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.docx'))
    .sort();
const documentXml = (path: string) => strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);

/** What a person typing into the file in Word leaves: the document part changed, the rest as it was. */
function editByHand(path: string, add: string) {
  const parts = unzipSync(readFileSync(path));
  parts['word/document.xml'] = strToU8(
    strFromU8(parts['word/document.xml']!).replace(
      '</w:body>',
      `<w:p><w:r><w:t>${add}</w:t></w:r></w:p></w:body>`,
    ),
  );
  writeFileSync(path, zipSync(parts));
}

const run = (input: string, out: string, ...more: string[]) =>
  runCli(['reports', input, '--month', '2025-01', '--out', out, '--as-of', '2025-01-31', ...more]);

describe('teichaku reports: one file per client, never one over another', () => {
  it('two namesakes give two files, in roster order; the client-only report is marked in its name and line', async () => {
    const input = csvFolder(withNamesake(), join(tmp, 'namesake-in'));
    const out = join(tmp, 'namesake-out');
    const r = await run(input, out);
    expect(r.stderr).toBe('');
    expect(docxNames(out)).toEqual([
      '2025-01_001_K01_山本花子_支援レポート.docx',
      '2025-01_002_K02_大野健_支援レポート_ご本人用.docx',
      '2025-01_003_K03_山本花子_支援レポート.docx',
    ]);
    // each namesake's file holds their own employer
    expect(documentXml(join(out, '2025-01_001_K01_山本花子_支援レポート.docx'))).toContain(
      '株式会社ことのは出版',
    );
    expect(documentXml(join(out, '2025-01_003_K03_山本花子_支援レポート.docx'))).toContain('株式会社みなと');
    expect(r.stdout).toContain('3件');
    expect(r.stdout).toContain('作成 3');
    expect(r.stdout).toMatch(
      /2025-01_002_K02_大野健_支援レポート_ご本人用\.docx　※ご本人用（勤務先に渡さない）/,
    );
  });

  it('a second run keeps an edited file, brings an untouched one up to date, and says which', async () => {
    const out = join(tmp, 'rerun-out');
    const first = csvFolder(withNamesake(), join(tmp, 'rerun-in1'));
    await run(first, out);
    const k01 = join(out, '2025-01_001_K01_山本花子_支援レポート.docx');
    const k03 = join(out, '2025-01_003_K03_山本花子_支援レポート.docx');

    // nothing changed anywhere: every file is left as it is
    const same = await run(first, out);
    expect(same.stdout).toContain('変更なし 3');
    expect(docxNames(out)).toHaveLength(3);

    // staff type into K01's file; the sheet gets a new contact for K01 and for K03
    editByHand(k01, '手書きの追記');
    const edited = readFileSync(k01);
    const second = csvFolder(
      withNamesake([
        ['2025/1/30', 'K01', '山本 花子', '本人', '面談', '事業所内', '①', '月末の面談', '落ち着いている'],
        ['2025/1/30', 'K03', '山本 花子', '本人', '面談', '事業所内', '①', '月末のみなと面談', '順調'],
      ]),
      join(tmp, 'rerun-in2'),
    );
    const r = await run(second, out);
    expect(r.stderr).toBe('');
    // K01's edited file is byte for byte what staff left; the new content is a new version beside it
    expect(readFileSync(k01).equals(edited)).toBe(true);
    expect(docxNames(out)).toEqual([
      '2025-01_001_K01_山本花子_支援レポート.docx',
      '2025-01_001_K01_山本花子_支援レポート_2.docx',
      '2025-01_002_K02_大野健_支援レポート_ご本人用.docx',
      '2025-01_003_K03_山本花子_支援レポート.docx',
    ]);
    expect(documentXml(join(out, '2025-01_001_K01_山本花子_支援レポート_2.docx'))).toContain('月末の面談');
    // K03's untouched file is brought up to date in place
    expect(documentXml(k03)).toContain('月末のみなと面談');
    expect(r.stdout).toMatch(
      /_2\.docx\n\s+新しい版（「2025-01_001_K01_山本花子_支援レポート\.docx」は手が加えられているため残し/,
    );
    expect(r.stdout).toMatch(
      /更新　2025-01_003_K03_山本花子_支援レポート\.docx\n\s+更新（前回書き出したまま/,
    );
    expect(r.stdout).toContain('変更なし 1');

    // the same sheet again: the edited one and the new version stay, no third version
    const again = await run(second, out);
    expect(again.stdout).toContain('変更なし 3');
    expect(docxNames(out)).toHaveLength(4);
    expect(readFileSync(k01).equals(edited)).toBe(true);

    // --force writes over, and says the edits were lost
    editByHand(k03, 'もう一つの追記');
    const forced = await run(second, out, '--force');
    expect(forced.stdout).toMatch(
      /K03_山本花子_支援レポート\.docx\n\s+上書き（--force。手が加えられていた内容は失われました）/,
    );
    expect(documentXml(k03)).not.toContain('もう一つの追記');
  });

  it('a file of that name not written by teichaku is kept, and the report written beside it', async () => {
    const input = csvFolder(withNamesake(), join(tmp, 'foreign-in'));
    const out = join(tmp, 'foreign-out');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, '2025-01_001_K01_山本花子_支援レポート.docx'), 'staff’s own file');
    const r = await run(input, out);
    expect(readFileSync(join(out, '2025-01_001_K01_山本花子_支援レポート.docx'), 'utf8')).toBe(
      'staff’s own file',
    );
    expect(docxNames(out)).toContain('2025-01_001_K01_山本花子_支援レポート_2.docx');
    expect(r.stdout).toContain('新しい版 1');
  });

  it('a second run on a later day keeps the 作成日 of the first', async () => {
    const input = csvFolder(withNamesake(), join(tmp, 'date-in'));
    const out = join(tmp, 'date-out');
    // K03 has no 作成日 or 提示日 on the sheet: the first run's day is its 作成日
    await runCli(['reports', input, '--month', '2025-01', '--out', out, '--as-of', '2025-01-28']);
    const r = await runCli(['reports', input, '--month', '2025-01', '--out', out, '--as-of', '2025-02-05']);
    expect(r.stdout).toContain('変更なし 3');
    expect(documentXml(join(out, '2025-01_003_K03_山本花子_支援レポート.docx'))).toContain('令和7年1月28日');
  });
});
