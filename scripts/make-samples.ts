/**
 * Writes two synthetic caseloads laid out differently from samples/caseload-sample.xlsx (no real person):
 *
 * - samples/variant-title-era.xlsx — tabs 台帳 / 記録 / レポート / 設定; a title row and a blank row above
 *   the roster headers; other header names; dates as era text (令和6年4月1日, R6.4.1, 令和元年7月1日,
 *   full-width 令和６年４月１日), spreadsheet serial numbers and real date cells; as of 2025-02-28.
 * - samples/variant-csv/ — the CSV files Google Sheets downloads ("ブック名 - タブ名.csv"), every cell text,
 *   and a contact log with no id column (clients matched by name); as of 2025-03-15.
 * - samples/variant-office-c.xlsx — another office: an unrelated staff tab, a two-row header, a No. column
 *   before the 利用者コード, a blank row inside the roster and a note under it, a hidden old copy of the roster,
 *   the contact log split into one tab per year, free-text methods (Zoom面談, 訪問（不在）, 電話→来所 …);
 *   as of 2025-03-31.
 * - samples/variant-office-d.xlsx — a third office's words (ケース番号, 相手方（本人/企業）, 手段, 架電, ﾒｰﾙ),
 *   an untaught method word, a blank row inside the contact log and a note under it, a holiday tab;
 *   as of 2025-01-31.
 *
 * Run: npx tsx scripts/make-samples.ts
 *
 * Deterministic: no randomness, no clock. The findings each file must produce are worked out by hand in
 * samples/variant-*.expected.json and samples/*.full.json; this script only writes the data (it never imports shared/, so a bug
 * in the checker's date or era code cannot leak into the samples).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = join(ROOT, 'samples');

// ---------------------------------------------------------------------------------------------
// Calendar helpers (on YYYY-MM-DD strings, through UTC: the machine's zone never moves a day)

type Ymd = string;
type Ym = string;

const parts = (d: Ymd) => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return { y, m, d: day };
};
const pad2 = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): Ymd => `${y}-${pad2(m)}-${pad2(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthOf = (d: Ymd): Ym => d.slice(0, 7);
const monthEnd = (ym: Ym): Ymd => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return ymd(y, m, daysIn(y, m));
};
const nextMonth = (ym: Ym): Ym => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad2(m + 1)}`;
};
const minD = (a: Ymd, b: Ymd) => (a <= b ? a : b);
const maxD = (a: Ymd, b: Ymd) => (a >= b ? a : b);
function monthsFrom(from: Ym, to: Ym): Ym[] {
  const out: Ym[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m);
  return out;
}

// ---------------------------------------------------------------------------------------------
// How offices write dates in cells

const FULL = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function era(d: Ymd): { name: string; code: string; year: number } {
  const { y } = parts(d);
  if (d >= '2019-05-01') return { name: '令和', code: 'R', year: y - 2018 };
  if (d >= '1989-01-08') return { name: '平成', code: 'H', year: y - 1988 };
  return { name: '昭和', code: 'S', year: y - 1925 };
}
/** 令和6年4月1日 (元年 for the first year). */
const eraText = (d: Ymd) => {
  const e = era(d);
  const { m, d: day } = parts(d);
  return `${e.name}${e.year === 1 ? '元' : e.year}年${m}月${day}日`;
};
/** R6.4.1 */
const eraShort = (d: Ymd) => {
  const e = era(d);
  const { m, d: day } = parts(d);
  return `${e.code}${e.year}.${m}.${day}`;
};
/** 令和６年４月１日 */
const eraFull = (d: Ymd) => FULL(eraText(d));
/** 2024/4/1 */
const slash = (d: Ymd) => {
  const { y, m, d: day } = parts(d);
  return `${y}/${m}/${day}`;
};
/** ２０２４年４月１日 */
const kanjiFull = (d: Ymd) => {
  const { y, m, d: day } = parts(d);
  return FULL(`${y}年${m}月${day}日`);
};
/** A real date cell: exceljs writes a Date at UTC midnight as that calendar day. */
const dateCell = (d: Ymd) => {
  const { y, m, d: day } = parts(d);
  return new Date(Date.UTC(y, m - 1, day));
};
/** The spreadsheet serial number of a date (1900 date system; dates after 1900-02-28 only). */
const serial = (d: Ymd) => {
  const { y, m, d: day } = parts(d);
  return Math.round((Date.UTC(y, m - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
};
/** R6.10 */
const eraShortMonth = (ym: Ym) => eraShort(`${ym}-01`).replace(/\.1$/, '');
/** 令和6年11月 */
const eraMonth = (ym: Ym) => eraText(`${ym}-01`).replace(/1日$/, '');
/** 2024/10 */
const slashMonth = (ym: Ym) => `${ym.slice(0, 4)}/${Number(ym.slice(5))}`;
/** 2024年11月 */
const kanjiMonth = (ym: Ym) => `${ym.slice(0, 4)}年${Number(ym.slice(5))}月`;

type Cell = string | number | Date | null;

// ---------------------------------------------------------------------------------------------
// A caseload as data: clients, and for each active month the contacts and the monthly record

interface Contact {
  date: Ymd;
  /** When set, written as-is instead of the formatted date (a deliberately bad cell). */
  dateText?: string;
  id: string;
  name: string;
  party: string;
  method: string;
  place: string;
  content: string;
}

interface MonthPlan {
  client: Contact[];
  employer: Contact[];
  extra: Contact[];
  /** null: no monthly row at all. */
  report: { shown: Ymd | null; jobcoach?: boolean } | null;
}

interface ClientSpec {
  id: string;
  name: string;
  start: Ymd;
  /** The last day support is given (end, or the day the client left the job), if before the as-of date. */
  lastDay?: Ymd;
  /** Employer contacts are made only for clients who disclosed their disability. */
  disclosed: boolean;
  /** Start writing monthly data from this month (default: the start month). */
  dataFrom?: Ym;
  /** Change the usual month (defects, other words). */
  months?: Record<Ym, (p: MonthPlan) => void>;
}

const FACE = ['来所面談', '職場訪問', '面談', '同行', 'Zoom', 'ビデオ通話', 'オンライン面談'];
const PLACE_OF: Record<string, string> = {
  来所面談: '事業所内',
  職場訪問: '雇用事業主内',
  面談: '事業所内',
  同行: 'その他（ハローワーク）',
  Zoom: 'その他（自宅）',
  ビデオ通話: 'その他（自宅）',
  オンライン面談: 'その他（自宅）',
  TEL: 'その他',
  電話: 'その他',
  メール: 'その他',
  LINE: 'その他',
};
const EMPLOYER: [party: string, method: string][] = [
  ['事業主', '職場訪問'],
  ['上司', 'TEL'],
  ['人事', 'メール'],
  ['勤務先', '電話'],
];
const CLIENT_TOPICS = ['近況と体調の確認', '勤務状況の聞き取り', '通院と服薬の確認', '休日の過ごし方の確認'];
const EMPLOYER_TOPICS = ['職場での様子を確認', '業務量の調整を相談', '評価面談の結果を共有', '勤怠の確認'];

const contact = (c: Omit<Contact, 'place'> & { place?: string }): Contact => ({
  ...c,
  place: c.place ?? PLACE_OF[c.method] ?? 'その他',
});

/** An office's own words: the face-to-face methods and the employer contacts its usual months rotate through. */
interface Style {
  face: readonly string[];
  employer: readonly (readonly [party: string, method: string])[];
}
const DEFAULT_STYLE: Style = { face: FACE, employer: EMPLOYER };

/** The usual month of a client: one contact face to face, one with the employer, the report shown. */
function usualMonth(
  spec: ClientSpec,
  ci: number,
  mi: number,
  month: Ym,
  lo: Ymd,
  hi: Ymd,
  reportDue: boolean,
  style: Style = DEFAULT_STYLE,
): MonthPlan {
  const day = (n: number) => minD(hi, maxD(lo, `${month}-${pad2(n)}`));
  const face = style.face[(ci + mi) % style.face.length]!;
  const [party, method] = style.employer[(ci + mi) % style.employer.length]!;
  const base = { id: spec.id, name: spec.name };
  return {
    client: [
      contact({ ...base, date: day(12), party: '本人', method: face, content: CLIENT_TOPICS[mi % 4]! }),
    ],
    employer: spec.disclosed
      ? [contact({ ...base, date: day(19), party, method, content: EMPLOYER_TOPICS[mi % 4]! })]
      : [],
    extra: [],
    report: reportDue ? { shown: day(26) } : null,
  };
}

interface Built {
  contacts: Contact[];
  monthly: { month: Ym; id: string; name: string; shown: Ymd | null; jobcoach: boolean; goal: string }[];
}

const GOALS = [
  '体調管理（睡眠時間の確保）',
  '職場での報連相の練習',
  '休憩の取り方の確認',
  '疲労のサインに気づく',
];

/**
 * Every month from the start to the as-of month. The as-of month gets its report row only when the
 * as-of date is its last day (a month in progress has no report yet).
 */
function build(specs: ClientSpec[], asOf: Ymd, extras: Contact[], style: Style = DEFAULT_STYLE): Built {
  const contacts: Contact[] = [...extras];
  const monthly: Built['monthly'] = [];
  specs.forEach((spec, ci) => {
    const last = minD(spec.lastDay ?? asOf, asOf);
    const months = monthsFrom(spec.dataFrom ?? monthOf(spec.start), monthOf(last));
    months.forEach((month, mi) => {
      const lo = maxD(spec.start, `${month}-01`);
      const hi = minD(last, monthEnd(month));
      const reportDue = month !== monthOf(asOf) || asOf === monthEnd(month);
      const plan = usualMonth(spec, ci, mi, month, lo, hi, reportDue, style);
      spec.months?.[month]?.(plan);
      contacts.push(...plan.client, ...plan.employer, ...plan.extra);
      if (plan.report)
        monthly.push({
          month,
          id: spec.id,
          name: spec.name,
          shown: plan.report.shown,
          jobcoach: !!plan.report.jobcoach,
          goal: GOALS[(ci + mi) % GOALS.length]!,
        });
    });
  });
  contacts.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  monthly.sort((a, b) => a.month.localeCompare(b.month) || a.id.localeCompare(b.id));
  return { contacts, monthly };
}

// =============================================================================================
// Variant A: variant-title-era.xlsx, as of 2025-02-28

const A_AS_OF = '2025-02-28';

const A_CLIENTS: ClientSpec[] = [
  {
    id: 'K001',
    name: '青山 遥',
    start: '2024-10-01',
    disclosed: true,
    months: {
      // phone and chat only: no face-to-face contact this month
      '2024-12': (p) => {
        p.client = [
          contact({
            id: 'K001',
            name: '青山 遥',
            date: '2024-12-10',
            party: '本人',
            method: 'TEL',
            content: '体調の確認',
          }),
          contact({
            id: 'K001',
            name: '青山 遥',
            date: '2024-12-20',
            party: '本人',
            method: 'LINE',
            content: '勤務予定の確認',
          }),
        ];
      },
      // one visit with the client and the employer together: counts for each
      '2025-01': (p) => {
        p.client = [];
        p.employer = [];
        p.extra = [
          contact({
            id: 'K001',
            name: '青山 遥',
            date: '2025-01-16',
            party: '本人・事業主',
            method: '職場訪問',
            content: '三者面談（本人・上司）で業務内容を確認',
          }),
        ];
      },
    },
  },
  { id: 'K002', name: '石田 健太', start: '2024-12-01', disclosed: true },
  {
    id: 'K003',
    name: '上野 美咲',
    start: '2024-03-01',
    disclosed: false,
    months: {
      // the only meeting was with the family; the client only by phone
      '2024-06': (p) => {
        p.client = [
          contact({
            id: 'K003',
            name: '上野 美咲',
            date: '2024-06-08',
            party: '家族',
            method: '面談',
            content: '母親と今後の通院について相談',
          }),
          contact({
            id: 'K003',
            name: '上野 美咲',
            date: '2024-06-18',
            party: '本人',
            method: '電話',
            content: '近況の確認',
          }),
        ];
      },
      // the monthly row is there but the shown date was never filled in
      '2024-08': (p) => {
        p.report = { shown: null };
      },
    },
  },
  { id: 'K004', name: '岡田 翼', start: '2024-11-30', disclosed: true },
  {
    id: 'K005',
    name: '川口 大輝',
    start: '2023-04-01',
    disclosed: true,
    months: {
      '2024-05': (p) => {
        if (p.report) p.report.jobcoach = true;
      },
    },
  },
  {
    id: 'K006',
    name: '佐野 里奈',
    start: '2022-05-01',
    disclosed: true,
    months: {
      // shown on the 10th of the next month: on time
      '2024-09': (p) => {
        p.report = { shown: '2024-10-10' };
      },
      '2024-10': (p) => {
        p.employer = [];
      },
      // shown on the 11th of the next month: late
      '2024-11': (p) => {
        p.report = { shown: '2024-12-11' };
      },
    },
  },
  {
    id: 'K007',
    name: '中島 優',
    start: '2024-08-01',
    disclosed: true,
    months: {
      '2024-09': (p) => {
        p.extra.push(
          contact({
            id: 'K007',
            name: '中島 優',
            date: '2024-09-25',
            party: '本人',
            method: '念話',
            place: 'その他',
            content: '（方法の記入誤り）',
          }),
        );
      },
    },
  },
  {
    id: 'K008',
    name: '藤井 蓮',
    start: '2024-09-01',
    disclosed: true,
    months: {
      '2025-01': (p) => {
        p.report = null;
      },
    },
  },
];

const A_EXTRA_CONTACTS: Contact[] = [
  // before the support period: the sending office's visit, entered in this log
  contact({
    id: 'K005',
    name: '川口 大輝',
    date: '2023-03-20',
    party: '本人・事業主',
    method: '職場訪問',
    content: '移行支援事業所と同行して職場見学',
  }),
  // an impossible date (13月)
  contact({
    id: 'K007',
    name: '中島 優',
    date: '2024-12-01',
    dateText: '令和6年13月1日',
    party: '本人',
    method: '電話',
    content: '年末の勤務予定の確認',
  }),
  // a client who is not on the roster
  contact({
    id: 'K010',
    name: '山本 花子',
    date: '2024-11-08',
    party: '本人',
    method: '来所面談',
    content: '初回面談',
  }),
];

const ROSTER_A_HEADERS = [
  '利用者No',
  '利用者名',
  'フリガナ',
  '性別',
  '生年月日',
  '受給者証No',
  '市町村番号',
  '手帳',
  '利用類型',
  '雇用開始日',
  '移行支援終了日',
  '復職日',
  '定着支援開始日',
  '定着支援終了日',
  '勤務先',
  '障害開示',
  '担当',
  '計画作成日',
  '計画見直し日',
  '要継続支援',
  '引継ぎ先',
  '情報共有日',
];

/** One roster row per client, cell by cell, in the formats an office mixes. */
// biome-ignore format: one roster row per client reads better than one cell per line
const ROSTER_A: Cell[][] = [
  ['K001', '青山 遥', 'アオヤマ ハルカ', '女', '平成10年5月12日', '１３０１－２３４－５６７', '１３２０１２', '精神3級', '通常',
    '令和6年4月1日', null, null, 'R6.10.1', null, 'さくら食品株式会社 総務課', '開示', '青木',
    dateCell('2024-10-05'), null, null, null, null],
  ['K002', '石田 健太', 'イシダ ケンタ', '男', '昭和63年2月3日', '1302-345-678', '132012', '療育B', '労働時間延長支援型',
    dateCell('2024-01-15'), '令和6年4月30日', null, serial('2024-12-01'), '令和9年10月31日', '株式会社みなと物流', '開示', '青木',
    'R6.12.3', null, null, null, null],
  ['K003', '上野 美咲', 'ウエノ ミサキ', '女', dateCell('1995-07-21'), '１３０３４５６７８９', '132021', '精神2級', null,
    'R5.9.1', null, null, '令和６年３月１日', null, '株式会社ひまわり商事', '非開示', '石川',
    serial('2024-03-08'), '令和6年9月6日', null, null, null],
  ['K004', '岡田 翼', 'オカダ ツバサ', '男', '平成2年11月3日', '1304567890', '132021', '身体4級', '復職支援型',
    '令和元年7月1日', null, dateCell('2024-05-31'), 'R6.11.30', null, '東和精機株式会社', '開示', '石川',
    '令和6年11月30日', null, null, null, null],
  ['K005', '川口 大輝', 'カワグチ ダイキ', '男', dateCell('1992-01-30'), '1305 678 901', '132039', '愛の手帳4度・身体4級', '通常',
    serial('2022-10-01'), null, null, dateCell('2023-04-01'), '令和8年4月1日', '株式会社みどり清掃', '開示', '上田',
    dateCell('2023-04-10'), '令和6年7月20日', null, null, null],
  ['K006', '佐野 里奈', 'サノ リナ', '女', '昭和60年8月8日', '１３０６ー７８９ー０１２', '132039', '精神3級', '通常',
    '令和3年11月1日', null, null, 'R4.5.1', '令和7年4月30日', '株式会社つばさ不動産', '開示', '上田',
    dateCell('2022-05-10'), '令和６年１２月５日', '要', '市障害者就業・生活支援センター', 'R7.2.10'],
  ['K007', '中島 優', 'ナカジマ ユウ', '男', serial('1998-04-15'), '1307890123', '132047', '療育4度', '通常',
    '令和６年２月１日', null, null, '令和6年8月1日', null, '株式会社あおば薬局', '開示', '青木',
    null, null, null, null, null],
  ['K008', '藤井 蓮', 'フジイ レン', '男', '平成13年10月10日', '１３０－１２３４－５６７８', '132047', '精神2級', '通常',
    '令和6年3月1日', null, null, dateCell('2024-09-01'), null, 'ことぶき製菓株式会社', '開示', '石川',
    '令和6年9月4日', null, null, null, null],
  // the same person entered again under a new number (same 受給者証番号 as K001, written another way)
  ['K009', '青山 遥', 'アオヤマ ハルカ', '女', '平成10年5月12日', '1301234567', '132012', '精神3級', '通常',
    '令和6年4月1日', null, null, '令和6年10月1日', null, 'さくら食品株式会社 総務課', '開示', '青木',
    null, null, null, null, null],
];

const STAFF_A: Record<string, string> = {
  K001: '青木',
  K002: '青木',
  K003: '石川',
  K004: '石川',
  K005: '上田',
  K006: '上田',
  K007: '青木',
  K008: '石川',
  K010: '上田',
};

/** Contact dates rotate through the forms offices type; ids of K003 are typed in full width. */
function contactDateA(c: Contact, i: number): Cell {
  if (c.dateText) return c.dateText;
  switch (i % 5) {
    case 0:
      return eraText(c.date);
    case 1:
      return eraShort(c.date);
    case 2:
      return dateCell(c.date);
    case 3:
      return serial(c.date);
    default:
      return eraFull(c.date);
  }
}

function monthCellA(ym: Ym, i: number): Cell {
  switch (i % 4) {
    case 0:
      return eraShortMonth(ym);
    case 1:
      return eraMonth(ym);
    case 2:
      return FULL(eraMonth(ym));
    default:
      return dateCell(`${ym}-01`);
  }
}

function shownCellA(d: Ymd | null, i: number): Cell {
  if (!d) return null;
  switch (i % 4) {
    case 0:
      return dateCell(d);
    case 1:
      return eraShort(d);
    case 2:
      return eraText(d);
    default:
      return serial(d);
  }
}

function styleSheet(ws: ExcelJS.Worksheet, headerRow: number, widths: number[]) {
  ws.getRow(headerRow).font = { bold: true };
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy/mm/dd';
    });
  });
}

async function writeVariantA() {
  const { contacts, monthly } = build(A_CLIENTS, A_AS_OF, A_EXTRA_CONTACTS);
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2025, 2, 1));
  wb.creator = 'teichaku make-samples';
  wb.lastModifiedBy = 'teichaku make-samples';
  wb.created = fixed;
  wb.modified = fixed;

  // 台帳: a title row and a blank row above the headers; notes after the data
  const roster = wb.addWorksheet('台帳');
  roster.addRow(['令和6年度 利用者台帳']);
  roster.addRow([]);
  roster.addRow(ROSTER_A_HEADERS);
  for (const r of ROSTER_A) roster.addRow(r);
  roster.addRow([]);
  roster.addRow(['※ 記入例は削除してください']);
  roster.addRow(['※ 日付は和暦（令和6年4月1日・R6.4.1）でも入力できます']);
  roster.getRow(1).font = { bold: true, size: 14 };
  styleSheet(roster, 3, [9, 11, 15, 5, 16, 18, 10, 18, 18, 16, 16, 12, 16, 16, 26, 9, 7, 14, 16, 10, 28, 12]);

  // 記録: a title row above the headers, ids sometimes in full width, notes after the data
  const log = wb.addWorksheet('記録');
  log.addRow(['支援記録（令和4年度〜）']);
  log.addRow(['支援日', '利用者No', '利用者名', '相手', '支援方法', '場所', '内容', '担当']);
  contacts.forEach((c, i) => {
    log.addRow([
      contactDateA(c, i),
      c.id === 'K003' ? FULL(c.id).replace('K', 'Ｋ') : c.id,
      c.name,
      c.party,
      c.method,
      c.place,
      c.content,
      STAFF_A[c.id] ?? '',
    ]);
  });
  log.addRow([]);
  log.addRow(['※ 方法は「来所面談・職場訪問・同行・Zoom・ビデオ通話・TEL・LINE」などで記入']);
  log.getRow(1).font = { bold: true, size: 14 };
  styleSheet(log, 2, [16, 9, 11, 14, 12, 22, 36, 7]);

  // レポート: one row per client and month
  const rep = wb.addWorksheet('レポート');
  rep.addRow([
    '対象年月',
    '利用者No',
    '利用者名',
    '支援目標①',
    '支援目標②',
    '今後の支援内容',
    '支援レポート提示日',
    'ジョブコーチ助成金',
  ]);
  monthly.forEach((m, i) => {
    rep.addRow([
      monthCellA(m.month, i),
      m.id,
      m.name,
      m.goal,
      '職場での困りごとを相談できる',
      '月1回の面談で体調と職場の状況を確認します。',
      shownCellA(m.shown, i),
      m.jobcoach ? '○' : null,
    ]);
  });
  styleSheet(rep, 1, [12, 9, 11, 28, 28, 40, 16, 14]);

  // 設定: key | value
  const settings = wb.addWorksheet('設定');
  settings.addRow(['項目', '設定値']);
  settings.addRow(['事業所名', 'ひだまり就労定着支援センター']);
  settings.addRow(['事業所番号', '1310000002']);
  settings.addRow(['地域区分', '3級地']);
  settings.addRow(['就労定着率', '91%']);
  settings.addRow(['前年度平均利用者数', '8']);
  styleSheet(settings, 1, [22, 32]);

  await wb.xlsx.writeFile(join(SAMPLES, 'variant-title-era.xlsx'));
  return { contacts: contacts.length, monthly: monthly.length };
}

// =============================================================================================
// Variant B: variant-csv/ (Google Sheets CSV downloads), as of 2025-03-15

const B_AS_OF = '2025-03-15';
const B_BOOK = 'みどり定着支援室 台帳';

/** The ways S-01's name is typed in the log: with a space, without, with a full-width space. */
const TAKADA = ['高田 結衣', '高田結衣', '高田\u3000結衣'];

const B_CLIENTS: ClientSpec[] = [
  {
    id: 'S-01',
    name: '高田 結衣',
    start: '2024-10-01',
    disclosed: true,
    months: {
      '2024-11': (p) => {
        p.extra.push(
          contact({
            id: 'S-01',
            name: '高田 結衣',
            date: '2024-11-22',
            party: '本人',
            method: 'Slack',
            content: '勤務予定の確認',
          }),
        );
      },
      '2024-12': (p) => {
        p.report = { shown: '2025-01-14' };
      },
      '2025-01': (p) => {
        p.client = [
          contact({
            id: 'S-01',
            name: '高田 結衣',
            date: '2025-01-09',
            party: '本人',
            method: '電話',
            content: '体調の確認',
          }),
          contact({
            id: 'S-01',
            name: '高田 結衣',
            date: '2025-01-23',
            party: '本人',
            method: 'メール',
            content: '面談日程の調整',
          }),
        ];
      },
    },
  },
  {
    id: 'S-02',
    name: '髙橋 誠',
    start: '2024-09-01',
    disclosed: true,
    months: {
      '2024-10': (p) => {
        p.report = null;
      },
      '2024-11': (p) => {
        p.employer = [];
      },
    },
  },
  { id: 'S-03', name: '松田 陸', start: '2025-02-28', disclosed: true },
  {
    id: 'S-04',
    name: '森本 さくら',
    start: '2022-11-09',
    lastDay: '2024-11-15',
    disclosed: true,
  },
  { id: 'S-05', name: '西村 翔', start: '2024-11-20', disclosed: true },
  { id: 'S-06', name: '西村 翔', start: '2024-12-01', disclosed: false },
];

const B_EXTRA_CONTACTS: Contact[] = [
  // an impossible date (11月31日), typed in full width
  contact({
    id: 'S-01',
    name: '高田 結衣',
    date: '2024-12-01',
    dateText: '２０２４年１１月３１日',
    party: '本人',
    method: '電話',
    content: '月末の勤務予定の確認',
  }),
  // 髙橋 typed as 高橋: not the roster's spelling
  contact({
    id: 'S-02',
    name: '高橋 誠',
    date: '2025-02-20',
    party: '本人',
    method: '電話',
    content: '残業時間の確認',
  }),
  // after the client left the job (離職日 2024-11-15)
  contact({
    id: 'S-04',
    name: '森本 さくら',
    date: '2024-11-20',
    party: '本人',
    method: '電話',
    content: '離職後の生活状況の確認',
  }),
];

const ROSTER_B_HEADERS = [
  '利用者ID',
  '氏名',
  'ふりがな',
  '性別',
  '受給者証番号',
  '市町村番号',
  '就職日',
  '支援開始日',
  '支援終了日',
  '終了理由',
  '離職日',
  '勤務先',
  '障害開示',
  '担当者',
  '負担上限月額',
  '計画作成日',
  '計画見直し日',
  '要継続支援',
  '引継ぎ先',
  '引継ぎ情報共有日',
];

// biome-ignore format: one roster row per client reads better than one cell per line
const ROSTER_B: string[][] = [
  ['S-01', '高田 結衣', 'たかだ ゆい', '女', '2101234567', '012025', '2024/4/1', '2024/10/1', '', '', '', 'みどり電機株式会社', 'オープン', '小林', '9,300', '2024/10/3', '', '', '', ''],
  ['S-02', '髙橋 誠', 'たかはし まこと', '男', '２１０２３４５６７８', '012025', '２０２４年３月１日', '２０２４年９月１日', '', '', '', '北斗運輸株式会社', '開示', '小林', '0', '2024/8/26', '', '', '', ''],
  ['S-03', '松田 陸', 'まつだ りく', '男', '2103-456-789', '012033', '2024/8/31', '2025/2/28', '', '', '', '株式会社すずらん', '開示', '大西', '0', '2025/2/28', '', '', '', ''],
  ['S-04', '森本 さくら', 'もりもと さくら', '女', '12345-6789', '012033', '2022/5/9', '2022/11/9', '2024/11/15', '離職', '2024/11/15', 'ノース食品株式会社', 'オープン', '大西', '9,300', '２０２２年１１月１０日', '2024/6/10', '○', '市障害者就業・生活支援センター', ''],
  ['S-05', '西村 翔', 'にしむら しょう', '男', '2105678901', '012041', '2024/5/20', '2024/11/20', '', '', '', '株式会社あさひ建設', '開示', '小林', '37,200', '2024/11/22', '', '', '', ''],
  ['S-06', '西村 翔', 'にしむら かける', '男', '2106789012', '012041', '2024/6/1', '2024/12/1', '', '', '', 'さっぽろ印刷株式会社', 'クローズ', '大西', '0', '2024/12/4', '', '', '', ''],
];

const STAFF_B: Record<string, string> = {
  'S-01': '小林',
  'S-02': '小林',
  'S-03': '大西',
  'S-04': '大西',
  'S-05': '小林',
  'S-06': '大西',
};

/** RFC 4180 as Google Sheets writes it: quote a field holding a comma, a quote or a line break. */
function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

function writeCsv(
  dir: string,
  tab: string,
  rows: readonly (readonly string[])[],
  opts: { bom?: boolean; crlf?: boolean } = {},
) {
  const eol = opts.crlf ? '\r\n' : '\n';
  const text = rows.map(csvLine).join(eol);
  writeFileSync(join(dir, `${B_BOOK} - ${tab}.csv`), (opts.bom ? '\uFEFF' : '') + text, 'utf8');
}

function writeVariantB() {
  const { contacts, monthly } = build(B_CLIENTS, B_AS_OF, B_EXTRA_CONTACTS);
  const dir = join(SAMPLES, 'variant-csv');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  writeCsv(
    dir,
    '事業所',
    [
      ['項目', '値'],
      ['事業所名', 'みどり就労定着支援室'],
      ['事業所番号', '0110000003'],
      ['地域区分', '6級地'],
      ['就労定着率', '0.85'],
    ],
    { bom: true },
  );

  writeCsv(dir, '利用者一覧', [ROSTER_B_HEADERS, ...ROSTER_B], { crlf: true });

  let takada = 0;
  const logRows = contacts.map((c, i) => {
    const name = c.id === 'S-01' && c.name === '高田 結衣' ? TAKADA[takada++ % TAKADA.length]! : c.name;
    const date = c.dateText ?? (i % 2 === 0 ? slash(c.date) : kanjiFull(c.date));
    const content = i === 3 ? `${c.content}\n次回の面談日を決めた` : c.content;
    return [date, name, c.party, c.method, c.place, content, STAFF_B[c.id] ?? ''];
  });
  writeCsv(dir, '支援記録', [
    ['日付', '氏名', '対象', '方法', '場所', '支援内容', '担当者'],
    ...logRows,
    [],
    ['※ 氏名は利用者一覧と同じ表記で入力してください', '', '', '', '', '', ''],
  ]);

  const monthCell = (ym: Ym, i: number) =>
    [slashMonth, kanjiMonth, (m: Ym) => FULL(kanjiMonth(m))][i % 3]!(ym);
  writeCsv(dir, '月次', [
    ['年月', '氏名', '目標①', '目標②', '今後の支援内容', '対象者提示日'],
    ...monthly.map((m, i) => [
      monthCell(m.month, i),
      m.name,
      m.goal,
      '困ったときに上司へ相談する',
      '月1回の面談を続けます。',
      m.shown ? (i % 2 === 0 ? slash(m.shown) : kanjiFull(m.shown)) : '',
    ]),
  ]);
  return { contacts: contacts.length, monthly: monthly.length };
}

// =============================================================================================
// Variant C: variant-office-c.xlsx (another office's workbook), as of 2025-03-31
//
// An unrelated 職員名簿 tab first; the roster under a title row with a two-row header (支援期間 merged over
// 開始 / 終了), a No. column before the 利用者コード, a blank row inside the data and a note line under it;
// a hidden old copy of the roster (利用者一覧(旧)) holding a client who is no longer there; the contact log
// split into one tab per year (支援記録2024, 支援記録2025), each with its own No. column; free-text methods.

const C_AS_OF = '2025-03-31';

const C_STYLE: Style = {
  face: [
    'Zoom面談',
    'ZOOMにて面談',
    'オンライン(Teams)',
    'LINEビデオ',
    '来所',
    '職場訪問',
    '同行支援',
    '面談（来所）',
  ],
  employer: [
    ['上司', 'TEL'],
    ['人事', '架電'],
    ['企業', 'ﾒｰﾙ'],
    ['事業主', '職場訪問'],
  ],
};

const cContact = (id: string, name: string, date: Ymd, party: string, method: string, content: string) =>
  contact({ id, name, date, party, method, content });

const C_CLIENTS: ClientSpec[] = [
  {
    id: 'AZ-011',
    name: '小川 真央',
    start: '2024-09-01',
    disclosed: true,
    months: {
      // a chat message and a phone call with the client: neither is face to face
      '2024-11': (p) => {
        p.client = [
          cContact('AZ-011', '小川 真央', '2024-11-07', '本人', 'LINE', '勤務予定の確認'),
          cContact('AZ-011', '小川 真央', '2024-11-21', '本人', 'TEL', '体調の確認'),
        ];
      },
    },
  },
  {
    id: 'AZ-012',
    name: '加藤 颯',
    start: '2024-04-01',
    disclosed: true,
    months: {
      // the only contact was a visit that met nobody: no contact with the client nor with the employer
      '2025-01': (p) => {
        p.client = [
          cContact(
            'AZ-012',
            '加藤 颯',
            '2025-01-17',
            '本人・事業主',
            '訪問（不在）',
            '職場を訪ねたが本人・上司とも不在',
          ),
        ];
        p.employer = [];
      },
      // a cancelled meeting, then a call that turned into a visit to the office: the visit counts
      '2025-02': (p) => {
        p.client = [
          cContact('AZ-012', '加藤 颯', '2025-02-05', '本人', '面談（中止）', '本人の体調不良で中止'),
          cContact('AZ-012', '加藤 颯', '2025-02-12', '本人', '電話→来所', '電話の後に来所して面談'),
        ];
      },
    },
  },
  {
    id: 'AZ-013',
    name: '木村 葵',
    start: '2024-12-03',
    disclosed: false,
    months: {
      // shown on the 12th of the next month: late
      '2025-01': (p) => {
        p.report = { shown: '2025-02-12' };
      },
    },
  },
  {
    id: 'AZ-014',
    name: '工藤 湊',
    start: '2024-11-15',
    disclosed: true,
    months: {
      '2025-02': (p) => {
        p.report = null;
      },
    },
  },
  {
    id: 'AZ-015',
    name: '佐藤 結',
    start: '2024-08-01',
    lastDay: '2024-12-20',
    disclosed: true,
  },
];

const C_EXTRA_CONTACTS: Contact[] = [
  // after the client left the job (離職日 2024-12-20)
  cContact('AZ-015', '佐藤 結', '2025-01-10', '本人', '電話', '離職後の生活の確認'),
];

// biome-ignore format: one roster row per client reads better than one cell per line
const ROSTER_C: Cell[][] = [
  [1, 'AZ-011', '小川 真央', 'オガワ マオ', '通常', dateCell('2024-03-01'), null, dateCell('2024-09-01'), null, null, null, '株式会社はやて運送', '開示', dateCell('2024-09-05'), dateCell('2025-03-03'), null, null, null],
  [2, 'AZ-012', '加藤 颯', 'カトウ ハヤテ', '通常', dateCell('2023-10-01'), null, dateCell('2024-04-01'), null, null, null, 'こもれび食品株式会社', '開示', dateCell('2024-04-05'), dateCell('2024-10-04'), null, null, null],
  [3, 'AZ-013', '木村 葵', 'キムラ アオイ', '復職支援型', dateCell('2019-04-01'), dateCell('2024-06-03'), dateCell('2024-12-03'), null, null, null, '株式会社やまなみ', '非開示', dateCell('2024-12-05'), null, null, null, null],
  [],
  [4, 'AZ-014', '工藤 湊', 'クドウ ミナト', '通常', dateCell('2024-05-15'), null, dateCell('2024-11-15'), null, null, null, '株式会社かもめ商会', '開示', null, null, null, null, null],
  [5, 'AZ-015', '佐藤 結', 'サトウ ユイ', '通常', dateCell('2024-02-01'), null, dateCell('2024-08-01'), dateCell('2024-12-20'), '離職', dateCell('2024-12-20'), '株式会社みさき工業', '開示', dateCell('2024-08-02'), null, null, null, null],
];

// biome-ignore format: as ROSTER_C
const ROSTER_C_OLD: Cell[][] = [
  [1, 'AZ-009', '林 直人', 'ハヤシ ナオト', '通常', dateCell('2023-06-01'), null, dateCell('2023-12-01'), null, null, null, '株式会社ふたば', '開示', null, null, null, null, null],
  [2, 'AZ-011', '小川 真央', 'オガワ マオ', '通常', dateCell('2024-03-01'), null, dateCell('2024-09-01'), null, null, null, '株式会社はやて運送', '開示', null, null, null, null, null],
];

const ROSTER_C_HEADER_1 = [
  'No.',
  '利用者コード',
  '氏名',
  'フリガナ',
  '利用類型',
  '雇用開始年月日',
  '復職日',
  '支援期間',
  null,
  '終了理由',
  '離職日',
  '勤務先',
  '障害の開示',
  '計画作成日',
  '計画の見直し日（直近）',
  '要継続支援',
  '引継ぎ先',
  '情報共有日',
];
const ROSTER_C_HEADER_2 = [null, null, null, null, null, null, null, '開始', '終了'];

function rosterTabC(wb: ExcelJS.Workbook, name: string, rows: Cell[][], note: boolean) {
  const ws = wb.addWorksheet(name);
  ws.addRow(['あおぞら就労定着支援事業所　利用者一覧']);
  ws.addRow([]);
  ws.addRow(ROSTER_C_HEADER_1);
  ws.addRow(ROSTER_C_HEADER_2);
  // the header cells span both header rows, except 支援期間 over 開始 / 終了
  for (let col = 1; col <= ROSTER_C_HEADER_1.length; col++) {
    if (col === 8 || col === 9) continue;
    ws.mergeCells(3, col, 4, col);
  }
  ws.mergeCells(3, 8, 3, 9);
  for (const r of rows) ws.addRow(r);
  if (note) {
    ws.addRow([]);
    ws.addRow(['※ 支援期間は受給者証の支給決定期間を記入すること']);
  }
  ws.getRow(1).font = { bold: true, size: 14 };
  styleSheet(ws, 3, [5, 11, 11, 15, 12, 14, 12, 12, 12, 9, 12, 22, 10, 12, 14, 10, 20, 12]);
  ws.getRow(4).font = { bold: true };
  return ws;
}

async function writeVariantC() {
  const { contacts, monthly } = build(C_CLIENTS, C_AS_OF, C_EXTRA_CONTACTS, C_STYLE);
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2025, 3, 1));
  wb.creator = 'teichaku make-samples';
  wb.lastModifiedBy = 'teichaku make-samples';
  wb.created = fixed;
  wb.modified = fixed;

  // an unrelated tab first: the staff list (its 氏名 column is no client)
  const staff = wb.addWorksheet('職員名簿');
  staff.addRow(['氏名', '職種', '勤務形態', '資格']);
  staff.addRow(['高木 圭', 'サービス管理責任者', '常勤', '社会福祉士']);
  staff.addRow(['原田 由紀', '就労定着支援員', '常勤', '精神保健福祉士']);
  staff.addRow(['野口 翔太', '就労定着支援員', '非常勤', 'ジョブコーチ']);
  styleSheet(staff, 1, [12, 20, 10, 16]);

  rosterTabC(wb, '利用者一覧', ROSTER_C, true);
  // an old copy of the roster, hidden by the office
  rosterTabC(wb, '利用者一覧(旧)', ROSTER_C_OLD, false).state = 'hidden';

  // the contact log, one tab per calendar year, each numbered from 1, under a title row
  for (const year of ['2024', '2025']) {
    const ws = wb.addWorksheet(`支援記録${year}`);
    ws.addRow([`${year}年 支援記録`]);
    ws.addRow(['No.', '実施日', '利用者コード', '氏名', '対象', '支援方法', '場所', '支援内容', '記録者']);
    contacts
      .filter((c) => c.date.startsWith(year))
      .forEach((c, i) => {
        ws.addRow([i + 1, dateCell(c.date), c.id, c.name, c.party, c.method, c.place, c.content, '原田']);
      });
    ws.getRow(1).font = { bold: true, size: 14 };
    styleSheet(ws, 2, [5, 12, 11, 11, 14, 16, 22, 36, 8]);
  }

  const rep = wb.addWorksheet('支援レポート');
  rep.addRow(['対象月', '利用者コード', '氏名', '当月の支援目標', 'レポート提示（日付）']);
  for (const m of monthly)
    rep.addRow([kanjiMonth(m.month), m.id, m.name, m.goal, m.shown ? dateCell(m.shown) : null]);
  styleSheet(rep, 1, [12, 11, 11, 28, 16]);

  const settings = wb.addWorksheet('事業所情報');
  settings.addRow(['項目', '内容']);
  settings.addRow(['事業所名', 'あおぞら就労定着支援事業所']);
  settings.addRow(['事業所番号', '2710000004']);
  settings.addRow(['地域区分', '2級地']);
  settings.addRow(['就労定着率', '0.93']);
  settings.addRow(['前年度平均利用者数', '5']);
  styleSheet(settings, 1, [22, 32]);

  await wb.xlsx.writeFile(join(SAMPLES, 'variant-office-c.xlsx'));
  return { contacts: contacts.length, monthly: monthly.length };
}

// =============================================================================================
// Variant D: variant-office-d.xlsx (a third office's words), as of 2025-01-31
//
// ケース番号 for the client id, 受給者証 番号, 定着支援 開始日, 支援終了(予定)日, 起算日（延長・復職）; a contact
// log 「ケース記録」 whose 相手方（本人/企業） column says who was met and whose 担当者 is the staff; methods
// written 架電, ﾒｰﾙ, TEL, 電話→来所, 面談（中止） and one word nobody taught (巡回); a blank row inside the log
// and a note line under it; an unrelated 祝日一覧 tab.

const D_AS_OF = '2025-01-31';

const D_STYLE: Style = {
  face: ['来所', '面談（来所）', '職場訪問', 'Zoom面談', 'オンライン(Teams)', '同行支援'],
  employer: [
    ['企業', 'TEL'],
    ['上長', '架電'],
    ['人事', 'ﾒｰﾙ'],
    ['店長', '職場訪問'],
  ],
};

const D_CLIENTS: ClientSpec[] = [
  {
    id: 'C-201',
    name: '前田 悠',
    start: '2024-07-10',
    disclosed: true,
    months: {
      // e-mail and a call made by the office: not face to face
      '2024-10': (p) => {
        p.client = [
          cContact('C-201', '前田 悠', '2024-10-08', '本人', 'ﾒｰﾙ', '面談日程の調整'),
          cContact('C-201', '前田 悠', '2024-10-22', '本人', '架電', '体調の確認'),
        ];
      },
      // the only contact with the client is written with a word nobody taught: the month cannot be judged
      '2024-12': (p) => {
        p.client = [cContact('C-201', '前田 悠', '2024-12-11', '本人', '巡回', '職場巡回で本人と話した')];
      },
    },
  },
  {
    id: 'C-202',
    name: '松本 陽菜',
    start: '2024-10-01',
    disclosed: true,
    months: {
      '2024-11': (p) => {
        p.employer = [];
      },
    },
  },
  { id: 'C-203', name: '村上 蒼', start: '2024-08-19', disclosed: true },
  { id: 'C-204', name: '森田 樹', start: '2023-09-01', disclosed: true },
  {
    id: 'C-205',
    name: '中川 凛',
    start: '2024-10-01',
    disclosed: false,
    months: {
      // a cancelled meeting and a chat message: no contact face to face
      '2024-12': (p) => {
        p.client = [
          cContact('C-205', '中川 凛', '2024-12-04', '本人', '面談（中止）', '本人の都合で中止'),
          cContact('C-205', '中川 凛', '2024-12-18', '本人', 'LINE', '次回日程の連絡'),
        ];
      },
      // a call that became a visit to the office: counts
      '2025-01': (p) => {
        p.client = [cContact('C-205', '中川 凛', '2025-01-15', '本人', '電話→来所', '電話の後に来所')];
      },
    },
  },
];

// biome-ignore format: one roster row per client reads better than one cell per line
const ROSTER_D: Cell[][] = [
  ['C-201', '前田 悠', '2801234567', '通常', '2024/1/10', null, '2024/7/10', null, '株式会社とうかい物産', '開示', '2024/7/12', null, null, null, null],
  ['C-202', '松本 陽菜', '2802345678', '労働時間延長支援型', '2023/12/1', '2024/4/1', '2024/10/1', null, 'さつき園芸株式会社', '開示', '2024/10/3', null, null, null, null],
  ['C-203', '村上 蒼', '2803456789', '復職支援型', '2018/4/1', '2024/3/1', '2024/8/19', null, '株式会社ひので精工', '開示', '2024/8/20', null, null, null, null],
  ['C-204', '森田 樹', '2804567890', '通常', '2023/3/1', null, '2023/9/1', '2026/8/31', '株式会社あかね屋', '開示', '2023/9/5', '2024/6/10', '要', '障害者就業・生活支援センターあかり', null],
  ['C-205', '中川 凛', '2805678901', '通常', '2024/4/1', null, '2024/10/1', null, '株式会社こだま', '非開示', '2024/10/2', null, null, null, null],
];

async function writeVariantD() {
  const { contacts, monthly } = build(D_CLIENTS, D_AS_OF, [], D_STYLE);
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2025, 1, 1));
  wb.creator = 'teichaku make-samples';
  wb.lastModifiedBy = 'teichaku make-samples';
  wb.created = fixed;
  wb.modified = fixed;

  const roster = wb.addWorksheet('ケース一覧');
  roster.addRow(['ケース一覧（令和6年度）']);
  roster.addRow([
    'ケース番号',
    '氏名',
    '受給者証 番号',
    '利用類型',
    '雇用開始日',
    '起算日（延長・復職）',
    '定着支援 開始日',
    '支援終了(予定)日',
    '就労先',
    '障害の開示',
    '計画作成日',
    '計画見直し日',
    '要継続支援',
    '引継ぎ先',
    '情報共有日',
  ]);
  for (const r of ROSTER_D) roster.addRow(r);
  roster.getRow(1).font = { bold: true, size: 14 };
  styleSheet(roster, 2, [10, 11, 14, 18, 12, 16, 14, 14, 22, 10, 12, 12, 10, 30, 12]);

  // the contact log: a blank row in the middle of the data (after the 2024 rows) and a note line under it
  const log = wb.addWorksheet('ケース記録');
  log.addRow(['実施日', 'ケース番号', '氏名', '相手方（本人/企業）', '手段', '場所', '支援内容', '担当者']);
  const row = (c: Contact) => [slash(c.date), c.id, c.name, c.party, c.method, c.place, c.content, '西川'];
  for (const c of contacts.filter((x) => x.date < '2025-01-01')) log.addRow(row(c));
  log.addRow([]);
  for (const c of contacts.filter((x) => x.date >= '2025-01-01')) log.addRow(row(c));
  log.addRow(['※ 手段は「来所・職場訪問・Zoom面談・TEL・ﾒｰﾙ」などで記入してください']);
  styleSheet(log, 1, [12, 10, 11, 18, 16, 22, 36, 8]);

  const rep = wb.addWorksheet('支援レポート');
  rep.addRow(['対象年月', 'ケース番号', '氏名', '目標', 'レポート提示（日付）']);
  for (const m of monthly)
    rep.addRow([slashMonth(m.month), m.id, m.name, m.goal, m.shown ? slash(m.shown) : null]);
  styleSheet(rep, 1, [10, 10, 11, 28, 16]);

  // an unrelated tab: the office's holiday list
  const holidays = wb.addWorksheet('祝日一覧');
  holidays.addRow(['日付', '祝日名']);
  holidays.addRow([dateCell('2025-01-01'), '元日']);
  holidays.addRow([dateCell('2025-01-13'), '成人の日']);
  holidays.addRow([dateCell('2025-02-11'), '建国記念の日']);
  styleSheet(holidays, 1, [12, 16]);

  const settings = wb.addWorksheet('事業所設定');
  settings.addRow(['項目', '値']);
  settings.addRow(['事業所名', 'ひまわり就労定着支援センター']);
  settings.addRow(['事業所番号', '2810000005']);
  settings.addRow(['地域区分', '5級地']);
  settings.addRow(['就労定着率', '88%']);
  settings.addRow(['前年度平均利用者数', '5']);
  styleSheet(settings, 1, [22, 32]);

  await wb.xlsx.writeFile(join(SAMPLES, 'variant-office-d.xlsx'));
  return { contacts: contacts.length, monthly: monthly.length };
}

const a = await writeVariantA();
const b = writeVariantB();
const c = await writeVariantC();
const d = await writeVariantD();
console.log(`samples/variant-title-era.xlsx: 支援記録 ${a.contacts} 件・月次 ${a.monthly} 件`);
console.log(`samples/variant-csv/: 支援記録 ${b.contacts} 件・月次 ${b.monthly} 件`);
console.log(`samples/variant-office-c.xlsx: 支援記録 ${c.contacts} 件・月次 ${c.monthly} 件`);
console.log(`samples/variant-office-d.xlsx: 支援記録 ${d.contacts} 件・月次 ${d.monthly} 件`);
