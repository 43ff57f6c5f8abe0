import { describe, expect, it } from 'vitest';
import {
  checkWellFormed,
  child,
  descendants,
  escapeAttr,
  escapeText,
  parseTree,
  scan,
  splice,
  XmlError,
} from './xml.ts';

describe('parseTree: elements with the positions of their tags', () => {
  const xml =
    '<?xml version="1.0"?>\n<x:root xmlns:x="urn:main" xmlns:r="urn:rel"><x:a k=\'1\' r:id="r&amp;1">t&lt;1<![CDATA[<b>]]></x:a>\n  <x:e/><x:e /><x:f></x:f></x:root>';
  const root = parseTree(xml);

  it('reports start tag, end tag and whole element exactly, self-closing with or without a space', () => {
    const [a, e1, e2, f] = root.children.map((n) => n!);
    const slice = (n: { start: number; end: number }) => xml.slice(n.start, n.end);
    expect(slice(a!)).toBe('<x:a k=\'1\' r:id="r&amp;1">t&lt;1<![CDATA[<b>]]></x:a>');
    expect(xml.slice(a!.start, a!.openEnd)).toBe('<x:a k=\'1\' r:id="r&amp;1">');
    expect(xml.slice(a!.closeStart, a!.end)).toBe('</x:a>');
    expect([slice(e1!), slice(e2!), slice(f!)]).toEqual(['<x:e/>', '<x:e />', '<x:f></x:f>']);
    expect([e1!.selfClosing, f!.selfClosing]).toEqual([true, false]);
  });

  it('resolves prefixes to namespaces, decodes attributes, text, references and CDATA', () => {
    const a = child(root, 'a', ['urn:main'])!;
    expect(a.ns).toBe('urn:main');
    expect(a.attrs).toEqual({ k: '1', 'r:id': 'r&1' });
    expect(a.text).toBe('t<1<b>');
    expect(a.prefixOf(['urn:rel'])).toBe('r');
    expect(descendants(root, 'e')).toHaveLength(2);
  });

  it('keeps an opaque element without its descendants, and still checks them', () => {
    const t = parseTree('<w><sheetData><row><c/></row></sheetData><x/></w>', new Set(['sheetData']));
    expect(t.children.map((c) => c.local)).toEqual(['sheetData', 'x']);
    expect(t.children[0]!.children).toEqual([]);
    expect(() => parseTree('<w><sheetData><row></sheetData></w>', new Set(['sheetData']))).toThrow(XmlError);
  });
});

describe('well-formedness and escapes', () => {
  it.each(['<a><b></a>', '<a x="1" x="2"/>', '<a>&nbsp;</a>', '<a>', '<a/><b/>', '</comment<t>x</t>'])(
    'rejects %s',
    (x) => {
      expect(() => checkWellFormed(x)).toThrow(XmlError);
    },
  );

  it('accepts a byte order mark and a declaration', () => {
    expect(() => checkWellFormed('\ufeff<?xml version="1.0" encoding="UTF-8"?><a/>')).not.toThrow();
  });

  it('escapes what XML text and attributes cannot hold, and a parser reads it back', () => {
    const s = 'a&b<c>"d\'\n\te\u0001';
    let back = '';
    scan(`<a v="${escapeAttr(s)}">${escapeText(s)}</a>`, {
      open: (_n, attrs) => {
        back = attrs.v!;
      },
    });
    expect(back).toBe('a&b<c>"d\'\n\te');
  });

  it('splices edits in order and refuses overlapping ones', () => {
    expect(
      splice('abcdef', [
        { start: 4, end: 5, text: 'E' },
        { start: 1, end: 1, text: '+' },
      ]),
    ).toBe('a+bcdEf');
    expect(() =>
      splice('abc', [
        { start: 0, end: 2, text: '' },
        { start: 1, end: 3, text: '' },
      ]),
    ).toThrow();
  });
});

describe('escapeText', () => {
  it('escapes every & < > of the text, not only the first', () => {
    expect(escapeText('a<b<c>d>e&f&g')).toBe('a&lt;b&lt;c&gt;d&gt;e&amp;f&amp;g');
  });
});
