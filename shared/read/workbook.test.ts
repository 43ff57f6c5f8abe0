import { describe, expect, it } from 'vitest';
import { checkResult } from '../check.ts';
import { type CellValue, dateCell } from '../codecs/index.ts';
import type { TableLayout } from '../sheet/detect.ts';
import type { Mapping } from '../sheet/mapping.ts';
import type { Tab, Workbook } from '../sheet/tab.ts';
import { describeLayout, layoutLines } from './describe.ts';
import { isOldCopy, isRowNumbers, readWorkbook } from './workbook.ts';

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
    // the report duty cannot be checked: said once (above), never once per month (domain §10)
    const res = checkResult(r.caseload, r.findings, '2024-09-30');
    expect(res.findings.some((x) => x.rule === 'report.missing')).toBe(false);
    expect(res.findings.some((x) => x.rule === 'contact.face-to-face-missing' && x.month === '2024-08')).toBe(
      true,
    );
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
        // a phone call: the log is read, and no month has a face-to-face contact
        contacts([[D('2024-07-05'), 'A1', '本人', '電話']]),
        monthly([['2024-07', 'A1', D('2024-07-20')]]),
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
        contacts([[D('2024-07-05'), 'A1', '本人', '電話']]),
        monthly([['2024-07', 'A1', D('2024-07-20')]]),
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

describe('isRowNumbers and isOldCopy', () => {
  it('a row-number column counts up by one, nine steps in ten, over at least three values', () => {
    expect(isRowNumbers(['1', '2', '3'])).toBe(true);
    expect(isRowNumbers(['1', '2'])).toBe(false);
    expect(isRowNumbers([])).toBe(false);
    expect(isRowNumbers(['3', '2', '1'])).toBe(false);
    expect(isRowNumbers(['5', '9', '2'])).toBe(false);
    expect(isRowNumbers(['K-1', 'K-2', 'K-3'])).toBe(false);
    // eleven values: nine steps of ten is enough, eight is not
    const eleven = (changes: Record<number, string>) =>
      Array.from({ length: 11 }, (_, i) => changes[i] ?? String(i + 1));
    expect(isRowNumbers(eleven({ 5: '60' }))).toBe(false);
    expect(isRowNumbers(eleven({ 10: '99' }))).toBe(true);
    expect(isRowNumbers(eleven({ 9: '50', 10: '99' }))).toBe(false);
  });

  it('an old copy is known by its name, spaces around it ignored', () => {
    expect(isOldCopy('利用者(旧) ')).toBe(true);
    expect(isOldCopy(' 支援記録 (1)')).toBe(true);
    expect(isOldCopy('利用者')).toBe(false);
    expect(isOldCopy(' 旧名簿')).toBe(true);
  });
});

describe('readWorkbook: which tab plays each role', () => {
  const roleOf = (r: ReturnType<typeof ok>) =>
    Object.fromEntries(r.tabs.map((t) => [t.tab, [t.role, t.reason]]));

  it('of two current rosters the better-matching one is read, whichever comes first', () => {
    const thin = {
      name: '名簿',
      rows: [
        ['利用者ID', '氏名', '支援開始日'],
        ['Z1', '薄井', D('2024-07-01')],
      ],
    };
    const r = ok(wb(thin, roster([rosterRow('A1', '青空')])));
    expect(r.caseload.clients.map((c) => c.id)).toEqual(['A1']);
    expect(roleOf(r).名簿).toEqual([
      'ignored',
      '利用者の一覧としては「利用者」のほうが当てはまるタブのため読んでいません（利用者の一覧は「利用者」を使いました）',
    ]);
    expect(roleOf(r).利用者).toEqual(['roster', undefined]);
  });

  it('a visible old copy is read before a hidden tab, and a current tab before both', () => {
    const hidden = roster([rosterRow('H1', '隠し')], '利用者', { hidden: true });
    const old = roster([rosterRow('O1', '古い')], '利用者(旧)');
    expect(ok(wb(hidden, old)).caseload.clients.map((c) => c.id)).toEqual(['O1']);
    expect(ok(wb(old, hidden)).caseload.clients.map((c) => c.id)).toEqual(['O1']);
    const current = roster([rosterRow('C1', '今')], '名簿');
    expect(ok(wb(hidden, old, current)).caseload.clients.map((c) => c.id)).toEqual(['C1']);
  });

  it('every current monthly tab is read (one per year), but only one roster', () => {
    const r = ok(
      wb(
        roster([rosterRow('A1', '青空')]),
        roster([rosterRow('B1', '別')], '名簿'),
        contacts([[D('2024-07-03'), 'A1', '本人', '面談']]),
        monthly([['2024-07', 'A1', D('2024-08-05')]], '月次2024'),
        monthly([['2025-01', 'A1', D('2025-02-05')]], '月次2025'),
      ),
    );
    expect(r.caseload.monthly.map((m) => [m.source.sheet, m.month])).toEqual([
      ['月次2024', '2024-07'],
      ['月次2025', '2025-01'],
    ]);
    expect(r.tabs.map((t) => t.role)).toEqual(['roster', 'ignored', 'contacts', 'monthly', 'monthly']);
    expect(Object.keys(r.caseload.tabLayouts ?? {})).toEqual(['利用者', '支援記録', '月次2024', '月次2025']);
    expect(r.caseload.layouts.monthly.tab).toBe('月次2024');
  });

  it('a workbook with none of the tabs: every role missing, empty layouts, each tab said why it was not read', () => {
    const r = ok(wb({ name: 'メモ', rows: [['今日の予定'], ['電話']] }));
    expect(r.missing).toEqual(['roster', 'contacts', 'monthly']);
    expect(r.findings.map((f) => f.message)).toEqual([
      '「テスト.xlsx」に利用者の一覧のタブが見つかりません。利用者ごとの点検はできません。見出しに「利用者ID」か「氏名」と、「支援開始日」か「就職日」がある表のタブを作るか、列の対応の設定でどのタブかを指定してください',
      '「テスト.xlsx」に支援記録のタブが見つかりません。対面の支援と事業主との連絡は点検できません。見出しに「日付」、「利用者ID」か「氏名」、「方法」か「支援内容」がある表のタブを作るか、列の対応の設定でどのタブかを指定してください',
      '「テスト.xlsx」に月次の記録のタブが見つかりません。支援レポートの提示は点検できません。見出しに「年月」、「利用者ID」か「氏名」、「レポート提示日」がある表のタブを作るか、列の対応の設定でどのタブかを指定してください',
    ]);
    expect(r.tabs).toEqual([
      {
        tab: 'メモ',
        role: 'ignored',
        headerRow: null,
        reason: '利用者・支援記録・月次・事業所のどれの見出しも見当たりません',
      },
    ]);
    const empty = (role: string) => ({
      kind: 'table',
      tab: '',
      role,
      headerRow: 0,
      columns: {},
      unknownHeaders: [],
    });
    expect(r.caseload.layouts).toEqual({
      roster: empty('roster'),
      contacts: empty('contacts'),
      monthly: empty('monthly'),
    });
    expect(r.caseload.tabLayouts).toEqual({});
    expect(r.caseload.clients).toEqual([]);
  });

  it('records without a roster are not read, and the other tabs still are', () => {
    const r = ok(wb(contacts([[D('2024-07-03'), 'A1', '本人', '面談']]), monthly([['2024-07', 'A1', null]])));
    expect(r.missing).toEqual(['roster']);
    expect(r.caseload.contacts).toEqual([]);
    expect(Object.keys(r.caseload.tabLayouts ?? {})).toEqual(['支援記録', '月次']);
    expect(r.caseload.layouts.roster.tab).toBe('');
  });

  it('a settings tab has no header row; a table has one', () => {
    const office = {
      name: '事業所',
      rows: [
        ['項目', '値'],
        ['事業所名', '定着センター'],
        ['事業所番号', '1310000001'],
      ],
    };
    const r = ok(wb(office, roster([rosterRow('A1', '青空')])));
    expect(r.tabs.map((t) => [t.tab, t.role, t.headerRow])).toEqual([
      ['事業所', 'office', null],
      ['利用者', 'roster', 1],
    ]);
    expect(r.caseload.office.name).toBe('定着センター');
  });
});

describe('readWorkbook with a mapping', () => {
  const read = (w: Workbook, tabs: Mapping['tabs']) => readWorkbook(w, { tabs });

  it('a tab the mapping names that the workbook lacks fails, naming it', () => {
    expect(read(wb(roster([rosterRow('A1', '青空')])), { 名簿2: { role: 'roster' } })).toEqual({
      ok: false,
      error: '対応表にあるタブ「名簿2」がブックにありません',
    });
  });

  it('a column the mapping names that the tab lacks fails, naming it', () => {
    const r = read(wb(roster([rosterRow('A1', '青空')])), {
      利用者: { role: 'roster', columns: { 生年月日: 'birthDate' } },
    });
    expect(r).toEqual({
      ok: false,
      error: '対応表の列「生年月日」がタブ「利用者」の1行目の見出しにありません',
    });
  });

  it('the mapping decides the role of the tabs it names and wins over any evidence; ignore skips a tab', () => {
    const r = read(
      wb(
        roster([rosterRow('A1', '青空')]),
        roster([rosterRow('B1', '別')], '名簿'),
        contacts([[D('2024-07-03'), 'A1', '本人', '面談']]),
      ),
      { 名簿: { role: 'roster' }, 支援記録: { role: 'ignore' } },
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.caseload.clients.map((c) => c.id)).toEqual(['B1']);
    expect(r.tabs.map((t) => [t.tab, t.role, t.reason ?? null])).toEqual([
      [
        '利用者',
        'ignored',
        '利用者の一覧としては「名簿」のほうが当てはまるタブのため読んでいません（利用者の一覧は「名簿」を使いました）',
      ],
      ['名簿', 'roster', null],
      ['支援記録', 'ignored', '対応表で読まない指定です'],
    ]);
    expect(r.missing).toEqual(['contacts', 'monthly']);
  });
});

describe('readWorkbook: the client id column by evidence, as the layout records it', () => {
  const codedRoster = (extra: CellValue[][] = []): Tab => ({
    name: '利用者',
    rows: [
      ['No', '利用者コード', '氏名', '就職日', '支援開始日', 'メモ'],
      [1, 'K-101', '青空', D('2024-01-01'), D('2024-07-01'), null],
      [2, 'K-102', '海野', D('2024-01-01'), D('2024-07-01'), null],
      [3, 'K-103', '山川', D('2024-01-01'), D('2024-07-01'), null],
      ...extra,
    ],
  });

  it('without a contact log, the roster column with the most distinct values (row numbers counting half)', () => {
    const r = ok(wb(codedRoster()));
    const l = r.tabs[0]!.layout as TableLayout;
    expect(l.columns.id).toEqual({ col: 2, letter: 'B', header: '利用者コード' });
    expect(l.alternatives?.id).toEqual([{ col: 1, letter: 'A', header: 'No' }]);
    expect(l.ignored).toEqual([
      {
        col: 1,
        letter: 'A',
        header: 'No',
        reason: '「利用者ID」にはB列「利用者コード」を使いました（支援記録と照らし合わせて決めました）',
      },
      expect.objectContaining({ col: 6, header: 'メモ' }),
    ]);
    expect(l.unknownHeaders).toEqual(['No', 'メモ']);
    expect(r.caseload.clients.map((c) => c.id)).toEqual(['K-101', 'K-102', 'K-103']);
  });

  it('a roster No. with more distinct values than the code column still loses when they are row numbers', () => {
    // five rows numbered 1…5, codes of three clients (two written twice): 2.5 against 3
    const r = ok(
      wb(
        codedRoster([
          [4, 'K-101', '青空', D('2024-01-01'), D('2024-07-01'), null],
          [5, 'K-102', '海野', D('2024-01-01'), D('2024-07-01'), null],
        ]),
      ),
    );
    expect((r.tabs[0]!.layout as TableLayout).columns.id?.header).toBe('利用者コード');
  });

  it('with a contact log: the pair of columns whose values meet most, in the roster and in the log', () => {
    const log: Tab = {
      name: '支援記録',
      rows: [
        ['No', '日付', '利用者コード', '方法'],
        [1, D('2024-07-03'), 'K-102', '面談'],
        [2, D('2024-07-04'), 'K-101', '面談'],
        [3, D('2024-07-05'), 'K-103', '面談'],
        [4, D('2024-07-06'), 'K-103', '面談'],
      ],
    };
    const r = ok(wb(codedRoster(), log));
    const rl = r.tabs[0]!.layout as TableLayout;
    const cl = r.tabs[1]!.layout as TableLayout;
    expect([rl.columns.id?.letter, cl.columns.clientId?.letter]).toEqual(['B', 'C']);
    expect(cl.alternatives?.clientId).toEqual([{ col: 1, letter: 'A', header: 'No' }]);
    expect(cl.unknownHeaders).toEqual(['No']);
    expect(r.caseload.contacts.map((c) => c.clientId)).toEqual(['K-102', 'K-101', 'K-103', 'K-103']);
    expect(r.findings.filter((f) => f.rule === 'data.unknown-client')).toEqual([]);
  });
});

describe('readWorkbook: the id column by evidence, more cases', () => {
  const rosterOf = (head: CellValue[], rows: CellValue[][]): Tab => ({
    name: '利用者',
    rows: [
      [...head, '氏名', '就職日', '支援開始日'],
      ...rows.map((r, i) => [...r, `利用者${i + 1}`, D('2024-01-01'), D('2024-07-01')]),
    ],
  });
  const layoutOf = (r: ReturnType<typeof ok>, tab: string) =>
    r.tabs.find((t) => t.tab === tab)!.layout as TableLayout;

  it('of three id-like columns the one chosen is taken out of the alternatives and the two others stay', () => {
    const r = ok(
      wb(
        rosterOf(
          ['No', '利用者コード', 'ケース番号'],
          [
            [1, 'K-101', 'C-9'],
            [2, 'K-102', 'C-9'],
            [3, 'K-103', 'C-9'],
          ],
        ),
      ),
    );
    const l = layoutOf(r, '利用者');
    expect(l.columns.id?.header).toBe('利用者コード');
    expect(l.alternatives?.id?.map((c) => c.header)).toEqual(['ケース番号', 'No']);
    expect(l.ignored?.map((c) => c.header)).toEqual(['No', 'ケース番号']);
    expect(l.unknownHeaders).toEqual(['No', 'ケース番号']);
  });

  it('when the evidence agrees with the headers nothing is moved', () => {
    // client numbers under "No" (not 1, 2, 3 …), and a code column left blank
    const r = ok(
      wb(
        rosterOf(
          ['No', '利用者コード'],
          [
            [101, null],
            [205, null],
            [333, null],
          ],
        ),
      ),
    );
    const l = layoutOf(r, '利用者');
    expect(l.columns.id).toEqual({ col: 1, letter: 'A', header: 'No' });
    expect(l.alternatives?.id).toEqual([{ col: 2, letter: 'B', header: '利用者コード' }]);
    expect(l.ignored).toEqual([
      { col: 2, letter: 'B', header: '利用者コード', reason: '「利用者ID」にはA列「No」を使いました' },
    ]);
    expect(r.caseload.clients.map((c) => c.id)).toEqual(['101', '205', '333']);
  });

  it('a record number in the log that is not a row number is no client id: the codes that meet the roster win', () => {
    const log: Tab = {
      name: '支援記録',
      rows: [
        ['No', '日付', '利用者コード', '方法'],
        [7, D('2024-07-03'), 'K-101', '面談'],
        [3, D('2024-07-04'), 'K-102', '面談'],
        [9, D('2024-07-05'), 'K-103', '面談'],
        [12, D('2024-07-06'), 'K-101', '面談'],
      ],
    };
    const roster = rosterOf(
      ['No', '利用者コード'],
      [
        [1, 'K-101'],
        [2, 'K-102'],
        [3, 'K-103'],
      ],
    );
    const r = ok(wb(roster, log));
    expect([
      layoutOf(r, '利用者').columns.id?.header,
      layoutOf(r, '支援記録').columns.clientId?.letter,
    ]).toEqual(['利用者コード', 'C']);
    expect(r.caseload.contacts.map((c) => c.clientId)).toEqual(['K-101', 'K-102', 'K-103', 'K-101']);
  });

  it('one id column in the roster, two in the log: the log is still settled, and a one-column monthly tab kept', () => {
    const roster = rosterOf(['利用者コード'], [['K-101'], ['K-102'], ['K-103']]);
    const log: Tab = {
      name: '支援記録',
      rows: [
        ['No', '日付', '利用者コード', '方法'],
        [1, D('2024-07-03'), 'K-102', '面談'],
        [2, D('2024-07-04'), 'K-101', '面談'],
        [3, D('2024-07-05'), 'K-103', '面談'],
      ],
    };
    const month = {
      name: '月次',
      rows: [
        ['年月', '利用者コード', 'レポート提示日'],
        ['2024-07', 'K-101', D('2024-08-05')],
      ],
    };
    const r = ok(wb(roster, log, month));
    expect(layoutOf(r, '支援記録').columns.clientId?.header).toBe('利用者コード');
    expect(r.caseload.contacts.map((c) => c.clientId)).toEqual(['K-102', 'K-101', 'K-103']);
    expect(r.caseload.monthly.map((m) => m.clientId)).toEqual(['K-101']);
  });

  it('a roster with no id column (names only) beside a log with two id-like columns is read by name', () => {
    const roster: Tab = {
      name: '利用者',
      rows: [
        ['氏名', '就職日', '支援開始日'],
        ['青空', D('2024-01-01'), D('2024-07-01')],
      ],
    };
    const log: Tab = {
      name: '支援記録',
      rows: [
        ['No', '日付', '利用者コード', '氏名', '方法'],
        [1, D('2024-07-03'), null, '青空', '面談'],
      ],
    };
    const r = ok(wb(roster, log));
    expect(r.caseload.clients.map((c) => c.id)).toEqual(['青空']);
    // the log's own number cannot name anyone on a roster without ids: its rows are matched by name
    expect(r.caseload.contacts.map((c) => c.clientId)).toEqual(['青空']);
    expect(r.findings.filter((f) => f.rule === 'data.unknown-client')).toEqual([]);
    const l = layoutOf(r, '支援記録');
    expect(l.columns.clientId).toBeUndefined();
    expect(l.ignored?.find((i) => i.letter === 'A')).toEqual({
      col: 1,
      letter: 'A',
      header: 'No',
      reason: '利用者の一覧に利用者IDの列がないため、氏名で照らし合わせました',
    });
  });

  it('a log without a name column keeps its id column beside a roster without ids; what was not read stays in column order', () => {
    const roster: Tab = {
      name: '利用者',
      rows: [
        ['氏名', '就職日', '支援開始日'],
        ['青空', D('2024-01-01'), D('2024-07-01')],
      ],
    };
    const noNames: Tab = {
      name: '支援記録',
      rows: [
        ['日付', '利用者ID', '方法'],
        [D('2024-07-03'), '青空', '面談'],
      ],
    };
    const kept = ok(wb(roster, noNames));
    expect(layoutOf(kept, '支援記録').columns.clientId?.letter).toBe('B');
    expect(kept.caseload.contacts.map((c) => c.clientId)).toEqual(['青空']);
    const withNames: Tab = {
      name: '支援記録',
      rows: [
        ['備考', '日付', 'No', '氏名', '方法', 'メモ欄'],
        ['x', D('2024-07-03'), 1, '青空', '面談', 'y'],
      ],
    };
    const l = layoutOf(ok(wb(roster, withNames)), '支援記録');
    expect(l.columns.clientId).toBeUndefined();
    const cols = (l.ignored ?? []).map((i) => i.col);
    expect(cols).toContain(3);
    expect(cols.length).toBeGreaterThan(1);
    expect(cols).toEqual([...cols].sort((a, b) => a - b));
  });

  it('of two settings tabs one is read, and the other says why', () => {
    const settings = (name: string, office: string): Tab => ({
      name,
      rows: [
        ['項目', '値'],
        ['事業所名', office],
      ],
    });
    const r = ok(wb(settings('事業所', 'A'), settings('設定', 'B'), roster([rosterRow('A1', '青空')])));
    expect(r.caseload.office.name).toBe('A');
    expect(r.tabs[1]!.reason).toBe(
      '事業所の設定としては「事業所」のほうが当てはまるタブのため読んでいません（事業所の設定は「事業所」を使いました）',
    );
  });
});
