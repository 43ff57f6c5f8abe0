import type { CheckResult } from '../../shared/check.ts';
import { formatEraDate } from '../../shared/codecs/index.ts';
import { type Finding, SEVERITY_LABEL } from '../../shared/model/finding.ts';
import { groupUnknownWords, teachLine, unknownWordLine } from '../../shared/model/unknown-words.ts';
import { describeLayout, layoutLines } from '../../shared/read/describe.ts';
import type { ReadResult } from '../../shared/read/workbook.ts';

/** Info rules that would drown the list on screen; --json and --write keep them. */
const QUIET_RULES = new Set(['employer.visit-missing']);

function where(f: Finding): string {
  if (!f.sheet || !f.row || f.message.includes(`${f.sheet}の${f.row}行目`)) return '';
  const col = f.column ? ` ${f.column}列${f.header ? `「${f.header}」` : ''}` : '';
  return `（${f.sheet} ${f.row}行目${col}）`;
}

/** The check result as a staff member reads it: grouped by client, errors first, then a summary. */
export function printCheck(
  result: CheckResult,
  read: Extract<ReadResult, { ok: true }>,
  say: (s: string) => void,
) {
  const office = result.office.name ?? read.caseload.title;
  say(`${office}${result.office.number ? `（事業所番号 ${result.office.number}）` : ''}`);
  say(
    `点検基準日: ${formatEraDate(result.asOf)}（${result.asOf}）　利用者 ${result.summary.clients}人・支援記録 ${result.summary.contacts}件・月次 ${result.summary.monthlyRecords}件`,
  );
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
    const key = f.clientId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const names = new Map(read.caseload.clients.map((c) => [c.id, c.name]));
  let infoHidden = 0;
  for (const [id, list] of groups) {
    const shown = list.filter((f) => !QUIET_RULES.has(f.rule));
    infoHidden += list.length - shown.length;
    if (shown.length === 0) continue;
    const name = names.get(id) ?? list[0]?.clientName ?? '';
    say('');
    say(
      id
        ? `■ ${id} ${name}${!names.has(id) && list.every((f) => f.rule === 'data.unknown-client') ? '（名簿にない利用者）' : ''}`
        : '■ 事業所全体・利用者を特定できない記録',
    );
    for (const f of shown) say(`  [${SEVERITY_LABEL[f.severity]}] ${f.message}${where(f)}`);
  }
  const s = result.summary;
  say('');
  if (s.total === 0) say('指摘はありません。');
  say(
    `合計: エラー ${s.error}件・警告 ${s.warning}件・情報 ${s.info}件（${new Set(result.findings.map((f) => f.clientId).filter((id) => id !== null)).size}人分）`,
  );
  if (unknown.words.length) {
    const cells = unknown.words.reduce((n, g) => n + g.findings.length, 0);
    say(`読めない言葉: ${unknown.words.length}種類（${cells}件）。上の「読めない言葉」を参照してください`);
  }
  if (infoHidden)
    say(
      `※ 「事業主への訪問なし（連絡のみ）」の情報 ${infoHidden}件は省略しました。--json ですべて表示します`,
    );
}
