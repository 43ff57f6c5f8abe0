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

describe('describeLayout: the shape of record, in the words check prints (issue 14 §5)', () => {
  it('a month grid and a tab that came close are shown as the reader describes them', async () => {
    const { describeLayout: readerLayout } = await import('../../shared/read/describe.ts');
    const { readWorkbook } = await import('../../shared/read/workbook.ts');
    const shapes: Workbook = {
      title: 't',
      tabs: [
        {
          name: '台帳',
          rows: [
            ['利用者ID', '氏名', '就職日', '支援開始日'],
            ['A1', '青空', null, null],
          ],
        },
        {
          name: '月別',
          rows: [['令和6年度'], ['利用者ID', '4月', '5月', '6月'], ['A1', '面談', '電話', '']],
        },
        { name: '支援記録', rows: [['日付', '利用者ID', '担当']] },
      ],
    };
    const v = describeLayout(shapes);
    const read = readWorkbook(shapes);
    if (!read.ok) throw new Error(read.error);
    const d = readerLayout(read.tabs);
    const grid = v.tabs.find((t) => t.tab === '月別')!;
    expect(grid).toMatchObject({ role: 'contacts', shape: 'month-grid', how: d.月別!.how });
    expect(grid.how).toContain('月別の表: B列「4月」〜D列「6月」の3か月');
    const near = v.tabs.find((t) => t.tab === '支援記録')!;
    expect(near).toMatchObject({ role: 'ignore', shape: null, how: d.支援記録!.skipped });
    expect(near.how).toContain('方法か支援内容の列がありません');
  });
});
