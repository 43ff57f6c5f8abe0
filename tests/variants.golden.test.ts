import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../shared/model/finding.ts';
import { expectFull, expectGolden, loadExpected, loadFull } from './golden.ts';
import { runCli } from './run-cli.ts';

/*
 * Two synthetic caseloads laid out unlike the bundled sample, written by scripts/make-samples.ts and
 * committed in samples/. The tests read the committed files (they never run the generator), and the
 * expected findings were worked out by hand from docs/domain.md (each entry of the .expected.json says why).
 */

interface CheckDoc {
  asOf: string;
  office: { name: string | null; number: string | null };
  findings: Finding[];
  summary: { clients: number; contacts: number; monthlyRecords: number; error: number };
}

async function check(path: string, asOf: string): Promise<CheckDoc> {
  const r = await runCli(['check', path, '--as-of', asOf, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1); // both hold errors
  return JSON.parse(r.stdout) as CheckDoc;
}

const of = (doc: CheckDoc, rule: string, clientId?: string | null, month?: string | null) =>
  doc.findings.filter(
    (f) =>
      f.rule === rule &&
      (clientId === undefined || f.clientId === clientId) &&
      (month === undefined || f.month === month),
  );

describe('variant-title-era.xlsx: title row, era dates, other header names and tab names', () => {
  const PATH = 'samples/variant-title-era.xlsx';
  const exp = loadExpected('samples/variant-title-era.expected.json');

  it('check --json reports exactly the findings of variant-title-era.expected.json', async () => {
    const doc = await check(PATH, exp.asOf);
    expect(doc.asOf).toBe('2025-02-28');
    expect(doc.office).toEqual({ name: 'ひだまり就労定着支援センター', number: '1310000002' });
    expectGolden(doc.findings, exp);
  });

  it('and exactly the findings of variant-title-era.full.json, info included, each at its cell', async () => {
    const full = loadFull('samples/variant-title-era.full.json');
    expectFull((await check(PATH, full.asOf)).findings, full);
  });

  it('finds the roster under its title row and reads the tabs by their headers, not their names', async () => {
    const r = await runCli(['check', PATH, '--as-of', exp.asOf]);
    expect(r.stdout).toContain('「台帳」を利用者の一覧として読みました');
    expect(r.stdout).toContain('「記録」を支援記録として読みました');
    expect(r.stdout).toContain('「レポート」を月次の記録として読みました');
    expect(r.stdout).toContain('「設定」を事業所の設定として読みました');
    const doc = await check(PATH, exp.asOf);
    // the title row (row 1) is no client, and findings point at the sheet's own rows (headers on row 3)
    expect(doc.findings.some((f) => `${f.clientId} ${f.clientName}`.includes('利用者台帳'))).toBe(false);
    expect(of(doc, 'data.invalid-recipient-number', 'K008')[0]).toMatchObject({
      sheet: '台帳',
      row: 11,
      column: 'F',
    });
    expect(of(doc, 'data.duplicate-client', 'K009')[0]).toMatchObject({
      sheet: '台帳',
      row: 12,
      column: 'F',
    });
    // every data row of 記録 and レポート was read (the invalid date and the unknown K010 are the two left out)
    expect(doc.summary.contacts).toBe(178);
    expect(doc.summary.monthlyRecords).toBe(93);
  });

  it('the notes after the roster data (※ 記入例は削除してください) are not clients', async () => {
    const doc = await check(PATH, exp.asOf);
    expect(doc.findings.filter((f) => (f.clientId ?? '').startsWith('※'))).toEqual([]);
    expect(doc.summary.clients).toBe(8); // K001–K008; K009 is a duplicate row
  });

  it("a '本人・事業主' row counts as the client's face-to-face contact and as the employer contact", async () => {
    const doc = await check(PATH, exp.asOf);
    // K001's only record in 2025-01 is one 職場訪問 with 相手 '本人・事業主'
    expect(of(doc, 'contact.face-to-face-missing', 'K001', '2025-01')).toEqual([]);
    expect(of(doc, 'employer.contact-missing', 'K001', '2025-01')).toEqual([]);
    expect(of(doc, 'employer.visit-missing', 'K001', '2025-01')).toEqual([]);
  });

  it('a meeting with the family alone is not a contact with the client', async () => {
    const doc = await check(PATH, exp.asOf);
    const [f] = of(doc, 'contact.face-to-face-missing', 'K003', '2024-06');
    // of the two rows that month (家族 面談, 本人 電話) only the phone call is the client's
    expect(f?.message).toContain('電話・メール等の1件は対面に数えません');
  });

  it('no employer finding for a 非開示 client; no period finding for the 延長型 client at its exact limits', async () => {
    const doc = await check(PATH, exp.asOf);
    expect(doc.findings.filter((f) => f.clientId === 'K003' && f.rule.startsWith('employer.'))).toEqual([]);
    expect(doc.findings.filter((f) => f.clientId === 'K002' && f.rule.startsWith('period.'))).toEqual([]);
    // a report shown on the 10th of the next month is on time
    expect(of(doc, 'report.late', 'K006', '2024-09')).toEqual([]);
  });

  // K009 is on the roster (台帳 row 12), only skipped as a duplicate of K001's 受給者証番号
  it('the text report does not call a duplicate roster row a client missing from the roster', async () => {
    const r = await runCli(['check', PATH, '--as-of', exp.asOf]);
    expect(r.stdout).toContain('■ K009 青山 遥');
    expect(r.stdout).not.toContain('■ K009 青山 遥（名簿にない利用者）');
  });
});

describe('variant-csv/: Google Sheets CSV downloads, every cell text, a contact log without ids', () => {
  const PATH = 'samples/variant-csv';
  const exp = loadExpected('samples/variant-csv.expected.json');

  it('check --json reports exactly the findings of variant-csv.expected.json', async () => {
    const doc = await check(PATH, exp.asOf);
    expect(doc.asOf).toBe('2025-03-15');
    expectGolden(doc.findings, exp);
  });

  it('and exactly the findings of variant-csv.full.json, info included, each at its cell', async () => {
    const full = loadFull('samples/variant-csv.full.json');
    expectFull((await check(PATH, full.asOf)).findings, full);
  });

  it('reads the BOM file and the CRLF file cleanly', async () => {
    const doc = await check(PATH, exp.asOf);
    // 事業所 starts with a BOM: its 項目 header and values are still read; the leading 0 stays (text cells)
    expect(doc.office).toEqual({ name: 'みどり就労定着支援室', number: '0110000003' });
    // 利用者一覧 has CRLF line ends: six clients, no stray \r in a name
    expect(doc.summary.clients).toBe(6);
    expect(doc.findings.filter((f) => /\r/.test(f.clientName ?? '') || /\r/.test(f.clientId ?? ''))).toEqual(
      [],
    );
  });

  it('matches log rows by name whatever the spacing, and names the row it cannot match', async () => {
    const doc = await check(PATH, exp.asOf);
    const unknown = of(doc, 'data.unknown-client');
    // 高田 結衣 is also typed 高田結衣 and 高田　結衣 in the log: all hers
    expect(unknown.filter((f) => (f.clientName ?? '').startsWith('高田'))).toEqual([]);
    // 高橋 誠 is not the roster's 髙橋 誠: not guessed
    const takahashi = unknown.filter((f) => f.clientName === '高橋 誠');
    expect(takahashi).toHaveLength(1);
    expect(takahashi[0]).toMatchObject({ clientId: null, sheet: '支援記録', column: 'B' });
    expect(takahashi[0]!.message).toContain('「高橋 誠」が利用者の一覧にありません');
  });

  it('a namesake in a tab without ids is ambiguous: each row says so, naming its own tab and row', async () => {
    const doc = await check(PATH, exp.asOf);
    const ambiguous = of(doc, 'data.unknown-client').filter((f) => f.clientName === '西村 翔');
    expect(new Set(ambiguous.map((f) => f.sheet))).toEqual(new Set(['支援記録', '月次']));
    for (const f of ambiguous) {
      expect(f.clientId).toBeNull();
      expect(f.message).toContain(`「${f.sheet}」${f.row}行目`);
      expect(f.message).toContain('「西村 翔」という利用者が「利用者一覧」の');
    }
    // namesakes are not duplicates (domain §10)
    expect(of(doc, 'data.duplicate-client')).toEqual([]);
  });

  it('the ambiguous-name message names both roster rows that share the name', async () => {
    const doc = await check(PATH, exp.asOf);
    const [f] = of(doc, 'data.unknown-client').filter((x) => x.clientName === '西村 翔');
    expect(f?.message).toMatch(/利用者一覧/);
    expect(f?.message).toMatch(/6行目/);
    expect(f?.message).toMatch(/7行目/);
  });

  it('the month holding the as-of date (2025-03-15) only gets reminders', async () => {
    const doc = await check(PATH, exp.asOf);
    const march = doc.findings.filter((f) => f.month === '2025-03');
    expect(march.length).toBeGreaterThan(0);
    for (const f of march) expect(f.severity).toBe('info');
  });

  it('a client who left the job needs no handover sharing, and no plan review after the end', async () => {
    const doc = await check(PATH, exp.asOf);
    expect(of(doc, 'handover.info-sharing-late', 'S-04')).toEqual([]);
    expect(of(doc, 'plan.review-overdue', 'S-04')).toEqual([]);
    // and nothing after 2024-11 is asked of S-04
    expect(doc.findings.filter((f) => f.clientId === 'S-04' && f.month && f.month > '2024-11')).toEqual([]);
  });
});

describe('variant-office-c.xlsx: another office (two-row header, No. column, hidden old copy, a log per year)', () => {
  const PATH = 'samples/variant-office-c.xlsx';
  const exp = loadExpected('samples/variant-office-c.expected.json');

  it('check --json reports the findings of variant-office-c.expected.json, with their severities', async () => {
    const doc = await check(PATH, exp.asOf);
    expect(doc.office).toEqual({ name: 'あおぞら就労定着支援事業所', number: '2710000004' });
    expectGolden(doc.findings, exp);
  });

  it('and exactly the findings of variant-office-c.full.json, info included, each at its cell', async () => {
    const full = loadFull('samples/variant-office-c.full.json');
    expectFull((await check(PATH, full.asOf)).findings, full);
  });

  it('reads both year tabs of the log by 利用者コード, skips the hidden old roster and the staff list', async () => {
    const r = await runCli(['check', PATH, '--as-of', exp.asOf]);
    expect(r.stdout).toContain('「利用者一覧(旧)」は読んでいません');
    expect(r.stdout).toContain('「職員名簿」は読んでいません');
    expect(r.stdout).toContain('「支援記録2024」を支援記録として読みました');
    expect(r.stdout).toContain('「支援記録2025」を支援記録として読みました');
    expect(r.stdout).toContain('H「支援期間開始」→支援開始日・I「支援期間終了」→支援終了日');
    const doc = await check(PATH, exp.asOf);
    // every contact row of both tabs and every report row is read; AZ-009 of the old copy is nowhere
    expect(doc.summary).toMatchObject({ clients: 5, contacts: 64, monthlyRecords: 32 });
    expect(doc.findings.filter((f) => f.clientId === 'AZ-009' || /^\d+$/.test(f.clientId ?? ''))).toEqual([]);
  });

  it('stats on its roster alone (title row, two-row header, No. column) prints the annual figures', async () => {
    // the roster tab of the sample, saved alone
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(PATH);
    for (const ws of [...wb.worksheets]) if (ws.name !== '利用者一覧') wb.removeWorksheet(ws.id);
    const alone = join(mkdtempSync(join(tmpdir(), 'teichaku-roster-')), 'roster-only.xlsx');
    await wb.xlsx.writeFile(alone);
    const r = await runCli(['stats', alone, '--fiscal-year', '2024']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // by hand: AZ-012 Apr–Mar, AZ-015 Aug–Dec (離職 12-20), AZ-011 Sep–, AZ-014 Nov–, AZ-013 Dec–:
    // 1+1+1+1+2+3+3+4+5+4+4+4 = 33 client-months, 33 / 12 = 2.75 → 2.8
    expect(r.stdout).toContain('利用者延人員 33人　月平均利用者数 2.8人');
    expect(r.stdout).toContain('年度初め 0人 ＋ 新規 5人 − 終了 1人 ＝ 年度末 4人');
    const j = JSON.parse((await runCli(['stats', alone, '--fiscal-year', '2024', '--json'])).stdout);
    expect(j.monthlyCounts.map((m: { count: number }) => m.count)).toEqual([
      1, 1, 1, 1, 2, 3, 3, 4, 5, 4, 4, 4,
    ]);
    // of the 5 who started in FY2022–2024, AZ-015 left the job: 80%
    expect(j).toMatchObject({ endedByReason: { 離職: 1 }, retentionRate: 0.8 });
    // no log: the contacts are not counted, which is not the same as none
    expect(j.contactLog).toBe(false);
    expect(r.stdout).toContain(
      '支援の回数: 支援記録のタブがないため数えていません。支援記録のタブを足すと数えます',
    );
    expect(r.stdout).not.toMatch(/支援の回数: 年間/);
    const whole = JSON.parse((await runCli(['stats', PATH, '--fiscal-year', '2024', '--json'])).stdout);
    expect(whole.contactLog).toBe(true);
  });

  it('a cancelled visit counts for neither duty; 面談（中止） then 電話→来所 meets the month', async () => {
    const doc = await check(PATH, exp.asOf);
    expect(of(doc, 'contact.face-to-face-missing', 'AZ-012', '2025-01')).toHaveLength(1);
    expect(of(doc, 'employer.contact-missing', 'AZ-012', '2025-01')).toHaveLength(1);
    expect(doc.findings.filter((f) => f.clientId === 'AZ-012' && f.month === '2025-02')).toEqual([]);
  });
});

describe('variant-office-d.xlsx: a third office (ケース番号, 相手方, 手段, an untaught word, a blank row in the log)', () => {
  const PATH = 'samples/variant-office-d.xlsx';
  const exp = loadExpected('samples/variant-office-d.expected.json');

  it('check --json reports the findings of variant-office-d.expected.json, with their severities', async () => {
    const doc = await check(PATH, exp.asOf);
    expect(doc.office).toEqual({ name: 'ひまわり就労定着支援センター', number: '2810000005' });
    expectGolden(doc.findings, exp);
  });

  it('and exactly the findings of variant-office-d.full.json, info included, each at its cell', async () => {
    const full = loadFull('samples/variant-office-d.full.json');
    expectFull((await check(PATH, full.asOf)).findings, full);
  });

  it('reads the log past its blank row, and an untaught word is a warning, not a face-to-face error', async () => {
    const doc = await check(PATH, exp.asOf);
    expect(doc.summary).toMatchObject({ clients: 5, contacts: 73, monthlyRecords: 38 });
    expect(of(doc, 'contact.face-to-face-missing', 'C-201', '2024-12')).toEqual([]);
    expect(of(doc, 'contact.method-unknown', 'C-201', '2024-12')[0]).toMatchObject({ severity: 'warning' });
    const r = await runCli(['check', PATH, '--as-of', exp.asOf]);
    expect(r.stdout).toContain('「祝日一覧」は読んでいません');
    expect(r.stdout).toContain('D「相手方（本人/企業）」→対象・E「手段」→方法');
    expect(r.stdout).toContain('「巡回」（1件、57行目）');
  });
});

/*
 * The four shapes of record of domain §10 (issue 14), written by scripts/make-shape-samples.ts; expected findings
 * worked out by hand in samples/shape-*.expected.json before the check was run (each entry says why).
 */
describe('samples/shape-*.xlsx: one workbook per shape of record (domain §10)', () => {
  const SHAPES: [file: string, tab: string, shape: string, line: string][] = [
    ['narrative-log', 'ケース記録', 'narrative-log', '。方法と相手はD列「支援内容」の文から読みました'],
    ['month-grid', '月別支援状況', 'month-grid', '。月別の表: D列「4月」〜O列「3月」の12か月'],
    [
      'form-log',
      'フォームの回答 1',
      'form-log',
      '「タイムスタンプ」は回答の送信日時なので、支援の日付には使っていません',
    ],
    [
      'client-record',
      '山口 花子',
      'client-record',
      '。1人分の記録のタブ: A3「氏名」・B3「受給者証番号」・C3「就職日」・D3「支援開始日」',
    ],
  ];
  for (const [name, tab, shape, line] of SHAPES) {
    const PATH = `samples/shape-${name}.xlsx`;
    it(`${name}: check --json reports exactly the hand-worked findings, and the full golden file cell by cell`, async () => {
      const exp = loadExpected(`samples/shape-${name}.expected.json`);
      const doc = (await check(PATH, exp.asOf)) as CheckDoc & { layout: Record<string, { shape: string }> };
      expectGolden(doc.findings, exp);
      expectFull(doc.findings, loadFull(`samples/shape-${name}.full.json`));
      expect(doc.layout[tab]?.shape).toBe(shape);
    });

    it(`${name}: the text output says, in one line per tab, which shape it read and how`, async () => {
      const r = await runCli(['check', PATH, '--as-of', '2024-09-30']);
      const l = r.stdout.split('\n').find((x) => x.includes(`「${tab}」を`));
      expect(l).toContain(line);
    });
  }

  it('form-log: no monthly records is one finding said first, and no report.missing month', async () => {
    const r = await runCli(['check', 'samples/shape-form-log.xlsx', '--as-of', '2024-09-30']);
    expect(r.stdout).toMatch(
      /^[^\n]*\n[^\n]*\n\n■ 点検できないこと（先に確かめてください）\n {2}\[エラー\] 「shape-form-log\.xlsx」に月次の記録のタブが見つかりません/,
    );
    expect(r.stdout).not.toContain('支援レポートの提示日が空欄');
  });

  it('a folder of per-client workbooks beside a roster workbook reads as the one-workbook sample does', async () => {
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile('samples/shape-client-record.xlsx');
    const dir = mkdtempSync(join(tmpdir(), 'teichaku-folder-'));
    const copy = async (names: string[], file: string) => {
      const wb = new ExcelJS.Workbook();
      for (const n of names) {
        const from = src.getWorksheet(n)!;
        const ws = wb.addWorksheet(n);
        from.eachRow({ includeEmpty: true }, (row, i) => {
          ws.getRow(i).values = row.values as ExcelJS.CellValue[];
        });
      }
      await wb.xlsx.writeFile(join(dir, file));
    };
    await copy(['事業所', '利用者一覧', '月次'], '名簿.xlsx');
    for (const n of ['001_山本', '山口 花子', '石田様']) await copy([n], `${n}.xlsx`);
    const exp = loadExpected('samples/shape-client-record.expected.json');
    const doc = await check(dir, exp.asOf);
    const key = (f: { rule: string; clientId: string | null; month: string | null; severity: string }) =>
      `${f.rule} ${f.clientId} ${f.month} ${f.severity}`;
    expect(doc.findings.map(key).sort()).toEqual(
      exp.expected
        .map((e) => key({ rule: e.rule, clientId: e.client, month: e.month, severity: e.severity! }))
        .sort(),
    );
    expect(doc.summary.clients).toBe(3);
  }, 120_000);
});
