import { describe, expect, it } from 'vitest';
import { todayInTokyo } from './main.ts';

// The one function that reads the clock: the default --as-of. It must follow Japan's calendar day whatever
// the machine's zone (the suite runs under Asia/Tokyo, UTC and America/Los_Angeles).
describe('todayInTokyo', () => {
  it('turns to the next day at 15:00 UTC (midnight in Tokyo)', () => {
    expect(todayInTokyo(new Date('2025-03-31T14:59:59.999Z'))).toBe('2025-03-31');
    expect(todayInTokyo(new Date('2025-03-31T15:00:00.000Z'))).toBe('2025-04-01');
  });

  it('is a YYYY-MM-DD plain date across a year end', () => {
    expect(todayInTokyo(new Date('2024-12-31T15:00:00Z'))).toBe('2025-01-01');
    expect(todayInTokyo(new Date('2024-12-31T14:00:00Z'))).toBe('2024-12-31');
  });

  it('defaults to now', () => {
    const before = todayInTokyo(new Date());
    const got = todayInTokyo();
    const after = todayInTokyo(new Date());
    expect([before, after]).toContain(got);
    expect(got).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
