import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWidth, wordKey } from './width.ts';

describe('normalizeWidth', () => {
  it('turns full-width digits, letters and punctuation into ASCII', () => {
    expect(normalizeWidth('２０２４／４／１')).toBe('2024/4/1');
    expect(normalizeWidth('ＡＢＣｘｙｚ．－（）')).toBe('ABCxyz.-()');
  });
  it('turns the ideographic space and the no-break space into a space', () => {
    expect(normalizeWidth('本人\u3000事業主\u00A0家族')).toBe('本人 事業主 家族');
  });
  it.each(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63'])(
    'the dash %j becomes a hyphen',
    (dash) => {
      expect(normalizeWidth(`123${dash}456`)).toBe('123-456');
    },
  );
  it('turns ー into a hyphen between digits', () => {
    expect(normalizeWidth('０３ー１２３４ー５６７８')).toBe('03-1234-5678');
    expect(normalizeWidth('R6ー4')).toBe('R6-4');
    expect(normalizeWidth('12ｰ34')).toBe('12-34');
  });
  it('keeps ー in katakana words and next to one digit only', () => {
    expect(normalizeWidth('メール')).toBe('メール');
    expect(normalizeWidth('サーバー1')).toBe('サーバー1');
    expect(normalizeWidth('1ー')).toBe('1ー');
  });
  it('leaves kana, kanji, circles, circled numbers and era ligatures alone', () => {
    const s = '〇○◯①②③㍻㋿ｶﾀｶﾅ令和元年ひらがな';
    expect(normalizeWidth(s)).toBe(s);
  });
  it('is idempotent', () => {
    const alphabet = fc.constantFrom(
      '１',
      '2',
      'ー',
      'ｰ',
      'ア',
      'Ａ',
      'a',
      '－',
      '―',
      '\u3000',
      ' ',
      '〇',
      '①',
      '令',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet }), fc.string({ unit: 'grapheme' })), (s) => {
        const once = normalizeWidth(s);
        expect(normalizeWidth(once)).toBe(once);
      }),
    );
  });
});

describe('wordKey', () => {
  it('ignores width, spaces and Latin case', () => {
    expect(wordKey(' Google\u3000Ｍｅｅｔ ')).toBe('googlemeet');
    expect(wordKey('ＴＥＬ')).toBe(wordKey('tel'));
  });
});
