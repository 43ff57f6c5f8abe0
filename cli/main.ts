import { readFile } from 'node:fs/promises';
import { isPlainDate, type PlainDate } from '../shared/date/plain-date.ts';
import { missingTabMessage, readWorkbook } from '../shared/read/workbook.ts';
import { ROLE_LABEL, type Role } from '../shared/sheet/fields.ts';
import { type Mapping, parseMapping } from '../shared/sheet/mapping.ts';
import type { Workbook } from '../shared/sheet/tab.ts';
import {
  type Command,
  type Parsed,
  parseAsOfOption,
  parseCommandLine,
  parseFiscalYearOption,
  parseMonthOption,
  UsageError,
  wantsJson,
} from './args.ts';
import { runBilling } from './commands/billing.ts';
import { runCheck } from './commands/check.ts';
import { errorJson, InputError, loadWorkbook } from './load.ts';
import { assertCopyName, assertNotInput, OutputError } from './output.ts';

const USAGE = `使い方: teichaku <コマンド> <ブック.xlsx・.xlsm | CSVのフォルダ> [オプション]

コマンド:
  check     記録を点検して、不足や誤りを一覧にします
            --as-of 日付        点検の基準日（2025-03-31・令和7年3月31日・R7.3.31。省略時は今日・日本時間）
            --write FILE.xlsx   指摘したセルに色とメモを付けたコピーを書き出します（元のファイルは変えません）
            --grid              利用者×月の接触状況（月次接触状況）の表も表示します
  stats     年度の実績（事業報告の数字）を出します
            --fiscal-year 年度  年度（2024・令和6年度。省略時は今年度）
            --docx FILE.docx    年次報告を Word 文書で書き出します（氏名入りの別添「…_別添_利用者一覧.docx」も横に）
                                すでにあるファイルは書き換えません（手を加えたものは残し、新しい版を横に作ります）
            --force             すでにあるファイルも上書きします
  billing   月の請求データ（teichaku.billing/v1）を出します
            --month 年月        請求する月（2025-03・令和7年3月・R7.3。省略時は先月）
            --as-of 日付        記録を数える基準日（省略時は今日）
  reports   月の支援レポート（別紙様式1）を利用者ごとに .docx で書き出します
            --month 年月        対象の月（省略時は先月）
            --client ID         この利用者だけ（繰り返して複数指定できます）
            --out DIR           書き出すフォルダ（YYYY-MM_名簿順_利用者ID_氏名_支援レポート.docx）
                                すでにあるファイルは書き換えません（手を加えたものは残し、新しい版を横に作ります）
            --force             すでにあるファイルも上書きします
            --pdf               LibreOffice があれば PDF も書き出します
            --as-of 日付        今日として扱う日（省略時は今日・日本時間）。シートに作成日がないとき、
                                その月中から翌月10日まで・提示日以前ならこの日を作成日にします（それ以外は空欄）

共通: --mapping FILE  タブ・列・言葉の対応表（JSON。例 {"words": {"method": {"定期フォロー": "face"}}}）
      --json          結果を JSON 1つで出力します（入力の誤りも {"error": {...}} で出力します）
終了コード: 0 エラーなし / 1 エラーの指摘あり / 2 入力を読めない・コマンドの誤り・予期しない問題`;

/** Today in Japan, whatever the machine's zone. */
export function todayInTokyo(now = new Date()): PlainDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

async function loadMapping(path: string | undefined): Promise<Mapping | undefined> {
  if (!path) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`対応表「${path}」が見つかりません。--mapping のファイル名を確かめてください`, {
      file: path,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(
      `対応表「${path}」を JSON として読めません。{"words": {...}} の形で、カンマや " の抜けがないか確かめてください`,
      { file: path },
    );
  }
  const m = parseMapping(json);
  if (!m.ok) throw new InputError(`対応表「${path}」: ${m.reason}`, { file: path });
  return m.value;
}

/** The tabs each command cannot work without (check reads whatever is there). */
const NEEDS: Record<Command, Exclude<Role, 'office'>[]> = {
  check: [],
  stats: ['roster'],
  billing: ['roster', 'contacts', 'monthly'],
  reports: ['roster'],
};

export interface Io {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

export async function main(
  argv: string[],
  io: Io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  const say = (s: string) => io.out.write(`${s}\n`);
  let input: string | undefined;
  try {
    const { command, input: given, values }: Parsed = parseCommandLine(argv);
    input = given;
    if (values.help || !command) {
      say(USAGE);
      return values.help ? 0 : 2;
    }
    const file = given!;
    const asOf = values['as-of'] ? parseAsOfOption(values['as-of']) : todayInTokyo();
    if (!isPlainDate(asOf)) throw new UsageError(`--as-of の「${values['as-of']}」を日付として読めません`);
    const month = values.month ? parseMonthOption(values.month) : previousMonth(asOf);
    const fiscalYear = values['fiscal-year']
      ? parseFiscalYearOption(values['fiscal-year'])
      : fiscalYearOf(asOf);
    if (command === 'check' && values.write !== undefined) {
      try {
        // an empty name first: it would otherwise resolve to the current folder
        if (values.write.trim() === '') assertCopyName(file, values.write);
        await assertNotInput(file, values.write);
        assertCopyName(file, values.write);
      } catch (e) {
        if (e instanceof OutputError) throw new UsageError(e.message);
        throw e;
      }
    }
    const mapping = await loadMapping(values.mapping);
    const loaded: { workbook: Workbook | null; isXlsx: boolean } = await loadWorkbook(file);
    const read = readWorkbook(loaded.workbook!, mapping);
    // the cells are needed again only to build a workbook from CSV or to read a report's own columns:
    // let a large caseload's go early
    const workbook =
      (command === 'check' && values.write && !loaded.isXlsx) || command === 'reports'
        ? loaded.workbook!
        : null;
    loaded.workbook = null;
    if (!read.ok) throw new InputError(read.error, { file });
    // a workbook with none of the roster, contact log or monthly records is not a caseload at all
    const lacking =
      read.missing.length === 3 ? read.missing : NEEDS[command].filter((r) => read.missing.includes(r));
    if (lacking.length)
      throw new InputError(
        lacking.length === 1 || read.missing.length === 3
          ? missingTabMessage(read.caseload.title, lacking[0]!, false)
          : `「${read.caseload.title}」に${lacking.map((r) => ROLE_LABEL[r]).join('・')}のタブが見つかりません。${command} にはこれらのタブが必要です。タブを作るか、--mapping でどのタブかを指定してください`,
        { file },
      );

    if (command === 'check')
      return await runCheck(
        { input: file, isXlsx: loaded.isXlsx, workbook, read, asOf },
        { json: values.json, write: values.write, grid: values.grid },
        io,
      );
    if (command === 'stats') {
      const { runStats } = await import('./commands/stats.ts');
      const docx =
        values.docx === undefined ? undefined : { path: values.docx, force: values.force, generatedOn: asOf };
      return await runStats(read.caseload, fiscalYear, values.json, say, docx);
    }
    if (command === 'reports') {
      const [{ runReports }, { readReportExtras }] = await Promise.all([
        import('./commands/reports.ts'),
        import('../shared/report/extras.ts'),
      ]);
      const o = {
        month,
        clientIds: values.client ?? [],
        out: values.out,
        pdf: values.pdf,
        force: values.force,
        json: values.json,
        generatedOn: asOf,
      };
      const warn = (s: string) => io.err.write(`${s}\n`);
      return await runReports(read.caseload, readReportExtras(workbook!, read.caseload), o, say, warn);
    }
    return runBilling(read.caseload, month, asOf, values.json, say);
  } catch (e) {
    const known = e instanceof UsageError || e instanceof InputError;
    const message = known
      ? (e as Error).message
      : `予期しない問題で処理を続けられませんでした（${(e as Error)?.message ?? e}）。ファイルを変えずにもう一度試し、続くときはこの表示を添えて知らせてください`;
    if (wantsJson(argv)) {
      const where = e instanceof InputError ? e.where : {};
      say(JSON.stringify(errorJson(message, { file: input ?? null, ...where }), null, 2));
    } else io.err.write(`エラー: ${message}\n`);
    return 2;
  }
}

function previousMonth(asOf: PlainDate): string {
  const y = Number(asOf.slice(0, 4));
  const m = Number(asOf.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The fiscal year (April to March) a date falls in. */
function fiscalYearOf(asOf: PlainDate): number {
  return Number(asOf.slice(0, 4)) - (Number(asOf.slice(5, 7)) < 4 ? 1 : 0);
}
