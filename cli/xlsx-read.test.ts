import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dateCell } from '../shared/codecs/index.ts';
import { readXlsx } from './load.ts';
import { isDateFormat, readXlsxBytes, serialToCell } from './xlsx-read.ts';
import { zipParts } from './zip-write.ts';

const d = (iso: string) => dateCell(iso as never);

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A hand-made package: the parts an application writes, so each case is exactly what a file holds. */
function pkg(opts: {
  sheets: { name: string; xml: string; state?: string; chart?: boolean }[];
  sst?: string;
  styles?: string;
  workbookPr?: string;
  /** The content of <definedNames>, after <sheets>. */
  definedNames?: string;
  prefix?: string;
}): Uint8Array {
  const p = opts.prefix ? `${opts.prefix}:` : '';
  const xmlns = opts.prefix ? `xmlns:${opts.prefix}="${NS}"` : `xmlns="${NS}"`;
  const sheetList = opts.sheets
    .map(
      (s, i) =>
        `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const rels = opts.sheets
    .map(
      (s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${R}/${s.chart ? 'chartsheet' : 'worksheet'}" Target="${s.chart ? 'chartsheets' : 'worksheets'}/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const parts: [string, Uint8Array][] = [
    [
      '[Content_Types].xml',
      strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
    ],
    [
      '_rels/.rels',
      strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    ],
    // the sheets before the workbook part, as some writers order them
    ...opts.sheets.map((s, i): [string, Uint8Array] => [
      `xl/${s.chart ? 'chartsheets' : 'worksheets'}/sheet${i + 1}.xml`,
      strToU8(`<${p}worksheet ${xmlns}>${s.xml}</${p}worksheet>`),
    ]),
    [
      'xl/workbook.xml',
      strToU8(
        `<${p}workbook ${xmlns} xmlns:r="${R}">${opts.workbookPr ?? ''}<${p}sheets>${sheetList}</${p}sheets>${opts.definedNames ? `<${p}definedNames>${opts.definedNames}</${p}definedNames>` : ''}</${p}workbook>`,
      ),
    ],
    [
      'xl/_rels/workbook.xml.rels',
      strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}` +
          (opts.sst ? `<Relationship Id="rS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
          (opts.styles ? `<Relationship Id="rT" Type="${R}/styles" Target="/xl/styles.xml"/>` : '') +
          '</Relationships>',
      ),
    ],
  ];
  if (opts.sst) parts.push(['xl/sharedStrings.xml', strToU8(`<sst xmlns="${NS}">${opts.sst}</sst>`)]);
  if (opts.styles)
    parts.push(['xl/styles.xml', strToU8(`<styleSheet xmlns="${NS}">${opts.styles}</styleSheet>`)]);
  return zipParts(parts);
}

/** Cell styles 0–8: General, built-in 14 (m/d/yyyy), 27 ([$-411]ge.m.d), 31 (yyyy年m月d日), custom dates and numbers. */
const STYLES =
  '<numFmts count="4">' +
  '<numFmt numFmtId="176" formatCode="yyyy/m/d;@"/>' +
  '<numFmt numFmtId="177" formatCode="[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>' +
  '<numFmt numFmtId="178" formatCode="#,##0&quot;円&quot;"/>' +
  '<numFmt numFmtId="179" formatCode="[Red]0.0%;[Blue]\\-0.0%"/>' +
  '</numFmts>' +
  '<cellXfs count="9">' +
  '<xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="27"/><xf numFmtId="31"/>' +
  '<xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="178"/><xf numFmtId="179"/><xf numFmtId="20"/>' +
  '</cellXfs>';

describe('readXlsxBytes: the cells of an .xlsx from its XML', () => {
  it('reads shared strings, rich text without its furigana, inline strings and XML escapes', () => {
    const sst =
      '<si><t>利用者ID</t></si>' +
      // rich text runs are joined; the phonetic reading (rPh) Japanese Excel stores is not part of the value
      '<si><r><rPr><b/></rPr><t>鈴木</t></r><r><t xml:space="preserve"> 一郎</t></r><rPh sb="0" eb="2"><t>スズキ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t>A&amp;B &lt;株&gt; &#x6771;&#20140;</t></si>' +
      '<si><t>1行目_x000D_\n2行目 _x005F_x0041_</t></si>' +
      '<si/>';
    const tabs = readXlsxBytes(
      pkg({
        sst,
        sheets: [
          {
            name: '名簿',
            xml:
              '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
              '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="inlineStr"><is><t>面談</t><rPh><t>メンダン</t></rPh></is></c><c r="C2" t="s"><v>4</v></c></row></sheetData>',
          },
        ],
      }),
    );
    expect(tabs).toEqual([
      {
        name: '名簿',
        hidden: false,
        rows: [
          ['利用者ID', '鈴木 一郎', 'A&B <株> 東京'],
          ['1行目\r\n2行目 _x0041_', '面談', ''],
        ],
      },
    ]);
  });

  it('gives a date for a number whose format shows a date (built-in, Japanese era, custom) and a number otherwise', () => {
    const serial = 45747; // 2025-03-31
    const cells = [0, 1, 2, 3, 4, 5, 6, 7, 8]
      .map((s, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${s}"><v>${serial}</v></c>`)
      .join('');
    const [tab] = readXlsxBytes(
      pkg({
        styles: STYLES,
        sheets: [{ name: 'S', xml: `<sheetData><row r="1">${cells}</row></sheetData>` }],
      }),
    );
    expect(tab!.rows[0]).toEqual([
      serial, // General
      d('2025-03-31'), // 14
      d('2025-03-31'), // 27: 和暦 ge.m.d (exceljs reads it as a plain number)
      d('2025-03-31'), // 31: yyyy年m月d日
      d('2025-03-31'), // yyyy/m/d;@
      d('2025-03-31'), // [$-411]ggge"年"m"月"d"日"
      serial, // #,##0"円": the 日 and 月 letters are quoted text, not date parts
      serial, // [Red]0.0%: the letters are in brackets
      d('2025-03-31'), // 20: h:mm (a time is a date-time, as Google Sheets gives it)
    ]);
  });

  it('reads a time of day in a date cell as its day, with float error near midnight', () => {
    expect(serialToCell(45747.9999, false)).toEqual(d('2025-03-31')); // 23:59:51
    expect(serialToCell(45747.99999999, false)).toEqual(d('2025-04-01'));
    expect(serialToCell(45747.0000001, false)).toEqual(d('2025-03-31'));
    expect(serialToCell(45746.99999999, false)).toEqual(d('2025-03-31'));
    // the 1904 date system counts from 1904-01-01: the same day is 1,462 less
    expect(serialToCell(45747 - 1462, true)).toEqual(d('2025-03-31'));
    // read by the date codec: a time alone, or Excel's fake 1900-02-29 (serial 60), is no day and stays a number
    expect(serialToCell(0.5, false)).toBe(0.5);
    expect(serialToCell(60, false)).toBe(60);
    expect(serialToCell(61, false)).toEqual(d('1900-03-01'));
  });

  it('reads dates of a workbook in the 1904 date system', () => {
    const [tab] = readXlsxBytes(
      pkg({
        styles: STYLES,
        workbookPr: '<workbookPr date1904="1"/>',
        sheets: [
          { name: 'S', xml: '<sheetData><row r="1"><c r="A1" s="1"><v>44285</v></c></row></sheetData>' },
        ],
      }),
    );
    expect(tab!.rows[0]).toEqual([d('2025-03-31')]);
  });

  it('reads booleans, errors, formula results and ISO date cells; a formula without a result is blank', () => {
    const [tab] = readXlsxBytes(
      pkg({
        styles: STYLES,
        sheets: [
          {
            name: 'S',
            xml:
              '<sheetData><row r="1">' +
              '<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c>' +
              '<c r="D1" t="str"><f>A1&amp;"x"</f><v>TRUEx</v></c><c r="E1"><f>1+1</f><v>2</v></c>' +
              '<c r="F1" s="1"><f>DATE(2025,3,31)</f><v>45747</v></c><c r="G1"><f>NOW()</f></c>' +
              '<c r="H1" t="d"><v>2025-03-31T00:00:00</v></c><c r="I1" t="n"><v>-3.5</v></c>' +
              '</row></sheetData>',
          },
        ],
      }),
    );
    expect(tab!.rows[0]).toEqual([
      true,
      false,
      '#N/A',
      'TRUEx',
      2,
      d('2025-03-31'),
      null,
      d('2025-03-31'),
      -3.5,
    ]);
  });

  it('places cells by their references, fills gaps with blanks, and numbers rows and cells without references', () => {
    const [tab] = readXlsxBytes(
      pkg({
        sheets: [
          {
            name: 'S',
            xml:
              '<sheetData><row r="2" spans="1:3"><c r="C2"><v>3</v></c></row>' +
              '<row><c><v>1</v></c><c><v>2</v></c><c r="AA3" s="0"/></row>' +
              '<row r="6"/></sheetData>',
          },
        ],
      }),
    );
    const row3 = [1, 2, ...Array(25).fill(null)];
    expect(tab!.rows).toEqual([[], [null, null, 3], row3, [], [], []]);
  });

  it('keeps the tab order of the workbook, marks hidden tabs and skips chart sheets', () => {
    const empty = '<sheetData/>';
    const tabs = readXlsxBytes(
      pkg({
        sheets: [
          { name: '利用者一覧', xml: empty },
          { name: 'グラフ', xml: '', chart: true },
          { name: '旧', xml: empty, state: 'hidden' },
          { name: '設定', xml: empty, state: 'veryHidden' },
        ],
      }),
    );
    expect(tabs.map((t) => [t.name, t.hidden])).toEqual([
      ['利用者一覧', false],
      ['旧', true],
      ['設定', true],
    ]);
  });

  it('leaves unread the tabs an earlier --write added (named by our hidden workbook-wide names), and only those', () => {
    const one = (text: string) =>
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData>`;
    const x = pkg({
      sheets: [
        { name: '利用者', xml: one('利用者ID') },
        { name: '点検結果（定着）', xml: one('重要度') },
        { name: "職員's 表", xml: one('ours too') },
        { name: '月次接触状況', xml: one('事業所の表') },
        { name: '控え', xml: one('local name') },
      ],
      definedNames:
        `<definedName name="_teichaku_tab_1" hidden="1">'点検結果（定着）'!$A$1</definedName>` +
        `<definedName name="_TEICHAKU_TAB_2" hidden="1">'職員''s 表'!$A$1</definedName>` +
        // not ours: another name pointing at a tab, and a name of our form local to one tab
        `<definedName name="_teichaku_list">月次接触状況!$A$1</definedName>` +
        `<definedName name="_teichaku_tab_3" localSheetId="4">控え!$A$1</definedName>`,
    });
    expect(readXlsxBytes(x).map((t) => t.name)).toEqual(['利用者', '月次接触状況', '控え']);
  });

  it('reads parts whose elements carry a namespace prefix (x:c), as some generators write them', () => {
    const [tab] = readXlsxBytes(
      pkg({
        prefix: 'x',
        sheets: [
          {
            name: 'S',
            xml: '<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>氏名</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData>',
          },
        ],
      }),
    );
    expect(tab!.rows).toEqual([['氏名', 7]]);
  });

  it('reads a part too large to unzip up front (a long contact log) when its turn comes', () => {
    const n = 40_000;
    let xml = '<sheetData>';
    for (let r = 1; r <= n; r++)
      xml += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" s="1"><v>45747</v></c></row>`;
    xml += '</sheetData>';
    expect(xml.length).toBeGreaterThan(1 << 21);
    const [small, big] = readXlsxBytes(
      pkg({
        styles: STYLES,
        sheets: [
          { name: '名簿', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
          { name: '記録', xml },
        ],
      }),
    );
    expect(small!.rows).toEqual([[1]]);
    expect(big!.rows.length).toBe(n);
    expect(big!.rows[n - 1]).toEqual([n, d('2025-03-31')]);
  });

  it('throws (so the caller reads the file with exceljs) on what it does not understand', () => {
    expect(() => readXlsxBytes(strToU8('not a zip'))).toThrow();
    expect(() =>
      readXlsxBytes(
        pkg({
          sheets: [
            { name: 'S', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row></sheetData>' },
          ],
        }),
      ),
    ).toThrow(/shared string/);
    expect(() => readXlsxBytes(pkg({ sheets: [{ name: 'S', xml: '<nodata/>' }] }))).toThrow(/sheetData/);
  });
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy/m/d', true],
    ['yyyy"年"m"月"d"日"', true],
    ['[$-411]ge.m.d', true],
    ['[$-ja-JP]ggge"年"', true],
    ['m/d', true],
    ['h:mm', true],
    ['mm:ss', true],
    ['General', false],
    ['@', false],
    ['0.00', false],
    ['#,##0"人"', false],
    ['#,##0"日"', false],
    ['[Red]#,##0;[Blue]-#,##0', false],
    ['0.00E+00', false],
    ['0\\d', false],
  ])('%s → %s', (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });
});

/** One exceljs cell value as a plain cell (formulas give their result, rich text its text, dates their UTC day). */
function toCell(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return d(v.toISOString().slice(0, 10));
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v) return toCell((v as { result?: ExcelJS.CellValue }).result ?? null);
  return String(v);
}

describe('readXlsx agrees with exceljs on a workbook exceljs writes', () => {
  it('gives the same tabs as exceljs reading it whole (dates, numbers, rich text, formulas, booleans, hidden)', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('利用者一覧');
    ws.addRow(['利用者ID', '氏名', '就職日', '時給', '在籍', '計算']);
    ws.addRow([
      'U001',
      { richText: [{ text: '鈴木', font: { bold: true } }, { text: ' 一郎' }] },
      new Date(Date.UTC(2024, 3, 1)),
      1050,
      true,
      { formula: 'D2*2', result: 2100 },
    ]);
    ws.addRow([
      'U002',
      '佐藤 花子',
      new Date(Date.UTC(2025, 2, 31)),
      1200.5,
      false,
      { formula: 'A3&"!"', result: 'U002!' },
    ]);
    ws.getCell('C2').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('C3').numFmt = 'yyyy/m/d';
    ws.getRow(5).getCell(2).value = '離れた行';
    const hidden = book.addWorksheet('旧', { state: 'hidden' });
    hidden.addRow(['x']);
    const path = join(mkdtempSync(join(tmpdir(), 'teichaku-xlsx-')), 'book.xlsx');
    await book.xlsx.writeFile(path);

    const whole = new ExcelJS.Workbook();
    await whole.xlsx.readFile(path);
    const expected = whole.worksheets.map((w) => {
      const rows: unknown[][] = [];
      w.eachRow({ includeEmpty: false }, (row, n) => {
        const cells: unknown[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          cells[col - 1] = toCell(cell.value);
        });
        rows[n - 1] = Array.from(cells, (c) => (c === undefined ? null : c));
      });
      return { name: w.name, hidden: w.state === 'hidden', rows: Array.from(rows, (r) => r ?? []) };
    });
    expect(readXlsxBytes(readFileSync(path))).toEqual(expected);
    expect((await readXlsx(path)).tabs).toEqual(expected);
    expect(expected[0]!.rows[1]![2]).toEqual(d('2024-04-01'));
  });
});
