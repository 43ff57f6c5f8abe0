import { readFile } from 'node:fs/promises';
import {
  type CheckResult,
  checkResult,
  NOT_CHECKABLE_HEADING,
  notCheckableFindings,
} from '../../shared/check.ts';
import { formatEraDate } from '../../shared/codecs/index.ts';
import type { PlainDate } from '../../shared/date/plain-date.ts';
import { buildFacts } from '../../shared/evaluate/facts.ts';
import { contactGrid } from '../../shared/grid/contact-grid.ts';
import type { Contact } from '../../shared/model/caseload.ts';
import { type Finding, SEVERITY_LABEL } from '../../shared/model/finding.ts';
import { groupUnknownWords, teachLine, unknownWordLine } from '../../shared/model/unknown-words.ts';
import { describeLayout, layoutLines } from '../../shared/read/describe.ts';
import type { ReadResult } from '../../shared/read/workbook.ts';
import type { Workbook } from '../../shared/sheet/tab.ts';
import { gridLines, gridSheet } from '../grid.ts';
import type { Io } from '../main.ts';
import { describeWriteError, writeAtomically } from '../output.ts';
import { managerSummary, summaryLines } from '../summary.ts';
import { annotateCopy, packageFromTabs, RESULT_TAB } from '../write.ts';
import { XlsxPatchError } from '../xlsx-patch.ts';

/** Info rules that would drown the list on screen; the 点検結果 tab of --write and --json keep them. */
const QUIET_RULES = new Set(['employer.visit-missing']);

type Read = Extract<ReadResult, { ok: true }>;

/** Where a finding is, as the line's first words: 「支援記録」12行目 C列「日付」. Empty when the message says it. */
export function where(f: Finding): string {
  if (
    !f.sheet ||
    !f.row ||
    f.message.includes(`${f.sheet}の${f.row}行目`) ||
    f.message.startsWith(`「${f.sheet}」`)
  )
    return '';
  const col = f.column ? ` ${f.column}列${f.header ? `「${f.header}」` : ''}` : '';
  return `「${f.sheet}」${f.row}行目${col}: `;
}

/** The check result as a staff member reads it: grouped by client, errors first, then a summary. */
export function printCheck(result: CheckResult, read: Read, say: (s: string) => void, grid?: string[]) {
  const office = result.office.name ?? read.caseload.title;
  say(`${office}${result.office.number ? `（事業所番号 ${result.office.number}）` : ''}`);
  say(
    `点検基準日 ${formatEraDate(result.asOf)}　利用者 ${result.summary.clients}人・支援記録 ${result.summary.contacts}件・月次 ${result.summary.monthlyRecords}件`,
  );
  // what cannot be checked at all comes first: everything below is read in its light (domain §10)
  const cannot = notCheckableFindings(result);
  if (cannot.length) {
    say('');
    say(`■ ${NOT_CHECKABLE_HEADING}`);
    for (const f of cannot) say(`  [${SEVERITY_LABEL[f.severity]}] ${where(f)}${f.message}`);
    say('');
  }
  say('読み取った内容:');
  for (const line of layoutLines(describeLayout(read.tabs))) say(`  ${line}`);

  // a word we cannot read is one line per word and column, not one line per cell (--json keeps every cell)
  const unknown = groupUnknownWords(result.findings);
  if (unknown.words.length) {
    say('');
    say('■ 読めない言葉（意味を教えると、その記録も点検します）');
    const taught = new Set<string>();
    for (const g of unknown.words) {
      say(`  [${SEVERITY_LABEL[g.findings[0]!.severity]}] ${unknownWordLine(g)}`);
      const teach = teachLine(g);
      if (teach && !taught.has(g.teach!)) {
        taught.add(g.teach!);
        say(`    → ${teach}`);
      }
    }
  }

  const groups = new Map<string, Finding[]>();
  for (const f of unknown.rest) {
    if (cannot.includes(f)) continue;
    const key = f.clientId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const names = new Map(read.caseload.clients.map((c) => [c.id, c.name]));
  const rank = (list: Finding[]) =>
    list.some((f) => f.severity === 'error') ? 0 : list.some((f) => f.severity === 'warning') ? 1 : 2;
  // clients with errors first, then those with warnings, each in ID order (the map keeps that order)
  const ordered = [...groups].sort(([, a], [, b]) => rank(a) - rank(b));
  let infoHidden = 0;
  for (const [id, list] of ordered) {
    const shown = list.filter((f) => !QUIET_RULES.has(f.rule)).sort((a, b) => rank([a]) - rank([b]));
    infoHidden += list.length - shown.length;
    if (shown.length === 0) continue;
    const name = names.get(id) ?? list[0]?.clientName ?? '';
    say('');
    say(
      id
        ? `■ ${id} ${name}${!names.has(id) && list.every((f) => f.rule === 'data.unknown-client') ? '（名簿にない利用者）' : ''}`
        : '■ 事業所全体・利用者を特定できない記録',
    );
    for (const f of shown) say(`  [${SEVERITY_LABEL[f.severity]}] ${where(f)}${f.message}`);
  }
  if (grid) {
    say('');
    say('■ 月次接触状況（利用者×月。✗ と 電 の月は対面の支援が足りません）');
    for (const line of grid) say(`  ${line}`);
  }
  const s = result.summary;
  say('');
  say('■ まとめ');
  if (s.total === 0) say('指摘はありません。');
  if (cannot.length) say(`点検できないこと: ${cannot.length}件（いちばん上に書きました）`);
  for (const line of summaryLines(managerSummary(result, read.caseload, result.asOf))) say(line);
  say(`合計: エラー ${s.error}件・警告 ${s.warning}件・情報 ${s.info}件`);
  if (unknown.words.length) {
    const cells = unknown.words.reduce((n, g) => n + g.findings.length, 0);
    say(`読めない言葉: ${unknown.words.length}種類・${cells}件。上の「読めない言葉」に教え方があります`);
  }
  if (infoHidden)
    say(
      `※ 「事業主への訪問なし（連絡のみ）」の情報 ${infoHidden}件は画面では省きました。--write で書き出すコピーの「${RESULT_TAB}」タブにすべて載ります`,
    );
}

export interface CheckInput {
  input: string;
  isXlsx: boolean;
  /** The cells, kept only when a copy must be built from a CSV folder. */
  workbook: Workbook | null;
  read: Read;
  asOf: PlainDate;
}

/**
 * `teichaku check`: the findings, printed or as JSON; with --write an annotated copy (点検結果 and 月次接触状況
 * tabs); with --grid the contact grid on screen. A failed copy never throws the check away.
 */
export async function runCheck(
  c: CheckInput,
  o: { json: boolean; write?: string; grid: boolean },
  io: Io,
): Promise<number> {
  const say = (s: string) => io.out.write(`${s}\n`);
  const result = {
    ...checkResult(c.read.caseload, c.read.findings, c.asOf),
    layout: describeLayout(c.read.tabs),
  };
  const grid =
    o.write || o.grid ? contactGrid(c.read.caseload, c.asOf, {}, buildFacts(c.read.caseload, c.asOf)) : null;
  let writeError = '';
  let ourTabs = [RESULT_TAB, '月次接触状況'];
  if (o.write) {
    // the input read again as bytes (a CSV folder has none: a new workbook is made from its tabs)
    const source = c.isXlsx
      ? await readFile(c.input).then(
          (b) => new Uint8Array(b),
          () => null,
        )
      : await packageFromTabs(c.workbook!);
    try {
      if (!source) throw new XlsxPatchError('the input could not be read again');
      const copy = annotateCopy(source, result, [gridSheet(grid!)]);
      ourTabs = copy.tabs;
      await writeAtomically(o.write, copy.bytes);
    } catch (e) {
      writeError =
        e instanceof XlsxPatchError
          ? `「${c.input}」の中の構成を読み取れず、色とメモを付けられませんでした。Excel で開いて保存し直してから、もう一度試してください`
          : `${describeWriteError(o.write, e)}。色とメモを付けたコピーは書き出していません`;
    }
  }
  if (o.json) {
    const readings = textReadings(c.read.caseload.contacts);
    say(
      JSON.stringify(
        { ...result, ...(readings.length ? { readings } : {}), ...(o.grid ? { grid } : {}) },
        null,
        2,
      ),
    );
  } else printCheck(result, c.read, say, o.grid ? gridLines(grid!, isColorTerminal(io)) : undefined);
  if (writeError) io.err.write(`エラー: ${writeError}\n`);
  else if (o.write && !o.json)
    say(
      c.isXlsx
        ? `\n色とメモを付けたコピーを書き出しました: ${o.write}（${ourTabs.map((t) => `「${t}」`).join('')}タブ付き）`
        : `\nCSV から新しいブックを作り、色とメモを付けて書き出しました: ${o.write}`,
    );
  return result.summary.error > 0 ? 1 : 0;
}

/**
 * What was read from the free text of each contact whose method or parties came from its text (a narrative
 * log, an absence in 支援内容): where, and the reading, so a person can see why a month counts or not.
 */
export function textReadings(contacts: readonly Contact[]) {
  const out: {
    sheet: string;
    row: number;
    clientId: string;
    date: string;
    method: string | null;
    cancelled: boolean;
    parties: string[];
    from: string[];
    text: string | null;
  }[] = [];
  for (const c of contacts) {
    if (!c.fromText) continue;
    out.push({
      sheet: c.source.sheet,
      row: c.source.row,
      clientId: c.clientId,
      date: c.date,
      method: c.method?.kind ?? null,
      cancelled: !!c.method?.cancelled,
      parties: c.parties,
      from: c.fromText,
      text: c.content,
    });
  }
  return out;
}

function isColorTerminal(io: Io): boolean {
  return io.out === process.stdout && !!process.stdout.isTTY && !process.env.NO_COLOR;
}
