import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const SAMPLE = 'samples/caseload-sample.xlsx';
const tmp = () => mkdtempSync(join(tmpdir(), 'teichaku-tabs-'));

/** A roster-only workbook: three clients, nothing else. */
async function rosterOnly(extra?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const p = join(tmp(), 'roster-only.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('利用者');
  ws.addRow(['利用者ID', '氏名', '生年月日', '就職日', '支援開始日', '計画作成日']);
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  ws.addRow(['A1', '青空 一郎', d('1990-05-01'), d('2023-01-10'), d('2023-07-10'), d('2023-07-10')]);
  ws.addRow(['A2', '海野 花子', d('2000-11-20'), d('2024-02-01'), d('2024-08-01'), d('2024-08-01')]);
  ws.addRow(['A3', '山川 次郎', d('1975-03-03'), d('2022-04-01'), d('2022-10-01'), d('2022-10-01')]);
  extra?.(wb);
  await wb.xlsx.writeFile(p);
  return p;
}

describe('each command needs only the tabs it uses', () => {
  it('stats runs on a roster alone and prints the annual figures', async () => {
    const r = await runCli(['stats', await rosterOnly(), '--fiscal-year', '2024']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('年度末 3人');
    const j = await runCli(['stats', await rosterOnly(), '--fiscal-year', '2024', '--json']);
    expect(JSON.parse(j.stdout)).toMatchObject({ fiscalYear: 2024, activeAtEnd: 3 });
  });

  it('check on a workbook missing tabs checks what it can and reports each missing tab as a finding (exit 1)', async () => {
    const r = await runCli(['check', await rosterOnly(), '--as-of', '2025-03-31', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    const missing = doc.findings.filter(
      (f: { rule: string; clientId: string | null }) => f.rule === 'data.missing-required' && !f.clientId,
    );
    expect(missing.map((f: { message: string }) => f.message)).toEqual([
      expect.stringContaining('支援記録のタブが見つかりません'),
      expect.stringContaining('月次の記録のタブが見つかりません'),
    ]);
    // the clients are still checked (plans, periods), but the duties whose records are missing are said
    // once above, never once per month (domain §10)
    expect(doc.findings.some((f: { rule: string }) => f.rule === 'plan.review-overdue')).toBe(true);
    expect(doc.findings.some((f: { rule: string }) => f.rule === 'contact.face-to-face-missing')).toBe(false);
    expect(doc.findings.some((f: { rule: string }) => f.rule === 'report.missing')).toBe(false);
    expect(doc.summary.notCheckable).toHaveLength(2);
  });

  it('billing needs the records too: without them it says which tab is missing (exit 2)', async () => {
    const r = await runCli(['billing', await rosterOnly(), '--month', '2025-02']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('支援記録・月次の記録のタブが見つかりません');
  });
});

describe('check says what it understood', () => {
  it('one line per tab before the findings, and --json carries the same as `layout`', async () => {
    const text = await runCli(['check', SAMPLE, '--as-of', '2025-03-31']);
    const head = text.stdout.split('\n■')[0]!;
    expect(head).toContain('読み取った内容:');
    expect(head).toMatch(/「利用者」を利用者の一覧として読みました（見出し1行目）: A/);
    const json = JSON.parse((await runCli(['check', SAMPLE, '--as-of', '2025-03-31', '--json'])).stdout);
    expect(json.layout['利用者']).toMatchObject({ role: 'roster', headerRow: 1, skipped: null });
    expect(Object.keys(json.layout['利用者'].fields)).toEqual(
      expect.arrayContaining(['id', 'name', 'startDate']),
    );
    for (const [field, ref] of Object.entries(
      json.layout['利用者'].fields as Record<string, { column: string }>,
    ))
      expect(head, field).toContain(ref.column);
  });

  it('a hidden old copy of the roster is skipped, and the output says so', async () => {
    const p = await rosterOnly((wb) => {
      const old = wb.addWorksheet('利用者(旧)', { state: 'hidden' });
      old.addRow(['利用者ID', '氏名', '就職日', '支援開始日']);
      old.addRow(['Z9', '昔 の人', new Date('2020-01-01T00:00:00Z'), new Date('2020-07-01T00:00:00Z')]);
    });
    const r = await runCli(['check', p, '--as-of', '2025-03-31']);
    expect(r.stdout).toContain('「利用者(旧)」は読んでいません: 非表示のタブのため読んでいません');
    expect(r.stdout).not.toContain('Z9');
  });
});
