/// <reference types="google-apps-script" />
import { beforeAll, describe, expect, it } from 'vitest';
import { printCheck } from '../../cli/commands/check.ts';
import { checkResult } from '../../shared/check.ts';
import { readWorkbook } from '../../shared/read/workbook.ts';
import {
  NOT_CHECKABLE_AS_OF,
  notCheckableMessages,
  notCheckableWorkbook,
} from '../not-checkable.workbook.ts';
import { builtCode, loadAddon, loadWorkbook } from './harness.ts';

/*
 * The built add-on says what cannot be checked FIRST (domain §10): in the toast, at the top of the summary
 * sidebar (before the counts and the rules, in the command line's words) and at the top of 点検結果.
 * The workbook (no monthly tab; 鈴木 花's own record tab unreadable) and its two messages are worked out by hand.
 */
let code = '';
beforeAll(async () => {
  code = await builtCode();
}, 120_000);

const TITLE = 'テスト';
function validated() {
  const a = loadAddon(code, { today: NOT_CHECKABLE_AS_OF, title: TITLE });
  loadWorkbook(a, notCheckableWorkbook(TITLE));
  a.call('teichakuValidate');
  return a;
}
const fromHtml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('the built add-on says what cannot be checked first', () => {
  it('the toast starts with it', () => {
    const a = validated();
    expect(a.ui.alerts).toEqual([]);
    expect(a.ss.toasts.at(-1)?.message).toMatch(
      /^点検できないことが2件あります（一覧のいちばん上）。エラー \d+件・警告 \d+件。/,
    );
  });

  it('the sidebar: the section comes before the counts and the rules, in the words of the command line, and is not repeated', () => {
    const a = validated();
    const html = a.ui.sidebars.at(-1)!.html;
    const section = /<section class="cannot"[^>]*>([\s\S]*?)<\/section>/.exec(html);
    expect(section).not.toBeNull();
    expect(html.indexOf('<section class="cannot"')).toBeLessThan(html.indexOf('class="summary-counts"'));
    expect(html.indexOf('<section class="cannot"')).toBeLessThan(html.indexOf('<section class="rule"'));
    expect(section![1]).toContain('<h3>点検できないこと（先に確かめてください）</h3>');
    const items = [
      ...section![1]!.matchAll(
        /<li data-severity="(\w+)"><span class="sev \w+">(.+?)<\/span> <span class="message">(.+?)<\/span>/g,
      ),
    ].map((m) => [m[1], m[2], fromHtml(m[3]!)]);
    expect(items).toEqual(notCheckableMessages(TITLE).map((m) => ['error', 'エラー', m]));
    // the same lines as `teichaku check` prints under its heading
    const read = readWorkbook(notCheckableWorkbook(TITLE));
    if (!read.ok) throw new Error(read.error);
    const lines: string[] = [];
    printCheck(checkResult(read.caseload, read.findings, NOT_CHECKABLE_AS_OF), read, (s) => lines.push(s));
    const head = lines.indexOf('■ 点検できないこと（先に確かめてください）');
    expect(lines.slice(head + 1, head + 1 + items.length)).toEqual(
      items.map(([, sev, m]) => `  [${sev}] ${m}`),
    );
    // the client's one finding links to the header row of her record tab; neither is under a rule too
    expect(section![1]).toContain('data-sheet="鈴木 花" data-row="5" data-column="A"');
    const rest = html.slice(html.indexOf('</section>'));
    for (const m of notCheckableMessages(TITLE)) expect(fromHtml(rest)).not.toContain(m);
  });

  it('点検結果 lists them in its first rows', () => {
    const a = validated();
    const rows = a.ss.sheet('点検結果').cells.map((r) => r.map((c) => String(c?.v ?? '')));
    expect(rows.slice(1, 3).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['エラー', '', notCheckableMessages(TITLE)[0]],
      ['エラー', 'U02', notCheckableMessages(TITLE)[1]],
    ]);
  });
});
