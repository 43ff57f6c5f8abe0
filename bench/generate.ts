import { type CellValue, dateCell } from '../shared/codecs/index.ts';
import {
  addDays,
  addMonths,
  minDate,
  monthOf,
  monthsBetween,
  type PlainDate,
  periodEnd,
} from '../shared/date/plain-date.ts';
import type { Workbook } from '../shared/sheet/tab.ts';

/** A small deterministic PRNG (mulberry32) so every run benchmarks the same caseload. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤'];
const GIVEN = ['翔太', '陽菜', '大輔', '美咲', '拓海', '彩花', '健一', '由美', '悠斗', '真由'];
const METHODS = ['訪問', '面談', 'オンライン', '電話', 'メール', '来所'];

/**
 * A synthetic caseload in the bundled sample's layout: `clients` clients whose support spans the three
 * years before `asOf`, with about `contactsPerMonth` contacts per client-month.
 */
export function generateCaseload(opts: {
  clients: number;
  contactsPerMonth: number;
  asOf: PlainDate;
  seed?: number;
}): Workbook {
  const rand = rng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const roster: CellValue[][] = [
    [
      '利用者ID',
      '氏名',
      'ふりがな',
      '性別',
      '生年月日',
      '受給者証番号',
      '支給市町村番号',
      '手帳',
      '居住',
      '就職日',
      '利用類型',
      '起算日',
      '支援開始日',
      '支援終了日',
      '終了理由',
      '離職日',
      '雇用事業主',
      '障害開示',
      '担当者',
      '負担上限月額',
      '計画作成日',
      '計画見直し日',
      '要継続支援',
      '引継ぎ先',
      '引継ぎ情報共有日',
    ],
  ];
  const contacts: CellValue[][] = [
    ['日付', '利用者ID', '氏名', '対象', '方法', '場所', '目標', '支援実施内容', '支援結果', '担当者'],
  ];
  const monthly: CellValue[][] = [
    [
      '年月',
      '利用者ID',
      '目標1',
      '目標2',
      '目標3',
      '今後の支援内容',
      '本人の取組',
      '事業主の取組',
      '関係機関の取組',
      '共有事項',
      'レポート提示日',
      '職場適応援助者助成金',
    ],
  ];
  const windowStart = addMonths(opts.asOf, -36);
  for (let i = 0; i < opts.clients; i++) {
    const id = `C${String(i + 1).padStart(5, '0')}`;
    const name = `${pick(SURNAMES)} ${pick(GIVEN)}`;
    const start = addDays(windowStart, Math.floor(rand() * 900));
    const hire = addDays(addMonths(start, -6), -Math.floor(rand() * 30));
    const end = periodEnd(start, 36);
    const last = minDate(end, opts.asOf);
    const review = addMonths(last, -Math.floor(rand() * 5));
    roster.push([
      id,
      name,
      'ふりがな',
      rand() < 0.5 ? '男' : '女',
      dateCell(addDays('1970-01-01', Math.floor(rand() * 12000))),
      String(1_000_000_000 + Math.floor(rand() * 8_999_999_999)).slice(0, 10),
      '132110',
      '精神 3級',
      '管内',
      dateCell(hire),
      '通常',
      null,
      dateCell(start),
      dateCell(end),
      null,
      null,
      '株式会社サンプル',
      rand() < 0.9 ? '開示' : '非開示',
      '担当',
      9300,
      dateCell(start),
      dateCell(review),
      rand() < 0.3 ? 'はい' : null,
      null,
      null,
    ]);
    for (const ym of monthsBetween(monthOf(start), monthOf(last))) {
      for (let k = 0; k < opts.contactsPerMonth; k++) {
        const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
        const date = `${ym}-${day}`;
        if (date < start || date > last) continue;
        const employer = rand() < 0.3;
        contacts.push([
          dateCell(date),
          id,
          name,
          employer ? '事業主' : '本人',
          pick(METHODS),
          '雇用事業主内',
          '①',
          '近況と体調の確認',
          '大きな変化なし',
          '担当',
        ]);
      }
      const shown = rand() < 0.97 ? dateCell(`${ym}-28`) : null;
      monthly.push([
        ym,
        id,
        '体調管理',
        '報連相',
        null,
        '月1回の面談',
        '記録',
        '声かけ',
        null,
        null,
        shown,
        null,
      ]);
    }
  }
  return {
    title: `bench-${opts.clients}.xlsx`,
    tabs: [
      {
        name: '事業所',
        rows: [
          ['項目', '値'],
          ['事業所名', 'ベンチマーク事業所'],
          ['事業所番号', '1310000099'],
          ['地域区分', '3級地'],
          ['就労定着率', 0.92],
        ],
      },
      { name: '利用者', rows: roster },
      { name: '支援記録', rows: contacts },
      { name: '月次', rows: monthly },
    ],
  };
}

export type Shape = 'narrative-log' | 'form-log' | 'month-grid' | 'client-record';

const textOf = (v: CellValue) => (v === null ? '' : typeof v === 'object' ? v.value : String(v));

/**
 * The same caseload kept in another shape of record (domain §10), for the bench: a narrative log (the method and
 * the party only in the text), a form's responses (a タイムスタンプ first), a client × month grid (contacts and
 * 支援レポート dates), or one client record tab per client (label/value block, table below).
 */
export function reshape(wb: Workbook, shape: Shape): Workbook {
  const [office, roster, log, monthly] = wb.tabs as [Workbook['tabs'][number], ...Workbook['tabs']];
  const body = log!.rows.slice(1);
  if (shape === 'narrative-log' || shape === 'form-log') {
    const rows: CellValue[][] =
      shape === 'narrative-log'
        ? [['日付', '利用者ID', '氏名', '支援内容', '担当者']]
        : [['タイムスタンプ', '支援日', '利用者ID', '支援方法', '相手', '支援内容', '記入者']];
    for (const r of body) {
      const [date, id, name, party, method] = r;
      rows.push(
        shape === 'narrative-log'
          ? [
              date!,
              id!,
              name!,
              `${party === '事業主' ? '上司' : '本人'}と${textOf(method!)}。近況と体調の確認`,
              '担当',
            ]
          : [
              `${textOf(date!).replace(/-/g, '/')} 18:00:00`,
              date!,
              id!,
              method!,
              party!,
              '近況と体調の確認',
              '担当',
            ],
      );
    }
    if (shape === 'form-log') {
      return { ...wb, tabs: [office, roster!, { name: 'フォームの回答 1', rows }, monthly!] };
    }
    return { ...wb, tabs: [office, roster!, { name: 'ケース記録', rows }, monthly!] };
  }
  if (shape === 'month-grid') {
    const months = [...new Set(body.map((r) => textOf(r[0]!).slice(0, 7)))].sort();
    const col = new Map(months.map((m, i) => [m, i + 2]));
    const head = ['利用者ID', '氏名', ...months.map((m) => `${m.slice(0, 4)}/${Number(m.slice(5))}`)];
    const cells = new Map<string, string[]>();
    for (const r of body) {
      const d = textOf(r[0]!);
      const key = `${r[1]}|${d.slice(0, 7)}`;
      const words = cells.get(key) ?? [];
      words.push(
        `${Number(d.slice(5, 7))}/${Number(d.slice(8))}${textOf(r[4]!)}${r[3] === '事業主' ? '（上司）' : ''}`,
      );
      cells.set(key, words);
    }
    const grid: CellValue[][] = [['月別支援状況表'], head];
    const reports: CellValue[][] = [['支援レポート提示日'], ['利用者ID', ...head.slice(2)]];
    for (const r of roster!.rows.slice(1)) {
      const row: CellValue[] = [r[0]!, r[1]!, ...months.map(() => null)];
      for (const m of months) row[col.get(m)!] = cells.get(`${r[0]}|${m}`)?.join('、') ?? null;
      grid.push(row);
      reports.push([r[0]!, ...months.map(() => null)]);
    }
    const at = new Map(reports.slice(2).map((r, i) => [textOf(r[0]!), i + 2]));
    for (const m of monthly!.rows.slice(1)) {
      const row = reports[at.get(textOf(m[1]!))!]!;
      const shown = m[10];
      if (shown) row[col.get(textOf(m[0]!))! - 1] = textOf(shown).slice(5).replace('-', '/');
    }
    return {
      ...wb,
      tabs: [
        office,
        roster!,
        { name: '月別支援状況', rows: grid },
        { name: 'レポート提示日', rows: reports },
      ],
    };
  }
  // one record tab per client: its block from the roster row, its table from the log
  const byClient = new Map<string, CellValue[][]>();
  for (const r of body) {
    const list = byClient.get(textOf(r[1]!)) ?? [];
    list.push([r[0]!, r[4]!, r[3]!, r[7]!, r[9]!]);
    byClient.set(textOf(r[1]!), list);
  }
  const tabs = roster!.rows.slice(1).map((r) => ({
    name: `${textOf(r[0]!)}_${textOf(r[1]!).split(' ')[0]}`,
    rows: [
      ['個人ケース記録'],
      ['利用者ID', r[0]!, '', '氏名', r[1]!],
      ['受給者証番号', r[5]!, '', '就職日', r[9]!],
      ['支援開始日', r[12]!, '', '支援終了日', r[13]!],
      ['計画作成日', r[20]!, '', '計画見直し日', r[21]!],
      ['障害開示', r[17]!, '', '担当', r[18]!],
      [],
      ['支援日', '方法', '相手', '支援内容', '担当'],
      ...(byClient.get(textOf(r[0]!)) ?? []),
    ] as CellValue[][],
  }));
  return { ...wb, tabs: [office, ...tabs, monthly!] };
}
