import { describe, expect, it } from 'vitest';
import { dateCell } from '../codecs/index.ts';
import { detectLayout, scoreTab, type TableLayout } from './detect.ts';

describe('detectLayout: a tab is recognised by its headers, not its name', () => {
  it('finds the roster header row below a title row and a blank row', () => {
    const l = detectLayout({
      name: 'シート1',
      rows: [
        ['令和6年度 利用者台帳'],
        [],
        ['利用者No', '利用者名', 'フリガナ', '雇用開始日', '定着支援開始日'],
        ['K1', '青空 一郎'],
      ],
    });
    expect(l).toMatchObject({ kind: 'table', role: 'roster', headerRow: 3 });
    expect(l?.kind === 'table' && l.columns.hireDate?.letter).toBe('D');
  });

  it('a leading row-number column does not take the id: 利用者ID is more specific than No', () => {
    const l = detectLayout({
      name: '名簿',
      rows: [
        ['No', '利用者ID', '氏名', '就職日', '支援開始日'],
        [1, 'K001', 'a'],
      ],
    });
    expect(l?.kind === 'table' && l.columns.id).toMatchObject({ letter: 'B', header: '利用者ID' });
    expect(l?.kind === 'table' && l.unknownHeaders).toContain('No');
  });

  it('a contact log needs a date, a method and who', () => {
    const l = detectLayout({ name: 'x', rows: [['支援日', '氏名', '相手', '手段']] });
    expect(l).toMatchObject({ role: 'contacts', headerRow: 1 });
    expect(detectLayout({ name: 'x', rows: [['支援日', '氏名', '相手']] })).toBeNull();
  });

  it('monthly records need a month, who and a report date or goals', () => {
    expect(detectLayout({ name: 'x', rows: [['対象月', '利用者ID', '支援レポート提示日']] })).toMatchObject({
      role: 'monthly',
    });
  });

  it('a key/value settings tab is found by its setting names', () => {
    const l = detectLayout({
      name: '設定',
      rows: [
        ['事業所名', 'A'],
        ['地域区分', '3級地'],
        ['開設', dateCell('2020-04-01')],
      ],
    });
    expect(l).toMatchObject({ kind: 'keyvalue', role: 'office', keyCol: 1, valueCol: 2 });
  });

  it('headers are compared across width and spaces: ＩＤ, 受給者証 No.', () => {
    const l = detectLayout({ name: 'x', rows: [['利用者ＩＤ', '氏 名', '受給者証 No.', '支援開始日']] });
    expect(l?.kind === 'table' && Object.keys(l.columns).sort()).toEqual([
      'id',
      'name',
      'recipientNumber',
      'startDate',
    ]);
  });

  it('a memo tab is not recognised', () => {
    expect(
      detectLayout({
        name: 'メモ',
        rows: [
          ['今日の予定', '備考'],
          ['面談', ''],
        ],
      }),
    ).toBeNull();
  });

  it('two columns competing for one field: the better named wins, the other is listed as ignored with why', () => {
    const l = detectLayout({
      name: '利用者',
      rows: [['氏名', '開始日', '定着支援開始日', '就職日', '終了理由メモ']],
    }) as TableLayout;
    expect(l.columns.startDate).toMatchObject({ letter: 'C', header: '定着支援開始日' });
    expect(l.ignored).toEqual([
      expect.objectContaining({
        letter: 'B',
        header: '開始日',
        reason: '「支援開始日」にはC列「定着支援開始日」を使いました',
      }),
      expect.objectContaining({ letter: 'E', header: '終了理由メモ', reason: '当てはまる項目がありません' }),
    ]);
  });

  it('a column that could be two fields goes where it fits best, one column to one field', () => {
    const l = detectLayout({
      name: 'x',
      rows: [['氏名', '雇用開始年月日', '支援開始日', '復職日・起算日', '復職日']],
    }) as TableLayout;
    expect(l.columns.hireDate?.letter).toBe('B');
    expect(l.columns.startDate?.letter).toBe('C');
    expect(l.columns.baseDate?.letter).toBe('D');
    expect(l.columns.returnDate?.letter).toBe('E');
  });

  it('「担当者」 in a contact log is our staff member, not the employer contact', () => {
    const l = detectLayout({
      name: '記録',
      rows: [['日付', '氏名', '相手方（本人/企業）', '方法', '担当者']],
    });
    expect(l?.kind === 'table' && l.columns.staff?.letter).toBe('E');
    expect(l?.kind === 'table' && l.columns.parties?.letter).toBe('C');
  });

  it('two-row headers: a merged 支援期間 over 開始 / 終了 reads as 支援期間開始 / 支援期間終了', () => {
    const l = detectLayout({
      name: '利用者',
      rows: [
        ['利用者ID', '氏名', '就職日', '支援期間', null, '備考'],
        [null, null, null, '開始', '終了', null],
        ['A1', '青空', dateCell('2024-01-01'), dateCell('2024-07-01'), dateCell('2027-06-30')],
      ],
    }) as TableLayout;
    expect(l.headerRow).toBe(2);
    expect(l.columns.startDate).toMatchObject({ letter: 'D', header: '支援期間開始' });
    expect(l.columns.endDate).toMatchObject({ letter: 'E', header: '支援期間終了' });
    expect(l.columns.id?.letter).toBe('A');
    expect(l.columns.hireDate?.letter).toBe('C');
  });

  it('a staff list whose 職種 column repeats a settings word is neither the settings nor the roster', () => {
    const staff = {
      name: '職員名簿',
      rows: [
        ['氏名', '職種', '入社日'],
        ['山田', '就労定着支援員', dateCell('2020-04-01')],
        ['佐藤', '就労定着支援員', dateCell('2021-04-01')],
        ['鈴木', 'サービス管理責任者', dateCell('2019-04-01')],
      ],
    };
    expect(scoreTab(staff)).toEqual([]);
  });
});
