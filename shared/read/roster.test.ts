import { describe, expect, it } from 'vitest';
import { type CellValue, dateCell } from '../codecs/index.ts';
import { columnLetter } from '../model/column.ts';
import type { Finding } from '../model/finding.ts';
import type { ColumnRef, TableLayout } from '../sheet/detect.ts';
import { readRoster } from './roster.ts';

const D = dateCell;

function layout(fields: string[]): TableLayout {
  const columns: Record<string, ColumnRef> = {};
  fields.forEach((f, i) => {
    columns[f] = { col: i + 1, letter: columnLetter(i + 1), header: f };
  });
  return { kind: 'table', tab: '利用者', role: 'roster', headerRow: 1, columns, unknownHeaders: [] };
}
const read = (fields: string[], rows: CellValue[][]) => readRoster(layout(fields), [fields, ...rows]);
const where = (fs: readonly Finding[]) => fs.map((f) => [f.rule, f.severity, f.row, f.column, f.clientId]);

const FULL = ['id', 'name', 'usageType', 'hireDate', 'baseDate', 'returnDate', 'sendingEndDate', 'startDate'];

describe('readRoster: the base date by usage type', () => {
  it.each<[CellValue, CellValue, CellValue, CellValue, CellValue, string | null]>([
    // usage type, hire, explicit base, return, sending end → base
    ['通常', D('2024-04-01'), null, null, null, '2024-04-01'],
    [null, D('2024-04-01'), null, null, null, '2024-04-01'],
    ['通常', D('2024-04-01'), D('2024-04-15'), null, null, '2024-04-15'],
    ['復職支援型', D('2015-04-01'), null, D('2024-05-10'), null, '2024-05-10'],
    ['労働時間延長支援型', D('2024-01-15'), null, null, D('2024-06-30'), '2024-07-01'],
    ['延長型', D('2024-01-15'), D('2024-07-02'), null, D('2024-06-30'), '2024-07-02'],
    ['延長型', D('2024-01-15'), null, null, null, null],
  ])('%s, hired %j, base %j, return %j, sending end %j → base %s', (type, hire, base, ret, sending, want) => {
    const r = read(FULL, [['U1', '青空', type, hire, base, ret, sending, D('2025-01-01')]]);
    expect(r.clients[0]!.baseDate).toBe(want);
  });

  it('a 復職支援型 client without a return day: one finding at the base column, the months still checked', () => {
    const r = read(FULL, [['U1', '青空', '復職支援型', D('2015-04-01'), null, null, null, D('2025-01-01')]]);
    expect(r.clients).toHaveLength(1);
    expect(r.clients[0]!.startDate).toBe('2025-01-01');
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 2, 'E', 'U1']]);
  });

  it('without a base column the finding for a 復職支援型 client is at the return column', () => {
    const fields = ['id', 'name', 'usageType', 'hireDate', 'returnDate', 'startDate'];
    const r = read(fields, [['U1', '青空', '復職支援型', D('2015-04-01'), null, D('2025-01-01')]]);
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 2, 'E', 'U1']]);
  });

  it('an ordinary client without a hire date: the finding is at the hire column', () => {
    const r = read(['id', 'name', 'hireDate', 'startDate'], [['U1', '青空', null, D('2025-01-01')]]);
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 2, 'C', 'U1']]);
  });

  it('a blank start date is a finding at the start cell', () => {
    const r = read(['id', 'name', 'hireDate', 'startDate'], [['U1', '青空', D('2024-04-01'), null]]);
    expect(r.clients[0]!.startDate).toBeNull();
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 2, 'D', 'U1']]);
  });

  it('an unreadable start date is one finding (invalid date), not also a blank one', () => {
    const r = read(['id', 'name', 'hireDate', 'startDate'], [['U1', '青空', D('2024-04-01'), '来月から']]);
    expect(where(r.findings)).toEqual([['data.invalid-date', 'error', 2, 'D', 'U1']]);
  });
});

describe('readRoster: missing columns and rows', () => {
  it('without a start column: one finding for the tab, at the header row, not one per row', () => {
    const r = read(
      ['id', 'name', 'hireDate'],
      [
        ['U1', '青空', D('2024-04-01')],
        ['U2', '山田', D('2024-04-01')],
      ],
    );
    expect(r.clients).toHaveLength(2);
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 1, null, null]]);
  });

  it('without a hire column but with a base column: no finding for the hire column', () => {
    const r = read(
      ['id', 'name', 'baseDate', 'startDate'],
      [['U1', '青空', D('2024-04-01'), D('2024-10-01')]],
    );
    expect(r.findings).toEqual([]);
    expect(r.clients[0]!.baseDate).toBe('2024-04-01');
  });

  it('without hire and base columns: one finding for the tab; rows are not each reported', () => {
    const r = read(['id', 'name', 'startDate'], [['U1', '青空', D('2024-10-01')]]);
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 1, null, null]]);
  });

  it('a tab with headers and no client rows is a finding', () => {
    const r = read(['id', 'name', 'hireDate', 'startDate'], [[], ['※記入例']]);
    expect(r.clients).toEqual([]);
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 1, null, null]]);
  });

  it('a row without an id in a tab with an id column is a finding and not read', () => {
    const r = read(
      ['id', 'name', 'hireDate', 'startDate'],
      [[null, '青空', D('2024-04-01'), D('2024-10-01')]],
    );
    expect(r.clients).toEqual([]);
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 2, 'A', null]]);
    expect(r.findings[0]!.clientName).toBe('青空');
  });
});

describe('readRoster: identities', () => {
  it('without an id column the name is the id; namesakes stay two clients, told apart by row', () => {
    const r = read(
      ['name', 'hireDate', 'startDate'],
      [
        ['青空 一郎', D('2024-04-01'), D('2024-10-01')],
        ['山田 花子', D('2024-04-01'), D('2024-10-01')],
        ['青空一郎', D('2024-04-01'), D('2024-10-01')],
      ],
    );
    const ids = r.clients.map((c) => c.id);
    expect(ids[1]).toBe('山田花子');
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toMatch(/^青空一郎.*2行目/);
    expect(ids[2]).toMatch(/^青空一郎.*4行目/);
    expect(r.findings).toEqual([]);
  });

  it('ids are folded (width, spaces); a repeated id is reported once and the first row kept', () => {
    const r = read(
      ['id', 'name', 'hireDate', 'startDate'],
      [
        ['Ｕ１', '青空', D('2024-04-01'), D('2024-10-01')],
        ['U1', '青空（重複）', D('2024-04-01'), D('2024-10-01')],
        [' U1', '青空（三度目）', D('2024-04-01'), D('2024-10-01')],
      ],
    );
    expect(r.clients.map((c) => [c.id, c.name, c.source.row])).toEqual([['U1', '青空', 2]]);
    expect(where(r.findings)).toEqual([['data.duplicate-client', 'error', 3, 'A', 'U1']]);
    expect(r.aliases.size).toBe(0);
  });

  it('the same 受給者証番号 under another id: reported at the number, and the new id is an alias of the first', () => {
    const fields = ['id', 'name', 'recipientNumber', 'hireDate', 'startDate'];
    const r = read(fields, [
      ['U1', '青空', '1234567890', D('2024-04-01'), D('2024-10-01')],
      ['U7', '青空', '1234567890', D('2024-04-01'), D('2024-10-01')],
    ]);
    expect(r.clients.map((c) => c.id)).toEqual(['U1']);
    expect(r.aliases.get('U7')?.id).toBe('U1');
    expect(where(r.findings)).toEqual([['data.duplicate-client', 'error', 3, 'C', 'U7']]);
  });

  it('bad 受給者証番号 and 市町村番号 are findings at their cells and left out', () => {
    const fields = ['id', 'name', 'recipientNumber', 'municipalityNumber', 'hireDate', 'startDate'];
    const r = read(fields, [
      ['U1', '青空', '12345', '13101X', D('2024-04-01'), D('2024-10-01')],
      ['U2', '山田', '0123456789', '131016', D('2024-04-01'), D('2024-10-01')],
    ]);
    expect(r.clients.map((c) => [c.recipientNumber, c.municipalityNumber])).toEqual([
      [null, null],
      ['0123456789', '131016'],
    ]);
    expect(where(r.findings)).toEqual([
      ['data.invalid-recipient-number', 'error', 2, 'C', 'U1'],
      ['data.invalid-recipient-number', 'error', 2, 'D', 'U1'],
    ]);
  });

  it('reads the other fields of the row', () => {
    const fields = [
      'id',
      'name',
      'hireDate',
      'startDate',
      'endDate',
      'leftJobDate',
      'needsContinued',
      'copayCap',
      'employer',
    ];
    const r = read(fields, [
      [
        'U1',
        '青空',
        D('2024-04-01'),
        D('2024-10-01'),
        D('2027-09-30'),
        D('2025-01-15'),
        '要',
        '9,300',
        '株式会社あおば',
      ],
    ]);
    expect(r.clients[0]).toMatchObject({
      endDate: '2027-09-30',
      leftJobDate: '2025-01-15',
      needsContinued: true,
      copayCap: 9300,
      employer: '株式会社あおば',
      source: { sheet: '利用者', row: 2 },
    });
  });
});

describe('readRoster: every field, and what each message says', () => {
  const ALL = [
    'id',
    'name',
    'kana',
    'sex',
    'birthDate',
    'recipientNumber',
    'municipalityNumber',
    'disabilityType',
    'cards',
    'residence',
    'hireDate',
    'startDate',
    'endDate',
    'endReason',
    'leftJobDate',
    'employer',
    'employerContact',
    'disclosure',
    'employerContactExempt',
    'staff',
    'copayCap',
    'planCreated',
    'planReviewed',
    'needsContinued',
    'handoverTo',
    'handoverSharedDate',
  ];

  it('reads every roster field into the client', () => {
    const r = read(ALL, [
      [
        'U1',
        '青空 一郎',
        'アオゾラ イチロウ',
        '男',
        D('1990-05-01'),
        '1234567890',
        '131016',
        '精神',
        '精神保健福祉手帳',
        '管内',
        D('2024-04-01'),
        D('2024-10-01'),
        D('2027-09-30'),
        '期間満了',
        D('2027-10-15'),
        '株式会社あおば',
        '人事 佐藤',
        '開示',
        '本人の希望',
        '田中',
        '9300',
        D('2024-10-01'),
        D('2025-04-01'),
        '有',
        'ハローワーク',
        D('2027-09-01'),
      ],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.clients).toEqual([
      {
        id: 'U1',
        name: '青空 一郎',
        kana: 'アオゾラ イチロウ',
        sex: 'male',
        birthDate: '1990-05-01',
        recipientNumber: '1234567890',
        municipalityNumber: '131016',
        disabilityType: '精神',
        cards: [{ kind: 'mental', grade: null, word: '精神保健福祉手帳' }],
        residence: expect.anything(),
        hireDate: '2024-04-01',
        usageType: 'normal',
        baseDate: '2024-04-01',
        startDate: '2024-10-01',
        endDate: '2027-09-30',
        endReason: { kind: 'completed', word: '期間満了' },
        leftJobDate: '2027-10-15',
        employer: '株式会社あおば',
        employerContact: '人事 佐藤',
        disclosure: 'open',
        employerContactExempt: '本人の希望',
        staff: '田中',
        copayCap: 9300,
        planCreated: '2024-10-01',
        planReviewed: '2025-04-01',
        needsContinued: true,
        handoverTo: 'ハローワーク',
        handoverSharedDate: '2027-09-01',
        source: { sheet: '利用者', row: 2 },
      },
    ]);
  });

  it('blank cells read as nothing: no cards, not in need of continued support', () => {
    const r = read(ALL, [['U1', '青空', ...Array(9).fill(null), D('2024-10-01')]]);
    expect(r.clients[0]).toMatchObject({
      kana: null,
      sex: null,
      birthDate: null,
      cards: [],
      residence: null,
      endReason: null,
      planCreated: null,
      needsContinued: false,
      handoverSharedDate: null,
    });
  });

  it('findings about a row carry its client: the id, and the name or null when the name is blank', () => {
    const r = read(
      ['id', 'name', 'hireDate', 'startDate'],
      [
        ['U1', '青空', 'あした', D('2024-10-01')],
        ['U2', null, 'あした', D('2024-10-01')],
      ],
    );
    expect(r.findings.map((f) => [f.rule, f.clientId, f.clientName])).toEqual([
      ['data.invalid-date', 'U1', '青空'],
      ['data.invalid-date', 'U2', null],
    ]);
  });

  it('a missing start column, and missing hire and base columns: the message names the words looked for', () => {
    expect(read(['id', 'name', 'hireDate'], [['U1', '青空', D('2024-04-01')]]).findings[0]!.message).toBe(
      '「利用者」に「支援開始日」の列が見つかりません。支援期間を使う点検はしていません。見出しを「支援開始日」や「定着支援開始日」や「利用開始日」にした列を足すか、列の対応の設定でどの列かを指定してください',
    );
    expect(read(['id', 'name', 'startDate'], [['U1', '青空', D('2024-10-01')]]).findings[0]!.message).toBe(
      '「利用者」に「就職日」の列が見つかりません。開始の時期は点検していません。見出しを「就職日」や「雇用開始日」や「入社日」にした列を足すか、列の対応の設定でどの列かを指定してください',
    );
  });

  it('with a base column but neither start nor hire column, only the start column is reported', () => {
    const r = read(['id', 'name', 'baseDate'], [['U1', '青空', D('2024-04-01')]]);
    expect(r.findings.map((f) => f.message)).toEqual([
      expect.stringContaining('「支援開始日」の列が見つかりません'),
    ]);
  });

  it('a row without an id says so at the id cell; a tab without an id column, a row without a name', () => {
    const withId = read(['id', 'name', 'startDate'], [[null, '青空', D('2024-10-01')]]);
    expect(withId.findings.map((f) => [f.message, f.clientName])).toContainEqual([
      '「利用者」2行目 A列「id」: 利用者IDが空欄なので、この行は点検していません。利用者IDを入れてください',
      '青空',
    ]);
    const noId = read(['name', 'hireDate', 'startDate'], [[null, D('2024-04-01'), D('2024-10-01')]]);
    expect(noId.clients).toEqual([]);
    expect(noId.findings.map((f) => [f.rule, f.message, f.clientName])).toEqual([
      [
        'data.missing-required',
        '「利用者」2行目: 利用者IDが空欄なので、この行は点検していません。利用者IDを入れてください',
        null,
      ],
    ]);
  });

  it('bad 受給者証番号 and 市町村番号: the message names the cell', () => {
    const r = read(
      ['id', 'name', 'recipientNumber', 'municipalityNumber', 'hireDate', 'startDate'],
      [['U1', '青空', '12-34', 'abc', D('2024-04-01'), D('2024-10-01')]],
    );
    expect(r.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^「利用者」2行目 C列「recipientNumber」: .+/),
      expect.stringMatching(/^「利用者」2行目 D列「municipalityNumber」: .+/),
    ]);
  });

  it('a repeated id and a repeated 受給者証番号: the message names the first row and what happens', () => {
    const fields = ['id', 'name', 'recipientNumber', 'hireDate', 'startDate'];
    const row = (id: string, name: string, rn: string): CellValue[] => [
      id,
      name,
      rn,
      D('2024-04-01'),
      D('2024-10-01'),
    ];
    const r = read(fields, [
      row('U1', '青空', '1234567890'),
      row('U1', '青空（2）', '1111111111'),
      row('U9', '青空', '1234567890'),
      row('U2', '山田', '2222222222'),
      row('U8', '山田', '2222222222'),
    ]);
    expect(r.findings.map((f) => [f.message, f.column])).toEqual([
      [
        '「利用者」3行目 A列「id」: 利用者ID「U1」が2行目の青空さんと同じです。この3行目は点検に使わず、2行目だけを点検しました。同じ方ならこの行を消し、別の方なら利用者IDを直してください',
        'A',
      ],
      [
        '「利用者」6行目 C列「recipientNumber」: 受給者証番号「2222222222」が5行目の山田さんと同じです。どちらの行も点検しました。受給者証番号を確かめて、違う方の番号を直してください',
        'C',
      ],
    ]);
    expect([...r.aliases].map(([id, c]) => [id, c.id])).toEqual([
      ['U9', 'U1'],
      ['U8', 'U2'],
    ]);
  });
});

describe('readRoster: a blank base date, by usage type', () => {
  const NO_BASE_COLUMN = ['id', 'name', 'usageType', 'hireDate', 'returnDate', 'sendingEndDate', 'startDate'];
  const one = (fields: string[], cells: CellValue[]) => read(fields, [cells]).findings;

  it('an ordinary client without a hire date: names the hire column as headed, at the hire cell', () => {
    const [f] = one(NO_BASE_COLUMN, ['U1', '青空', '通常', null, null, null, D('2024-10-01')]);
    expect([f!.message, f!.column]).toEqual([
      '「利用者」2行目: hireDateが空欄です。利用類型「通常」の起算日が分からないので、開始の時期と3年6か月の上限は点検していません。毎月の支援・計画・引継ぎは支援開始日から点検しました。hireDateを書いてください',
      'D',
    ]);
  });

  it('a 復職支援型 client without a return day: at the return cell', () => {
    const [f] = one(NO_BASE_COLUMN, [
      'U1',
      '青空',
      '復職支援型',
      D('2015-04-01'),
      null,
      null,
      D('2024-10-01'),
    ]);
    expect([f!.message, f!.column]).toEqual([
      '「利用者」2行目: 起算日（復職日）が空欄です。利用類型「復職支援型」の起算日が分からないので、開始の時期と3年6か月の上限は点検していません。毎月の支援・計画・引継ぎは支援開始日から点検しました。起算日（復職日）を書いてください',
      'E',
    ]);
  });

  it('a 延長型 client without the end of the sending service: at the hire cell', () => {
    const [f] = one(NO_BASE_COLUMN, ['U1', '青空', '延長型', D('2024-01-15'), null, null, D('2024-10-01')]);
    expect([f!.message, f!.column]).toEqual([
      '「利用者」2行目: 起算日（移行支援等の終了日の翌日）が空欄です。利用類型「労働時間延長支援型」の起算日が分からないので、開始の時期と3年6か月の上限は点検していません。毎月の支援・計画・引継ぎは支援開始日から点検しました。起算日（移行支援等の終了日の翌日）を書いてください',
      'D',
    ]);
  });

  it('no hire column but a base column: both blank names 就職日, at the base cell', () => {
    const [f] = one(['id', 'name', 'baseDate', 'startDate'], ['U1', '青空', null, D('2024-10-01')]);
    expect([f!.message, f!.column]).toEqual([
      '「利用者」2行目: 就職日が空欄です。利用類型「通常」の起算日が分からないので、開始の時期と3年6か月の上限は点検していません。毎月の支援・計画・引継ぎは支援開始日から点検しました。就職日を書いてください',
      'C',
    ]);
  });

  it('start and base both blank: the period cannot be checked at all, at the start cell', () => {
    const [f] = one(NO_BASE_COLUMN, ['U1', '青空', '通常', null, null, null, null]);
    expect([f!.message, f!.column]).toEqual([
      '「利用者」2行目: startDate・hireDateが空欄なので、支援期間を点検できません。startDate・hireDateを書いてください',
      'G',
    ]);
  });

  it('only the start blank: the period cannot be checked', () => {
    const [f] = one(NO_BASE_COLUMN, ['U1', '青空', '通常', D('2024-04-01'), null, null, null]);
    expect(f!.message).toBe(
      '「利用者」2行目: startDateが空欄なので、支援期間を点検できません。startDateを書いてください',
    );
  });

  it('a base or hire date written but unreadable is one invalid-date finding, not also a blank one', () => {
    const withBase = ['id', 'name', 'usageType', 'hireDate', 'baseDate', 'startDate'];
    for (const type of ['復職支援型', '通常']) {
      const r = read(withBase, [['U1', '青空', type, null, 'あした', D('2024-10-01')]]);
      expect(r.findings.map((f) => [f.rule, f.column])).toEqual([['data.invalid-date', 'E']]);
    }
  });

  it('an unreadable start and a blank hire date: the period cannot be checked at all', () => {
    const f = one(NO_BASE_COLUMN, ['U1', '青空', '通常', null, null, null, 'あした']);
    expect(f.map((x) => [x.rule, x.message])).toEqual([
      ['data.invalid-date', expect.stringContaining('startDate')],
      [
        'data.missing-required',
        '「利用者」2行目: hireDateが空欄なので、支援期間を点検できません。hireDateを書いてください',
      ],
    ]);
  });
});
