import { describe, expect, it } from 'vitest';
import { type CellValue, dateCell } from '../codecs/index.ts';
import { columnLetter } from '../model/column.ts';
import type { Finding } from '../model/finding.ts';
import type { ColumnRef, TableLayout } from '../sheet/detect.ts';
import { readContacts } from './contacts.ts';
import { cellName, FieldReader, normalizeClientId, normalizeName } from './fields.ts';
import { readMonthly } from './monthly.ts';
import { ClientResolver } from './resolve.ts';
import { readRoster } from './roster.ts';
import { RowView } from './row.ts';

const D = dateCell;

/** A table layout whose columns are the given fields, A, B, C … in order, headers as written. */
function layout(
  tab: string,
  role: TableLayout['role'],
  fields: [field: string, header: string][],
): TableLayout {
  const columns: Record<string, ColumnRef> = {};
  fields.forEach(([f, header], i) => {
    columns[f] = { col: i + 1, letter: columnLetter(i + 1), header };
  });
  return { kind: 'table', tab, role, headerRow: 1, columns, unknownHeaders: [] };
}

const ROSTER = layout('利用者', 'roster', [
  ['id', '利用者ID'],
  ['name', '氏名'],
  ['hireDate', '就職日'],
  ['startDate', '支援開始日'],
]);
const rosterOf = (...rows: CellValue[][]) =>
  readRoster(ROSTER, [ROSTER.columns && ['利用者ID', '氏名', '就職日', '支援開始日'], ...rows]);
const TWO = rosterOf(
  ['U001', '青空 一郎', D('2024-01-04'), D('2024-07-04')],
  ['U002', '山田 花子', D('2024-02-01'), D('2024-08-01')],
);
const resolver = () => new ClientResolver(TWO.clients);

const CONTACTS = layout('支援記録', 'contacts', [
  ['clientId', '利用者ID'],
  ['date', '日付'],
  ['parties', '相手'],
  ['method', '方法'],
  ['place', '場所'],
  ['content', '支援内容'],
  ['staff', '担当'],
]);
const contactsOf = (rows: CellValue[][], words = {}) =>
  readContacts(
    CONTACTS,
    [['利用者ID', '日付', '相手', '方法', '場所', '支援内容', '担当'], ...rows],
    resolver(),
    words,
  );
const where = (fs: readonly Finding[]) =>
  fs.map((f) => [f.rule, f.severity, f.sheet, f.row, f.column, f.clientId]);

describe('readContacts', () => {
  it('reads one contact per row with its party, method, place and source row', () => {
    const r = contactsOf([
      ['U001', D('2024-07-10'), '本人', '面談', '職場', '近況の確認', '佐藤'],
      ['U002', D('2024-07-11'), '本人・事業主', '電話', null, null, null],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.contacts).toEqual([
      {
        date: '2024-07-10',
        clientId: 'U001',
        parties: ['client'],
        method: { kind: 'face', word: '面談' },
        place: { kind: 'employer' },
        goal: null,
        content: '近況の確認',
        result: null,
        staff: '佐藤',
        source: { sheet: '支援記録', row: 2 },
      },
      expect.objectContaining({
        clientId: 'U002',
        parties: ['client', 'employer'],
        method: expect.objectContaining({ kind: 'phone' }),
        place: null,
        content: null,
        source: { sheet: '支援記録', row: 3 },
      }),
    ]);
  });

  it('a blank 相手 means the client; a blank method is unknown, not unreadable', () => {
    const r = contactsOf([['U001', D('2024-07-10'), null, null, null, 'メモ', null]]);
    expect(r.contacts).toHaveLength(1);
    expect(r.contacts[0]!.parties).toEqual(['client']);
    expect(r.contacts[0]!.method).toBeNull();
    expect(r.contacts[0]).not.toHaveProperty('unreadable');
    expect(r.findings).toEqual([]);
  });

  it('a method or party word it cannot read is kept as written, and named by a finding at its cell', () => {
    const r = contactsOf([
      ['U001', D('2024-07-10'), '本人', 'ぴよぴよ', null, null, null],
      ['U001', D('2024-07-11'), 'ぽぽぽ', '面談', null, null, null],
    ]);
    expect(r.contacts.map((c) => [c.method, c.parties, c.unreadable])).toEqual([
      [null, ['client'], { method: 'ぴよぴよ' }],
      [{ kind: 'face', word: '面談' }, [], { parties: 'ぽぽぽ' }],
    ]);
    expect(where(r.findings)).toEqual([
      ['data.unknown-value', 'warning', '支援記録', 2, 'D', 'U001'],
      ['data.unknown-value', 'warning', '支援記録', 3, 'C', 'U001'],
    ]);
  });

  it('words the office taught read cells the key words do not', () => {
    const r = contactsOf([['U001', D('2024-07-10'), 'ぽぽぽ', 'ぴよぴよ', 'ほげ', null, null]], {
      method: { ぴよぴよ: 'video' },
      party: { ぽぽぽ: 'employer' },
      place: { ほげ: 'office' },
    });
    expect(r.findings).toEqual([]);
    expect(r.contacts[0]).toMatchObject({
      parties: ['employer'],
      method: { kind: 'video', word: 'ぴよぴよ' },
      place: { kind: 'office' },
    });
  });

  it('a row without a date is not counted: a finding at the date cell; an unreadable date is one finding too', () => {
    const r = contactsOf([
      ['U001', null, '本人', '面談', null, null, null],
      ['U001', '7月吉日', '本人', '面談', null, null, null],
    ]);
    expect(r.contacts).toEqual([]);
    expect(where(r.findings)).toEqual([
      ['data.missing-required', 'error', '支援記録', 2, 'B', 'U001'],
      ['data.invalid-date', 'error', '支援記録', 3, 'B', 'U001'],
    ]);
  });

  it('a row naming no roster client is a finding and is not read', () => {
    const r = contactsOf([
      ['U999', D('2024-07-10'), '本人', '面談', null, null, null],
      ['U001', D('2024-07-10'), '本人', '面談', null, null, null],
    ]);
    expect(r.contacts.map((c) => c.source.row)).toEqual([3]);
    expect(where(r.findings)).toEqual([['data.unknown-client', 'error', '支援記録', 2, 'A', 'U999']]);
  });
});

const MONTHLY = layout('月次', 'monthly', [
  ['clientId', '利用者ID'],
  ['month', '年月'],
  ['reportShownDate', '提示日'],
  ['jobcoach', 'ジョブコーチ'],
  ['onLeave', '休職'],
  ['caseMeeting', 'ケース会議'],
  ['goal1', '目標1'],
  ['goal2', '目標2'],
  ['goal3', '目標3'],
  ['nextSupport', '次回の支援'],
  ['clientEffort', '本人の取組'],
  ['employerEffort', '事業主の取組'],
  ['agencyEffort', '関係機関の取組'],
  ['shared', '共有事項'],
]);
const monthlyOf = (rows: CellValue[][]) =>
  readMonthly(MONTHLY, [Object.values(MONTHLY.columns).map((c) => c!.header), ...rows], resolver());

describe('readMonthly', () => {
  it('reads every field of a monthly row', () => {
    const r = monthlyOf([
      [
        'U001',
        '2024-07',
        D('2024-08-05'),
        '有',
        '無',
        '○',
        '遅刻をなくす',
        null,
        '挨拶',
        '訪問',
        'a',
        'b',
        'c',
        'd',
      ],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.monthly).toEqual([
      {
        month: '2024-07',
        clientId: 'U001',
        goals: ['遅刻をなくす', '挨拶'],
        nextSupport: '訪問',
        clientEffort: 'a',
        employerEffort: 'b',
        agencyEffort: 'c',
        shared: 'd',
        reportShownDate: '2024-08-05',
        jobcoach: true,
        onLeave: false,
        caseMeeting: true,
        source: { sheet: '月次', row: 2 },
      },
    ]);
  });

  it('blank marks are no; each mark is its own column', () => {
    const r = monthlyOf([
      ['U001', '2024-07', null, null, null, null],
      ['U001', '2024-08', null, null, '有', null],
      ['U001', '2024-09', null, null, null, '有'],
    ]);
    expect(r.monthly.map((m) => [m.month, m.jobcoach, m.onLeave, m.caseMeeting, m.reportShownDate])).toEqual([
      ['2024-07', false, false, false, null],
      ['2024-08', false, true, false, null],
      ['2024-09', false, false, true, null],
    ]);
  });

  it('a mark it cannot read is a finding at its cell and reads as no', () => {
    const r = monthlyOf([['U001', '2024-07', null, '申請中']]);
    expect(r.monthly[0]!.jobcoach).toBe(false);
    expect(where(r.findings)).toEqual([['data.unknown-value', 'warning', '月次', 2, 'D', 'U001']]);
  });

  it('a row without a readable month is not read; an unknown client is a finding', () => {
    const r = monthlyOf([
      ['U001', null, D('2024-08-05')],
      ['U001', '13月', D('2024-08-05')],
      ['U404', '2024-07', D('2024-08-05')],
      ['U002', '2024-07', D('2024-08-05')],
    ]);
    expect(r.monthly.map((m) => [m.clientId, m.source.row])).toEqual([['U002', 5]]);
    expect(where(r.findings)).toEqual([
      ['data.invalid-date', 'error', '月次', 3, 'B', 'U001'],
      ['data.unknown-client', 'error', '月次', 4, 'A', 'U404'],
    ]);
  });
});

describe('ClientResolver', () => {
  const byId = layout('支援記録', 'contacts', [
    ['clientId', '利用者ID'],
    ['name', '氏名'],
  ]);
  const byName = layout('支援記録', 'contacts', [['name', '氏名']]);
  const resolve = (l: TableLayout, cells: CellValue[], r = resolver()) => {
    const out: Finding[] = [];
    const c = r.resolve(new RowView(l, cells, 7), out, '支援記録');
    return {
      id: c?.id ?? null,
      findings: out.map((f) => [f.rule, f.row, f.column, f.clientId, f.clientName]),
    };
  };

  it('by id, width and spaces folded', () => {
    expect(resolve(byId, ['U001', null])).toEqual({ id: 'U001', findings: [] });
    expect(resolve(byId, ['Ｕ００２ ', '違う名前'])).toEqual({ id: 'U002', findings: [] });
  });

  it('an id not on the roster is a finding at the id cell, even when the name would match', () => {
    expect(resolve(byId, ['U003', '青空 一郎'])).toEqual({
      id: null,
      findings: [['data.unknown-client', 7, 'A', 'U003', '青空 一郎']],
    });
  });

  it('a blank id in a tab with an id column is a finding at the id cell; the name is not used', () => {
    expect(resolve(byId, [null, '青空 一郎'])).toEqual({
      id: null,
      findings: [['data.missing-required', 7, 'A', null, '青空 一郎']],
    });
  });

  it('without an id column, by name (spaces and width folded)', () => {
    expect(resolve(byName, ['青空一郎'])).toEqual({ id: 'U001', findings: [] });
    expect(resolve(byName, ['山田\u3000花子'])).toEqual({ id: 'U002', findings: [] });
  });

  it('without an id column, an unknown name or a name two clients share is a finding at the name cell', () => {
    expect(resolve(byName, ['田中 三郎'])).toEqual({
      id: null,
      findings: [['data.unknown-client', 7, 'A', null, '田中 三郎']],
    });
    const twins = rosterOf(
      ['U001', '青空 一郎', D('2024-01-04'), D('2024-07-04')],
      ['U002', '青空一郎', D('2024-01-04'), D('2024-07-04')],
    );
    const r = resolve(byName, ['青空 一郎'], new ClientResolver(twins.clients));
    expect(r).toEqual({ id: null, findings: [['data.unknown-client', 7, 'A', null, '青空 一郎']] });
  });

  it('an alias id (a duplicate roster row) resolves to the first row’s client', () => {
    const alias = new Map([['U009', TWO.clients[0]!]]);
    expect(resolve(byId, ['U009', null], new ClientResolver(TWO.clients, alias))).toEqual({
      id: 'U001',
      findings: [],
    });
  });
});

describe('FieldReader and the names of cells', () => {
  const l = layout('利用者', 'roster', [
    ['id', '利用者ID'],
    ['birthDate', '生年月日'],
    ['copayCap', '負担上限月額'],
    ['sex', '性別'],
  ]);
  const reader = (cells: CellValue[]) => {
    const out: Finding[] = [];
    return {
      out,
      r: new FieldReader(out, new RowView(l, cells, 17), { clientId: 'U001', clientName: '青空' }),
    };
  };

  it('names a cell as a person finds it: tab, row, column and header', () => {
    const row = new RowView(l, [], 17);
    expect(cellName(row, 'birthDate')).toBe('「利用者」17行目 B列「生年月日」');
    expect(cellName(row, 'kana')).toBe('「利用者」17行目');
  });

  it('a year typed alone in a date cell is not a date (not day 2023 of 1900)', () => {
    for (const v of [1900, 2023, 2100]) {
      const { r, out } = reader(['U001', v]);
      expect(r.date('birthDate')).toBeNull();
      expect(out.map((f) => [f.rule, f.row, f.column, f.clientId, f.clientName])).toEqual([
        ['data.invalid-date', 17, 'B', 'U001', '青空'],
      ]);
    }
  });

  it('a date serial outside the year range is read as a date', () => {
    const { r, out } = reader(['U001', 45000]); // 2023-03-15
    expect(r.date('birthDate')).toBe('2023-03-15');
    expect(out).toEqual([]);
  });

  it('blank date, month and word cells are null without a finding', () => {
    const { r, out } = reader(['U001', null, null, null]);
    expect([r.date('birthDate'), r.month('birthDate'), r.amount('copayCap')]).toEqual([null, null, null]);
    expect(out).toEqual([]);
  });

  it.each<[CellValue, number]>([
    [9300, 9300],
    ['9,300', 9300],
    ['９３００', 9300],
    ['9300円', 9300],
    ['0', 0],
    [4600.4, 4600],
  ])('an amount %j reads as %d', (v, n) => {
    const { r, out } = reader(['U001', null, v]);
    expect(r.amount('copayCap')).toBe(n);
    expect(out).toEqual([]);
  });

  it.each<CellValue>(['上限なし', '-100', -1])('an amount %j is a finding at its cell', (v) => {
    const { r, out } = reader(['U001', null, v]);
    expect(r.amount('copayCap')).toBeNull();
    expect(out.map((f) => [f.rule, f.row, f.column])).toEqual([['data.unknown-value', 17, 'C']]);
  });

  it('an unknown word is a finding each time it is met, even when read from the cache', () => {
    const parse = (v: CellValue) =>
      v === '男' ? { ok: true as const, value: 'm' } : { ok: false as const, reason: '分かりません' };
    const a = reader(['U001', null, null, '不明な語']);
    const b = reader(['U001', null, null, '不明な語']);
    expect(a.r.vocab('sex', parse)).toBeNull();
    expect(b.r.vocab('sex', parse)).toBeNull();
    expect([a.out.length, b.out.length]).toEqual([1, 1]);
    expect(reader(['U001', null, null, '男']).r.vocab('sex', parse)).toBe('m');
  });

  it('ids and names are compared with width and spaces folded', () => {
    expect(normalizeClientId(' Ｕ ００１ ')).toBe('U001');
    expect(normalizeName('青空\u3000一郎 ')).toBe('青空一郎');
  });
});

describe('the reader’s messages name the tab, row, column and what was not read', () => {
  const byId = layout('支援記録', 'contacts', [
    ['clientId', '利用者ID'],
    ['name', '氏名'],
  ]);
  const byName = layout('支援記録', 'contacts', [['name', '氏名']]);
  const messages = (l: TableLayout, cells: CellValue[], r = resolver()) => {
    const out: Finding[] = [];
    const c = r.resolve(new RowView(l, cells, 7), out, '支援記録');
    return { id: c?.id ?? null, messages: out.map((f) => f.message) };
  };

  it('an id not on the roster, with and without a name beside it', () => {
    expect(messages(byId, ['U003', '青空 一郎']).messages).toEqual([
      '「支援記録」7行目 A列「利用者ID」: 支援記録の利用者ID「U003」（青空 一郎）が利用者の一覧にありません。利用者IDの書き間違いなら直し、名簿にまだない方なら名簿に加えてください',
    ]);
    expect(messages(byId, ['U003', null]).messages).toEqual([
      '「支援記録」7行目 A列「利用者ID」: 支援記録の利用者ID「U003」が利用者の一覧にありません。利用者IDの書き間違いなら直し、名簿にまだない方なら名簿に加えてください',
    ]);
  });

  it('a blank id, an unknown name, and a name two roster rows share', () => {
    expect(messages(byId, [null, '青空 一郎']).messages).toEqual([
      '「支援記録」7行目 A列「利用者ID」: 利用者IDが空欄のため、支援記録をどの方のものか決められません。利用者IDを入れてください',
    ]);
    expect(messages(byName, ['田中 三郎']).messages).toEqual([
      '「支援記録」7行目 A列「氏名」: 支援記録の「田中 三郎」が利用者の一覧にありません。氏名の書き間違いなら直し、名簿にまだない方なら名簿に加えてください',
    ]);
    const twins = rosterOf(
      ['U001', '青空 一郎', D('2024-01-04'), D('2024-07-04')],
      ['U002', '山田 花子', D('2024-01-04'), D('2024-07-04')],
      ['U003', '青空一郎', D('2024-01-04'), D('2024-07-04')],
    );
    expect(messages(byName, ['青空 一郎'], new ClientResolver(twins.clients)).messages).toEqual([
      '「支援記録」7行目 A列「氏名」: 「青空 一郎」という利用者が「利用者」の2行目と4行目に2人いるので、支援記録をどの方のものか決められません。支援記録に利用者IDの列を加えてください',
    ]);
  });

  it('a tab whose id column plays the roster’s 利用者ID field (id) is resolved by it too', () => {
    const rosterLike = layout('月次', 'monthly', [
      ['id', '利用者ID'],
      ['name', '氏名'],
    ]);
    expect(messages(rosterLike, ['U002', '別の名前'])).toEqual({ id: 'U002', messages: [] });
  });

  it('the contact log and the monthly tab say which record could not be placed', () => {
    const c = contactsOf([
      ['U404', D('2024-07-10'), '本人', '面談', null, null, null],
      ['U001', null, '本人', '面談', null, null, null],
    ]);
    expect(c.findings.map((f) => f.message)).toEqual([
      '「支援記録」2行目 A列「利用者ID」: 支援記録の利用者ID「U404」が利用者の一覧にありません。利用者IDの書き間違いなら直し、名簿にまだない方なら名簿に加えてください',
      '「支援記録」3行目 B列「日付」: 日付が空欄なので、この記録は数えていません。支援した日を入れてください',
    ]);
    const m = monthlyOf([['U404', '2024-07']]);
    expect(m.findings.map((f) => f.message)).toEqual([
      '「月次」2行目 A列「利用者ID」: 月次の記録の利用者ID「U404」が利用者の一覧にありません。利用者IDの書き間違いなら直し、名簿にまだない方なら名簿に加えてください',
    ]);
  });

  it('all three goals are read, in order, blanks left out', () => {
    const r = monthlyOf([['U001', '2024-07', null, null, null, null, '一', '二', '三']]);
    expect(r.monthly[0]!.goals).toEqual(['一', '二', '三']);
  });
});

describe('FieldReader: the messages and the edges of what it reads', () => {
  const l = layout('利用者', 'roster', [
    ['id', '利用者ID'],
    ['birthDate', '生年月日'],
    ['copayCap', '負担上限月額'],
    ['sex', '性別'],
    ['month', '年月'],
  ]);
  const reader = (cells: CellValue[]) => {
    const out: Finding[] = [];
    return {
      out,
      r: new FieldReader(out, new RowView(l, cells, 17), { clientId: 'U001', clientName: '青空' }),
    };
  };

  it('a year alone, an unreadable date and an unreadable month: the message names the cell and the value', () => {
    const year = reader(['U001', 2023]);
    year.r.date('birthDate');
    expect(year.out.map((f) => f.message)).toEqual([
      '「利用者」17行目 B列「生年月日」の「2023」は年だけで、日付として読めません。年月日まで入れてください',
    ]);
    const bad = reader(['U001', 'あした', null, null, 'らいげつ']);
    expect([bad.r.date('birthDate'), bad.r.month('month')]).toEqual([null, null]);
    expect(bad.out.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^「利用者」17行目 B列「生年月日」の「あした」: .+。正しい日付を 2025\/3\/31 や 令和7年3月31日 のように入れてください$/,
      ),
      expect.stringMatching(
        /^「利用者」17行目 E列「年月」の「らいげつ」: .+。年月を 2025\/3 や 令和7年3月 のように入れてください$/,
      ),
    ]);
  });

  it('only a whole number from 1900 to 2100 is a year: 1899 and a serial with a time of day are dates', () => {
    const before = reader(['U001', 1899]);
    expect(before.r.date('birthDate')).toBe('1905-03-13');
    const withTime = reader(['U001', 2023.5]);
    expect(withTime.r.date('birthDate')).toBe('1905-07-15');
    expect([...before.out, ...withTime.out]).toEqual([]);
    // a year written as text is not a date either, but by the date reader's own reason
    const text = reader(['U001', '2023']);
    expect(text.r.date('birthDate')).toBeNull();
    expect(text.out[0]!.message).not.toContain('年だけで');
  });

  it('an unknown word and an unreadable amount: the message names the cell and the value', () => {
    const parse = () => ({ ok: false as const, reason: '「不明」は性別として読めません' });
    const { r, out } = reader(['U001', null, '上限なし', '不明']);
    expect([r.vocab('sex', parse), r.amount('copayCap')]).toEqual([null, null]);
    expect(out.map((f) => f.message)).toEqual([
      '「利用者」17行目 D列「性別」: 「不明」は性別として読めません。ほかの行と同じ言い方に直すか、列の対応の設定でこの言葉の意味を教えてください',
      '「利用者」17行目 C列「負担上限月額」の「上限なし」は金額として読めません。9300 や 9,300円 のように数字で入れてください',
    ]);
  });
});
