import { describe, expect, it } from 'vitest';
import { dateCell } from '../../shared/codecs/index.ts';
import { readSheetRows } from './sheet.ts';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const ctx = { strings: ['s0', 's1'], dates: [false, true], date1904: false };
const rows = (data: string, root = `<worksheet xmlns="${NS}">`, close = '</worksheet>') =>
  readSheetRows(`${root}${data}${close}`, ctx);

describe('readSheetRows (a worksheet part)', () => {
  it('reads shared, inline (empty run included) and formula strings, numbers and dates', () => {
    expect(
      rows(
        '<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve"/></is></c>' +
          '<c r="C1" t="inlineStr"><is><r><t>氏</t></r><r><t>名</t></r></is></c><c r="D1" t="str"><f>A1</f><v>s1</v></c>' +
          '<c r="E1" s="1"><v>45747</v></c><c r="F1"><v>12.5</v></c></row></sheetData>',
      ),
    ).toEqual([['s1', '', '氏名', 's1', dateCell('2025-03-31'), 12.5]]);
  });

  it('reads values in CDATA, with character references and in single-quoted attributes', () => {
    expect(
      rows(
        "<sheetData><row r='1'><c r='A1' t='str'><v><![CDATA[<a&b>]]></v></c><c r='B1' t='str'><v>&#38;lt;</v></c>" +
          "<c r='C1' s='1'><v>45747</v></c></row></sheetData>",
      ),
    ).toEqual([['<a&b>', '&lt;', dateCell('2025-03-31')]]);
  });

  it('reads the OpenXML SDK style (x: prefix on every element) the same as the plain one', () => {
    const plain = rows(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>7</v></c></row></sheetData>',
    );
    const prefixed = rows(
      '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData>',
      `<x:worksheet xmlns:x="${NS}">`,
      '</x:worksheet>',
    );
    expect(prefixed).toEqual(plain);
    expect(plain).toEqual([['s0', 7]]);
  });

  it('skips what is not a cell: extension lists, other namespaces, a <c> outside sheetData', () => {
    expect(
      rows(
        '<sheetData><row r="1"><c r="A1"><v>1</v><extLst><ext xmlns:y="urn:y"><y:v>9</y:v></ext></extLst></c></row></sheetData>' +
          '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
          '<x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="dataBar"><x14:dataBar><x14:cfvo type="min"/></x14:dataBar></x14:cfRule></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>',
      ),
    ).toEqual([[1]]);
  });

  it('follows namespace declarations made below the root: a redeclared default, a prefix declared on sheetData', () => {
    expect(
      rows(
        '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
          '<extLst><ext uri="{X}" xmlns="urn:other"><sheetData><row r="2"><c r="A2"><v>9</v></c></row></sheetData></ext></extLst>',
      ),
    ).toEqual([[1]]);
    expect(
      rows(
        `<m:sheetData xmlns:m="${NS}"><m:row r="1"><m:c r="B1"><m:v>2</m:v></m:c></m:row></m:sheetData>`,
        '<worksheet xmlns="urn:not-main">',
      ),
    ).toEqual([[null, 2]]);
  });

  it('throws on a cell whose shared string is missing, and on a part with no sheetData', () => {
    expect(() => rows('<sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row></sheetData>')).toThrow(
      /shared string/,
    );
    expect(() => rows('<dimension ref="A1"/>')).toThrow(/sheetData/);
  });
});
