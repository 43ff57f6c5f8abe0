import { describe, expect, it } from 'vitest';
import { officeDate, placeOf, resultRows, text } from '../../apps-script/src/tabs.ts';
import type { Finding } from '../../shared/model/finding.ts';

const f = (o: Partial<Finding>): Finding => ({
  rule: 'report.missing',
  severity: 'error',
  clientId: '001',
  clientName: '山田 太郎',
  month: '2025-01',
  sheet: '月次',
  row: 5,
  column: 'C',
  header: null,
  message: 'メッセージ',
  source: null,
  ...o,
});

describe('the 点検結果 and 月次接触状況 tabs: what is written', () => {
  it('every text gets a leading apostrophe (Sheets would read 001 as 1), nothing for an empty cell', () => {
    expect(text('001')).toBe("'001");
    expect(text('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(text('')).toBe('');
    expect(text(null)).toBe('');
  });
  it('grid dates as offices write them: 2024/10/1', () => {
    expect(officeDate('2024-10-01')).toBe('2024/10/1');
    expect(officeDate('2025-12-31')).toBe('2025/12/31');
    expect(officeDate('')).toBe('');
  });
  it('a place: the cell, or the row when there is no column, or none', () => {
    expect(placeOf(f({}))).toEqual({ label: '月次!C5', a1: 'C5' });
    expect(placeOf(f({ column: null, sheet: '事業所', row: 2 }))).toEqual({
      label: '事業所!2行目',
      a1: 'A2',
    });
    expect(placeOf(f({ sheet: null }))).toBeNull();
  });
  it('rows: errors first, the id and the name in their columns, the month in era form, a link to the cell', () => {
    const rows = resultRows(
      [
        f({ severity: 'warning', rule: 'report.late', clientId: '002', clientName: '佐藤' }),
        f({ month: '2019-05' }),
      ],
      new Map([['月次', 1007]]),
    );
    expect(rows[0]).toEqual(['重要度', '利用者ID', '氏名', '月', '内容', '根拠', 'セル']);
    expect(rows[1]!.slice(0, 5)).toEqual(['エラー', "'001", "'山田 太郎", "'令和元年5月", "'メッセージ"]);
    expect(rows[1]![6]).toBe('=HYPERLINK("#gid=1007&range=C5","月次!C5")');
    expect(rows[2]!.slice(0, 4)).toEqual(['警告', "'002", "'佐藤", "'令和7年1月"]);
  });
});
