import { describe, expect, it } from 'vitest';
import { formatEra, toEra } from '../../extension/lib/era.ts';
import { render } from '../../extension/lib/plan.ts';
import {
  normalizeLabel,
  searchKey,
  toFullWidthDigits,
  toFullWidthKatakana,
  toHalfWidthDigits,
  toHalfWidthKatakana,
} from '../../extension/lib/text.ts';
import { formatYen } from '../../extension/lib/yen.ts';

describe('width and kana', () => {
  it('digits both ways, other characters untouched', () => {
    expect(toHalfWidthDigits('１２３ー４')).toBe('123ー4');
    expect(toFullWidthDigits('0123-9')).toBe('０１２３-９');
  });
  it('カタカナ from ふりがな (hiragana, half-width kana with voiced marks, spaces)', () => {
    expect(toFullWidthKatakana('やまだ たろう')).toBe('ヤマダ　タロウ');
    expect(toFullWidthKatakana('ｶﾞｯｺｳ ﾊﾟﾝ')).toBe('ガッコウ　パン');
    expect(toFullWidthKatakana('ヴぃーな')).toBe('ヴィーナ');
  });
  it('half-width katakana splits voiced marks', () => {
    expect(toHalfWidthKatakana('ガッコウ　パン')).toBe('ｶﾞｯｺｳ ﾊﾟﾝ');
    expect(toHalfWidthKatakana('ぶどう')).toBe('ﾌﾞﾄﾞｳ');
  });
  it('labels compare without spaces, marks, 必須 or width', () => {
    expect(normalizeLabel('※受給者証番号（必須）：')).toBe('受給者証番号');
    expect(normalizeLabel('ＮＯ．')).toBe('no.');
  });
  it('search keys fold hiragana, width and spaces', () => {
    expect(searchKey('やまだ')).toBe(searchKey('ﾔﾏﾀﾞ'));
  });
});

describe('era dates', () => {
  it('splits at the era boundaries (平成31年4月30日 / 令和元年5月1日)', () => {
    expect(toEra('2019-04-30')).toEqual({ era: '平成', letter: 'H', year: 31, month: 4, day: 30 });
    expect(toEra('2019-05-01')).toMatchObject({ era: '令和', year: 1 });
    expect(formatEra('2019-05-01')).toBe('令和元年5月1日');
    expect(formatEra('2025-03')).toBe('令和7年3月');
    expect(toEra('2025-13-99x')).toBeNull();
  });
  it('renders parts and whole dates as the field asks', () => {
    expect(render('2025-03-05', 'era', 'era-name')).toBe('令和');
    expect(render('2025-03-05', 'year', 'era-year')).toBe('7');
    expect(render('2025-03-05', 'year', 'western-year')).toBe('2025');
    expect(render('2025-03-05', 'month', 'two-digit')).toBe('03');
    expect(render('2025-03-05', 'day', 'number')).toBe('5');
    expect(render('2025-03', 'day', 'number')).toBeNull();
    expect(render('2025-03-05', 'whole', 'date-slash')).toBe('2025/03/05');
    expect(render('2025-03', 'whole', 'date-compact')).toBe('202503');
    expect(render('2025-03-05', 'whole', 'date-era')).toBe('令和7年3月5日');
  });
});

describe('yen', () => {
  it('with or without separators', () => {
    expect(formatYen(1234567, true)).toBe('1,234,567');
    expect(formatYen(999, true)).toBe('999');
    expect(formatYen(36558, false)).toBe('36558');
    expect(render(36558, 'whole', 'yen-comma')).toBe('36,558');
    expect(render(0, 'whole', 'yen-plain')).toBe('0');
  });
});
