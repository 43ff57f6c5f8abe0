import { describe, expect, it } from 'vitest';
import { checkResult, checkWorkbook } from '../check.ts';
import { type CellValue, dateCell } from '../codecs/index.ts';
import { contactGrid } from '../grid/contact-grid.ts';
import type { Tab, Workbook } from '../sheet/tab.ts';
import { describeLayout, layoutLines } from './describe.ts';
import { readWorkbook } from './workbook.ts';

/*
 * domain.md §10, "What cannot be read is said once, never multiplied": a duty whose records cannot be read is
 * one data.missing-required finding with what to do, never one "missing" finding per month.
 */

const D = dateCell;
const roster: Tab = {
  name: '利用者',
  rows: [
    ['利用者ID', '氏名', '就職日', '支援開始日', '計画作成日'],
    ['A1', '青空 一郎', D('2024-01-01'), D('2024-07-01'), D('2024-07-01')],
    ['A2', '白雲 花子', D('2024-01-01'), D('2024-07-01'), D('2024-07-01')],
  ],
};
const log = (rows: CellValue[][], name = '支援記録'): Tab => ({
  name,
  rows: [['日付', '利用者ID', '相手', '方法'], ...rows],
});
const monthly = (rows: CellValue[][]): Tab => ({
  name: '月次',
  rows: [['年月', '利用者ID', 'レポート提示日'], ...rows],
});
const wb = (...tabs: Tab[]): Workbook => ({ title: 'テスト.xlsx', tabs });
const MONTHS = ['2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12'];
const allMonths = monthly(
  MONTHS.flatMap((m) => [
    [m, 'A1', D(`${m}-20`)],
    [m, 'A2', D(`${m}-20`)],
  ]),
);

function check(w: Workbook, asOf = '2024-12-31') {
  const r = readWorkbook(w);
  if (!r.ok) throw new Error(r.error);
  return { read: r, result: checkResult(r.caseload, r.findings, asOf) };
}
const rules = (fs: { rule: string }[]) => fs.map((f) => f.rule);

describe('no contact log: one finding for the contact duties, none per month', () => {
  it('2 clients × 6 months without a log: no contact or employer finding per month, one missing-required', () => {
    const { result } = check(wb(roster, allMonths));
    const perMonth = result.findings.filter(
      (f) => f.rule.startsWith('contact.') || f.rule.startsWith('employer.'),
    );
    expect(perMonth).toEqual([]);
    const missing = result.findings.filter((f) => f.rule === 'data.missing-required');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ clientId: null, month: null, severity: 'error' });
    expect(missing[0]!.message).toBe(
      '「テスト.xlsx」に支援記録のタブが見つかりません。対面の支援と事業主との連絡は点検できません。見出しに「日付」、「利用者ID」か「氏名」、「方法」か「支援内容」がある表のタブを作るか、列の対応の設定でどのタブかを指定してください',
    );
    expect(result.summary.notCheckable).toEqual([missing[0]!.message]);
    // the report duty, whose records were read, is still checked month by month (all shown here: nothing)
    expect(rules(result.findings).filter((r) => r.startsWith('report.'))).toEqual([]);
  });

  it('the same workbook with the log: a month without contact is a real gap, reported month by month', () => {
    const { result } = check(wb(roster, log([[D('2024-07-03'), 'A1', '本人', '面談']]), allMonths));
    const a2 = result.findings.filter(
      (f) => f.rule === 'contact.face-to-face-missing' && f.clientId === 'A2',
    );
    // A2 is in a log that was read but has no row in it: each month is a gap (domain §10)
    expect(a2.map((f) => f.month)).toEqual(MONTHS);
    expect(result.summary.notCheckable).toEqual([]);
  });

  it('a log tab read but with no readable record (every date blank) is one finding naming the tab', () => {
    const { result } = check(wb(roster, log([[null, 'A1', '本人', '面談']]), allMonths));
    expect(result.findings.filter((f) => f.rule === 'contact.face-to-face-missing')).toEqual([]);
    const tabWide = result.findings.filter((f) => f.rule === 'data.missing-required' && f.column === null);
    expect(tabWide.map((f) => f.message)).toEqual([
      '「支援記録」を支援記録として読みましたが、読める記録が1件もありません。対面の支援と事業主との連絡は点検できません。日付（年月）と利用者の列に記録があるか、ほかの行の指摘も見て確かめてください',
    ]);
    expect(tabWide[0]).toMatchObject({ sheet: '支援記録', row: 1 });
  });

  it('no monthly records: one finding for the 支援レポート duty, no report.missing per month', () => {
    const { result } = check(wb(roster, log([[D('2024-07-03'), 'A1', '本人', '面談']])));
    expect(result.findings.filter((f) => f.rule === 'report.missing')).toEqual([]);
    expect(result.summary.notCheckable).toEqual([
      '「テスト.xlsx」に月次の記録のタブが見つかりません。支援レポートの提示は点検できません。見出しに「年月」、「利用者ID」か「氏名」、「レポート提示日」がある表のタブを作るか、列の対応の設定でどのタブかを指定してください',
    ]);
  });

  it('the contact grid shows ？ (not known), never ✗, for months whose log could not be read', () => {
    const { read } = check(wb(roster, allMonths));
    const grid = contactGrid(read.caseload, '2024-12-31', { months: 6 });
    expect(new Set(grid.rows.flatMap((r) => r.cells.map((c) => c.mark)))).toEqual(new Set(['？']));
    expect(grid.rows.map((r) => r.missing)).toEqual([0, 0]);
  });
});

describe('a tab looked at and not understood is named with the reason, in every line alike', () => {
  // a tab the office calls 支援記録, with a date and a client but no method column
  const near: Tab = {
    name: '支援記録',
    rows: [['ケース記録'], [], ['日付', '利用者ID', '担当'], [D('2024-07-03'), 'A1', '山田']],
  };

  it('the missing-log message names the tab and what it lacks, and does not say there is no such tab', () => {
    const { result } = check(wb(roster, near, allMonths));
    const [m] = result.summary.notCheckable;
    expect(m).toBe(
      '「テスト.xlsx」に支援記録として読めるタブがありません。「支援記録」タブ: 見出し3行目の利用者（利用者IDか氏名）と日付は分かりましたが、方法か支援内容の列がありません。対面の支援と事業主との連絡は点検できません。見出しに「日付」、「利用者ID」か「氏名」、「方法」か「支援内容」を書き足すか、列の対応の設定でどの列かを指定してください',
    );
    expect(m).not.toContain('見つかりません');
  });

  it('the layout line of that tab gives the same reason', () => {
    const r = readWorkbook(wb(roster, near, allMonths));
    if (!r.ok) throw new Error(r.error);
    const line = layoutLines(describeLayout(r.tabs)).find((l) => l.startsWith('「支援記録」'));
    expect(line).toBe(
      '「支援記録」は読んでいません: 支援記録としては、見出し3行目の利用者（利用者IDか氏名）と日付は分かりましたが、方法か支援内容の列がありません',
    );
  });

  it('a tab that resembles nothing keeps the plain reason', () => {
    const r = readWorkbook(wb(roster, { name: 'メモ', rows: [['今日の予定'], ['電話']] }, allMonths));
    if (!r.ok) throw new Error(r.error);
    expect(r.tabs.find((t) => t.tab === 'メモ')?.reason).toBe(
      '利用者・支援記録・月次・事業所のどれの見出しも見当たりません',
    );
  });
});

describe('a log of any size', () => {
  it('reads a contact log of 130,000 rows without overflowing the call stack', () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 130_000; i++) rows.push([D('2024-07-03'), i % 2 ? 'A1' : 'A2', '本人', '電話']);
    const out = checkWorkbook(wb(roster, log(rows), allMonths), { asOf: '2024-12-31' });
    if (!out.ok) throw new Error(out.error);
    expect(out.result.summary.contacts).toBe(130_000);
  }, 120_000);
});

describe('nothing due yet: what cannot be read blocks nothing before the first support month', () => {
  it('no contact log and no monthly records before any support period starts: information, not an error', () => {
    // both clients start 2024-07-01; at 2024-06-30 no month is due, so there is nothing to bill or miss
    const { result } = check(wb(roster), '2024-06-30');
    const missing = result.findings.filter((f) => f.rule === 'data.missing-required');
    expect(missing.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(missing[0]!.message).toMatch(
      /点検基準日までに支援の月がまだないため、いまは情報として示します）$/,
    );
    expect(result.summary.error).toBe(0);
  });

  it('from the first support month on, the same workbook is an error again', () => {
    const { result } = check(wb(roster), '2024-07-31');
    const missing = result.findings.filter((f) => f.rule === 'data.missing-required');
    expect(missing.map((f) => f.severity)).toEqual(['error', 'error']);
  });
});
