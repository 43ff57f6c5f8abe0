/** Japanese era dates from plain dates (`YYYY-MM-DD`), as portals split them. Pure arithmetic. */

export interface EraDate {
  /** 令和, 平成 … */
  era: string;
  /** Letter used by many portals' option values: R, H, S. */
  letter: string;
  /** Year in the era (1 for 元年). */
  year: number;
  month: number;
  day: number;
}

/** Eras by first day, newest first. */
const ERAS = [
  { era: '令和', letter: 'R', start: '2019-05-01' },
  { era: '平成', letter: 'H', start: '1989-01-08' },
  { era: '昭和', letter: 'S', start: '1926-12-25' },
] as const;

export function eraNames(): string[] {
  return ERAS.map((e) => e.era);
}

/** A plain date or a month (`YYYY-MM`, read as its first day) in its era; null if not a date. */
export function toEra(date: string): EraDate | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3] ?? '01'}`;
  const e = ERAS.find((x) => iso >= x.start);
  if (!e) return null;
  const y = Number(m[1]);
  return {
    era: e.era,
    letter: e.letter,
    year: y - Number(e.start.slice(0, 4)) + 1,
    month: Number(m[2]),
    day: Number(m[3] ?? '1'),
  };
}

/** 令和7年3月31日 (元年 for year 1); a month gives 令和7年3月. */
export function formatEra(date: string): string | null {
  const e = toEra(date);
  if (!e) return null;
  const head = `${e.era}${e.year === 1 ? '元' : e.year}年${e.month}月`;
  return date.length === 7 ? head : `${head}${e.day}日`;
}
