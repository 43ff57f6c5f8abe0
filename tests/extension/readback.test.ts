import { describe, expect, it } from 'vitest';
import { readDate, sameMeaning } from '../../extension/lib/readback.ts';

// Expected answers worked out by hand: what a page shows after reformatting, and whether it is the
// value that was written (green) or another one (amber).
describe('read-back compares meaning, not raw text', () => {
  it.each([
    ['totalCost', 'whole', '36558', '36,558', true],
    ['totalCost', 'whole', '36558', '３６，５５８', true],
    ['totalCost', 'whole', '36558', '¥36,558', true],
    ['totalCost', 'whole', '36558', '36,558円', true],
    ['totalCost', 'whole', '36558', '36,585', false],
    ['totalCost', 'whole', '36558', '', false],
    ['units', 'whole', '3449', '3,449', true],
    ['recipientNumber', 'whole', '0123456789', '０１２３４５６７８９', true],
    ['recipientNumber', 'whole', '0123456789', '123456789', false],
    ['municipalityNumber', 'whole', '131016', '131-016', true],
    ['name', 'whole', '山田 太郎', '山田　太郎', true],
    ['name', 'whole', '山田 太郎', '山田太郎', true],
    ['name', 'whole', '山田 太郎', '山田 次郎', false],
    ['kana', 'whole', 'ヤマダ　タロウ', 'ﾔﾏﾀﾞ ﾀﾛｳ', true],
    ['reportSharedDate', 'whole', '2025-03-28', '2025/03/28', true],
    ['reportSharedDate', 'whole', '2025-03-28', '令和7年3月28日', true],
    ['reportSharedDate', 'whole', '2025-03-28', 'R7.3.28', true],
    ['reportSharedDate', 'whole', '令和7年3月28日', '2025-03-28', true],
    ['reportSharedDate', 'whole', '2025-03-28', '2025/03/29', false],
    ['serviceMonth', 'whole', '2025/03', '令和7年3月', true],
    ['serviceMonth', 'whole', '202503', '2025-03', true],
    ['serviceMonth', 'month', '3', '03', true],
    ['serviceMonth', 'year', '7', '７', true],
    ['serviceMonth', 'era', '令和', 'R', true],
    ['serviceMonth', 'era', '令和', '平成', false],
  ] as const)('%s (%s): wrote %s, page shows %s → %s', (item, part, want, got, same) => {
    expect(sameMeaning(item, part, want, got)).toBe(same);
  });

  it.each([
    ['令和元年5月1日', '2019-05-01'],
    ['H31.4.30', '2019-04-30'],
    ['2025年3月', '2025-03'],
    ['20250331', '2025-03-31'],
    ['三月', null],
  ])('reads the date %s as %s', (s, iso) => {
    expect(readDate(s)).toBe(iso);
  });
});
