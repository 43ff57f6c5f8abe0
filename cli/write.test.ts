import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findingOn, resultOf } from '../tests/fixtures/findings.ts';
import { OFFICE_PARTS, officeWorkbook } from '../tests/office-workbook.ts';
import { annotate, RESULT_TAB } from './write.ts';
import { XlsxPackage } from './xlsx-patch.ts';

const finding = findingOn({ column: 'B', message: '見本の指摘' });
const result = resultOf;

const FINDINGS = [
  finding({ severity: 'warning', sheet: '集計', row: 2, column: 'A', message: '集計の警告' }),
  finding({ row: 2, column: 'B', message: '事務員のメモがあるセル' }), // the office's own note
  finding({ row: 3, column: 'B', message: 'スレッドのコメントがあるセル' }), // a threaded comment
  finding({ row: 2, column: 'C', message: '生年月日が未来です' }),
  finding({ row: 2, column: 'C', severity: 'warning', message: '同じセルの警告' }),
  finding({ severity: 'info', sheet: null, row: null, column: null, message: '事業所全体の情報' }),
  finding({ sheet: 'ない表', row: 1, column: 'A', message: '存在しないタブ' }),
];
/** The parts of a package; a name stored twice would be lost by unzipping into an object: refuse it. */
const entries = (x: Uint8Array) => {
  const parts = unzipSync(x);
  const dv = new DataView(x.buffer, x.byteOffset, x.byteLength);
  expect(dv.getUint16(x.byteLength - 22 + 10, true), 'entries in the zip directory').toBe(
    Object.keys(parts).length,
  );
  return parts;
};
const text = (x: Uint8Array, part: string) => strFromU8(entries(x)[part]!);
const tmp = () => mkdtempSync(join(tmpdir(), 'teichaku-write-'));

describe('annotate: the copy keeps everything the office made', () => {
  const original = officeWorkbook();
  const out = annotate(original, result(FINDINGS));
  const before = entries(original);
  const after = entries(out);

  it('leaves every part it need not touch byte for byte, and touches only these', () => {
    const changed = Object.keys(before).filter(
      (p) => !after[p] || Buffer.compare(before[p]!, after[p]!) !== 0,
    );
    expect(changed.sort()).toEqual(
      [
        '[Content_Types].xml',
        'xl/_rels/workbook.xml.rels',
        'xl/comments1.xml',
        'xl/drawings/vmlDrawing1.vml',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/_rels/sheet2.xml.rels',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
      ].sort(),
    );
    // the chart, image, table, threaded comment, persons, custom properties, hidden sheet are all there
    for (const p of [
      'xl/charts/chart1.xml',
      'xl/media/image1.png',
      'xl/tables/table1.xml',
      'xl/threadedComments/threadedComment1.xml',
      'xl/persons/person.xml',
      'docProps/custom.xml',
      'docProps/app.xml',
      'xl/worksheets/sheet3.xml',
      'xl/drawings/drawing1.xml',
      'xl/sharedStrings.xml',
    ])
      expect(Buffer.compare(before[p]!, after[p]!), p).toBe(0);
    // new parts: our sheet, and a comments part + drawing for 集計, which had no notes
    const added = Object.keys(after).filter((p) => !before[p]);
    expect(added.sort()).toEqual(
      ['xl/comments2.xml', 'xl/drawings/vmlDrawing2.vml', 'xl/worksheets/sheet4.xml'].sort(),
    );
  });

  it("keeps the office's own elements inside the parts it touches", () => {
    const keep: Record<string, RegExp[]> = {
      'xl/worksheets/sheet1.xml': [
        /<conditionalFormatting sqref="C2:C3">.*?<\/conditionalFormatting>/,
        /<dataValidations.*?<\/dataValidations>/,
        /<sheetData>.*?<\/sheetData>/,
        /<legacyDrawing r:id="rId2"\/>/,
      ],
      'xl/worksheets/sheet2.xml': [
        /<drawing r:id="rId1"\/>/,
        /<tableParts.*?<\/tableParts>/,
        /<sheetData>.*?<\/sheetData>/,
      ],
      'xl/styles.xml': [
        /<fonts count="1">(<font>.*?<\/font>)<\/fonts>/,
        /<cellStyleXfs.*?<\/cellStyleXfs>/,
        /<dxf><font>.*?<\/dxf>/,
      ],
      'xl/workbook.xml': [
        /<definedName name="利用者一覧">.*?<\/definedName>/,
        /<sheet name="控え"[^>]*\/>/,
        /<calcPr[^>]*\/>/,
      ],
      'xl/comments1.xml': [/<comment ref="B3".*?<\/comment>/s],
    };
    for (const [part, patterns] of Object.entries(keep))
      for (const re of patterns) {
        const m = re.exec(OFFICE_PARTS[part] as string);
        const was = m?.[1] ?? m?.[0];
        expect(was, `${part} ${re}`).toBeTruthy();
        expect(text(out, part), `${part} ${re}`).toContain(was);
      }
    // the default font is still the office's 游ゴシック: our cells use font 0 or a bold copy of it
    expect(text(out, 'xl/styles.xml')).toMatch(
      /<fonts count="2"><font>.*游ゴシック.*<\/font><font><b\/>.*游ゴシック/,
    );
  });

  it('puts our note after the office note, leaves a threaded comment alone, colours by rules of ours', async () => {
    const c1 = text(out, 'xl/comments1.xml');
    expect(c1).toMatch(
      /<comment ref="B2" authorId="0">.*旧姓で登録<\/t><\/r><r><t xml:space="preserve">\n【点検】【エラー】事務員のメモがあるセル<\/t><\/r><\/text>/s,
    );
    expect(c1).not.toContain('スレッドのコメントがあるセル');
    expect(c1).toContain(
      '<comment ref="C2" authorId="2"><text><r><t xml:space="preserve">【点検】【エラー】生年月日が未来です\n【点検】【警告】同じセルの警告',
    );
    const s1 = text(out, 'xl/worksheets/sheet1.xml');
    const rule =
      /<conditionalFormatting sqref="B2 B3 C2"><cfRule type="expression" dxfId="(\d+)" priority="2">/.exec(
        s1,
      );
    expect(rule).toBeTruthy();
    const dxfs = /<dxfs[^>]*>(.*?)<\/dxfs>/.exec(text(out, 'xl/styles.xml'))![1]!.match(/<dxf>.*?<\/dxf>/g)!;
    expect(dxfs[Number(rule![1])]).toContain('FFF4C7C3');
    expect(dxfs[0]).toBe('<dxf><font><color rgb="FF9C0006"/></font></dxf>');
    expect(s1).not.toContain('ない表');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['利用者', '集計', '控え', RESULT_TAB]);
    expect(wb.getWorksheet('控え')!.state).toBe('hidden');
    const roster = wb.getWorksheet('利用者')!;
    const note = roster.getCell('B2').note as string | { texts: { text: string }[] };
    expect(typeof note === 'string' ? note : note.texts.map((t) => t.text).join('')).toMatch(
      /旧姓で登録\n【点検】【エラー】事務員のメモがあるセル$/,
    );
    expect(roster.getCell('B2').value).toBe('見本 一郎');
    const results = wb.getWorksheet(RESULT_TAB)!;
    expect(results.rowCount).toBe(FINDINGS.length + 1);
    const severities = results.getColumn(1).values.slice(2);
    expect(severities).toEqual(['エラー', 'エラー', 'エラー', 'エラー', '警告', '警告', '情報']);
    expect(results.autoFilter).toBe('A1:J8');
    expect(results.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(results.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFF4C7C3' } });
  });

  it('a re-run takes the earlier marks away first: a fixed cell loses its colour and note', () => {
    const fixed = FINDINGS.filter((f) => f.column !== 'C');
    const twice = entries(annotate(out, result(fixed)));
    const once = entries(annotate(original, result(fixed)));
    expect(Object.keys(twice).sort()).toEqual(Object.keys(once).sort());
    for (const p of Object.keys(once)) expect(strFromU8(twice[p]!), p).toBe(strFromU8(once[p]!));
    expect(strFromU8(twice['xl/comments1.xml']!)).not.toContain('生年月日が未来です');
    expect(strFromU8(twice['xl/comments1.xml']!).match(/【点検】/g)).toHaveLength(1);
  });

  it('taking our marks away gives back the office file part for part (styles keep unused entries)', () => {
    const pkg = XlsxPackage.open(out);
    pkg.removeOurMarks();
    const back = entries(pkg.toBytes());
    expect(Object.keys(back).sort()).toEqual(Object.keys(before).sort());
    for (const p of Object.keys(before))
      if (p !== 'xl/styles.xml') expect(strFromU8(back[p]!), p).toBe(strFromU8(before[p]!));
  });

  it('adds further sheets of ours the same way (cells with fills, frozen header rows), replaced on a re-run', async () => {
    const grid = {
      name: '月次接触状況',
      rows: [
        [
          { value: '利用者', bold: true },
          { value: '2025-03', bold: true },
        ],
        [{ value: 'U001' }, { value: 2 }],
        [{ value: 'U002' }, { value: null, fill: 'FFF4C7C3' }],
      ],
      frozenRows: 1,
    };
    const first = annotate(original, result(FINDINGS), [grid]);
    const again = annotate(first, result(FINDINGS), [grid]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(again as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['利用者', '集計', '控え', RESULT_TAB, '月次接触状況']);
    const ws = wb.getWorksheet('月次接触状況')!;
    expect(ws.getCell('B2').value).toBe(2);
    expect(ws.getCell('B3').fill).toMatchObject({ fgColor: { argb: 'FFF4C7C3' } });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(Object.keys(entries(again)).sort()).toEqual(Object.keys(entries(first)).sort());
  });

  it('is a package LibreOffice opens and converts', () => {
    const d = tmp();
    const file = join(d, 'annotated.xlsx');
    writeFileSync(file, out);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${d}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', d, file],
      { stdio: 'pipe', timeout: 300_000 },
    );
    expect(statSync(join(d, 'annotated.pdf')).size).toBeGreaterThan(1000);
    execFileSync('pdftotext', [join(d, 'annotated.pdf'), join(d, 'annotated.txt')]);
    const pdfText = readFileSync(join(d, 'annotated.txt'), 'utf8');
    expect(pdfText).toContain('見本 花子');
    expect(pdfText).toContain('生年月日が未来です');
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
