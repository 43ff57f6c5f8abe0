import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkResult } from '../shared/check.ts';
import { isPlainDate, isYearMonth, type PlainDate } from '../shared/date/plain-date.ts';
import { readWorkbook } from '../shared/read/workbook.ts';
import { type Mapping, parseMapping } from '../shared/sheet/mapping.ts';
import type { Workbook } from '../shared/sheet/tab.ts';
import { runBilling } from './commands/billing.ts';
import { printCheck } from './commands/check.ts';
import { runStats } from './commands/stats.ts';
import { InputError, loadExcel, loadWorkbook } from './load.ts';
import { writeAnnotated } from './write.ts';

const USAGE = `使い方: teichaku <コマンド> <ブック.xlsx・.xlsm | CSVのフォルダ> [オプション]

コマンド:
  check     記録を点検して、不足や誤りを一覧にします
            --as-of YYYY-MM-DD  点検の基準日（省略時は今日・日本時間）
            --mapping FILE      タブ・列・言葉の対応表（JSON。例 {"words": {"method": {"定期フォロー": "face"}}}）
            --write FILE.xlsx   指摘したセルに色とメモを付けたコピーを書き出します（元のファイルは変えません）
  stats     年度の実績（事業報告の数字）を出します
            --fiscal-year YYYY  年度（YYYY年4月1日〜翌年3月31日。省略時は今年度）
  billing   月の請求データ（teichaku.billing/v1）を出します
            --month YYYY-MM     請求する月（省略時は先月）
            --as-of YYYY-MM-DD  記録を数える基準日（省略時は今日）

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
    if (!['check', 'stats', 'billing'].includes(command))
      throw new UsageError(`知らないコマンドです: ${command}（check / stats / billing）`);
    if (!input) throw new UsageError('点検するブック（.xlsx）か CSV のフォルダを指定してください');
    if (extra.length) throw new UsageError(`余分な引数があります: ${extra.join(' ')}`);

    const asOf = values['as-of'] ?? todayInTokyo();
    if (!isPlainDate(asOf))
      throw new UsageError(`--as-of は YYYY-MM-DD の形の実在する日付で指定してください: ${asOf}`);
    const mapping = await loadMapping(values.mapping);
    const loaded: { workbook: Workbook | null; isXlsx: boolean } = await loadWorkbook(input);
    const read = readWorkbook(loaded.workbook!, mapping);
    // the cells are needed again only to write an annotated copy: let a large caseload's go early
    const workbook = command === 'check' && values.write ? loaded.workbook! : null;
    loaded.workbook = null;
    if (!read.ok) throw new InputError(read.error);

    if (command === 'check') {
      const result = checkResult(read.caseload, read.findings, asOf);
      if (values.write) {
        if (resolve(values.write) === resolve(input))
          throw new UsageError(
            '--write には元のファイルとは別の名前を指定してください（元のファイルは変更しません）',
          );
        await writeAnnotated(workbook!, loaded.isXlsx ? await loadExcel(input) : null, result, values.write);
      }
      if (values.json) say(JSON.stringify(result, null, 2));
      else printCheck(result, read, say);
      if (values.write && !values.json) say(`\n色とメモを付けたコピーを書き出しました: ${values.write}`);
      return result.summary.error > 0 ? 1 : 0;
    }
    if (command === 'stats') {
      const fy =
        values['fiscal-year'] ?? String(Number(asOf.slice(0, 4)) - (Number(asOf.slice(5, 7)) < 4 ? 1 : 0));
      if (!/^\d{4}$/.test(fy)) throw new UsageError(`--fiscal-year は西暦4桁で指定してください: ${fy}`);
      return runStats(read.caseload, Number(fy), !!values.json, say);
    }
    const month = values.month ?? previousMonth(asOf);
    if (!isYearMonth(month)) throw new UsageError(`--month は YYYY-MM の形で指定してください: ${month}`);
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
