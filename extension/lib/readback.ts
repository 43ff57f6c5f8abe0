import { toEra } from './era.ts';
import { ITEMS, type ItemId } from './items.ts';
import type { Part } from './match.ts';

/**
 * Read-back by meaning: whether what the page holds after a fill means what was written. Pages reformat
 * what they are given (36995 → 36,995 on blur, 全角 → 半角, 2025-03-28 → 令和7年3月28日): that is the
 * right value, not a change. Pure: no DOM.
 */

/** Width-folded text without spaces (NFKC folds 全角 letters, digits and the ideographic space). */
function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/** Digits of an amount or count: commas, 円, ¥ and spaces dropped; null when anything else is left. */
function amount(s: string): number | null {
  const t = fold(s)
    .replace(/[,，、]/g, '')
    .replace(/^[¥￥\\]/, '')
    .replace(/円$/, '');
  return /^-?\d+$/.test(t) ? Number(t) : null;
}

const ERA_START: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926, R: 2019, H: 1989, S: 1926 };

/** A date or month written in any of the ways portals show them, as YYYY-MM[-DD]; null when not one. */
export function readDate(s: string): string | null {
  const t = fold(s);
  const two = (n: string) => n.padStart(2, '0');
  let m = /^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?$/.exec(t);
  if (m) return m[3] ? `${m[1]}-${two(m[2]!)}-${two(m[3])}` : `${m[1]}-${two(m[2]!)}`;
  m = /^(\d{4})(\d{2})(\d{2})?$/.exec(t);
  if (m) return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
  m = /^(令和|平成|昭和|[RHS])(元|\d{1,2})[年./-](\d{1,2})(?:[月./-](\d{1,2})日?|月)?$/.exec(t);
  if (m) {
    const y = ERA_START[m[1]!]! + (m[2] === '元' ? 1 : Number(m[2])) - 1;
    return m[4] ? `${y}-${two(m[3]!)}-${two(m[4])}` : `${y}-${two(m[3]!)}`;
  }
  return null;
}

/**
 * Whether `got` (the page's value) means `want` (what was written) for this item and date part.
 * Numbers and amounts compare as numbers; digit strings (受給者証番号) digit for digit, leading zeros kept;
 * dates as the same day or month; era names by name or letter; everything else width-folded without spaces.
 */
export function sameMeaning(item: ItemId, part: Part, want: string, got: string): boolean {
  if (want === got) return true;
  if (got === '') return false;
  const kind = ITEMS[item].kind;
  if (kind === 'yen' || kind === 'number' || part === 'year' || part === 'month' || part === 'day') {
    const a = amount(want);
    return a !== null && a === amount(got);
  }
  if (kind === 'digits') return fold(want).replace(/[-‐−]/g, '') === fold(got).replace(/[-‐−]/g, '');
  if (part === 'era') {
    const e = (s: string) => {
      const f = fold(s);
      const y = ERA_START[f] ?? ERA_START[f.toUpperCase()];
      return y ? (toEra(`${y + 1}-06-01`)?.era ?? f) : f;
    };
    return e(want) === e(got);
  }
  if (kind === 'date' || kind === 'month') {
    const a = readDate(want);
    return a !== null && a === readDate(got);
  }
  return fold(want) === fold(got);
}
