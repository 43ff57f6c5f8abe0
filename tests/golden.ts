import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Finding } from '../shared/model/finding.ts';

export interface Expected {
  asOf: string;
  monthlyFindingsNotScoredFor?: string[];
  expected: { rule: string; client: string; name?: string; month: string | null }[];
}

export function loadExpected(path: string): Expected {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const key = (rule: string, client: string | null, month: string | null) =>
  `${rule} ${client ?? '-'} ${month ?? '-'}`;

/**
 * The golden comparison of shared/samples/README.md: every expected finding is reported; no finding of
 * a rule id the file uses is reported beyond them unless it is info, or it is a month-level finding of a
 * client whose period itself is wrong.
 */
export function expectGolden(findings: Finding[], exp: Expected) {
  const got = new Set(findings.map((f) => key(f.rule, f.clientId, f.month)));
  const missing = exp.expected
    .filter((e) => !got.has(key(e.rule, e.client, e.month)))
    .map((e) => key(e.rule, e.client, e.month));
  expect(missing, 'expected findings that were not reported').toEqual([]);

  const listed = new Set(exp.expected.map((e) => key(e.rule, e.client, e.month)));
  const scoredRules = new Set(exp.expected.map((e) => e.rule));
  const notScored = new Set(exp.monthlyFindingsNotScoredFor ?? []);
  const extra = findings
    .filter((f) => scoredRules.has(f.rule) && f.severity !== 'info')
    .filter((f) => !(f.month && f.clientId && notScored.has(f.clientId)))
    .map((f) => key(f.rule, f.clientId, f.month))
    .filter((k) => !listed.has(k));
  expect([...new Set(extra)], 'findings reported that the expected file does not list').toEqual([]);
}
