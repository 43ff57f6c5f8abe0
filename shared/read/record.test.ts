import { describe, expect, it } from 'vitest';
import { checkResult } from '../check.ts';
import { type CellValue, dateCell } from '../codecs/index.ts';
import type { Tab, Workbook } from '../sheet/tab.ts';
import { describeLayout } from './describe.ts';
import { clientOfTabName, detectClientRecord } from './record.ts';
import { readWorkbook } from './workbook.ts';

/*
 * Client record tabs (個人ケース記録, domain §10). Expected values worked out by hand: the block's facts are
 * roster facts, its table is the client's log; namesakes are never merged.
 */
const D = dateCell;
/** A record tab as an office lays it out: a title, label/value pairs (left of and above), a blank row, the table. */
const recordTab = (name: string, block: CellValue[][], table: CellValue[][], hidden = false): Tab => ({
  name,
  rows: [['個人ケース記録'], ...block, [], ['支援日', '方法', '相手', '支援内容', '担当'], ...table],
  ...(hidden ? { hidden } : {}),
});
const yamada = recordTab(
  '山田 太郎',
  [
    ['氏名', '山田 太郎', '', '受給者証番号', '1234567890'],
    ['就職日', D('2024-01-10'), '', '支援開始日', D('2024-07-10')],
    ['計画作成日', D('2024-07-10'), '', '担当', '佐藤'],
  ],
  [
    [D('2024-07-20'), '来所', '本人', '体調確認', '佐藤'],
    [D('2024-08-05'), '電話', '上司', '勤務状況', '佐藤'],
  ],
);
const wb = (...tabs: Tab[]): Workbook => ({ title: 'テスト.xlsx', tabs });
function read(w: Workbook) {
  const r = readWorkbook(w);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('recognising a client record tab', () => {
  it('finds the label/value block (left of the value, several pairs on a row) and the table below it', () => {
    const rec = detectClientRecord(yamada)!;
    expect(rec.block.map((b) => [b.field, b.row, b.col])).toEqual([
      ['name', 2, 2],
      ['recipientNumber', 2, 5],
      ['hireDate', 3, 2],
      ['startDate', 3, 5],
      ['planCreated', 4, 2],
      ['staff', 4, 5],
    ]);
    expect(rec.table.headerRow).toBe(6);
    expect(Object.keys(rec.table.columns)).toEqual(
      expect.arrayContaining(['date', 'method', 'parties', 'content']),
    );
  });

  it('a label above its value is read too', () => {
    const t: Tab = {
      name: '001_鈴木',
      rows: [
        ['氏名', '就職日', '支援開始日'],
        ['鈴木 花', D('2024-01-10'), D('2024-07-10')],
        [],
        ['日付', '支援内容'],
        [D('2024-07-20'), '来所面談'],
      ],
    };
    expect(detectClientRecord(t)?.block.map((b) => [b.field, b.row, b.col])).toEqual([
      ['name', 2, 1],
      ['hireDate', 2, 2],
      ['startDate', 2, 3],
    ]);
  });

  it('a roster (a header row over many rows) and a log are not record tabs', () => {
    expect(
      detectClientRecord({
        name: '利用者',
        rows: [
          ['氏名', '就職日'],
          ['A', D('2024-01-01')],
        ],
      }),
    ).toBeNull();
    expect(detectClientRecord({ name: '支援記録', rows: [['日付', '氏名', '方法']] })).toBeNull();
  });

  it('tab names: 「山田 太郎」, 「001_山田」, 「山田様」', () => {
    expect(clientOfTabName('山田 太郎')).toEqual({ id: null, name: '山田 太郎' });
    expect(clientOfTabName('001_山田')).toEqual({ id: '001', name: '山田' });
    expect(clientOfTabName('山田様')).toEqual({ id: null, name: '山田' });
  });
});

describe('a workbook of client record tabs', () => {
  it('without a roster: each tab is a client, its table that client’s log, one line each in the layout', () => {
    const r = read(wb(yamada));
    expect(r.missing).toEqual(['monthly']);
    expect(r.caseload.clients.map((c) => [c.id, c.name, c.hireDate, c.startDate, c.recipientNumber])).toEqual(
      [['山田太郎', '山田 太郎', '2024-01-10', '2024-07-10', '1234567890']],
    );
    expect(r.caseload.contacts.map((c) => [c.clientId, c.date, c.method?.kind, c.parties])).toEqual([
      ['山田太郎', '2024-07-20', 'face', ['client']],
      ['山田太郎', '2024-08-05', 'phone', ['employer']],
    ]);
    expect(describeLayout(r.tabs)['山田 太郎']).toMatchObject({ shape: 'client-record', role: 'contacts' });
  });

  it('findings about the client point at the block’s cells; months at the client’s own tab', () => {
    const r = read(wb(yamada));
    const res = checkResult(r.caseload, r.findings, '2024-08-31');
    // 2024-08: only a phone call with the employer → no face-to-face contact with the client
    const f2f = res.findings.filter((f) => f.rule === 'contact.face-to-face-missing');
    expect(f2f.map((f) => [f.month, f.sheet])).toEqual([['2024-08', '山田 太郎']]);
  });

  it('with a roster: joined by 受給者証番号; a fact that differs is one finding naming both cells', () => {
    const roster: Tab = {
      name: '利用者一覧',
      rows: [
        ['利用者ID', '氏名', '受給者証番号', '就職日', '支援開始日', '計画作成日'],
        ['U01', '山田 太郎', '1234567890', D('2024-01-10'), D('2024-07-01'), D('2024-07-10')],
      ],
    };
    const r = read(wb(roster, yamada));
    expect(r.caseload.clients.map((c) => c.id)).toEqual(['U01']);
    expect(r.caseload.contacts.map((c) => c.clientId)).toEqual(['U01', 'U01']);
    const conflict = r.findings.filter((f) => f.rule === 'data.conflicting-value');
    expect(conflict.map((f) => [f.sheet, f.row, f.column, f.message])).toEqual([
      [
        '山田 太郎',
        3,
        'E',
        '支援開始日が「利用者一覧」2行目では「2024-07-01」、「山田 太郎」3行目 E列「支援開始日」では「2024-07-10」で、違います。点検には「利用者一覧」の値を使いました。どちらが正しいか確かめ、もう一方を直してください',
      ],
    ]);
  });

  it('namesakes on the roster are never merged: the tab is not guessed, one finding says so', () => {
    const roster: Tab = {
      name: '利用者一覧',
      rows: [
        ['利用者ID', '氏名', '就職日', '支援開始日'],
        ['U01', '山田 太郎', D('2024-01-10'), D('2024-07-10')],
        ['U02', '山田 太郎', D('2023-01-10'), D('2023-07-10')],
      ],
    };
    const tab = recordTab(
      '山田様',
      [['氏名', '山田 太郎', '', '就職日', D('2024-01-10')]],
      [[D('2024-07-20'), '来所', '本人', '', '']],
    );
    const r = read(wb(roster, tab));
    expect(r.caseload.contacts).toEqual([]);
    const f = r.findings.filter((x) => x.rule === 'data.unknown-client');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('2行目と3行目に2人いる');
  });

  it('the hidden tab of a client who has left is read: it is the only record of that client', () => {
    const left = recordTab(
      '002_佐藤',
      [
        ['氏名', '佐藤 次郎', '', '就職日', D('2023-01-10')],
        ['支援開始日', D('2023-07-10'), '', '離職日', D('2023-12-20')],
      ],
      [[D('2023-08-01'), '訪問', '本人・上司', '', '']],
      true,
    );
    const r = read(wb(yamada, left));
    expect(r.caseload.clients.map((c) => [c.name, c.leftJobDate])).toEqual([
      ['山田 太郎', null],
      ['佐藤 次郎', '2023-12-20'],
    ]);
  });

  it('a record tab whose table holds no readable contact is one finding for that client, not one per month', () => {
    const empty = recordTab(
      '鈴木 花',
      [
        ['氏名', '鈴木 花', '', '支援開始日', D('2024-07-10')],
        ['就職日', D('2024-01-05')],
      ],
      [[null, '来所', '', '', '']],
    );
    const r = read(wb(yamada, empty));
    const res = checkResult(r.caseload, r.findings, '2024-12-31');
    const suzuki = res.findings.filter((f) => f.clientName === '鈴木 花');
    expect(suzuki.filter((f) => f.rule.startsWith('contact.') || f.rule.startsWith('employer.'))).toEqual([]);
    expect(
      suzuki.filter((f) => f.rule === 'data.missing-required' && f.column === null).map((f) => f.message),
    ).toEqual([
      '「鈴木 花」（鈴木 花さんの記録のタブ）の5行目の表に、読める支援の記録が1件もありません。この方の対面の支援と事業主との連絡は点検できません。表に日付と方法（または支援内容）を書いてください',
    ]);
    // 山田's months are still checked
    expect(
      res.findings.some((f) => f.rule === 'contact.face-to-face-missing' && f.clientName === '山田 太郎'),
    ).toBe(true);
  });
});
