import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CellValue, dateCell } from './cell.ts';
import { conflictingWords } from './words.ts';
import { parseYesNo, YES_NO_WORDS } from './yesno.ts';

describe('parseYesNo', () => {
  it.each([
    'はい',
    '有',
    'あり',
    '要',
    '○',
    '〇',
    '◯',
    '✓',
    '✔',
    'TRUE',
    'true',
    '1',
    'Y',
    'y',
    'yes',
    'Yes',
    'ＹＥＳ',
    ' はい ',
  ])('%j is yes', (v) => {
    expect(parseYesNo(v)).toEqual({ ok: true, value: true });
  });
  it.each(['いいえ', '無', 'なし', '不要', '×', '✕', 'FALSE', 'false', '0', 'N', 'no', 'ＮＯ'])(
    '%j is no',
    (v) => {
      expect(parseYesNo(v)).toEqual({ ok: true, value: false });
    },
  );
  it.each([null, '', '\u3000'])('blank %j is no', (v) => {
    expect(parseYesNo(v)).toEqual({ ok: true, value: false });
  });
  it('reads booleans and the numbers 1 and 0', () => {
    expect(parseYesNo(true)).toEqual({ ok: true, value: true });
    expect(parseYesNo(false)).toEqual({ ok: true, value: false });
    expect(parseYesNo(1)).toEqual({ ok: true, value: true });
    expect(parseYesNo(0)).toEqual({ ok: true, value: false });
  });
  it('does not guess at other values', () => {
    expect(parseYesNo('たぶん')).toEqual({
      ok: false,
      reason: '「たぶん」は、はい・いいえのどちらとも読めません',
    });
    expect(parseYesNo(2).ok).toBe(false);
    expect(parseYesNo('x').ok).toBe(false);
    expect(parseYesNo(dateCell('2024-04-01')).ok).toBe(false);
  });
  it('takes an extended word table', () => {
    const words = { ...YES_NO_WORDS, yes: [...YES_NO_WORDS.yes, '済'] };
    expect(parseYesNo('済', words)).toEqual({ ok: true, value: true });
    expect(parseYesNo('済').ok).toBe(false);
  });
  it('has no word that means both', () => {
    expect(conflictingWords(YES_NO_WORDS)).toEqual([]);
  });
  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme' }), fc.anything()) as fc.Arbitrary<CellValue>,
        (v) => {
          expect(typeof parseYesNo(v).ok).toBe('boolean');
        },
      ),
    );
  });
});
