import { describe, expect, it } from 'vitest';
import { describeLayout } from '../../apps-script/src/layout-view.ts';
import type { Workbook } from '../../shared/sheet/tab.ts';

const wb: Workbook = {
  title: 't',
  tabs: [
    {
      name: '事業所',
      rows: [
        ['項目', '値'],
        ['事業所名', 'テスト'],
        ['事業所番号', '1310000001'],
      ],
    },
    { name: '台帳', rows: [['利用者ID', '氏名', '就職日', '支援開始日', '趣味']] },
    { name: 'メモ', rows: [['自由', 'メモ']] },
  ],
};

describe('describeLayout: what the mapping sidebar shows, from the reader', () => {
  it('gives each tab its role, header row, field → column and ignored headers', () => {
    const v = describeLayout(wb);
    const [office, roster, memo] = v.tabs;
    expect(office).toMatchObject({ role: 'office', headerRow: 1, fields: [] });
    expect(roster).toMatchObject({ role: 'roster', headerRow: 1, ignored: ['趣味'] });
    expect(roster!.fields.map((f) => `${f.letter}:${f.field}`)).toEqual([
      'A:id',
      'B:name',
      'C:hireDate',
      'D:startDate',
    ]);
    expect(memo).toMatchObject({
      role: 'ignore',
      headerRow: null,
      headers: [
        { letter: 'A', header: '自由' },
        { letter: 'B', header: 'メモ' },
      ],
    });
    expect(v.fieldChoices.roster.find((c) => c.field === 'id')!.label).toBe('利用者ID');
  });

  it('shows what the reader decided, as `check` prints it: a hidden old copy is not read as a second roster', () => {
    const roster = wb.tabs[1]!;
    const v = describeLayout({
      ...wb,
      tabs: [...wb.tabs, { name: '台帳(旧)', rows: roster.rows, hidden: true }],
    });
    expect(v.tabs.map((t) => [t.tab, t.role])).toEqual([
      ['事業所', 'office'],
      ['台帳', 'roster'],
      ['メモ', 'ignore'],
      ['台帳(旧)', 'ignore'],
    ]);
  });

  it('follows a saved mapping, and says why when it does not fit', () => {
    const v = describeLayout(wb, { tabs: { 台帳: { role: 'roster', columns: { E: 'name' } } } });
    expect(v.tabs[1]!.fields.find((f) => f.field === 'name')).toMatchObject({ letter: 'E', header: '趣味' });
    const bad = describeLayout(wb, {
      tabs: { 台帳: { role: 'roster', columns: { 存在しない見出し: 'name' } } },
    });
    expect(bad.tabs[1]!.problem).toMatch(/対応表の列「存在しない見出し」/);
  });
});
