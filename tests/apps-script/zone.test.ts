import { describe, expect, it } from 'vitest';
import { dayReader, stampIn, todayIn } from '../../apps-script/src/zone.ts';

describe('zone: a Date is read as a calendar day in the spreadsheet zone, never the process zone', () => {
  const instant = new Date('2025-03-31T15:30:00Z'); // 2025-04-01 00:30 in Tokyo, 08:30 on 3/31 in Los Angeles
  it('the same instant is a different day in different zones', () => {
    expect(dayReader('Asia/Tokyo')(instant)).toBe('2025-04-01');
    expect(dayReader('America/Los_Angeles')(instant)).toBe('2025-03-31');
    expect(todayIn('UTC', instant)).toBe('2025-03-31');
  });
  it('an invalid Date is no day', () => {
    expect(dayReader('Asia/Tokyo')(new Date(Number.NaN))).toBeNull();
  });
  it('a zone this Intl does not know falls back to Utilities.formatDate', () => {
    const seen: string[] = [];
    const read = dayReader('Not/AZone', (_d, tz) => {
      seen.push(tz);
      return '2025-01-02';
    });
    expect(read(instant)).toBe('2025-01-02');
    expect(seen).toEqual(['Not/AZone']);
  });
  it('a log stamp is the day and minute in the zone, midnight as 00 (not 24); the day alone without Intl', () => {
    expect(stampIn('Asia/Tokyo', instant)).toBe('2025-04-01 00:30');
    expect(stampIn('America/Los_Angeles', instant)).toBe('2025-03-31 08:30');
    expect(stampIn('Not/AZone', instant, () => '2025-01-02')).toBe('2025-01-02');
  });
});
