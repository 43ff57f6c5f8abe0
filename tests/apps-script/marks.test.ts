import { describe, expect, it } from 'vitest';
import { addNote, NOTE_PREFIX, planMarks, stripNote } from '../../apps-script/src/marks.ts';
import type { Finding } from '../../shared/model/finding.ts';

const f = (o: Partial<Finding>): Finding => ({
  rule: 'report.missing',
  severity: 'error',
  clientId: 'U001',
  clientName: '山田',
  month: '2025-01',
  sheet: '月次',
  row: 5,
  column: 'C',
  header: null,
  message: 'メッセージ',
  source: null,
  ...o,
});

describe('marks: what the add-on adds to a note, it takes away exactly', () => {
  const notes = [
    '',
    '事務のメモ',
    '1行目\n2行目',
    '末尾に改行\n',
    '\n先頭に改行',
    // office lines that mention 【点検】 are theirs, even at the start of a line
    '【点検】の件は確認済み',
    'メモ：【点検】エラーは対応済み',
    '【点検】エラー（山田が確認）',
    '【点検】警告:コロンの後に空白なし',
  ];
  for (const office of notes)
    it(`office note ${JSON.stringify(office)}`, () => {
      const ours = [`${NOTE_PREFIX}エラー: a`, `${NOTE_PREFIX}警告: b`];
      expect(stripNote(addNote(office, ours))).toBe(office);
    });

  it('the same message twice on one cell is one line', () => {
    expect(planMarks([f({}), f({})]).get('月次')![0]!.lines).toEqual(['【点検】エラー: メッセージ']);
  });

  it("our lines come after the office's text, one a line", () => {
    expect(addNote('事務のメモ', ['【点検】エラー: a', '【点検】警告: b'])).toBe(
      '事務のメモ\n【点検】エラー: a\n【点検】警告: b',
    );
    expect(addNote('', ['【点検】エラー: a'])).toBe('【点検】エラー: a');
  });

  it('planMarks: one mark per cell, the worst severity wins, info and sheet-less findings are not painted', () => {
    const plan = planMarks([
      f({ severity: 'warning', message: '警告1' }),
      f({ severity: 'error', message: 'エラー\n2行' }),
      f({ severity: 'info', row: 6 }),
      f({ sheet: null, row: null }),
      // the fee band's mismatch points at a row of the office's settings without a column: not painted
      f({ rule: 'office.rate-mismatch', severity: 'warning', sheet: '事業所', row: 2, column: null }),
    ]);
    expect([...plan.keys()]).toEqual(['月次']);
    expect(plan.get('月次')).toEqual([
      { row: 5, col: 3, severity: 'error', lines: ['【点検】警告: 警告1', '【点検】エラー: エラー 2行'] },
    ]);
  });
});
