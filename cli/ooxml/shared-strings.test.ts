import { describe, expect, it } from 'vitest';
import { readSharedStrings } from './shared-strings.ts';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sst = (inner: string, root = `<sst xmlns="${NS}">`, close = '</sst>') =>
  readSharedStrings(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root}${inner}${close}`);

describe('readSharedStrings (xl/sharedStrings.xml)', () => {
  it('reads an empty run written self-closing as the empty string, and the strings after it in place', () => {
    // the regex reader swallowed the markup up to the next </t>
    expect(
      sst('<si><t xml:space="preserve"/></si><si><t>鈴木</t></si><si><r><t/></r><r><t>b</t></r></si>'),
    ).toEqual(['', '鈴木', 'b']);
  });

  it('counts an empty <si/>, <si /> and <si></si> as one string each', () => {
    expect(sst('<si/><si /><si></si><si><t>x</t></si>')).toEqual(['', '', '', 'x']);
  });

  it('reads CDATA as text, and entities and character references once (&#38;lt; is the text &lt;)', () => {
    expect(
      sst(
        '<si><t><![CDATA[a<b & c]]></t></si><si><t>&#38;lt;</t></si><si><t>&amp;amp; &#x6771;&#20140; &quot;&apos;</t></si>',
      ),
    ).toEqual(['a<b & c', '&lt;', '&amp; 東京 "\'']);
  });

  it('keeps the spaces and line breaks of the text, and decodes _xHHHH_ escapes', () => {
    expect(sst('<si><t xml:space="preserve">  二行\n目 _x000D_ _x005F_x0041_</t></si>')).toEqual([
      '  二行\n目 \r _x0041_',
    ]);
  });

  it('joins rich text runs and leaves out phonetic readings (furigana) and their properties', () => {
    expect(
      sst(
        '<si><r><rPr><b/><rFont val="游ゴシック"/></rPr><t>鈴木</t></r><r><t xml:space="preserve"> 一郎</t></r>' +
          '<rPh sb="0" eb="2"><t>スズキ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>',
      ),
    ).toEqual(['鈴木 一郎']);
  });

  it('reads parts with a namespace prefix (the OpenXML SDK writes x:) and single-quoted attributes', () => {
    expect(
      sst(
        "<x:si><x:t xml:space='preserve'>a</x:t></x:si><x:si><x:r><x:t>b</x:t></x:r></x:si>",
        `<x:sst xmlns:x='${NS}' count='2'>`,
        '</x:sst>',
      ),
    ).toEqual(['a', 'b']);
  });

  it('ignores elements of other namespaces (an extension list)', () => {
    expect(
      sst(
        '<si><t>a</t></si><extLst><ext uri="{X}" xmlns:y="urn:y"><y:si><y:t>no</y:t></y:si></ext></extLst>',
      ),
    ).toEqual(['a']);
  });

  it('throws on a part that is not well-formed', () => {
    expect(() => sst('<si><t>a</si>')).toThrow();
  });
});
