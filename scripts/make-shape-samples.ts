/**
 * Writes four synthetic caseloads, one per shape of record of docs/domain.md §10 (no real person), in the style
 * of scripts/make-samples.ts:
 *
 * - samples/shape-narrative-log.xlsx — a ケース記録 log with date, client id and a 支援内容 text, no method or
 *   party column (the method and the party are in the text), a title row, a blank row, a staff note.
 * - samples/shape-month-grid.xlsx — a 月別支援状況表 (one row per client, 4月…3月 under 令和6年度, cells in
 *   free text, marks with a 凡例) and a grid of 支援レポート shown dates.
 * - samples/shape-form-log.xlsx — a Google Forms responses tab (タイムスタンプ, 支援日, 利用者名 …) beside the
 *   roster; no monthly records at all (the 支援レポート duty cannot be checked: said once).
 * - samples/shape-client-record.xlsx — one 個人ケース記録 tab per client (label/value block, table below), one of
 *   them hidden (a client who left), beside a roster and a 月次 tab.
 *
 * Run: npx tsx scripts/make-shape-samples.ts
 *
 * Deterministic: no randomness, no clock. The findings each file must produce are worked out by hand in
 * samples/shape-*.expected.json; this script only writes the data and never imports shared/.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const SAMPLES = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'samples');
type Cell = string | number | Date | null;
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const FIXED = d('2024-10-01');

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'teichaku make-shape-samples';
  wb.lastModifiedBy = 'teichaku make-shape-samples';
  wb.created = FIXED;
  wb.modified = FIXED;
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string, rows: Cell[][], widths: number[], bold: number[] = []) {
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  for (const b of bold) ws.getRow(b).font = { bold: true };
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy/mm/dd';
    });
  });
  return ws;
}

const settings = (wb: ExcelJS.Workbook, name: string, number: string) =>
  sheet(
    wb,
    '事業所',
    [
      ['項目', '値'],
      ['事業所名', name],
      ['事業所番号', number],
      ['地域区分', '3級地'],
      ['就労定着率', '96%'],
    ],
    [20, 30],
    [1],
  );

/** All clients: hired 2024-01-01, support from 2024-07-01 (the earliest day), plan made on the start day. */
async function narrativeLog() {
  const wb = book();
  settings(wb, 'さくら就労定着支援センター', '1310000011');
  sheet(
    wb,
    '利用者一覧',
    [
      ['利用者一覧（令和6年度）'],
      [],
      ['利用者ID', '氏名', '就職日', '支援開始日', '計画作成日', '障害開示', '担当'],
      ['N01', '鈴木 一郎', d('2024-01-01'), d('2024-07-01'), d('2024-07-01'), '開示', '山田'],
      ['N02', '田中 花子', d('2024-01-01'), d('2024-07-01'), d('2024-07-01'), '開示', '山田'],
      ['N03', '佐藤 健', d('2024-01-01'), d('2024-07-01'), d('2024-07-01'), '非開示', '小林'],
    ],
    [10, 14, 12, 12, 12, 10, 8],
    [3],
  );
  sheet(
    wb,
    'ケース記録',
    [
      ['ケース記録　令和6年度'],
      [],
      ['日付', '利用者ID', '氏名', '支援内容', '記録者'],
      [d('2024-07-04'), 'N01', '鈴木 一郎', '来所。体調と睡眠について面談', '山田'],
      [d('2024-07-11'), 'N01', '鈴木 一郎', '職場に電話し上司と勤務状況を確認', '山田'],
      [d('2024-07-09'), 'N02', '田中 花子', 'Zoomにて面談。職場の人間関係の相談', '山田'],
      [d('2024-07-18'), 'N02', '田中 花子', '店長に電話で様子を確認', '山田'],
      [d('2024-07-22'), 'N03', '佐藤 健', '来所面談。通院と服薬の確認', '小林'],
      [],
      [d('2024-08-06'), 'N01', '鈴木 一郎', '職場を訪問し本人・上司と面談', '山田'],
      [d('2024-08-08'), 'N02', '田中 花子', '訪問したが本人は休暇で不在、上司と面談', '山田'],
      [d('2024-08-20'), 'N03', '佐藤 健', '近況について話した', '小林'],
      [d('2024-09-03'), 'N01', '鈴木 一郎', '電話にて近況確認', '山田'],
      [d('2024-09-10'), 'N01', '鈴木 一郎', '人事担当者とメールで勤怠の確認', '山田'],
      [d('2024-09-12'), 'N02', '田中 花子', '来所面談。次回は職場訪問予定', '山田'],
      [d('2024-09-19'), 'N02', '田中 花子', '上司と電話', '山田'],
      [d('2024-09-24'), 'N03', '佐藤 健', '来所予定だったが体調不良のため電話に変更', '小林'],
      [],
      ['※ 記録は支援した日のうちに入力すること'],
    ],
    [12, 10, 12, 44, 8],
    [3],
  );
  const shown: [string, string, string][] = [
    ['2024-07', 'N01', '2024-07-25'],
    ['2024-08', 'N01', '2024-09-12'],
    ['2024-09', 'N01', '2024-09-25'],
    ['2024-07', 'N02', '2024-07-25'],
    ['2024-08', 'N02', '2024-08-26'],
    ['2024-09', 'N02', '2024-09-25'],
    ['2024-07', 'N03', '2024-07-29'],
    ['2024-08', 'N03', '2024-08-27'],
    ['2024-09', 'N03', '2024-09-26'],
  ];
  sheet(
    wb,
    '月次',
    [['年月', '利用者ID', 'レポート提示日'], ...shown.map(([m, id, s]) => [m, id, d(s)])],
    [10, 10, 14],
    [1],
  );
  await wb.xlsx.writeFile(join(SAMPLES, 'shape-narrative-log.xlsx'));
}

async function monthGrid() {
  const wb = book();
  settings(wb, 'かえで就労定着支援室', '1310000012');
  sheet(
    wb,
    '利用者一覧',
    [
      ['利用者ID', '氏名', '就職日', '支援開始日', '計画作成日', '障害開示'],
      ['G01', '高橋 翼', d('2024-01-01'), d('2024-07-01'), d('2024-07-01'), '開示'],
      ['G02', '伊藤 美咲', d('2024-01-01'), d('2024-07-01'), d('2024-07-01'), '開示'],
      ['G03', '渡辺 蓮', d('2024-01-01'), d('2024-07-01'), d('2024-07-01'), '非開示'],
    ],
    [10, 12, 12, 12, 12, 10],
    [1],
  );
  const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const blank = (n: number) => Array.from({ length: n }, () => null);
  sheet(
    wb,
    '月別支援状況',
    [
      ['令和6年度　月別支援状況表'],
      [],
      ['利用者ID', '氏名', '担当', ...months],
      ['G01', '高橋 翼', '山田', ...blank(3), '7/8面談、7/22電話（上司）', '◎', '△', ...blank(6)],
      ['G02', '伊藤 美咲', '小林', ...blank(3), '○', '8/5 Zoom面談、8/20 店長に電話', '済', ...blank(6)],
      ['G03', '渡辺 蓮', '小林', ...blank(3), '来所面談', null, '9/3 来所', ...blank(6)],
      [],
      ['※ 月末に担当者が記入'],
      ['凡例', '○：来所面談', '◎：職場訪問（本人・上司）', '△：電話'],
    ],
    [10, 12, 8, ...months.map(() => 16)],
    [3],
  );
  sheet(
    wb,
    'レポート提示日',
    [
      ['支援レポート提示日　令和6年度'],
      ['利用者ID', ...months],
      ['G01', ...blank(3), '7/25', '8/26', '9/27', ...blank(6)],
      ['G02', ...blank(3), '7/25', '9/12', '9/26', ...blank(6)],
      ['G03', ...blank(3), '7/30', '8/30', null, ...blank(6)],
    ],
    [10, ...months.map(() => 8)],
    [2],
  );
  await wb.xlsx.writeFile(join(SAMPLES, 'shape-month-grid.xlsx'));
}

async function formLog() {
  const wb = book();
  settings(wb, 'つばき就労定着支援センター', '1310000013');
  sheet(
    wb,
    '名簿',
    [
      ['氏名', 'ふりがな', '就職日', '支援開始日', '計画作成日', '障害開示'],
      ['中村 直樹', 'なかむら なおき', d('2024-01-01'), d('2024-07-01'), d('2024-07-01'), '開示'],
      ['小松 恵', 'こまつ めぐみ', d('2024-01-01'), d('2024-07-01'), d('2024-07-01'), '開示'],
      ['岡田 亮', 'おかだ りょう', d('2024-01-01'), d('2024-07-01'), d('2024-07-01'), '非開示'],
    ],
    [12, 16, 12, 12, 12, 10],
    [1],
  );
  // the form's answers: sent the evening of the contact or the next day (タイムスタンプ is not the contact date)
  sheet(
    wb,
    'フォームの回答 1',
    [
      ['タイムスタンプ', '支援日', '利用者名', '支援方法', '相手', '支援内容', '記入者'],
      ['2024/07/05 18:02:11', d('2024-07-05'), '中村 直樹', '来所面談', '本人', '体調の確認', '山田'],
      ['2024/07/12 09:15:40', d('2024-07-11'), '中村 直樹', '電話', '上司', '勤務状況の確認', '山田'],
      ['2024/07/16 17:48:03', d('2024-07-16'), '小松 恵', 'オンライン', '本人', '通院の確認', '小林'],
      ['2024/07/23 18:30:55', d('2024-07-23'), '岡田 亮', '来所', '本人', '休日の過ごし方', '小林'],
      ['2024/08/08 19:01:27', d('2024-08-08'), '中村 直樹', '電話', '本人', '近況の確認', '山田'],
      ['2024/08/21 12:10:09', d('2024-08-20'), '小松 恵', '職場訪問', '本人・上司', '業務量の相談', '小林'],
      ['2024/08/27 18:22:44', d('2024-08-27'), '岡田 亮', '面談', '本人', '服薬の確認', '小林'],
      [
        '2024/09/06 17:40:00',
        d('2024-09-06'),
        '中村 直樹',
        '職場訪問',
        '本人・上司',
        '評価面談の結果を共有',
        '山田',
      ],
      ['2024/09/18 18:05:31', d('2024-09-18'), '岡田 亮', '来所面談', '本人', '睡眠の確認', '小林'],
    ],
    [20, 12, 12, 12, 12, 24, 8],
    [1],
  );
  await wb.xlsx.writeFile(join(SAMPLES, 'shape-form-log.xlsx'));
}

async function clientRecords() {
  const wb = book();
  settings(wb, 'もみじ就労定着支援センター', '1310000014');
  sheet(
    wb,
    '利用者一覧',
    [
      [
        '利用者ID',
        '氏名',
        '受給者証番号',
        '就職日',
        '支援開始日',
        '支援終了日',
        '終了理由',
        '離職日',
        '計画作成日',
      ],
      ['R01', '山本 大輔', '1000000001', d('2024-01-01'), d('2024-07-01'), null, null, null, d('2024-07-01')],
      ['R02', '山口 花子', '1000000002', d('2024-01-01'), d('2024-07-01'), null, null, null, d('2024-07-01')],
      [
        'R03',
        '石田 誠',
        '1000000003',
        d('2024-01-01'),
        d('2024-07-01'),
        d('2024-08-20'),
        '離職',
        d('2024-08-20'),
        d('2024-07-01'),
      ],
    ],
    [10, 12, 14, 12, 12, 12, 10, 12, 12],
    [1],
  );
  const table = ['支援日', '方法', '相手', '支援内容', '担当'];
  // label left of its value, two pairs a row
  sheet(
    wb,
    '001_山本',
    [
      ['個人ケース記録'],
      ['氏名', '山本 大輔', '', '受給者証番号', '1000000001'],
      ['就職日', d('2024-01-01'), '', '支援開始日', d('2024-07-01')],
      ['担当', '山田', '', '勤務先', '株式会社サンプル物流'],
      [],
      table,
      [d('2024-07-05'), '来所', '本人', '体調の確認', '山田'],
      [d('2024-07-12'), '電話', '上司', '勤務状況の確認', '山田'],
      [d('2024-08-07'), '職場訪問', '本人・上司', '業務量の相談', '山田'],
      [d('2024-09-10'), '電話', '本人', '近況の確認', '山田'],
      [],
      ['※ 支援のたびに1行ずつ記入'],
    ],
    [12, 14, 4, 14, 24],
    [6],
  );
  // labels above their values
  sheet(
    wb,
    '山口 花子',
    [
      ['個人ケース記録'],
      ['氏名', '受給者証番号', '就職日', '支援開始日'],
      ['山口 花子', '1000000002', d('2024-01-01'), d('2024-07-08')],
      [],
      table,
      [d('2024-07-09'), '面談', '本人', '通院の確認', '小林'],
      [d('2024-07-19'), 'メール', '人事', '勤怠の確認', '小林'],
      [d('2024-08-06'), '来所', '本人', '休日の過ごし方', '小林'],
      [d('2024-08-22'), '訪問', '店長', '職場での様子', '小林'],
      [d('2024-09-04'), 'オンライン面談', '本人', '服薬の確認', '小林'],
      [d('2024-09-17'), '電話', '上司', '評価の共有', '小林'],
    ],
    [12, 14, 12, 14, 16],
    [5],
  );
  // the tab of a client who left, hidden: the only record of that client's contacts
  const left = sheet(
    wb,
    '石田様',
    [
      ['個人ケース記録（終了）'],
      ['氏名', '石田 誠', '', '受給者証番号', '1000000003'],
      ['就職日', d('2024-01-01'), '', '離職日', d('2024-08-20')],
      [],
      table,
      [d('2024-07-03'), '来所', '本人', '体調の確認', '山田'],
      [d('2024-07-16'), '電話', '上司', '勤務状況の確認', '山田'],
      [d('2024-08-05'), '訪問', '本人・上司', '退職の相談', '山田'],
    ],
    [12, 14, 4, 14, 14],
    [5],
  );
  left.state = 'hidden';
  const shown: [string, string, string][] = [
    ['2024-07', 'R01', '2024-07-25'],
    ['2024-08', 'R01', '2024-08-26'],
    ['2024-09', 'R01', '2024-09-25'],
    ['2024-07', 'R02', '2024-07-25'],
    ['2024-08', 'R02', '2024-08-26'],
    ['2024-09', 'R02', '2024-09-25'],
    ['2024-07', 'R03', '2024-07-25'],
    ['2024-08', 'R03', '2024-08-19'],
  ];
  sheet(
    wb,
    '月次',
    [['年月', '利用者ID', 'レポート提示日'], ...shown.map(([m, id, s]) => [m, id, d(s)])],
    [10, 10, 14],
    [1],
  );
  await wb.xlsx.writeFile(join(SAMPLES, 'shape-client-record.xlsx'));
}

await narrativeLog();
await monthGrid();
await formLog();
await clientRecords();
console.log(
  'samples/shape-narrative-log.xlsx, shape-month-grid.xlsx, shape-form-log.xlsx, shape-client-record.xlsx',
);
