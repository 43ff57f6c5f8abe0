import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORE_LIMIT_BYTES, utf8Bytes, VALUE_LIMIT_BYTES } from '../../apps-script/src/store.ts';

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
