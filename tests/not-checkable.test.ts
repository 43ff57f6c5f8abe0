import { describe, expect, it } from 'vitest';
import { printCheck } from '../cli/commands/check.ts';
import { resultRows } from '../cli/write.ts';
import { checkResult, notCheckableFindings } from '../shared/check.ts';
import { isNotCheckable } from '../shared/model/finding.ts';
import { readWorkbook } from '../shared/read/workbook.ts';
import { NOT_CHECKABLE_AS_OF, notCheckableMessages, notCheckableWorkbook } from './not-checkable.workbook.ts';

/* domain §10, "What cannot be read is said once": for the workbook, or for one client; output says it first. */
function checked() {
  const read = readWorkbook(notCheckableWorkbook());
  if (!read.ok) throw new Error(read.error);
  return { read, result: checkResult(read.caseload, read.findings, NOT_CHECKABLE_AS_OF) };
}

describe('what cannot be checked: for the workbook and for one client, said first', () => {
  it('summary.notCheckable holds both messages; the result lists them workbook first', () => {
    const { result } = checked();
    expect([...result.summary.notCheckable].sort()).toEqual([...notCheckableMessages()].sort());
    const first = notCheckableFindings(result);
    expect(first.map((f) => [f.severity, f.clientId, f.sheet, f.row, f.message])).toEqual([
      ['error', null, null, null, notCheckableMessages()[0]],
      ['error', 'U02', '鈴木 花', 5, notCheckableMessages()[1]],
    ]);
    // 鈴木 花's contact duties are not checked month by month; 山田's are (August has a visit: no gap there)
    expect(
      result.findings.filter((f) => f.clientId === 'U02' && /^(contact|employer)\./.test(f.rule)),
    ).toEqual([]);
  });

  it('a missing-required of a client that is not the one the reader said (a blank date in a log row) is not', () => {
    const { read, result } = checked();
    const row = {
      ...notCheckableFindings(result)[1]!,
      row: 6,
      message: '「鈴木 花」6行目: 日付が空欄なので、この記録は数えていません',
    };
    expect(isNotCheckable(row, read.caseload.unread)).toBe(false);
    expect(isNotCheckable(notCheckableFindings(result)[1]!, read.caseload.unread)).toBe(true);
    // without the reader's account of what it could not read, a client's finding is never taken for one
    expect(isNotCheckable(notCheckableFindings(result)[1]!)).toBe(false);
  });

  it('the command line prints both under 「点検できないこと」 before anything else, and not again under the client', () => {
    const { read, result } = checked();
    const lines: string[] = [];
    printCheck(result, read, (s) => lines.push(s));
    const head = lines.indexOf('■ 点検できないこと（先に確かめてください）');
    expect(head).toBe(3);
    expect(lines.slice(head + 1, head + 3)).toEqual(notCheckableMessages().map((m) => `  [エラー] ${m}`));
    expect(lines[head + 3]).toBe('');
    expect(lines.filter((l) => l.includes('読める支援の記録が1件もありません'))).toHaveLength(1);
    expect(lines).toContain('点検できないこと: 2件（いちばん上に書きました）');
  });
});

describe('the --write copy’s 点検結果 tab', () => {
  it('lists what cannot be checked in its first rows (workbook first), then the errors, warnings and notes', () => {
    const { result } = checked();
    const rows = resultRows(result).slice(1);
    expect(rows.slice(0, 2).map((r) => [r[0]!.value, r[1]!.value, r[4]!.value])).toEqual([
      ['エラー', '', notCheckableMessages()[0]],
      ['エラー', 'U02', notCheckableMessages()[1]],
    ]);
    const rest = rows.slice(2).map((r) => String(r[0]!.value));
    expect(rest.length).toBe(result.findings.length - 2);
    const rank = { エラー: 0, 警告: 1, 情報: 2 } as Record<string, number>;
    expect(rest.map((s) => rank[s])).toEqual([...rest.map((s) => rank[s])].sort());
  });
});
