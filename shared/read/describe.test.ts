import { describe, expect, it } from 'vitest';
import type { KeyValueLayout, TableLayout } from '../sheet/detect.ts';
import { describeLayout, layoutLines } from './describe.ts';
import type { TabRole } from './workbook.ts';

const roster: TableLayout = {
  kind: 'table',
  tab: '利用者',
  role: 'roster',
  headerRow: 2,
  // listed out of column order: the description lists them by column
  columns: {
    startDate: { col: 3, letter: 'C', header: '開始日' },
    id: { col: 1, letter: 'A', header: '利用者ID' },
  },
  unknownHeaders: ['メモ'],
  ignored: [
    { col: 4, letter: 'D', header: 'メモ', reason: '当てはまる項目がありません' },
    { col: 5, letter: 'E', header: '氏名', reason: '「B」列と重なります' },
  ],
};
const settings = (keyCol: number, valueCol: number): KeyValueLayout => ({
  kind: 'keyvalue',
  tab: '設定',
  role: 'office',
  keyCol,
  valueCol,
  firstRow: 1,
});

describe('describeLayout', () => {
  it('a table: its role, header row, fields by column and the columns not read', () => {
    const d = describeLayout([{ tab: '利用者', role: 'roster', headerRow: 2, layout: roster }]);
    expect(d.利用者!.role).toBe('roster');
    expect(d.利用者!.headerRow).toBe(2);
    expect(d.利用者!.skipped).toBeNull();
    expect(Object.entries(d.利用者!.fields).map(([f, v]) => [f, v.column, v.header])).toEqual([
      ['id', 'A', '利用者ID'],
      ['startDate', 'C', '開始日'],
    ]);
    expect(d.利用者!.ignored.map((i) => i.column)).toEqual(['D', 'E']);
  });

  it('a settings tab: its key and value columns, beyond Z too; no header row', () => {
    const d = describeLayout([{ tab: '設定', role: 'office', headerRow: null, layout: settings(2, 3) }]);
    expect(d.設定).toMatchObject({ role: 'office', headerRow: null, skipped: null });
    expect([d.設定!.fields.key!.column, d.設定!.fields.value!.column]).toEqual(['B', 'C']);
    const wide = describeLayout([{ tab: '設定', role: 'office', headerRow: null, layout: settings(27, 28) }]);
    expect([wide.設定!.fields.key!.column, wide.設定!.fields.value!.column]).toEqual(['AA', 'AB']);
  });

  it('a column entry left undefined is skipped; a tab set aside keeps no layout even if one was found', () => {
    const withHole: TableLayout = { ...roster, columns: { ...roster.columns, kana: undefined } };
    const d = describeLayout([
      { tab: '利用者', role: 'roster', headerRow: 2, layout: withHole },
      { tab: '利用者(旧)', role: 'ignored', headerRow: 2, layout: roster, reason: '古い写し' },
    ]);
    expect(Object.keys(d.利用者!.fields)).toEqual(['id', 'startDate']);
    expect(d['利用者(旧)']).toMatchObject({ role: null, headerRow: null, fields: {}, skipped: '古い写し' });
    expect(d['利用者(旧)']!.label).not.toBe(d.利用者!.label);
    expect(d['利用者(旧)']!.label).toBeTruthy();
  });

  it('a settings tab names its key and value columns', () => {
    const d = describeLayout([{ tab: '設定', role: 'office', headerRow: null, layout: settings(1, 2) }]);
    expect(d.設定!.fields.key).toEqual({ column: 'A', header: '項目', label: '項目' });
    expect(d.設定!.fields.value).toEqual({ column: 'B', header: '値', label: '値' });
  });

  it('a tab not read: no role, no fields, and why', () => {
    const tabs: TabRole[] = [
      { tab: 'メモ', role: 'ignored', headerRow: null, reason: '利用者・支援記録の見出しがありません' },
      { tab: '空', role: 'ignored', headerRow: null },
    ];
    const d = describeLayout(tabs);
    expect(d.メモ).toMatchObject({ role: null, headerRow: null, fields: {}, ignored: [] });
    expect(d.メモ!.skipped).toBe('利用者・支援記録の見出しがありません');
    expect(d.空!.skipped).toBeTruthy();
  });
});

describe('layoutLines', () => {
  it('one line per tab, then a line of the columns not read when there are some', () => {
    const lines = layoutLines(
      describeLayout([
        { tab: '利用者', role: 'roster', headerRow: 2, layout: roster },
        { tab: 'メモ', role: 'ignored', headerRow: null, reason: '読みません' },
      ]),
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('利用者');
    expect(lines[0]).toContain('2');
    expect(lines[0]).toContain('A');
    expect(lines[0]).toContain('C「開始日」');
    expect(lines[1]).toContain('D「メモ」');
    expect(lines[1]).toContain('E「氏名」');
    expect(lines[1]).toContain('「B」列と重なります');
    // a column that matches nothing is listed without repeating the plain reason
    expect(lines[1]).not.toContain('当てはまる項目がありません');
    expect(lines[2]).toContain('メモ');
    expect(lines[2]).toContain('読みません');
  });

  it('no second line when every column was read', () => {
    const all = { ...roster, ignored: [] };
    expect(
      layoutLines(describeLayout([{ tab: '利用者', role: 'roster', headerRow: 2, layout: all }])),
    ).toHaveLength(1);
  });
});
