import { describe, expect, it } from 'vitest';
import { dateCell } from '../codecs/index.ts';
import { detectLayout } from './detect.ts';

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
});
