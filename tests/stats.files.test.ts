import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `teichaku stats --docx` run as installed (cli/bin.mjs and the cli/dist the vitest globalSetup builds),
 * twice and more over one folder: a document staff have typed into is never written over without --force.
 */
const BIN = resolve(__dirname, '..', 'cli/bin.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'teichaku-stats-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * The synthetic office of tests/annual.docx.test.ts, worked by hand there for 令和6年度: 年度当初 2 (A01 A04)
 * + 年度途中 3 (A02 A03 A05) = 延 5; the rate's clients are all five.
 */
const ROSTER = [
  '利用者ID,氏名,性別,生年月日,手帳,就職日,支援開始日,支援終了日',
  'A01,青木 一郎,男,1995/3/31,愛の手帳4度・身体4級,2023/4/1,2023/10/1,',
  'A02,井上 花子,女性,2005/4/1,精神3級,2024/1/10,2024/7/10,',
  'A03,上田 次郎,M,1970/6/15,,2023/12/1,2024/6/1,',
  'A04,江藤 三郎,,1990/1/1,療育B,2022/9/1,2023/3/1,2024/8/31',
  'A05,小川 四郎,,,身体2級,2024/3/1,2024/9/1,',
];
const BEFORE = '年度当初 2名 ＋ 年度途中 3名 ＝ 延 5名';
/**
 * The same roster with one cell changed: A03's 支援開始日 2024/6/1 → 2024/3/1, before the year. By hand:
 * 年度当初 3 (A01 A03 A04) + 年度途中 2 (A02 A05) = 延 5; in the appendix A03's start reads 令和6年3月1日.
 */
const AFTER = '年度当初 3名 ＋ 年度途中 2名 ＝ 延 5名';
const changedRoster = () =>
  ROSTER.map((l) => (l.startsWith('A03,') ? l.replace(',2024/6/1,', ',2024/3/1,') : l));

const REPORT = '令和6年度事業報告.docx';
const APPENDIX = '令和6年度事業報告_別添_利用者一覧.docx';

/** A CSV folder as Google Sheets downloads it ("ブック名 - タブ名.csv"). */
function office(name: string, roster = ROSTER): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '事業所 - 利用者.csv'), `${roster.join('\n')}\n`);
  return dir;
}

function stats(input: string, docx: string, ...more: string[]) {
  const r = spawnSync(
    process.execPath,
    [BIN, 'stats', input, '--fiscal-year', '2024', '--docx', docx, ...more],
    {
      encoding: 'utf8',
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const docxNames = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.docx'))
    .sort();

/** The document's paragraphs as a reader sees them (every w:t of a paragraph joined). */
function paragraphs(path: string): string[] {
  const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

/** What a person typing into the file in Word leaves: one text of the document part changed, the rest as it was. */
function editByHand(path: string, from: string, to: string) {
  const parts = unzipSync(readFileSync(path));
  const xml = strFromU8(parts['word/document.xml']!);
  expect(xml).toContain(from);
  parts['word/document.xml'] = strToU8(xml.replace(from, to));
  writeFileSync(path, zipSync(parts));
}

/** A03's row of the appendix's table: id, name, start of support. */
function a03Row(path: string): string[] {
  const p = paragraphs(path);
  const i = p.indexOf('A03');
  return p.slice(i, i + 3);
}

describe('teichaku stats --docx: an edited annual document is kept', () => {
  it('creates both, then leaves both byte for byte when nothing changed', () => {
    const input = office('same-in');
    const out = join(tmp, 'same-out');
    mkdirSync(out);
    const file = join(out, REPORT);
    const first = stats(input, file);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(docxNames(out)).toEqual([REPORT, APPENDIX]);
    expect(readdirSync(out)).toContain('.teichaku-reports.json');
    expect(first.stdout).toContain(`Word 文書（${out}）:\n  作成　${REPORT}\n  作成　${APPENDIX}\n`);
    expect(first.stdout).toMatch(
      new RegExp(
        `年次報告を Word 文書で書き出しました: ${file}\n  別添（利用者の氏名入り。公表・提出する書類には添付しないでください）: ${join(out, APPENDIX)}\n$`,
      ),
    );
    expect(paragraphs(file)).toContain(BEFORE);
    const report = readFileSync(file);
    const appendix = readFileSync(join(out, APPENDIX));

    const second = stats(input, file);
    expect(second.stderr).toBe('');
    expect(second.stdout).toContain(
      `  変更なし　${REPORT}\n    変更なし（前回と同じ内容のため、そのままにしました）\n  変更なし　${APPENDIX}\n    変更なし（前回と同じ内容のため、そのままにしました）\n`,
    );
    expect(second.stdout).toContain(`年次報告の Word 文書（書き換えていません）: ${file}\n`);
    expect(second.stdout).toContain(
      `別添（利用者の氏名入り。公表・提出する書類には添付しないでください）: ${join(out, APPENDIX)}`,
    );
    expect(readFileSync(file).equals(report)).toBe(true);
    expect(readFileSync(join(out, APPENDIX)).equals(appendix)).toBe(true);
    expect(docxNames(out)).toEqual([REPORT, APPENDIX]);
  });

  it('keeps an edited report; a changed sheet gives a _2 beside it while the untouched appendix is updated in place', () => {
    const out = join(tmp, 'edit-out');
    mkdirSync(out);
    const file = join(out, REPORT);
    const appendix = join(out, APPENDIX);
    stats(office('edit-in'), file);
    expect(a03Row(appendix)).toEqual(['A03', '上田 次郎', '令和6年6月1日']);

    editByHand(file, BEFORE, `${BEFORE}（理事会で確認済み）`);
    const edited = readFileSync(file);

    // the same sheet: the edited file is kept as it is, and the line says why
    const same = stats(office('edit-in'), file);
    expect(same.stderr).toBe('');
    expect(same.stdout).toContain(
      `  保持　${REPORT}\n    保持（書き出した後に手が加えられているため、書き直していません。シートの内容は前回と同じです）\n`,
    );
    expect(same.stdout).toContain(`  変更なし　${APPENDIX}\n`);
    expect(same.stdout).toContain(`年次報告の Word 文書（書き換えていません）: ${file}\n`);
    expect(readFileSync(file).equals(edited)).toBe(true);
    expect(docxNames(out)).toEqual([REPORT, APPENDIX]);

    // the sheet changes: the edited file stays byte for byte, the new figures go to a new version
    const changed = office('edit-in2', changedRoster());
    const r = stats(changed, file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(file).equals(edited)).toBe(true);
    expect(docxNames(out)).toEqual([REPORT, '令和6年度事業報告_2.docx', APPENDIX]);
    const v2 = join(out, '令和6年度事業報告_2.docx');
    expect(paragraphs(v2)).toContain(AFTER);
    expect(paragraphs(v2)).not.toContain(BEFORE);
    expect(paragraphs(file)).toContain(`${BEFORE}（理事会で確認済み）`);
    expect(r.stdout).toContain(
      `  新しい版　令和6年度事業報告_2.docx\n    新しい版（「${REPORT}」は手が加えられているため残し、シートの新しい内容を別のファイルに書き出しました）\n`,
    );
    // the appendix nobody touched is brought up to date in place
    expect(r.stdout).toContain(
      `  更新　${APPENDIX}\n    更新（前回書き出したまま手が加わっていないため、シートの内容で書き直しました）\n`,
    );
    expect(a03Row(appendix)).toEqual(['A03', '上田 次郎', '令和6年3月1日']);
    expect(r.stdout).toContain(
      `年次報告を Word 文書で書き出しました: ${v2}（手が加えられた「${REPORT}」も残っています）\n`,
    );
    expect(r.stdout).toContain(
      `別添（利用者の氏名入り。公表・提出する書類には添付しないでください）: ${appendix}\n`,
    );

    // again with the changed sheet: the new version is ours and up to date, no third one
    const again = stats(changed, file);
    expect(again.stdout).toContain(`  変更なし　令和6年度事業報告_2.docx\n`);
    expect(again.stdout).toContain(`  変更なし　${APPENDIX}\n`);
    expect(again.stdout).toContain(`年次報告の Word 文書（書き換えていません）: ${v2}\n`);
    expect(docxNames(out)).toHaveLength(3);
    expect(readFileSync(file).equals(edited)).toBe(true);
  });

  it('an edited appendix is kept on its own while the untouched report is updated', () => {
    const out = join(tmp, 'appendix-out');
    mkdirSync(out);
    const file = join(out, REPORT);
    const appendix = join(out, APPENDIX);
    stats(office('appendix-in'), file);
    editByHand(appendix, '上田 次郎', '上田 次郎（面談済）');
    const edited = readFileSync(appendix);
    const r = stats(office('appendix-in2', changedRoster()), file);
    expect(r.stderr).toBe('');
    expect(readFileSync(appendix).equals(edited)).toBe(true);
    expect(paragraphs(file)).toContain(AFTER);
    expect(r.stdout).toContain(`  更新　${REPORT}\n`);
    const v2 = join(out, '令和6年度事業報告_別添_利用者一覧_2.docx');
    expect(r.stdout).toContain(`  新しい版　令和6年度事業報告_別添_利用者一覧_2.docx\n`);
    expect(a03Row(v2)).toEqual(['A03', '上田 次郎', '令和6年3月1日']);
    expect(r.stdout).toContain(`年次報告を Word 文書で書き出しました: ${file}\n`);
    expect(r.stdout).toContain(
      `別添（利用者の氏名入り。公表・提出する書類には添付しないでください）: ${v2}（手が加えられた「${APPENDIX}」も残っています）\n`,
    );
  });

  it('--force writes over an edited report and says the edits were lost', () => {
    const out = join(tmp, 'force-out');
    mkdirSync(out);
    const file = join(out, REPORT);
    stats(office('force-in'), file);
    editByHand(file, BEFORE, `${BEFORE}（理事会で確認済み）`);
    const r = stats(office('force-in2', changedRoster()), file, '--force');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `  上書き　${REPORT}\n    上書き（--force。手が加えられていた内容は失われました）\n`,
    );
    expect(r.stdout).toContain(`  上書き　${APPENDIX}\n    上書き（--force）\n`);
    expect(r.stdout).toContain(`年次報告を Word 文書で書き出しました: ${file}\n`);
    expect(paragraphs(file)).toContain(AFTER);
    expect(paragraphs(file).join('\n')).not.toContain('理事会で確認済み');
    expect(docxNames(out)).toEqual([REPORT, APPENDIX]);
    // written over, the file is ours again: the next run without --force says 変更なし
    expect(stats(office('force-in2', changedRoster()), file).stdout).toContain(`  変更なし　${REPORT}\n`);
  });

  it('a file of that name not written by teichaku is kept, and the report written beside it', () => {
    const out = join(tmp, 'foreign-out');
    mkdirSync(out);
    writeFileSync(join(out, REPORT), 'staff’s own file');
    const r = stats(office('foreign-in'), join(out, REPORT));
    expect(r.stderr).toBe('');
    expect(readFileSync(join(out, REPORT), 'utf8')).toBe('staff’s own file');
    expect(docxNames(out)).toEqual([REPORT, '令和6年度事業報告_2.docx', APPENDIX]);
    expect(paragraphs(join(out, '令和6年度事業報告_2.docx'))).toContain(BEFORE);
    expect(r.stdout).toContain(`  新しい版　令和6年度事業報告_2.docx\n`);
    expect(r.stdout).toContain(`  作成　${APPENDIX}\n`);
  });

  it('shares the folder with the monthly reports: each keeps its own entries', () => {
    const input = office('shared-in');
    const out = join(tmp, 'shared-out');
    mkdirSync(out);
    const reports = () =>
      spawnSync(
        process.execPath,
        [BIN, 'reports', input, '--month', '2025-01', '--out', out, '--as-of', '2025-01-31'],
        { encoding: 'utf8' },
      );
    const monthly = reports();
    expect(monthly.stderr).toBe('');
    expect(monthly.stdout).toMatch(/: 作成 \d+/);
    stats(input, join(out, REPORT));
    const manifest = JSON.parse(readFileSync(join(out, '.teichaku-reports.json'), 'utf8'));
    expect(Object.keys(manifest.reports)).toContain(`annual 2024 report ${REPORT}`);
    expect(Object.keys(manifest.reports)).toContain(`annual 2024 appendix ${REPORT}`);
    expect(Object.keys(manifest.reports).filter((k) => k.startsWith('2025-01 ')).length).toBeGreaterThan(0);
    expect(reports().stdout).toMatch(/: 変更なし \d+\n/);
    expect(stats(input, join(out, REPORT)).stdout).toContain(`  変更なし　${REPORT}\n`);
  });

  it('--json prints the same figures with or without --docx, and nothing else', () => {
    const input = office('json-in');
    const out = join(tmp, 'json-out');
    mkdirSync(out);
    const plain = spawnSync(process.execPath, [BIN, 'stats', input, '--fiscal-year', '2024', '--json'], {
      encoding: 'utf8',
    });
    const withDocx = stats(input, join(out, REPORT), '--json');
    expect(withDocx.stdout).toBe(plain.stdout);
    expect(JSON.parse(withDocx.stdout).fiscalYear).toBe(2024);
    expect(stats(input, join(out, REPORT), '--json').stdout).toBe(plain.stdout);
    expect(docxNames(out)).toEqual([REPORT, APPENDIX]);
  });

  it('a folder of the name asked for is an error, not a document to keep', () => {
    const out = join(tmp, 'dir-out');
    mkdirSync(join(out, REPORT), { recursive: true });
    const r = stats(office('dir-in'), join(out, REPORT));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^エラー: 「.*令和6年度事業報告\.docx」はフォルダです。/);
    expect(readdirSync(out)).toEqual([REPORT]);
  });
});
