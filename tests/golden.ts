import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Finding } from '../shared/model/finding.ts';

export interface Expected {
  asOf: string;
  monthlyFindingsNotScoredFor?: string[];
  expected: { rule: string; client: string; name?: string; month: string | null; severity?: string }[];
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
  // an entry that gives a severity must be reported with that severity
  const got = new Set(
    findings.flatMap((f) => [
      key(f.rule, f.clientId, f.month),
      `${key(f.rule, f.clientId, f.month)} ${f.severity}`,
    ]),
  );
  const missing = exp.expected
    .map((e) => key(e.rule, e.client, e.month) + (e.severity ? ` ${e.severity}` : ''))
    .filter((k) => !got.has(k));
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

/** One finding as a full golden file lists it: rule, severity, client, month and the cell it points at. */
export interface FullEntry {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  client: string | null;
  month: string | null;
  sheet: string | null;
  row: number | null;
  column: string | null;
  why: string;
}

export interface FullExpected {
  asOf: string;
  findings: FullEntry[];
}

export function loadFull(path: string): FullExpected {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const fullKey = (e: Omit<FullEntry, 'why'>) =>
  `${e.rule} ${e.severity} ${e.client ?? '-'} ${e.month ?? '-'} ${e.sheet ?? '-'}!${e.column ?? '-'}${e.row ?? '-'}`;

/**
 * The strict golden comparison (issue 10): every finding reported is listed with its severity (info
 * included) and the cell it points at, and every listed finding is reported, as many times as listed; a
 * finding of a rule id the file does not mention fails.
 */
export function expectFull(findings: Finding[], exp: FullExpected) {
  const keyOf = (f: Finding) =>
    fullKey({
      rule: f.rule,
      severity: f.severity,
      client: f.clientId,
      month: f.month,
      sheet: f.sheet ?? null,
      row: f.row ?? null,
      column: f.column ?? null,
    });
  const rules = new Set(exp.findings.map((e) => e.rule));
  expect(
    findings.filter((f) => !rules.has(f.rule)).map(keyOf),
    'findings of a rule id the full file does not mention',
  ).toEqual([]);
  expect(findings.map(keyOf).sort(), 'findings reported (left) against the full golden file (right)').toEqual(
    exp.findings.map(fullKey).sort(),
  );
}
