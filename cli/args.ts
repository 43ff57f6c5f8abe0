import { parseArgs } from 'node:util';
import { eraToGregorian, findEra, parseDateText, parseMonthText } from '../shared/codecs/index.ts';
import type { PlainDate, YearMonth } from '../shared/date/plain-date.ts';

/** A mistake in how the command was typed: exit 2 with a Japanese line saying what to type instead. */
export class UsageError extends Error {}

export const COMMANDS = ['check', 'stats', 'billing', 'reports'] as const;
export type Command = (typeof COMMANDS)[number];

interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** The commands it applies to (every command when absent). */
  commands?: readonly Command[];
  /** What its value is, in words, with an example: for the "no value" message. */
  value?: string;
}

export const OPTIONS = {
  json: { type: 'boolean' },
  mapping: { type: 'string', value: '対応表の JSON ファイル（例: --mapping 対応表.json）' },
  help: { type: 'boolean', short: 'h' },
  'as-of': {
    type: 'string',
    commands: ['check', 'billing', 'reports'],
    value: '点検の基準日（例: --as-of 2025-03-31、--as-of 令和7年3月31日）',
  },
  write: { type: 'string', commands: ['check'], value: '書き出すファイル名（例: --write 点検済み.xlsx）' },
  grid: { type: 'boolean', commands: ['check'] },
  'fiscal-year': { type: 'string', commands: ['stats'], value: '年度（例: --fiscal-year 2024、令和6年度）' },
  docx: {
    type: 'string',
    commands: ['stats'],
    value: '書き出す Word 文書の名前（例: --docx 年次報告.docx）',
  },
  month: {
    type: 'string',
    commands: ['billing', 'reports'],
    value: '年月（例: --month 2025-03、令和7年3月）',
  },
  client: { type: 'string', multiple: true, commands: ['reports'], value: '利用者ID（例: --client C001）' },
  out: { type: 'string', commands: ['reports'], value: '書き出すフォルダ（例: --out レポート）' },
  pdf: { type: 'boolean', commands: ['reports'] },
  force: { type: 'boolean', commands: ['stats', 'reports'] },
} as const satisfies Record<string, OptionSpec>;
type OptionName = keyof typeof OPTIONS;

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The known option closest to what was typed (--asof → --as-of), or null when none is close. */
export function closestOption(typed: string): string | null {
  const bare = typed.replace(/^-+/, '').replace(/=.*$/, '').toLowerCase();
  const squash = (s: string) => s.replace(/[-_]/g, '');
  let best: { name: string; d: number } | null = null;
  for (const name of Object.keys(OPTIONS)) {
    const d = squash(name) === squash(bare) ? 0 : distance(bare, name);
    if (!best || d < best.d) best = { name, d };
  }
  if (!best || best.d > Math.max(2, Math.floor(best.name.length / 3))) return null;
  return `--${best.name}`;
}

/** Closest command to a mistyped one. */
function closestCommand(typed: string): Command | null {
  let best: { c: Command; d: number } | null = null;
  for (const c of COMMANDS) {
    const d = distance(typed.toLowerCase(), c);
    if (!best || d < best.d) best = { c, d };
  }
  return best && best.d <= 2 ? best.c : null;
}

export interface Parsed {
  command: Command | null;
  input: string | undefined;
  values: {
    json: boolean;
    help: boolean;
    mapping?: string;
    'as-of'?: string;
    write?: string;
    grid: boolean;
    'fiscal-year'?: string;
    docx?: string;
    month?: string;
    client?: string[];
    out?: string;
    pdf: boolean;
    force: boolean;
  };
}

/** Whether --json was asked for, even when the rest of the line cannot be parsed (errors then go out as JSON). */
export const wantsJson = (argv: readonly string[]) => argv.includes('--json');

/**
 * The command line: the command, the input and the options, each option checked against the command it
 * was given to. Every mistake is a UsageError in Japanese saying what to type instead.
 */
export function parseCommandLine(argv: string[]): Parsed {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, tokens: true, options: OPTIONS });
  } catch (e) {
    const msg = String((e as Error).message);
    const code = (e as { code?: string }).code;
    const opt = /'(-[^' ]+)/.exec(msg)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const near = closestOption(opt);
      throw new UsageError(
        near
          ? `${opt} というオプションはありません。${near} のことですか？`
          : `${opt} というオプションはありません。teichaku --help で使えるオプションを確かめてください`,
      );
    }
    const name = opt.replace(/^-+/, '') as OptionName;
    if (/argument missing/i.test(msg)) {
      const spec: OptionSpec | undefined = OPTIONS[name];
      throw new UsageError(`${opt} のあとに値がありません。${spec?.value ?? '値'}を続けて書いてください`);
    }
    if (/does not take an argument/i.test(msg))
      throw new UsageError(`${opt} は値をとりません。${opt} だけを書いてください`);
    throw new UsageError('コマンドの書き方を読み取れません。teichaku --help で使い方を確かめてください');
  }
  const values = parsed.values as Parsed['values'];
  values.json ??= false;
  values.help ??= false;
  values.grid ??= false;
  values.pdf ??= false;
  values.force ??= false;
  const [command, input, ...extra] = parsed.positionals;
  if (values.help || !command) return { command: (command as Command) ?? null, input, values };
  if (!COMMANDS.includes(command as Command)) {
    const near = closestCommand(command);
    throw new UsageError(
      `${command} というコマンドはありません。${near ? `${near} のことですか？` : 'check・stats・billing・reports のどれかを指定してください'}`,
    );
  }
  const cmd = command as Command;
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    const spec: OptionSpec = OPTIONS[token.name as OptionName];
    if (spec.commands && !spec.commands.includes(cmd))
      throw new UsageError(
        `--${token.name} は ${spec.commands.join('・')} のオプションで、${cmd} では使えません。--${token.name} を外してください`,
      );
  }
  if (!input)
    throw new UsageError(
      `${cmd} のあとに、点検するブック（.xlsx）か CSV のフォルダを指定してください（例: teichaku ${cmd} 利用者台帳.xlsx）`,
    );
  if (extra.length)
    throw new UsageError(
      `「${extra.join(' ')}」は余分です。ブックかフォルダは1つだけ指定してください（名前に空白があるときは " " で囲みます）`,
    );
  return { command: cmd, input, values };
}

const DATE_EXAMPLES = '2025-03-31・2025/3/31・令和7年3月31日・R7.3.31 のように書いてください';
const MONTH_EXAMPLES = '2025-03・2025/3・2025年3月・令和7年3月・R7.3 のように書いてください';

/** --as-of as the sheets write dates: 2025-03-31, 2025/3/31, 令和7年3月31日, R7.3.31. */
export function parseAsOfOption(text: string, name = '--as-of'): PlainDate {
  const p = parseDateText(text.trim());
  if (!p.ok) throw new UsageError(`${name} の「${text}」を日付として読めません。${DATE_EXAMPLES}`);
  return p.value;
}

/** --month as the sheets write months: 2025-03, 2025/3, 2025年3月, 令和7年3月, R7.3. */
export function parseMonthOption(text: string, name = '--month'): YearMonth {
  const p = parseMonthText(text.trim());
  if (!p.ok) throw new UsageError(`${name} の「${text}」を年月として読めません。${MONTH_EXAMPLES}`);
  return p.value;
}

/** --fiscal-year: 2024, 2024年度, 令和6年度, R6. */
export function parseFiscalYearOption(text: string): number {
  const t = text.trim().replace(/年度$/, '');
  if (/^\d{4}$/.test(t)) return Number(t);
  const m = /^([^\d\s]+)\s*(\d{1,2}|元)$/.exec(t);
  const era = m ? findEra(m[1]!.replace(/[.．]$/, '')) : undefined;
  if (m && era) {
    const y = eraToGregorian(era, m[2] === '元' ? 1 : Number(m[2]));
    if (y !== null) return y;
  }
  throw new UsageError(
    `--fiscal-year の「${text}」を年度として読めません。2024・2024年度・令和6年度・R6 のように書いてください`,
  );
}
