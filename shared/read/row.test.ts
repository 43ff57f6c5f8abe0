import { describe, expect, it } from 'vitest';
import type { TableLayout } from '../sheet/detect.ts';
import { dataRows, isNoteRow } from './row.ts';

const layout: TableLayout = {
  kind: 'table',
  tab: '利用者',
  role: 'roster',
  headerRow: 1,
  columns: { id: { col: 1, letter: 'A', header: '利用者ID' }, name: { col: 2, letter: 'B', header: '氏名' } },
  unknownHeaders: [],
};

describe('data rows: blank rows and note rows after the data are not clients', () => {
  it('notes and totals are not data, even in the id column', () => {
    expect(isNoteRow(['※ 記入例は削除してください'])).toBe(true);
    expect(isNoteRow(['＊日付は和暦でも可'])).toBe(true);
    expect(isNoteRow(['合計', null, '2件'])).toBe(true);
    expect(isNoteRow(['U001', '青空 一郎'])).toBe(false);
  });

  it('yields the real rows with their own sheet row numbers', () => {
    const rows = [
      ['利用者ID', '氏名'],
      ['U001', '青空 一郎', '2024/4/1'],
      [],
      [null, null, 'メモ'],
      ['U002'],
      ['※ 記入例'],
    ];
    expect([...dataRows(layout, rows)].map((r) => [r.row, r.text('id')])).toEqual([
      [2, 'U001'],
      [5, 'U002'],
    ]);
  });

  it('a row with two cells outside the id and name columns is data (the resolver reports the missing id)', () => {
    const rows = [
      ['利用者ID', '氏名'],
      [null, null, '2024/4/1', '面談'],
      [null, null, 'メモ'],
    ];
    expect([...dataRows(layout, rows)].map((r) => r.row)).toEqual([2]);
  });

  it('a cell place names the column and its header; a field without a column names the row only', () => {
    const [view] = [
      ...dataRows(layout, [
        ['利用者ID', '氏名'],
        ['U001', '青空'],
      ]),
    ];
    expect(view!.at('name')).toEqual({ sheet: '利用者', row: 2, column: 'B', header: '氏名' });
    expect(view!.at('kana')).toEqual({ sheet: '利用者', row: 2, column: null, header: null });
    expect(view!.at()).toEqual({ sheet: '利用者', row: 2, column: null, header: null });
  });
});
