import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORE_LIMIT_BYTES, tooLarge, utf8Bytes, VALUE_LIMIT_BYTES } from '../../apps-script/src/store.ts';
import { FakeProperties } from './fakes/services.ts';

const props = (entries: Record<string, string> = {}) => {
  const p = new FakeProperties();
  for (const [k, v] of Object.entries(entries)) p.store.set(k, v);
  return p as unknown as GoogleAppsScript.Properties.Properties;
};

describe('store: sizes in UTF-8 bytes, as the Properties service counts them', () => {
  // hand-counted: ASCII 1 byte, ü 2, a kanji or a full-width sign 3, an emoji (a surrogate pair) 4
  const table: [string, number][] = [
    ['', 0],
    ['abc', 3],
    ['ü', 2],
    ['訪問', 6],
    ['【点検】', 12],
    ['😀', 4],
    ['a😀訪', 8],
    ['\ud800', 3], // a lone surrogate is written as U+FFFD (3 bytes)
  ];
  for (const [s, n] of table) it(`${JSON.stringify(s)} is ${n} bytes`, () => expect(utf8Bytes(s)).toBe(n));

  it('agrees with Node’s own UTF-8 encoder on any string (an independent oracle)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => utf8Bytes(s) === Buffer.byteLength(s, 'utf8')),
    );
  });

  it('the limits are the documented 9 KB a value and 500 KB a store', () => {
    expect(VALUE_LIMIT_BYTES).toBe(9216);
    expect(STORE_LIMIT_BYTES).toBe(512000);
  });
});

describe('store: tooLarge says in Japanese why a value cannot be stored, before it is written', () => {
  it('9,216 bytes fit; 9,217 do not (3,072 kanji fit, with one byte more they do not)', () => {
    expect(tooLarge(props(), 'k', '漢'.repeat(3072), '列の対応')).toBeNull();
    expect(tooLarge(props(), 'k', `${'漢'.repeat(3072)}x`, '列の対応')).toBe(
      '列の対応が大きすぎて保存できません（9.0 KB。1つの設定に保存できるのは 9 KB までです）。',
    );
  });
  it('the store: keys and values of the others, the new value replacing the old one of its key', () => {
    // 56 others of 9,003 bytes = 504,168; the key 'k' (1) and 7,831 bytes reach 512,000 exactly
    const others = Object.fromEntries(
      Array.from({ length: 56 }, (_, i) => [`o${String(i).padStart(2, '0')}`, 'x'.repeat(9000)]),
    );
    expect(tooLarge(props(others), 'k', 'x'.repeat(7831), '列の対応')).toBeNull();
    expect(tooLarge(props(others), 'k', 'x'.repeat(7832), '列の対応')).toBe(
      '列の対応を保存すると、アドオンの保存領域（500 KB まで）を超えます（500.0 KB）。',
    );
    // replacing a large value of the same key: its old size does not count
    expect(tooLarge(props({ ...others, k: 'x'.repeat(9000) }), 'k', 'x'.repeat(7831), '列の対応')).toBeNull();
  });
});
