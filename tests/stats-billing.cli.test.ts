import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BillingDocumentSchema } from '../shared/billing/document.ts';
import { runCli } from './run-cli.ts';

/**
 * A three-client office written as a Google Sheets CSV download, with every figure worked out by hand.
 *
 *   A  hired 2023-10-01, support 2024-04-01 –          cap 9,300   Oct: 訪問 (本人) 10/5, report 10/31
 *   B  hired 2024-03-01, support 2024-09-01 –          cap 37,200  Oct: 電話 only 10/7,  report 10/31
 *   C  hired 2022-01-01, support 2022-07-01 – 2024-12-31 期間満了, cap 0  Oct: 面談 10/10, report 10/20
 *
 * Billing 2024-10 (band: 就労定着率 96% → 3,512 units; 単価 10.00 yen):
 *   A billable: 3,512 units → 35,120 yen; copay min(3,512, 9,300) = 3,512; benefit 31,608
 *   B not billable: no face-to-face contact in the month
 *   C billable: 35,120 yen; copay 0 (cap 0); benefit 35,120
 *   totals: 3 clients, 2 billable, 7,024 units, 70,240 yen, copay 3,512, benefit 66,728
 *
 * Stats FY2024 (2024-04-01 – 2025-03-31):
 *   active months: A Apr–Mar 12, B Sep–Mar 7, C Apr–Dec 9 → 28 client-months; 28 / 12 = 2.33 → 2.4 (rounded up)
 *   at start: C (began before April 1) = 1; new: A, B = 2; ended: C (期間満了) = 1; at end: A, B = 2
 *   since opening: 3 clients, none left the job → 100%
 *   contacts in the year 3 (all in October: second half); visits 1 (A's 訪問 at the employer)
 */
const CSV = {
  事業所:
    '項目,値\r\n事業所名,テスト定着支援室\r\n事業所番号,1310000002\r\n地域区分,その他\r\n単価,10\r\n就労定着率,96%\r\n',
  利用者:
    '\ufeff利用者ID,氏名,ふりがな,性別,生年月日,受給者証番号,市町村番号,就職日,支援開始日,支援終了日,終了理由,障害開示,負担上限月額,計画作成日\n' +
    'A,青空 一郎,あおぞら いちろう,男,1990/5/1,1000000001,131016,2023/10/1,2024/4/1,,,開示,9300,2024/4/1\n' +
    'B,海野 花子,うみの はなこ,女,1985/2/2,1000000002,131016,2024/3/1,2024/9/1,,,開示,"37,200",2024/9/1\n' +
    'C,山川 次郎,やまかわ じろう,男,2000/12/12,1000000003,131016,2022/1/1,2022/7/1,2024/12/31,期間満了,非開示,0,2024/7/1\n',
  支援記録:
    '日付,利用者ID,氏名,対象,方法,場所\n' +
    '2024/10/5,A,青空 一郎,本人,訪問,雇用事業主内\n' +
    '2024/10/7,B,海野 花子,本人,電話,その他\n' +
    '2024/10/10,C,山川 次郎,本人,面談,事業所内\n',
  月次: '年月,利用者ID,レポート提示日\n2024-10,A,2024/10/31\n2024-10,B,2024/10/31\n2024-10,C,2024/10/20\n',
};

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'teichaku-small-'));
  for (const [tab, text] of Object.entries(CSV)) writeFileSync(join(dir, `小さな事業所 - ${tab}.csv`), text);
});

describe('billing on a small office (CSV folder)', () => {
  it('bills each client-month by hand-computed units, yen and copay caps', async () => {
    const r = await runCli(['billing', dir, '--month', '2024-10', '--as-of', '2024-11-05', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = BillingDocumentSchema.parse(JSON.parse(r.stdout));
    expect(doc.schema).toBe('teichaku.billing/v1');
    expect(doc.office).toMatchObject({ name: 'テスト定着支援室', number: '1310000002', unitPrice: 10 });
    const [a, b, c] = doc.rows;
    expect(a).toMatchObject({ id: 'A', billable: true, totalCost: 35120, copay: 3512, benefit: 31608 });
    expect(a?.units.total).toBe(3512);
    expect(a?.reportSharedDate).toBe('2024-10-31');
    expect(a?.supportDays).toEqual(['2024-10-05']);
    expect(b).toMatchObject({ id: 'B', billable: false });
    expect(b?.reasons.map((x) => x.code)).toContain('no-face-to-face');
    expect(c).toMatchObject({
      id: 'C',
      billable: true,
      totalCost: 35120,
      copay: 0,
      benefit: 35120,
      copayCap: 0,
    });
    expect(doc.totals).toEqual({
      clients: 3,
      billable: 2,
      units: 7024,
      totalCost: 70240,
      copay: 3512,
      benefit: 66728,
    });
  });

  it('prints the month in readable Japanese and says it never sends anything', async () => {
    const r = await runCli(['billing', dir, '--month', '2024-10', '--as-of', '2024-11-05']);
    expect(r.stdout).toContain('令和6年10月サービス提供分の請求データ');
    expect(r.stdout).toContain('✕ B 海野 花子');
    expect(r.stdout).toContain(
      '合計: 3人中 請求できる 2人　7,024単位　総費用額 70,240円・利用者負担 3,512円・給付費 66,728円',
    );
    expect(r.stdout).toContain('請求の送信はしません');
  });
});

describe('stats on a small office (domain.md §9), worked out by hand', () => {
  it('gives the annual figures', async () => {
    const r = await runCli(['stats', dir, '--fiscal-year', '2024', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({
      fiscalYear: 2024,
      clientMonths: 28,
      monthlyAverage: 2.4,
      activeAtStart: 1,
      newInYear: 2,
      endedInYear: 1,
      activeAtEnd: 2,
      cumulativeClients: 3,
      cumulativeLeftJob: 0,
      cumulativeRetention: 1,
    });
    expect(s.endedByReason['期間満了']).toBe(1);
    expect(s.monthlyCounts.map((m: { count: number }) => m.count)).toEqual([
      2, 2, 2, 2, 2, 3, 3, 3, 3, 2, 2, 2,
    ]);
    expect(s.sex).toMatchObject({ 男: 1, 女: 1 });
    expect(s.contacts).toEqual({ year: 3, firstHalf: 0, secondHalf: 3 });
    expect(s.visits).toEqual({ year: 1, firstHalf: 0, secondHalf: 1 });
  });

  it('prints them in Japanese with the era year', async () => {
    const r = await runCli(['stats', dir, '--fiscal-year', '2024']);
    expect(r.stdout).toContain('令和6年度（令和6年4月1日〜令和7年3月31日）の実績');
    expect(r.stdout).toContain('年度初め 1人 ＋ 新規 2人 − 終了 1人 ＝ 年度末 2人');
  });
});
