import { describe, expect, it } from 'vitest';
import { MAX_LINES, summaryData, summaryHtml } from '../../apps-script/src/summary.ts';
import { type CheckResult, checkResult } from '../../shared/check.ts';
import type { Finding } from '../../shared/model/finding.ts';
import { readWorkbook } from '../../shared/read/workbook.ts';
import {
  NOT_CHECKABLE_AS_OF,
  notCheckableMessages,
  notCheckableWorkbook,
} from '../not-checkable.workbook.ts';

const f = (o: Partial<Finding>): Finding => ({
  rule: 'contact.face-to-face-missing',
  severity: 'error',
  clientId: 'U001',
  clientName: '山田 太郎',
  month: '2025-01',
  sheet: '支援記録',
  row: 5,
  column: 'C',
  header: null,
  message: '令和7年1月: 本人との対面の記録がありません。',
  source: null,
  ...o,
});
const result = (findings: Finding[]): CheckResult => {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const x of findings) counts[x.severity] += 1;
  return {
    asOf: '2025-03-31',
    office: { name: null, number: null },
    findings,
    summary: {
      total: findings.length,
      ...counts,
      byRule: {},
      clients: 0,
      contacts: 0,
      monthlyRecords: 0,
      notCheckable: [],
    },
  };
};

describe('summary sidebar data: one section per rule, one line per client and month', () => {
  const findings = [
    f({}),
    f({ month: '2025-02', row: 9, message: '令和7年2月: 本人との対面の記録がありません。' }),
    f({ column: 'D' }), // the same client and month again: one line, 2件
    f({ clientId: 'U002', clientName: '佐藤 花子', row: 12 }),
    f({ rule: 'employer.contact-missing', severity: 'warning', month: '2025-01', row: 3, column: 'B' }),
    f({
      rule: 'office.rate-mismatch',
      severity: 'warning',
      clientId: null,
      clientName: null,
      month: null,
      sheet: '事業所',
      row: 2,
      column: null,
      message: '区分が違います',
    }),
  ];
  const d = summaryData(result(findings));

  it('counts by severity add up to the header', () => {
    expect(d.counts).toEqual({ error: 4, warning: 2, info: 0 });
    const sum = { error: 0, warning: 0, info: 0 };
    for (const r of d.rules) for (const k of ['error', 'warning', 'info'] as const) sum[k] += r.counts[k];
    expect(sum).toEqual(d.counts);
  });

  it('rules: errors first, then by count; the example is the first message', () => {
    expect(d.rules.map((r) => [r.rule, r.counts])).toEqual([
      ['contact.face-to-face-missing', { error: 4, warning: 0, info: 0 }],
      ['employer.contact-missing', { error: 0, warning: 1, info: 0 }],
      ['office.rate-mismatch', { error: 0, warning: 1, info: 0 }],
    ]);
    expect(d.rules[0]!.example).toBe('令和7年1月: 本人との対面の記録がありません。');
  });

  it('one line per client and month, in era months, linking to the first cell; an office finding has no cell', () => {
    expect(d.rules[0]!.lines.map((l) => [l.who, l.month, l.count, l.place])).toEqual([
      ['U001 山田 太郎', '令和7年1月', 2, '支援記録!C5'],
      ['U001 山田 太郎', '令和7年2月', 1, '支援記録!C9'],
      ['U002 佐藤 花子', '令和7年1月', 1, '支援記録!C12'],
    ]);
    expect(d.rules[2]!.lines.map((l) => [l.who, l.month, l.place, l.column])).toEqual([
      ['（事業所）', '', '事業所!2行目', null],
    ]);
    const html = summaryHtml(d);
    expect(html).toContain('data-sheet="支援記録" data-row="5" data-column="C">');
    expect(html).toContain('data-sheet="事業所" data-row="2" data-column="A">');
    expect(html).toContain('対象の利用者と月（3件）');
  });

  it('a rule with errors comes before a rule with more warnings', () => {
    const d2 = summaryData(
      result([
        f({ rule: 'report.late', severity: 'warning', clientId: 'U001' }),
        f({ rule: 'report.late', severity: 'warning', clientId: 'U002' }),
        f({ rule: 'report.late', severity: 'warning', clientId: 'U003' }),
        f({ rule: 'report.missing', severity: 'error', clientId: 'U004' }),
      ]),
    );
    expect(d2.rules.map((r) => r.rule)).toEqual(['report.missing', 'report.late']);
  });

  it(`a rule with more than ${MAX_LINES} client-months lists ${MAX_LINES} and says how many more are on 点検結果`, () => {
    const many = Array.from({ length: MAX_LINES + 7 }, (_, i) =>
      f({ clientId: `U${String(i).padStart(3, '0')}` }),
    );
    const r = summaryData(result(many)).rules[0]!;
    expect(r.lines).toHaveLength(MAX_LINES);
    expect(r.more).toBe(7);
    expect(summaryHtml(summaryData(result(many)))).toContain('ほか7件は「点検結果」タブにあります');
  });
});

describe('summary sidebar: what cannot be checked comes first', () => {
  it('a workbook-wide and a per-client not-checkable finding are above the counts, and under no rule', () => {
    const read = readWorkbook(notCheckableWorkbook());
    if (!read.ok) throw new Error(read.error);
    const d = summaryData(checkResult(read.caseload, read.findings, NOT_CHECKABLE_AS_OF));
    expect(d.cannot.map((c) => [c.severity, c.message, c.place])).toEqual([
      ['error', notCheckableMessages()[0], ''],
      ['error', notCheckableMessages()[1], '鈴木 花!5行目'],
    ]);
    expect(d.rules.map((r) => r.rule)).not.toContain('data.missing-required');
    // the header still counts everything: the rules' counts and the section's add up to it
    const sum = { error: 0, warning: 0, info: 0 };
    for (const r of d.rules) for (const k of ['error', 'warning', 'info'] as const) sum[k] += r.counts[k];
    for (const c of d.cannot) sum[c.severity] += 1;
    expect(sum).toEqual(d.counts);
    const html = summaryHtml(d);
    expect(html.indexOf('点検できないこと（先に確かめてください）')).toBeLessThan(
      html.indexOf('summary-counts'),
    );
    expect(html).not.toContain('見つかった点はありません');
  });

  it('nothing that cannot be checked: no such section', () => {
    expect(summaryHtml(summaryData(result([f({})])))).not.toContain('class="cannot"');
  });
});
