import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectFull, expectGolden, loadExpected, loadFull } from './golden.ts';
import { runCli } from './run-cli.ts';

const SAMPLE = 'samples/caseload-sample.xlsx';

describe('the bundled sample caseload (shared/samples)', () => {
  it('check --json reports exactly the findings of caseload-sample.expected.json', async () => {
    const exp = loadExpected('samples/caseload-sample.expected.json');
    const r = await runCli(['check', SAMPLE, '--as-of', exp.asOf, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // it holds errors
    const doc = JSON.parse(r.stdout);
    expect(doc.asOf).toBe('2025-03-31');
    expect(doc.office.name).toBe('サンプル就労定着支援センター');
    expectGolden(doc.findings, exp);
  });

  it('and exactly the findings of caseload-sample.full.json: severities, info findings and cells included', async () => {
    const full = loadFull('samples/caseload-sample.full.json');
    const r = await runCli(['check', SAMPLE, '--as-of', full.asOf, '--json']);
    expect(r.stderr).toBe('');
    expectFull(JSON.parse(r.stdout).findings, full);
  });

  it('every finding names its sheet, its own row and a column, in the architecture.md shape', async () => {
    const r = await runCli(['check', SAMPLE, '--as-of', '2025-03-31', '--json']);
    const doc = JSON.parse(r.stdout);
    for (const f of doc.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining([
          'rule',
          'severity',
          'clientId',
          'clientName',
          'month',
          'sheet',
          'row',
          'column',
          'message',
        ]),
      );
      expect(f.sheet).toBeTruthy();
      expect(f.row).toBeGreaterThan(0);
      expect(f.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    const dup = doc.findings.find((f: { rule: string }) => f.rule === 'data.duplicate-client');
    expect(dup).toMatchObject({ sheet: '利用者', row: 9, column: 'A', clientId: 'U007' });
    const bad = doc.findings.find((f: { rule: string }) => f.rule === 'data.invalid-date');
    expect(bad).toMatchObject({ sheet: '利用者', row: 17, column: 'E', clientId: 'U015' });
  });

  it('prints readable Japanese grouped by client with a summary', async () => {
    const r = await runCli(['check', SAMPLE, '--as-of', '2025-03-31']);
    expect(r.stdout).toContain('■ U009 森 拓海');
    expect(r.stdout).toContain(
      '「利用者」11行目 X列「計画見直し日」: 就労定着支援計画の直近の作成・見直しが令和6年7月31日で、見直しの期限の令和7年1月31日を過ぎています',
    );
    expect(r.stdout).toMatch(/合計: エラー \d+件・警告 \d+件・情報 \d+件/);
    // clients with errors come first (U009 has one), then those with warnings only (U002)
    expect(r.stdout.indexOf('■ U009')).toBeLessThan(r.stdout.indexOf('■ U002'));
  });

  it('a month still in progress is a reminder (info), not an error', async () => {
    const r = await runCli(['check', SAMPLE, '--as-of', '2025-03-15', '--json']);
    const doc = JSON.parse(r.stdout);
    const march = doc.findings.filter(
      (f: { month: string; rule: string }) => f.month === '2025-03' && f.rule === 'report.missing',
    );
    expect(march.length).toBeGreaterThan(0);
    for (const f of march) expect(f.severity).toBe('info');
  });
});

describe('the sample with its contact log removed (issue 14 acceptance, domain §10)', () => {
  /** The bundled sample without its 支援記録 tab, as an office that keeps no log in the workbook would have it. */
  async function withoutLog(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    wb.removeWorksheet(wb.getWorksheet('支援記録')!.id);
    const p = join(mkdtempSync(join(tmpdir(), 'teichaku-nolog-')), 'caseload-sample.xlsx');
    await wb.xlsx.writeFile(p);
    return p;
  }
  const CONTACT_RULES = /^(contact\.|employer\.|period\.contact-outside)/;
  type F = {
    rule: string;
    clientId: string | null;
    sheet: string | null;
    message: string;
    month: string | null;
  };

  it('no per-month contact finding, one clear not-checkable finding, and every other finding unchanged', async () => {
    const path = await withoutLog();
    const r = await runCli(['check', path, '--as-of', '2025-03-31', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { findings: F[]; summary: { notCheckable: string[] } };
    expect(doc.findings.filter((f) => CONTACT_RULES.test(f.rule))).toEqual([]);
    const cannot = doc.findings.filter((f) => f.rule === 'data.missing-required' && f.clientId === null);
    expect(cannot).toHaveLength(1);
    expect(cannot[0]!.message).toBe(
      '「caseload-sample.xlsx」に支援記録のタブが見つかりません。対面の支援と事業主との連絡は点検できません。見出しに「日付」、「利用者ID」か「氏名」、「方法」か「支援内容」がある表のタブを作るか、列の対応の設定でどのタブかを指定してください',
    );
    expect(doc.summary.notCheckable).toEqual([cannot[0]!.message]);
    // the oracle for the rest: the full sample's own findings, less those that came from the log
    const before = JSON.parse(
      (await runCli(['check', SAMPLE, '--as-of', '2025-03-31', '--json'])).stdout,
    ) as {
      findings: F[];
    };
    const key = (f: F) => `${f.rule}|${f.clientId}|${f.month}|${f.sheet}|${f.message}`;
    const expected = before.findings
      .filter((f) => !CONTACT_RULES.test(f.rule) && f.sheet !== '支援記録')
      .map(key);
    expect(
      doc.findings
        .filter((f) => f !== cannot[0])
        .map(key)
        .sort(),
    ).toEqual(expected.sort());
  }, 120_000);

  it('the text output says what cannot be checked first, before what was read and the findings', async () => {
    const r = await runCli(['check', await withoutLog(), '--as-of', '2025-03-31']);
    const lines = r.stdout.split('\n');
    const first = lines.findIndex((l) => l.startsWith('■'));
    expect(lines[first]).toBe('■ 点検できないこと（先に確かめてください）');
    expect(lines[first + 1]).toContain('支援記録のタブが見つかりません');
    expect(first).toBeLessThan(lines.indexOf('読み取った内容:'));
    expect(r.stdout).toContain('点検できないこと: 1件');
    expect(r.stdout).not.toContain('本人との対面（またはテレビ電話）の支援の記録がありません');
  }, 120_000);
});
