/**
 * Yen amounts of one client-month (docs/domain.md §5, N5). Unit prices are decimals such as 11.05 yen, which
 * binary floating point cannot hold exactly (units × 11.05 can land a hair under a whole yen and lose it to
 * the floor), so prices are turned into whole hundredths of a yen (銭) first and all arithmetic stays integral.
 */

/** A yen-per-unit price as whole hundredths of a yen: 11.05 → 1105. Prices have at most two decimals. */
export function toHundredths(price: number): number {
  if (!Number.isFinite(price) || price < 0) throw new RangeError(`not a unit price: ${price}`);
  return Math.round(price * 100);
}

/** ⌊n / d⌋ for a non-negative integer n and a positive integer d, without a floating division. */
const floorDiv = (n: number, d: number): number => (n - (n % d)) / d;

/** 総費用額 = ⌊units × unit price⌋ yen. */
export function totalCost(units: number, unitPrice: number): number {
  if (!Number.isInteger(units) || units < 0) throw new RangeError(`not a unit count: ${units}`);
  return floorDiv(units * toHundredths(unitPrice), 100);
}

/** 利用者負担額 = min(⌊total × 10%⌋, the monthly cap). */
export function copayOf(total: number, cap: number): number {
  return Math.min(floorDiv(total, 10), cap);
}

export interface Money {
  /** 総費用額 */
  totalCost: number;
  /** 利用者負担額 */
  copay: number;
  /** 給付費 = total − copay */
  benefit: number;
}

/** The yen of a month: total cost, copay (capped) and benefit. */
export function moneyOf(units: number, unitPrice: number, copayCap: number): Money {
  const total = totalCost(units, unitPrice);
  const copay = copayOf(total, copayCap);
  return { totalCost: total, copay, benefit: total - copay };
}
