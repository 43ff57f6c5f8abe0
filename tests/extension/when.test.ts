import { describe, expect, it } from 'vitest';
import { filledWhen } from '../../extension/lib/when.ts';

describe('the time shown beside 入力済み', () => {
  it('is the local wall-clock time of the moment stored, in any zone', () => {
    // made from local parts, so whatever TZ the suite runs in, the person saw 10:02 on 4月3日
    expect(filledWhen(new Date(2025, 3, 3, 10, 2).toISOString())).toBe('4月3日 10:02');
    expect(filledWhen(new Date(2025, 11, 31, 23, 59).toISOString())).toBe('12月31日 23:59');
    expect(filledWhen(new Date(2026, 0, 1, 0, 5).toISOString())).toBe('1月1日 00:05');
  });
});
