import { describe, expect, it } from 'vitest';
import { type CellValue, dateCell } from '../codecs/index.ts';
import type { Tab, Workbook } from '../sheet/tab.ts';
import { readWorkbook } from './workbook.ts';

/*
 * A contact log split into one tab per year, each tab numbering its rows from 1 in a No. column before the
 * 利用者コード, under a roster that has a No. column too (samples/variant-office-c.xlsx). Every tab's client
 * id column is settled by evidence, not only the first log's: the row numbers 1, 2, 3 … of the second tab
 * are no client ids, even though the roster's No. column holds the same small numbers.
 */
const D = dateCell;
const roster: Tab = {
  name: '利用者一覧',
  rows: [
    ['No.', '利用者コード', '氏名', '就職日', '支援開始日', '計画作成日'],
    [1, 'AZ-011', '小川 真央', D('2024-01-01'), D('2024-07-01'), D('2024-07-01')],
    [2, 'AZ-012', '加藤 颯', D('2024-01-01'), D('2024-07-01'), D('2024-07-01')],
    [3, 'AZ-013', '木村 葵', D('2024-01-01'), D('2024-07-01'), D('2024-07-01')],
  ],
};
const log = (name: string, year: number, ids: string[]): Tab => ({
  name,
  rows: [
    ['No.', '実施日', '利用者コード', '氏名', '対象', '支援方法'],
    ...ids.map((id, i): CellValue[] => [i + 1, D(`${year}-0${(i % 9) + 1}-10`), id, '', '本人', '来所']),
  ],
});
const monthly: Tab = {
  name: '月次',
  rows: [
    ['No.', '対象月', '利用者コード', 'レポート提示日'],
    [1, '2024年7月', 'AZ-012', D('2024-07-26')],
    [2, '2024年7月', 'AZ-013', D('2024-07-26')],
    [3, '2024年7月', 'AZ-011', D('2024-07-26')],
  ],
};

describe('readWorkbook: the client id column of every tab of a split log', () => {
  it('reads 利用者コード in each year tab and in the monthly tab, not the No. row numbers', () => {
    const wb: Workbook = {
      title: 'split.xlsx',
      tabs: [
        roster,
        log('支援記録2024', 2024, ['AZ-011', 'AZ-012', 'AZ-013', 'AZ-011']),
        log('支援記録2025', 2025, ['AZ-012', 'AZ-013', 'AZ-011', 'AZ-012']),
        monthly,
      ],
    };
    const r = readWorkbook(wb);
    if (!r.ok) throw new Error(r.error);
    expect(r.caseload.contacts.map((c) => `${c.source.sheet} ${c.clientId}`)).toEqual([
      '支援記録2024 AZ-011',
      '支援記録2024 AZ-012',
      '支援記録2024 AZ-013',
      '支援記録2024 AZ-011',
      '支援記録2025 AZ-012',
      '支援記録2025 AZ-013',
      '支援記録2025 AZ-011',
      '支援記録2025 AZ-012',
    ]);
    expect(r.caseload.monthly.map((m) => m.clientId)).toEqual(['AZ-012', 'AZ-013', 'AZ-011']);
    expect(r.findings.filter((f) => f.rule === 'data.unknown-client')).toEqual([]);
  });
});
