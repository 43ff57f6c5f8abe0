import { describe, expect, it } from 'vitest';
import { checkResult } from '../check.ts';
import { type CellValue, dateCell } from '../codecs/index.ts';
import type { Tab, Workbook } from '../sheet/tab.ts';
import { describeLayout, layoutLines } from './describe.ts';
import { readWorkbook } from './workbook.ts';

const D = dateCell;
const ROSTER_HEAD = ['利用者ID', '氏名', '受給者証番号', '就職日', '支援開始日', '計画作成日'];
const rosterRow = (id: string, name: string, rn: string | null = null): CellValue[] => [
  id,
  name,
  rn,
  D('2024-01-01'),
  D('2024-07-01'),
  D('2024-07-01'),
];
const roster = (rows: CellValue[][], name = '利用者', extra: Partial<Tab> = {}): Tab => ({
  name,
  rows: [ROSTER_HEAD, ...rows],
  ...extra,
});
const contacts = (rows: CellValue[][], name = '支援記録', extra: Partial<Tab> = {}): Tab => ({
  name,
  rows: [['日付', '利用者ID', '相手', '方法'], ...rows],
  ...extra,
});
const monthly = (rows: CellValue[][], name = '月次'): Tab => ({
  name,
  rows: [['年月', '利用者ID', 'レポート提示日'], ...rows],
});
const wb = (...tabs: Tab[]): Workbook => ({ title: 'テスト.xlsx', tabs });
const ok = (w: Workbook) => {
  const r = readWorkbook(w);
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('readWorkbook: tabs as offices really have them', () => {
  it('a hidden tab and an old copy are not merged: the current visible tab wins, and the output says why', () => {
    const r = ok(
      wb(
        roster([rosterRow('A1', '青空')]),
        roster([rosterRow('A1', '青空'), rosterRow('Z9', '古い')], '利用者(旧)'),
        roster([rosterRow('Z8', '隠し')], '名簿', { hidden: true }),
        contacts([[D('2024-07-03'), 'A1', '本人', '面談']]),
        contacts([[D('2024-07-03'), 'A1', '本人', '面談']], '支援記録 (1)'),
        monthly([['2024-07', 'A1', D('2024-08-05')]]),
      ),
    );
    expect(r.caseload.clients.map((c) => c.id)).toEqual(['A1']);
    expect(r.caseload.contacts).toHaveLength(1);
    const skipped = Object.fromEntries(
      r.tabs.filter((t) => t.role === 'ignored').map((t) => [t.tab, t.reason]),
    );
    expect(skipped['利用者(旧)']).toContain('古い写し');
    expect(skipped.名簿).toContain('非表示');
    expect(skipped['支援記録 (1)']).toContain('古い写し');
    expect(skipped['利用者(旧)']).toContain('「利用者」を使いました');
  });

  it('a hidden roster is still read when it is the only one', () => {
    const r = ok(wb(roster([rosterRow('A1', '青空')], '利用者', { hidden: true }), contacts([])));
    expect(r.caseload.clients).toHaveLength(1);
  });

  it('a contact log split over tabs (one per year) is read as one log', () => {
    const r = ok(
      wb(
        roster([rosterRow('A1', '青空')]),
        contacts([[D('2024-07-03'), 'A1', '本人', '面談']], '支援記録2024'),
        contacts([[D('2025-01-10'), 'A1', '本人', '面談']], '支援記録2025'),
        monthly([]),
      ),
    );
    expect(r.caseload.contacts.map((c) => c.source.sheet)).toEqual(['支援記録2024', '支援記録2025']);
  });

  it('findings on a log split over tabs point at each tab’s own columns', () => {
    const r = ok(
      wb(
        roster([rosterRow('A1', '青空')]),
        contacts([[D('2024-07-03'), 'A1', '本人', '面談']], '支援記録2024'),
        {
          name: '支援記録2023',
          rows: [
            ['利用者ID', '方法', '相手', '日付'],
            ['A1', '面談', '本人', D('2023-12-01')],
          ],
        },
        monthly([]),
      ),
    );
    const res = checkResult(r.caseload, r.findings, '2024-07-31');
    const outside = res.findings.find((f) => f.rule === 'period.contact-outside');
    expect(outside).toMatchObject({ sheet: '支援記録2023', row: 2, column: 'D' });
  });

  it('a missing tab is one finding, not a failure: the rest is still read and checked', () => {
    const r = ok(wb(roster([rosterRow('A1', '青空')]), contacts([[D('2024-07-03'), 'A1', '本人', '面談']])));
    expect(r.missing).toEqual(['monthly']);
    const f = r.findings.filter((x) => x.rule === 'data.missing-required');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('月次の記録のタブが見つかりません');
    const res = checkResult(r.caseload, r.findings, '2024-09-30');
    expect(res.findings.some((x) => x.rule === 'report.missing' && x.clientId === 'A1')).toBe(true);
  });

  it('a roster with no data rows is one message, not one "unknown client" per contact row', () => {
    const r = ok(
      wb(
        roster([]),
        contacts([
          [D('2024-07-03'), 'A1', '本人', '面談'],
          [D('2024-07-04'), 'A2', '本人', '面談'],
        ]),
        monthly([]),
      ),
    );
    expect(r.findings.filter((f) => f.rule === 'data.unknown-client')).toEqual([]);
    expect(r.findings.filter((f) => f.message.includes('利用者の行がありません'))).toHaveLength(1);
  });

  it('a duplicate roster row is reported once; records under its id stay the client’s, never "not on the roster"', () => {
    const r = ok(
      wb(
        roster([
          rosterRow('A1', '青空', '1300000001'),
          rosterRow('A9', '青空', '1300000001'),
          rosterRow('A1', '青空', '1300000001'),
        ]),
        contacts([[D('2024-07-03'), 'A9', '本人', '面談']]),
        monthly([]),
      ),
    );
    expect(r.findings.filter((f) => f.rule === 'data.duplicate-client')).toHaveLength(1);
    expect(r.findings.filter((f) => f.rule === 'data.unknown-client')).toEqual([]);
    expect(r.caseload.contacts[0]!.clientId).toBe('A1');
  });

  it('namesakes are never merged when the roster has no id column', () => {
    const r = ok(
      wb(
        {
          name: '利用者',
          rows: [
            ['氏名', '就職日', '支援開始日'],
            ['山田 太郎', D('2024-01-01'), D('2024-07-01')],
            ['山田 太郎', D('2023-01-01'), D('2023-07-01')],
          ],
        },
        {
          name: '記録',
          rows: [
            ['日付', '氏名', '方法'],
            [D('2024-07-03'), '山田 太郎', '面談'],
          ],
        },
      ),
    );
    expect(r.caseload.clients).toHaveLength(2);
    expect(r.findings.filter((f) => f.rule === 'data.duplicate-client')).toEqual([]);
    // the contact cannot be told apart: one finding at that row, not a guess
    expect(r.findings.filter((f) => f.rule === 'data.unknown-client')).toHaveLength(1);
  });

  it('the id column by evidence: a leading No. is not the id when 利用者コード recurs in the contact log', () => {
    const r = ok(
      wb(
        {
          name: '利用者',
          rows: [
            ['No', '利用者コード', '氏名', '就職日', '支援開始日'],
            [1, 'K-101', '青空', D('2024-01-01'), D('2024-07-01')],
            [2, 'K-102', '海野', D('2024-01-01'), D('2024-07-01')],
            [3, 'K-103', '山川', D('2024-01-01'), D('2024-07-01')],
          ],
        },
        contacts([
          [D('2024-07-03'), 'K-102', '本人', '面談'],
          [D('2024-07-04'), 'K-103', '本人', '面談'],
          [D('2024-07-05'), 'K-101', '本人', '面談'],
        ]),
      ),
    );
    expect(r.caseload.clients.map((c) => c.id)).toEqual(['K-101', 'K-102', 'K-103']);
    expect(r.caseload.contacts).toHaveLength(3);
    const d = describeLayout(r.tabs);
    expect(d.利用者!.fields.id).toMatchObject({ column: 'B', header: '利用者コード' });
    expect(d.利用者!.ignored[0]).toMatchObject({ column: 'A', header: 'No' });
  });

  it('a 延長型 client without a base date is still checked from its start, with one missing-required finding', () => {
    const r = ok(
      wb(
        {
          name: '利用者',
          rows: [
            ['利用者ID', '氏名', '利用類型', '支援開始日'],
            ['A1', '青空', '延長型', D('2024-07-01')],
          ],
        },
        contacts([]),
        monthly([]),
      ),
    );
    const res = checkResult(r.caseload, r.findings, '2024-09-30');
    const missing = res.findings.filter((f) => f.rule === 'data.missing-required' && f.clientId === 'A1');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toContain('起算日');
    expect(res.findings.filter((f) => f.rule === 'contact.face-to-face-missing').map((f) => f.month)).toEqual(
      ['2024-07', '2024-08', '2024-09'],
    );
  });

  it('a missing required column is one finding naming the field and the words looked for', () => {
    const r = ok(
      wb(
        {
          name: '利用者',
          rows: [
            ['利用者ID', '氏名', '就職日'],
            ['A1', '青空', D('2024-01-01')],
            ['A2', '海野', D('2024-01-01')],
          ],
        },
        contacts([]),
        monthly([]),
      ),
    );
    const f = r.findings.filter((x) => x.rule === 'data.missing-required');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('「支援開始日」の列が見つかりません');
    expect(f[0]!.message).toContain('「定着支援開始日」');
  });

  it('a number like 2023 in a date column is a year: one finding, the client is still read', () => {
    const r = ok(
      wb(
        {
          name: '利用者',
          rows: [ROSTER_HEAD, ['A1', '青空', null, 2023, D('2024-07-01'), D('2024-07-01')]],
        },
        contacts([]),
      ),
    );
    const f = r.findings.filter((x) => x.rule === 'data.invalid-date');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('「2023」は年だけ');
    expect(r.caseload.clients[0]!.hireDate).toBeNull();
  });

  it('an office number that lost its leading zero is flagged and left out of billing', () => {
    const r = ok(
      wb(
        {
          name: '事業所',
          rows: [
            ['事業所名', 'テスト'],
            ['事業所番号', 131000002],
            ['地域区分', '1級地'],
          ],
        },
        roster([rosterRow('A1', '青空')]),
        contacts([]),
      ),
    );
    expect(r.caseload.office.number).toBeNull();
    expect(r.findings.find((f) => f.rule === 'data.implausible-value')?.message).toContain('先頭の0');
  });
});

describe('describeLayout: what was understood, as plain JSON', () => {
  it('per tab: role, header row, field → column and header, ignored columns, skipped tabs', () => {
    const r = ok(
      wb(
        {
          name: '台帳',
          rows: [['令和6年度 台帳'], ROSTER_HEAD.concat(['備考']), rosterRow('A1', '青空')],
        },
        contacts([]),
        { name: 'メモ', rows: [['今日の予定']] },
      ),
    );
    const d = describeLayout(r.tabs);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    expect(d.台帳).toMatchObject({
      role: 'roster',
      headerRow: 2,
      fields: { id: { column: 'A', header: '利用者ID' }, startDate: { column: 'E', header: '支援開始日' } },
      ignored: [{ column: 'G', header: '備考', reason: '当てはまる項目がありません' }],
      skipped: null,
    });
    expect(d.メモ).toMatchObject({
      role: null,
      skipped: expect.stringContaining('見出しも見当たりません'),
    });
    const lines = layoutLines(d);
    expect(lines[0]).toBe(
      '「台帳」を利用者の一覧として読みました（見出し2行目）: A利用者ID・B氏名・C受給者証番号・D就職日・E支援開始日・F計画作成日',
    );
    expect(lines[1]).toBe('  読まなかった列: G「備考」');
  });
});
