import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkResult } from '../shared/check.ts';
import { isPlainDate, isYearMonth, type PlainDate } from '../shared/date/plain-date.ts';
import { describeLayout } from '../shared/read/describe.ts';
import { missingTabMessage, readWorkbook } from '../shared/read/workbook.ts';
import { readReportExtras } from '../shared/report/extras.ts';
import { ROLE_LABEL, type Role } from '../shared/sheet/fields.ts';
import { type Mapping, parseMapping } from '../shared/sheet/mapping.ts';
import type { Workbook } from '../shared/sheet/tab.ts';
import { runBilling } from './commands/billing.ts';
import { printCheck } from './commands/check.ts';
import { runReports } from './commands/reports.ts';
import { runStats } from './commands/stats.ts';
import { InputError, loadWorkbook } from './load.ts';
import { assertNotInput, describeWriteError, OutputError, writeAtomically } from './output.ts';
import { annotate, packageFromTabs } from './write.ts';
import { XlsxPatchError } from './xlsx-patch.ts';

const USAGE = `使い方: teichaku <コマンド> <ブック.xlsx・.xlsm | CSVのフォルダ> [オプション]

コマンド:
  check     記録を点検して、不足や誤りを一覧にします
            --as-of YYYY-MM-DD  点検の基準日（省略時は今日・日本時間）
            --mapping FILE      タブ・列・言葉の対応表（JSON。例 {"words": {"method": {"定期フォロー": "face"}}}）
            --write FILE.xlsx   指摘したセルに色とメモを付けたコピーを書き出します（元のファイルは変えません）
  stats     年度の実績（事業報告の数字）を出します
            --fiscal-year YYYY  年度（YYYY年4月1日〜翌年3月31日。省略時は今年度）
            --docx FILE.docx    年次報告を Word 文書で書き出します
  billing   月の請求データ（teichaku.billing/v1）を出します
            --month YYYY-MM     請求する月（省略時は先月）
            --as-of YYYY-MM-DD  記録を数える基準日（省略時は今日）
  reports   月の支援レポート（別紙様式1）を利用者ごとに .docx で書き出します
            --month YYYY-MM     対象の月（省略時は先月）
            --client ID         この利用者だけ（繰り返して複数指定できます）
            --out DIR           書き出すフォルダ（YYYY-MM_氏名_支援レポート.docx）
            --pdf               LibreOffice があれば PDF も書き出します
            --as-of YYYY-MM-DD  シートに作成日がないときの作成日（省略時は今日・日本時間）

共通: --json  結果を JSON 1つで出力します
終了コード: 0 エラーなし / 1 エラーの指摘あり / 2 入力を読めない`;

/** Today in Japan, whatever the machine's zone. */
export function todayInTokyo(now = new Date()): PlainDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        mapping: { type: 'string' },
        write: { type: 'string' },
        'fiscal-year': { type: 'string' },
        month: { type: 'string' },
        client: { type: 'string', multiple: true },
        out: { type: 'string' },
        pdf: { type: 'boolean', default: false },
        docx: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    const msg = String((e as Error).message);
    const opt = /'([^']+)'/.exec(msg)?.[1];
    if (/Unknown option/.test(msg))
      throw new UsageError(`知らないオプションです: ${opt ?? msg}（teichaku --help で使い方を表示します）`);
    if (/argument missing|requires an argument/i.test(msg))
      throw new UsageError(`オプション ${opt ?? ''} に値がありません`);
    throw new UsageError(`コマンドの指定が正しくありません: ${msg}`);
  }
}

async function loadMapping(path: string | undefined): Promise<Mapping | undefined> {
  if (!path) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new InputError(`対応表「${path}」を JSON として読めません`);
  }
  const m = parseMapping(json);
  if (!m.ok) throw new InputError(`対応表「${path}」: ${m.reason}`);
  return m.value;
}

export interface Io {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

export async function main(
  argv: string[],
  io: Io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  const say = (s: string) => io.out.write(`${s}\n`);
  try {
    const { values, positionals } = parse(argv);
    const [command, input, ...extra] = positionals;
    if (values.help || !command) {
      say(USAGE);
      return command || values.help ? 0 : 2;
    }
    if (!['check', 'stats', 'billing', 'reports'].includes(command))
      throw new UsageError(`知らないコマンドです: ${command}（check / stats / billing / reports）`);
    if (!input) throw new UsageError('点検するブック（.xlsx）か CSV のフォルダを指定してください');
    if (extra.length) throw new UsageError(`余分な引数があります: ${extra.join(' ')}`);

    const asOf = values['as-of'] ?? todayInTokyo();
    if (!isPlainDate(asOf))
      throw new UsageError(`--as-of は YYYY-MM-DD の形の実在する日付で指定してください: ${asOf}`);
    if (command === 'check' && values.write) {
      try {
        await assertNotInput(input, values.write);
      } catch (e) {
        if (e instanceof OutputError) throw new UsageError(e.message);
        throw e;
      }
    }
    const mapping = await loadMapping(values.mapping);
    const loaded: { workbook: Workbook | null; isXlsx: boolean } = await loadWorkbook(input);
    const read = readWorkbook(loaded.workbook!, mapping);
    // the cells are needed again only to build a workbook from CSV or to read a report's own columns:
    // let a large caseload's go early
    const workbook =
      (command === 'check' && values.write && !loaded.isXlsx) || command === 'reports'
        ? loaded.workbook!
        : null;
    loaded.workbook = null;
    if (!read.ok) throw new InputError(read.error);
    // each command needs only the tabs it uses: stats a roster; billing also the records; check reads what is there
    // (a workbook with none of the roster, contact log or monthly records is not a caseload at all)
    const needs: Exclude<Role, 'office'>[] =
      command === 'stats' ? ['roster'] : command === 'billing' ? ['roster', 'contacts', 'monthly'] : [];
    const lacking = read.missing.length === 3 ? read.missing : needs.filter((r) => read.missing.includes(r));
    if (lacking.length)
      throw new InputError(
        lacking.length === 1 || read.missing.length === 3
          ? missingTabMessage(read.caseload.title, lacking[0]!).replace(/。[^。]*$/, '')
          : `「${read.caseload.title}」に${lacking.map((r) => ROLE_LABEL[r]).join('・')}のタブが見つかりません（${command} に必要です）`,
      );

    if (command === 'check') {
      const result = {
        ...checkResult(read.caseload, read.findings, asOf),
        layout: describeLayout(read.tabs),
      };
      // a failed copy never throws the check away: the findings are printed and the exit status is theirs
      let writeError = '';
      if (values.write) {
        // the input read again as bytes (a CSV folder has none: a new workbook is made from its tabs)
        const source = loaded.isXlsx
          ? await readFile(input).then(
              (b) => new Uint8Array(b),
              () => null,
            )
          : await packageFromTabs(workbook!);
        try {
          if (!source) throw new XlsxPatchError('the input could not be read again');
          await writeAtomically(values.write, annotate(source, result));
        } catch (e) {
          writeError =
            e instanceof XlsxPatchError
              ? `「${input}」の中の構成を読み取れず、色とメモを付けられませんでした`
              : describeWriteError(values.write, e);
        }
      }
      if (values.json) say(JSON.stringify(result, null, 2));
      else printCheck(result, read, say);
      if (writeError) io.err.write(`エラー: ${writeError}。色とメモを付けたコピーは書き出していません\n`);
      else if (values.write && !values.json)
        say(
          loaded.isXlsx
            ? `\n色とメモを付けたコピーを書き出しました: ${values.write}`
            : `\nCSV から新しいブックを作り、色とメモを付けて書き出しました: ${values.write}`,
        );
      return result.summary.error > 0 ? 1 : 0;
    }
    if (command === 'stats') {
      const fy =
        values['fiscal-year'] ?? String(Number(asOf.slice(0, 4)) - (Number(asOf.slice(5, 7)) < 4 ? 1 : 0));
      if (!/^\d{4}$/.test(fy)) throw new UsageError(`--fiscal-year は西暦4桁で指定してください: ${fy}`);
      return await runStats(read.caseload, Number(fy), !!values.json, say, values.docx);
    }
    const month = values.month ?? previousMonth(asOf);
    if (!isYearMonth(month)) throw new UsageError(`--month は YYYY-MM の形で指定してください: ${month}`);
    if (command === 'reports') {
      const o = {
        month,
        clientIds: values.client ?? [],
        out: values.out,
        pdf: !!values.pdf,
        json: !!values.json,
        generatedOn: asOf,
      };
      const warn = (s: string) => io.err.write(`${s}\n`);
      return await runReports(read.caseload, readReportExtras(workbook!, read.caseload), o, say, warn);
    }
    return runBilling(read.caseload, month, asOf, !!values.json, say);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.err.write(`エラー: ${e.message}\n`);
      return 2;
    }
    io.err.write(`エラー: 予期しない問題で処理を続けられませんでした（${(e as Error)?.message ?? e}）\n`);
    return 2;
  }
}

function previousMonth(asOf: PlainDate): string {
  const y = Number(asOf.slice(0, 4));
  const m = Number(asOf.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
