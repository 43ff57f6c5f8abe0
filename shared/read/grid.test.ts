import { describe, expect, it } from 'vitest';
import { checkResult } from '../check.ts';
import { type CellValue, dateCell } from '../codecs/index.ts';
import type { Tab, Workbook } from '../sheet/tab.ts';
import { describeLayout, layoutLines } from './describe.ts';
import { detectGrid, fiscalYearOf, readGridCell, readLegend } from './grid.ts';
import { readWorkbook } from './workbook.ts';

/*
 * Month grids (月別支援状況表, domain §10). Every expected value is worked out by hand from domain §10: dated
 * phrases are dated contacts, undated method words contacts in the month, marks per the legend; 4月…3月 under
 * 令和6年度 are April 2024 … March 2025.
 */
const D = dateCell;

describe('month headers and the fiscal year', () => {
  it('reads 令和6年度, R6年度, 2024年度, 平成30年度 and ignores text without 年度', () => {
    expect(fiscalYearOf(['月別支援状況表 令和6年度'])).toBe(2024);
    expect(fiscalYearOf(['R6年度'])).toBe(2024);
    expect(fiscalYearOf(['２０２４年度'])).toBe(2024);
    expect(fiscalYearOf(['平成30年度'])).toBe(2018);
    expect(fiscalYearOf(['令和元年度'])).toBe(2019);
    expect(fiscalYearOf(['支援状況'])).toBeNull();
  });

  const grid = (head: CellValue[], title = '令和6年度 月別支援状況表'): Tab => ({
    name: '月別',
    rows: [[title], [], head, ['A1', '面談']],
  });
  const months = (t: Tab) => detectGrid(t)?.grid?.months.map((m) => m.month);

  it('4月 … 3月 under a 年度 heading: April to December of the first year, January to March of the next', () => {
    expect(months(grid(['利用者ID', '4月', '5月', '12月', '1月', '3月']))).toEqual([
      '2024-04',
      '2024-05',
      '2024-12',
      '2025-01',
      '2025-03',
    ]);
  });

  it('R6.4, 2024/4, 2024年4月 and date cells carry their own year', () => {
    expect(months(grid(['氏名', 'R6.4', 'R6.5', 'R6.6'], ''))).toEqual(['2024-04', '2024-05', '2024-06']);
    expect(months(grid(['氏名', '2024/4', '2024/5', '2024/6'], ''))).toEqual([
      '2024-04',
      '2024-05',
      '2024-06',
    ]);
    expect(months(grid(['氏名', '2024年4月', '2024年5月', '2024年6月'], ''))).toEqual([
      '2024-04',
      '2024-05',
      '2024-06',
    ]);
    expect(months(grid(['氏名', D('2024-04-01'), D('2024-05-01'), D('2024-06-01')], ''))).toEqual([
      '2024-04',
      '2024-05',
      '2024-06',
    ]);
  });

  it('4月 … without any 年度 heading is no grid (the year cannot be known); two months are not enough', () => {
    expect(detectGrid(grid(['利用者ID', '4月', '5月', '6月'], '支援状況'))).toBeNull();
    expect(detectGrid(grid(['利用者ID', 'R6.4', 'R6.5'], ''))).toBeNull();
  });
});

describe('the legend (凡例)', () => {
  it('reads 「○：来所面談」 cells, several per cell, and a mark beside its meaning', () => {
    const r = readLegend([
      ['名前'],
      [],
      ['凡例', '○：来所面談', '◎=職場訪問'],
      ['△ 電話', ''],
      ['済', 'メール'],
    ]);
    expect(r.row).toBe(3);
    expect(r.legend).toEqual({ '○': '来所面談', '◎': '職場訪問', '△': '電話', 済: 'メール' });
  });

  it('a tab without a legend has none', () => {
    expect(readLegend([['氏名', '4月']])).toEqual({ legend: {}, row: null });
  });
});

describe('a grid cell read as domain §10 says', () => {
  const read = (v: CellValue, legend: Record<string, string> = {}) =>
    readGridCell(v, '2024-04', legend).contacts.map((c) => [
      c.date,
      c.method?.kind ?? null,
      c.undated,
      c.parties,
    ]);

  it('dated phrases are contacts of their dates: 「4/8面談、4/22電話」', () => {
    expect(read('4/8面談、4/22電話')).toEqual([
      ['2024-04-08', 'face', false, ['client']],
      ['2024-04-22', 'phone', false, ['client']],
    ]);
    expect(read('訪問 4/10')).toEqual([['2024-04-10', 'face', false, ['client']]]);
    expect(read('4月15日 Zoom面談')).toEqual([['2024-04-15', 'video', false, ['client']]]);
  });

  it('an undated method word is a contact in the month, day unknown', () => {
    expect(read('来所面談')).toEqual([['2024-04-01', 'face', true, ['client']]]);
    expect(read('電話')).toEqual([['2024-04-01', 'phone', true, ['client']]]);
  });

  it('a mark follows the legend; without one it is a contact of unknown method', () => {
    expect(read('○', { '○': '来所面談' })).toEqual([['2024-04-01', 'face', true, ['client']]]);
    expect(read('△', { '○': '来所面談', '△': '電話' })).toEqual([['2024-04-01', 'phone', true, ['client']]]);
    expect(read('○')).toEqual([['2024-04-01', null, true, ['client']]]);
    expect(readGridCell('○', '2024-04', {}).contacts[0]?.unknown).toBe('○');
  });

  it('blank, ×, － and なし are no contact; a date cell is a contact of that day, method unknown', () => {
    for (const v of [null, '', '×', '－', 'なし']) expect(read(v)).toEqual([]);
    expect(read(D('2024-04-09'))).toEqual([['2024-04-09', null, false, ['client']]]);
  });

  it('a day of the month before, written in the April column (3/30), keeps to its own year', () => {
    expect(readGridCell('3/30 電話', '2024-04', {}).contacts[0]?.date).toBe('2024-03-30');
    expect(readGridCell('1/5 面談', '2024-12', {}).contacts[0]?.date).toBe('2025-01-05');
  });

  it('a word that is not a method, a mark or a day is read as nothing and reported', () => {
    const r = readGridCell('入院中', '2024-04', {});
    expect(r.contacts).toEqual([]);
    expect(r.unknown).toEqual(['入院中']);
  });
});

describe('a workbook with a month grid', () => {
  const roster: Tab = {
    name: '利用者一覧',
    rows: [
      ['利用者ID', '氏名', '就職日', '支援開始日', '計画作成日'],
      ['A1', '青空 一郎', D('2023-10-01'), D('2024-04-01'), D('2024-04-01')],
      ['A2', '白雲 花子', D('2023-10-01'), D('2024-04-01'), D('2024-04-01')],
    ],
  };
  const contacts: Tab = {
    name: '月別支援状況',
    rows: [
      ['令和6年度 月別支援状況表'],
      [],
      ['利用者ID', '氏名', '4月', '5月', '6月'],
      ['A1', '青空 一郎', '4/8面談、4/22電話', '○', '電話のみ'],
      ['A2', '白雲 花子', '◎', '', '△'],
      [],
      ['凡例', '○：来所面談', '◎：職場訪問（本人・上司）'],
    ],
  };
  const reports: Tab = {
    name: 'レポート提示日',
    rows: [
      ['支援レポート提示日 令和6年度'],
      ['利用者ID', '4月', '5月', '6月'],
      ['A1', '4/25', '6/12', '6/28'],
      ['A2', D('2024-04-30'), '', '6/27'],
    ],
  };
  const wb: Workbook = { title: 'テスト.xlsx', tabs: [roster, contacts, reports] };
  const read = () => {
    const r = readWorkbook(wb);
    if (!r.ok) throw new Error(r.error);
    return r;
  };

  it('reads the contacts grid and the report grid, and says so in one line each', () => {
    const r = read();
    expect(r.caseload.contacts.map((c) => [c.clientId, c.date, c.method?.kind ?? null])).toEqual([
      ['A1', '2024-04-08', 'face'],
      ['A1', '2024-04-22', 'phone'],
      ['A1', '2024-05-01', 'face'],
      ['A1', '2024-06-01', 'phone'],
      ['A2', '2024-04-01', 'face'],
      ['A2', '2024-06-01', null],
    ]);
    expect(r.caseload.monthly.map((m) => [m.clientId, m.month, m.reportShownDate])).toEqual([
      ['A1', '2024-04', '2024-04-25'],
      ['A1', '2024-05', '2024-06-12'],
      ['A1', '2024-06', '2024-06-28'],
      ['A2', '2024-04', '2024-04-30'],
      ['A2', '2024-06', '2024-06-27'],
    ]);
    const d = describeLayout(r.tabs);
    expect(d.月別支援状況).toMatchObject({ shape: 'month-grid', role: 'contacts', headerRow: 3 });
    const lines = layoutLines(d);
    expect(lines).toContain(
      '「月別支援状況」を支援記録として読みました（見出し3行目）: A利用者ID・B氏名。月別の表: C列「4月」〜E列「6月」の3か月（令和6年4月〜令和6年6月、2024年度の見出しから）、凡例 ○=来所面談・◎=職場訪問(本人・上司)',
    );
  });

  it('findings point at the month’s cell; a mark not in the legend is a warning, never an error', () => {
    const r = read();
    const res = checkResult(r.caseload, r.findings, '2024-06-30');
    const pick = (rule: string) =>
      res.findings
        .filter((f) => f.rule === rule)
        .map((f) => [f.clientId, f.month, f.severity, f.sheet, f.row, f.column]);
    // A1 06: phone only → error at E4; A2 05: blank → error at D5
    expect(pick('contact.face-to-face-missing')).toEqual([
      ['A1', '2024-06', 'error', '月別支援状況', 4, 'E'],
      ['A2', '2024-05', 'error', '月別支援状況', 5, 'D'],
    ]);
    // A2 06: △ is not in the legend: cannot be judged
    expect(pick('contact.method-unknown')).toEqual([['A2', '2024-06', 'warning', '月別支援状況', 5, 'E']]);
    // A2 05: no shown date → error at the report grid's cell C4… the 5月 column is C (B is 4月)
    expect(pick('report.missing')).toEqual([['A2', '2024-05', 'error', 'レポート提示日', 4, 'C']]);
    // A1 05 shown 6/12 (the 5月 column): after the 10th of June
    expect(pick('report.late')).toEqual([['A1', '2024-05', 'warning', 'レポート提示日', 3, 'C']]);
    const missing = res.findings.find((f) => f.rule === 'report.missing');
    expect(missing?.message).toBe(
      '令和6年5月: 支援レポートの提示日が空欄で、支援レポートを提示したか分かりません。提示がないと基本報酬を請求できません。「レポート提示日」の4行目 C列「5月」に、支援レポートを提示した日を書いてください',
    );
    const mark = res.findings.filter((f) => f.rule === 'data.unknown-value');
    expect(mark.map((f) => f.message)).toEqual([
      '「月別支援状況」の記号「△」（1か所）の意味が分かりません。凡例にこの記号がありません。対面の支援かどうか判断できないので、その月は警告にしています。凡例に「△：来所面談」のように書いてください',
    ]);
    // the legend rows are no clients
    expect(res.findings.filter((f) => f.rule === 'data.unknown-client')).toEqual([]);
  });
});
