import { describe, expect, it } from 'vitest';
import { dateCell } from '../codecs/index.ts';
import { parseMapping } from '../sheet/mapping.ts';
import type { Tab, Workbook } from '../sheet/tab.ts';
import { describeLayout } from './describe.ts';
import { readWorkbook } from './workbook.ts';

/* The mapping file describes each shape of record (issue 14 §5), so an office can fix any guess. */
const D = dateCell;
const roster: Tab = {
  name: '利用者',
  rows: [
    ['利用者ID', '氏名', '就職日', '支援開始日'],
    ['A1', '青空 一郎', D('2024-01-01'), D('2024-07-01')],
  ],
};
const wb = (...tabs: Tab[]): Workbook => ({ title: 'テスト.xlsx', tabs });
const mapping = (json: unknown) => {
  const m = parseMapping(json);
  if (!m.ok) throw new Error(m.reason);
  return m.value;
};
const read = (w: Workbook, json: unknown) => {
  const r = readWorkbook(w, mapping(json));
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('the mapping describes a month grid, a narrative log and a client record tab', () => {
  // 4月 … without a 年度 heading: not a grid by itself, the mapping gives the year and the legend
  const grid: Tab = {
    name: '状況',
    rows: [['支援状況'], ['利用者ID', '7月', '8月', '9月'], ['A1', '★', '電話', '☆']],
  };

  it('grid: fiscal year and legend from the mapping', () => {
    const r = read(wb(roster, grid), {
      tabs: {
        状況: { role: 'contacts', grid: { headerRow: 2, fiscalYear: 2024, legend: { '★': '来所面談' } } },
      },
    });
    expect(
      r.caseload.contacts.map((c) => [c.date, c.method?.kind ?? null, c.unreadable?.method ?? null]),
    ).toEqual([
      ['2024-07-01', 'face', null],
      ['2024-08-01', 'phone', null],
      ['2024-09-01', null, '☆'],
    ]);
    expect(describeLayout(r.tabs).状況).toMatchObject({ shape: 'month-grid', headerRow: 2 });
  });

  it('grid: a mapping that does not fit says what to write, in Japanese', () => {
    const r = readWorkbook(
      wb(roster, grid),
      mapping({ tabs: { 状況: { role: 'contacts', grid: { headerRow: 1 } } } }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('対応表のタブ「状況」を月別の表として読めません');
  });

  it('narrative log: the text column named as content, no method column', () => {
    const log: Tab = {
      name: '日誌',
      rows: [
        ['日', '利用者ID', 'メモ'],
        [D('2024-07-05'), 'A1', '職場を訪問し本人・上司と面談'],
      ],
    };
    const r = read(wb(roster, log), {
      tabs: { 日誌: { role: 'contacts', columns: { A: 'date', C: 'content' } } },
    });
    expect(r.caseload.contacts.map((c) => [c.method?.kind, c.parties])).toEqual([
      ['face', ['client', 'employer']],
    ]);
    expect(describeLayout(r.tabs).日誌?.shape).toBe('narrative-log');
  });

  it('record: a tab named as one client’s record is read as one', () => {
    const rec: Tab = {
      name: '青空さん',
      rows: [
        ['氏名', '青空 一郎', '就職日', D('2024-01-01')],
        [],
        ['日付', '方法'],
        [D('2024-07-05'), '来所'],
      ],
    };
    const r = read(wb(roster, rec), { tabs: { 青空さん: { role: 'contacts', record: true } } });
    expect(r.caseload.contacts.map((c) => [c.clientId, c.method?.kind])).toEqual([['A1', 'face']]);
  });

  it('a bad entry is named in the message', () => {
    const bad = parseMapping({ tabs: { 状況: { role: 'contacts', grid: { fiscalYear: '令和6' } } } });
    expect(bad).toEqual({
      ok: false,
      reason: '対応表（マッピング）の「tabs.状況.grid.fiscalYear」が正しくありません',
    });
    const extra = parseMapping({ tabs: { 状況: { role: 'contacts', grid: { year: 2024 } } } });
    expect(extra.ok).toBe(false);
  });
});
