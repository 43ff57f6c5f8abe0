import { describe, expect, it } from 'vitest';
import { copayOf, moneyOf, toHundredths, totalCost } from './money.ts';

describe('money', () => {
  it('total cost is the floor of units × unit price', () => {
    // 3,348 × 11.05 = 36,995.4 → 36,995
    expect(totalCost(3348, 11.05)).toBe(36995);
    expect(totalCost(3348, 10)).toBe(33480);
  });

  it('works in hundredths of a yen: 75 units at 11.12 yen make 834 yen, not 833', () => {
    // 75 × 11.12 in binary floating point is 833.9999…, which a naive floor turns into 833
    expect(Math.floor(75 * 11.12)).toBe(833);
    expect(totalCost(75, 11.12)).toBe(834);
    expect(totalCost(90, 10.7)).toBe(963);
  });

  it('unit prices become whole hundredths', () => {
    expect(toHundredths(11.05)).toBe(1105);
    expect(toHundredths(10.7)).toBe(1070);
    expect(toHundredths(10)).toBe(1000);
  });

  it('copay is 10% of the total, rounded down', () => {
    expect(copayOf(36995, 9300)).toBe(3699);
  });

  it('copay stops at the 9,300 cap', () => {
    // 9,000 units × 11.40 = 102,600; 10% = 10,260 > 9,300
    expect(moneyOf(9000, 11.4, 9300)).toEqual({ totalCost: 102600, copay: 9300, benefit: 93300 });
    expect(copayOf(93000, 9300)).toBe(9300);
    expect(copayOf(93009, 9300)).toBe(9300);
    expect(copayOf(92999, 9300)).toBe(9299);
  });

  it('a cap of 0 (生活保護・低所得) leaves the whole total as benefit', () => {
    expect(moneyOf(3348, 11.05, 0)).toEqual({ totalCost: 36995, copay: 0, benefit: 36995 });
  });

  it('rejects fractional units and negative prices', () => {
    expect(() => totalCost(1.5, 10)).toThrow(RangeError);
    expect(() => totalCost(1, -1)).toThrow(RangeError);
  });
});

describe('money at its edges', () => {
  it('a price of 0 and 0 units are allowed; the errors name the bad value', () => {
    expect(totalCost(0, 11.05)).toBe(0);
    expect(totalCost(100, 0)).toBe(0);
    expect(() => totalCost(-1, 10)).toThrow('not a unit count: -1');
    expect(() => totalCost(1, -0.01)).toThrow('not a unit price: -0.01');
    expect(() => totalCost(1, Number.NaN)).toThrow('not a unit price: NaN');
  });
});
