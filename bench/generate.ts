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
