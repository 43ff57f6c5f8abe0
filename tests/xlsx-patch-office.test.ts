import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWellFormed } from '../cli/ooxml/xml.ts';
import { annotateCopy } from '../cli/write.ts';
import { XlsxPackage } from '../cli/xlsx-patch.ts';
import { findingOn, resultOf } from './fixtures/findings.ts';
import { officeVariant } from './office-workbook.ts';

/**
 * --write on office-style workbooks, run twice: the copy never takes the office's things (their tabs of
 * our tabs' names, their note lines, staff text typed under ours, data bars and extension lists), and
 * every part of it is well-formed XML that exceljs and LibreOffice open.
 */
const dir = mkdtempSync(join(tmpdir(), 'teichaku-patch-office-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const finding = findingOn({});
const result = resultOf;
const FINDINGS = result([
  finding({}),
  finding({ row: 2, column: 'B', message: '事務員のメモがあるセル' }),
  finding({ row: 3, column: 'A', severity: 'warning', message: '空のメモがあるセル' }),
  finding({ row: 3, column: 'C', message: 'メモに【点検】と書いたセル' }),
]);

const text = (x: Uint8Array, part: string) => strFromU8(unzipSync(x)[part]!);
const partsOf = (x: Uint8Array) => unzipSync(x);

/** Every XML part of a package is well-formed (saxes, a conforming parser). */
function expectWellFormed(x: Uint8Array) {
  for (const [name, b] of Object.entries(partsOf(x)))
    if (/\.(xml|rels|vml)$/i.test(name)) expect(() => checkWellFormed(strFromU8(b)), name).not.toThrow();
}

/** Staff open the copy and type a line under our note on C2 (Excel keeps the text in our run). */
function staffTypesUnderOurNote(x: Uint8Array): Uint8Array {
  const files = partsOf(x);
  const name = 'xl/comments1.xml';
  const xml = strFromU8(files[name]!);
  const next = xml.replace(
    /(<comment ref="C2"[\s\S]*?生年月日が未来です)(<\/t>)/,
    (_, a: string, b: string) => `${a}&#10;4/2 本人に確認済み（佐藤）${b}`,
  );
  expect(next).not.toBe(xml);
  files[name] = strToU8(next);
  return zipSync(files);
}

describe('--write on an office-style workbook, run twice', () => {
  const original = officeVariant();
  const first = annotateCopy(original, FINDINGS);
  const typed = staffTypesUnderOurNote(first.bytes);
  const second = annotateCopy(typed, FINDINGS);

  it('names our tabs freely beside the office tabs of the same names, and keeps theirs and their names', () => {
    expect(first.tabs).toEqual(['点検結果（定着）']);
    expect(second.tabs).toEqual(['点検結果（定着）']);
    for (const x of [first.bytes, second.bytes]) {
      const pkg = XlsxPackage.open(x);
      expect(pkg.sheets().map((s) => s.name)).toEqual([
        '利用者',
        '集計',
        '控え',
        '点検結果',
        '月次接触状況',
        '点検結果（定着）',
      ]);
      expect(text(x, 'xl/worksheets/sheet4.xml')).toBe(text(original, 'xl/worksheets/sheet4.xml'));
      expect(text(x, 'xl/workbook.xml')).toContain(
        '<definedName name="点検の記録">点検結果!$A$1:$B$2</definedName>',
      );
    }
  });

  it('keeps the office data bar and its extension lists, and puts our rule beside it, not inside', () => {
    for (const x of [first.bytes, second.bytes]) {
      const xml = text(x, 'xl/worksheets/sheet1.xml');
      expect(xml).toContain('<cfRule type="dataBar" priority="2"><dataBar>');
      expect(xml).toContain(
        '<x14:id>{A1B2C3D4-0000-4000-8000-000000000001}</x14:id></ext></extLst></cfRule></conditionalFormatting>',
      );
      expect(xml).toContain('<x14:cfRule type="dataBar" id="{A1B2C3D4-0000-4000-8000-000000000001}">');
      // two rules of ours (errors, warnings), each formula naming the mark twice
      expect(xml.match(/【点検】/g)?.length).toBe(4);
      const rule = xml.indexOf('"【点検】"="【点検】"');
      expect(xml.lastIndexOf('<extLst>', rule)).toBeLessThan(xml.lastIndexOf('</extLst>', rule));
    }
    // the second run removed the first run's rules before adding its own: the sheet is the same
    expect(text(second.bytes, 'xl/worksheets/sheet1.xml')).toBe(
      text(first.bytes, 'xl/worksheets/sheet1.xml'),
    );
  });

  it('keeps the office note lines (one containing 【点検】), an empty note, and staff text under ours', () => {
    const c1 = text(first.bytes, 'xl/comments1.xml');
    expect(c1).toContain('【点検】済み（3月分）');
    const c2 = text(second.bytes, 'xl/comments1.xml');
    expect(c2).toContain(
      '<t>【点検】済み（3月分）\n次回は4月\n【点検】【エラー】メモに【点検】と書いたセル</t>',
    );
    expect(c2).toContain('4/2 本人に確認済み（佐藤）');
    // each of our lines once: the first run's were taken away
    expect(c2.match(/【点検】【エラー】生年月日が未来です/g)).toHaveLength(1);
    expect(c2.match(/【点検】【警告】空のメモがあるセル/g)).toHaveLength(1);
    expect(c2).toContain('旧姓で登録');
  });

  it('removes exactly what it added: our marks taken away from the second copy leave the office text', () => {
    const pkg = XlsxPackage.open(second.bytes);
    pkg.removeOurMarks();
    const back = pkg.toBytes();
    const c = text(back, 'xl/comments1.xml');
    expect(c).not.toMatch(/【点検】【/);
    expect(c).toContain('<t>【点検】済み（3月分）\n次回は4月</t>');
    expect(c).toContain('4/2 本人に確認済み（佐藤）');
    expect(c).not.toContain('&#10;4/2');
    // our line was the note's first: the break between it and the staff's line goes too, escaped or not
    expect(c).toMatch(
      /<comment ref="C2"[^>]*><text><r><t xml:space="preserve">4\/2 本人に確認済み（佐藤）<\/t><\/r><\/text>/,
    );
    expect(text(back, 'xl/worksheets/sheet1.xml')).toBe(text(original, 'xl/worksheets/sheet1.xml'));
    expect(
      XlsxPackage.open(back)
        .sheets()
        .map((s) => s.name),
    ).toEqual(['利用者', '集計', '控え', '点検結果', '月次接触状況']);
  });

  it('writes single-quoted style lists with one count', () => {
    const styles = text(second.bytes, 'xl/styles.xml');
    expect(styles).toMatch(/<dxfs count='\d+'>/);
    expect(styles.match(/<dxfs[^>]*>/)![0].match(/count=/g)).toHaveLength(1);
  });

  it('has only well-formed parts, twice', () => {
    expectWellFormed(first.bytes);
    expectWellFormed(second.bytes);
  });

  it('opens in exceljs with the office tabs, notes and our tab', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(second.bytes) as never);
    expect(wb.worksheets.map((w) => w.name)).toContain('点検結果（定着）');
    expect(wb.getWorksheet('点検結果')!.getCell('A1').value).toBe('事業所の点検メモ（消さないで）');
  });

  it('opens in LibreOffice', () => {
    const file = join(dir, 'twice.xlsx');
    writeFileSync(file, second.bytes);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'csv',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'pipe', timeout: 300_000 },
    );
    expect(statSync(join(dir, 'twice.csv')).size).toBeGreaterThan(0);
  }, 300_000);
});

describe('refusing to write a part that is not well-formed', () => {
  it('toBytes throws when a changed part would not be well-formed, before anything is written', () => {
    const pkg = XlsxPackage.open(officeVariant());
    pkg.writePart('xl/worksheets/sheet2.xml', '<worksheet><sheetData></worksheet>');
    expect(() => pkg.toBytes()).toThrow(/well-formed/);
  });
});
