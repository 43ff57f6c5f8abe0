import { describe, expect, it } from 'vitest';
import { type CellValue, dateCell } from '../codecs/index.ts';
import type { Office } from '../model/caseload.ts';
import type { KeyValueLayout } from '../sheet/detect.ts';
import type { Tab } from '../sheet/tab.ts';
import { EMPTY_OFFICE, readOffice } from './office.ts';

// A settings tab as offices keep it: a title row, then 項目 | 値 from row 2 (keys in A, values in B).
const LAYOUT: KeyValueLayout = {
  kind: 'keyvalue',
  tab: '事業所設定',
  role: 'office',
  keyCol: 1,
  valueCol: 2,
  firstRow: 2,
};

function read(rows: CellValue[][], layout: KeyValueLayout = LAYOUT) {
  const tab: Tab = { name: '事業所設定', rows: [['項目', '値'], ...rows] };
  return readOffice(tab, layout);
}
const office = (rows: CellValue[][]) => read(rows).office;
const where = (r: ReturnType<typeof read>) =>
  r.findings.map((f) => [f.rule, f.severity, f.sheet, f.row, f.column, f.header]);

describe('readOffice: plain settings', () => {
  it('reads name, number, region, prefecture and the date the office opened; notes where the tab starts', () => {
    const o = office([
      ['事業所名', '就労定着支援センターあおば'],
      ['事業所番号', '1312345678'],
      ['地域区分', '２級地'],
      ['都道府県', '東京都'],
      ['指定日', dateCell('2019-04-01')],
    ]);
    expect(o).toMatchObject({
      name: '就労定着支援センターあおば',
      number: '1312345678',
      region: '2級地',
      prefecture: '東京都',
      openedOn: '2019-04-01',
      source: { sheet: '事業所設定', row: 2 },
    });
  });

  it('an office number written in full width or with hyphens is folded; a region keeps no spaces', () => {
    const o = office([
      ['事業所番号', '１３１２-３４５-６７８'],
      ['地域区分', ' その他 地域 '],
    ]);
    expect(o.number).toBe('1312345678');
    expect(o.region).toBe('その他地域');
  });

  it('a 9-digit number cell (Excel dropped the leading 0) is an error at its cell, and the number is left out', () => {
    const r = read([['事業所番号', 112345678]]);
    expect(r.office.number).toBeNull();
    expect(r.findings[0]!.message).toContain('112345678');
    expect(where(r)).toEqual([['data.implausible-value', 'error', '事業所設定', 2, 'B', '事業所番号']]);
  });

  it('a 10-digit number cell is read as the number', () => {
    const r = read([['事業所番号', 1312345678]]);
    expect(r.office.number).toBe('1312345678');
    expect(r.findings).toEqual([]);
  });

  it('the other spellings of the keys (from office sheets) are read too', () => {
    const o = office([
      ['事業所の名称', 'あおば'],
      ['級地', '3級地'],
      ['所在都道府県', '大阪府'],
      ['1単位単価', '10.9'],
      ['届出定着率', '0.8'],
      ['基本報酬単位', '3,238'],
      ['前年度の平均利用者数', '12'],
      ['常勤換算', '1.5'],
      ['開設日', dateCell('2020-10-01')],
    ]);
    expect(o).toMatchObject({
      name: 'あおば',
      region: '3級地',
      prefecture: '大阪府',
      unitPrice: 10.9,
      filedRate: 0.8,
      filedUnits: 3238,
      prevYearAverage: 12,
      staffFte: 1.5,
      openedOn: '2020-10-01',
    });
  });

  it('a key written with spaces, width or brackets still matches', () => {
    const o = office([
      ['事業所名 ', 'あおば'],
      ['就労定着率（届出）', '90%'],
    ]);
    expect(o.name).toBe('あおば');
    expect(o.filedRate).toBeCloseTo(0.9, 10);
  });

  it('blank keys, blank values and keys it does not know are left alone; rows above the first row are not read', () => {
    const r = read(
      [
        ['事業所名', 'あおば'],
        [null, '迷子の値'],
        ['単価', null],
        ['単価', '   '],
        ['備考', '毎月10日締め'],
        [],
      ],
      { ...LAYOUT, firstRow: 3 },
    );
    expect(r.office.name).toBeNull();
    expect(r.office.unitPrice).toBeNull();
    expect(r.findings).toEqual([]);
    expect(r.office.source).toEqual({ sheet: '事業所設定', row: 3 });
  });

  it('keys and values may be in other columns', () => {
    const tab: Tab = {
      name: '設定',
      rows: [
        ['', '', ''],
        ['', '事業所名', 'あおば'],
        ['', '単価', '11.2'],
      ],
    };
    const r = readOffice(tab, { ...LAYOUT, tab: '設定', keyCol: 2, valueCol: 3, firstRow: 2 });
    expect(r.office).toMatchObject({ name: 'あおば', unitPrice: 11.2 });
  });

  it('a bad date is a finding at its cell', () => {
    const r = read([['指定日', '令和2年13月1日']]);
    expect(r.office.openedOn).toBeNull();
    expect(r.findings[0]!.message).toContain('指定日');
    expect(where(r)).toEqual([['data.invalid-date', 'error', '事業所設定', 2, 'B', '指定日']]);
  });

  it('starts from nothing: an empty tab gives the empty office with its source, and never changes EMPTY_OFFICE', () => {
    const before = JSON.stringify(EMPTY_OFFICE);
    const r = read([
      ['就労定着実績体制加算', '有'],
      ['虐待防止措置未実施', '有'],
    ]);
    expect(r.office.additions.achievement).toBe(true);
    expect(JSON.stringify(EMPTY_OFFICE)).toBe(before);
    const empty = read([]);
    expect(empty.office).toEqual({ ...EMPTY_OFFICE, source: { sheet: '事業所設定', row: 2 } });
  });
});

describe('readOffice: numbers as offices write them', () => {
  it.each<[CellValue, number]>([
    ['11.20', 11.2],
    ['11.2円', 11.2],
    ['１０．９', 10.9],
    [11.2, 11.2],
    [' 10 ', 10],
  ])('単価 %j → %d', (value, n) => {
    expect(office([['単価', value]]).unitPrice).toBe(n);
  });

  it.each<[CellValue, number]>([
    ['3,449', 3449],
    ['3449単位', 3449],
    [3449, 3449],
    [3448.6, 3449], // units are whole
    ['３，４４９', 3449],
  ])('基本報酬 %j → %d', (value, n) => {
    expect(office([['基本報酬', value]]).filedUnits).toBe(n);
  });

  it.each<[CellValue, number]>([
    ['20', 20],
    ['20人', 20],
    ['20名', 20],
    [18.5, 18.5],
  ])('前年度平均利用者数 %j → %d', (value, n) => {
    expect(office([['前年度平均利用者数', value]]).prevYearAverage).toBe(n);
  });

  it.each<[CellValue, number]>([
    ['2.5', 2.5],
    ['2.5人', 2.5],
    [3, 3],
  ])('就労定着支援員数 %j → %d', (value, n) => {
    expect(office([['就労定着支援員数', value]]).staffFte).toBe(n);
  });

  it('a number it cannot read is a finding at its cell, and the setting stays unknown', () => {
    for (const [key, value, field] of [
      ['単価', '約11円', 'unitPrice'],
      ['基本報酬', '未定', 'filedUnits'],
      ['前年度平均利用者数', '十二', 'prevYearAverage'],
      ['就労定着支援員数', '2.5.1', 'staffFte'],
      ['単価', '11.2 x', 'unitPrice'],
    ] as const) {
      const r = read([[key, value]]);
      expect(r.office[field]).toBeNull();
      expect(where(r)).toEqual([['data.unknown-value', 'warning', '事業所設定', 2, 'B', key]]);
      // the message names the setting and the value as written, whatever its wording
      expect(r.findings[0]!.message).toContain(key);
      expect(r.findings[0]!.message).toContain(value);
    }
  });

  it('a negative number is read as written (rules judge it)', () => {
    expect(office([['単価', '-1']]).unitPrice).toBe(-1);
  });
});

describe('readOffice: 就労定着率 however it is written', () => {
  it.each<[CellValue, number]>([
    [1, 1],
    ['1', 1],
    [0.95, 0.95],
    ['0.95', 0.95],
    ['95%', 0.95],
    ['９５％', 0.95],
    ['95', 0.95],
    [95, 0.95],
    ['100%', 1],
    [100, 1],
    ['0%', 0],
    [0, 0],
    ['0.5%', 0.005],
    ['1%', 0.01],
  ])('%j → %d', (value, rate) => {
    const r = read([['就労定着率', value]]);
    expect(r.office.filedRate).toBeCloseTo(rate, 10);
    expect(r.findings).toEqual([]);
  });

  it.each<CellValue>(['120%', 120, '-5%', -0.1, 'およそ9割'])(
    '%j is not a rate: a finding at its cell, the rate stays unknown',
    (value) => {
      const r = read([['就労定着率', value]]);
      expect(r.office.filedRate).toBeNull();
      expect(where(r)).toEqual([['data.unknown-value', 'warning', '事業所設定', 2, 'B', '就労定着率']]);
    },
  );
});

type Flags = { additions: Office['additions']; reductions: Office['reductions'] };
const ADDITIONS_AND_REDUCTIONS: [key: string, group: keyof Flags, flag: string][] = [
  ['就労定着実績体制加算', 'additions', 'achievement'],
  ['職場適応援助者養成研修修了者配置体制加算', 'additions', 'jobcoachStaff'],
  ['ジョブコーチ配置加算', 'additions', 'jobcoachStaff'],
  ['特別地域加算', 'additions', 'specialRegion'],
  ['支援体制構築未実施減算', 'reductions', 'noHandoverSystem'],
  ['支援体制構築未実施', 'reductions', 'noHandoverSystem'],
  ['情報公表未報告減算', 'reductions', 'noPublicInfo'],
  ['情報公表未報告', 'reductions', 'noPublicInfo'],
  ['業務継続計画未策定減算', 'reductions', 'noBcp'],
  ['業務継続計画未策定', 'reductions', 'noBcp'],
  ['虐待防止措置未実施減算', 'reductions', 'noAbusePrevention'],
  ['虐待防止措置未実施', 'reductions', 'noAbusePrevention'],
];

describe('readOffice: every addition and reduction', () => {
  it.each(ADDITIONS_AND_REDUCTIONS)('「%s」 sets %s.%s and nothing else', (key, group, flag) => {
    for (const yes of ['有', 'あり', '○', 'はい', true, 1] as CellValue[]) {
      const r = read([[key, yes]]);
      expect(r.findings).toEqual([]);
      const expected: Flags = {
        additions: { ...EMPTY_OFFICE.additions },
        reductions: { ...EMPTY_OFFICE.reductions },
      };
      (expected[group] as Record<string, boolean>)[flag] = true;
      expect({ additions: r.office.additions, reductions: r.office.reductions }).toEqual(expected);
    }
  });

  it.each(ADDITIONS_AND_REDUCTIONS)('「%s」 written as no stays off', (key, group, flag) => {
    for (const no of ['無', 'なし', '×', 'いいえ', false, 0] as CellValue[]) {
      const r = read([[key, no]]);
      expect(r.findings).toEqual([]);
      expect((r.office[group] as Record<string, boolean>)[flag]).toBe(false);
    }
  });

  it.each(ADDITIONS_AND_REDUCTIONS)(
    '「%s」 with a word that is neither yes nor no: a finding at its cell, and off',
    (key, group, flag) => {
      const r = read([[key, '申請中']]);
      expect((r.office[group] as Record<string, boolean>)[flag]).toBe(false);
      expect(where(r)).toEqual([['data.unknown-value', 'warning', '事業所設定', 2, 'B', key]]);
      expect(r.findings[0]!.message).toContain(key);
      expect(r.findings[0]!.message).toContain('申請中');
    },
  );

  it('all of them on one tab, each finding on its own row', () => {
    const r = read([
      ['就労定着実績体制加算', '有'],
      ['特別地域加算', '未定'],
      ['虐待防止措置未実施減算', '有'],
      ['業務継続計画未策定減算', 'たぶん'],
    ]);
    expect(r.office.additions).toEqual({ achievement: true, jobcoachStaff: false, specialRegion: false });
    expect(r.office.reductions).toEqual({
      noHandoverSystem: false,
      noPublicInfo: false,
      noBcp: false,
      noAbusePrevention: true,
    });
    expect(r.findings.map((f) => f.row)).toEqual([3, 5]);
  });
});

describe('the cells of the filed band (a finding points at the value it contradicts)', () => {
  it('就労定着率 and 基本報酬 are remembered with their value cells; a value not read has none', () => {
    // rows 2 and 4 of the tab (the header is row 1); the values are in column B
    const o = office([
      ['就労定着率', '92%'],
      ['事業所名', 'テスト'],
      ['基本報酬', '3,348'],
    ]);
    expect(o.cells).toEqual({
      filedRate: { sheet: '事業所設定', row: 2, column: 'B', header: '就労定着率' },
      filedUnits: { sheet: '事業所設定', row: 4, column: 'B', header: '基本報酬' },
    });
    expect(office([['就労定着率', '高い']]).cells).toBeUndefined();
  });
});
