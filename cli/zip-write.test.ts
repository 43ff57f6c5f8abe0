import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipParts } from './zip-write.ts';

describe('zipParts', () => {
  it('writes an archive any zip reader gets the same parts back from, in order, Japanese names included', () => {
    const big = strToU8('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(5000));
    const zip = zipParts([
      ['[Content_Types].xml', strToU8('<Types/>')],
      ['xl/点検/空.xml', new Uint8Array(0)],
      ['xl/worksheets/sheet1.xml', big],
    ]);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(['[Content_Types].xml', 'xl/点検/空.xml', 'xl/worksheets/sheet1.xml']);
    expect(strFromU8(back['[Content_Types].xml']!)).toBe('<Types/>');
    expect(back['xl/点検/空.xml']!.length).toBe(0);
    expect(Buffer.compare(back['xl/worksheets/sheet1.xml']!, big)).toBe(0);
    expect(zip.length).toBeLessThan(big.length / 20); // compressed
  });
});
