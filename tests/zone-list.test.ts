import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * scripts/test.sh runs the whole suite once and the zone-dependent tests again under two more time zones.
 * That list is only as good as its upkeep: a file that starts using a local-time Date API must join it.
 */
const list = JSON.parse(readFileSync('tests/zone-dependent.json', 'utf8')) as {
  tests: string[];
  sources: Record<string, string[]>;
};

/** APIs whose answer depends on the process time zone (the UTC getters and Date.UTC do not). */
const LOCAL_TIME =
  /\.(getFullYear|getMonth|getDate|getDay|getHours|getMinutes|getSeconds|getTimezoneOffset|setHours|setDate|setMonth|setFullYear|toLocaleDateString|toLocaleTimeString|toDateString|toTimeString)\(|new Date\(|Intl\.DateTimeFormat|process\.env\.TZ|timeZone/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    if (f === 'node_modules' || f === 'dist' || f.startsWith('.')) return [];
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = ['shared', 'cli', 'apps-script/src', 'extension', 'tests']
  .flatMap(walk)
  .filter((p) => /\.tsx?$/.test(p));
const isTest = (p: string) => /\.test\.tsx?$/.test(p);

describe('the zone-dependent test list (tests/zone-dependent.json)', () => {
  it('the local-time regex tells a zone-dependent line from a zone-free one', () => {
    for (const s of [
      'd.getDate()',
      'new Date(2025, 2, 31)',
      "timeZone: 'Asia/Tokyo'",
      'x.toLocaleDateString()',
    ])
      expect(LOCAL_TIME.test(s), s).toBe(true);
    for (const s of ['d.getUTCDate()', 'Date.UTC(2025, 2, 31)', "(1234).toLocaleString('ja-JP')"])
      expect(LOCAL_TIME.test(s), s).toBe(false);
  });

  it('lists every test file that uses a local-time Date API', () => {
    const missing = files
      .filter(isTest)
      .filter((p) => LOCAL_TIME.test(readFileSync(p, 'utf8')) && p !== 'tests/zone-list.test.ts')
      .filter((p) => !list.tests.includes(p));
    expect(missing).toEqual([]);
  });

  it('names, for every source file that uses one, listed tests that cover it', () => {
    const uncovered = files
      .filter((p) => !isTest(p) && LOCAL_TIME.test(readFileSync(p, 'utf8')))
      .filter((p) => !(list.sources[p]?.length && list.sources[p]!.every((t) => list.tests.includes(t))));
    expect(uncovered).toEqual([]);
  });

  it('names only files that exist', () => {
    const all = new Set(files);
    expect(list.tests.filter((t) => !all.has(t))).toEqual([]);
    expect(Object.keys(list.sources).filter((s) => !all.has(s))).toEqual([]);
  });
});
