import { describe, expect, it } from 'vitest';
import { checkResult } from '../check.ts';
import { type CellValue, dateCell } from '../codecs/index.ts';
import type { Tab, Workbook } from '../sheet/tab.ts';
import { describeLayout, layoutLines } from './describe.ts';
import { readWorkbook } from './workbook.ts';

/*
 * A narrative log (domain §10): date, client and a 支援内容 text, no method or party column. Expected readings
 * worked out by hand from domain §2: the method and the party come from the text; a party not named is the client.
 */
const D = dateCell;
const roster: Tab = {
  name: '利用者',
  rows: [
    ['利用者ID', '氏名', '就職日', '支援開始日', '計画作成日'],
    ['A1', '青空 一郎', D('2024-01-01'), D('2024-07-01'), D('2024-07-01')],
    ['A2', '白雲 花子', D('2024-01-01'), D('2024-07-01'), D('2024-07-01')],
  ],
};
const narrative = (rows: CellValue[][]): Tab => ({
  name: 'ケース記録',
  rows: [['ケース記録（令和6年度）'], [], ['日付', '氏名', '支援内容', '担当'], ...rows],
});
const monthly: Tab = {
  name: '月次',
  rows: [
    ['年月', '利用者ID', 'レポート提示日'],
    ['2024-07', 'A1', D('2024-07-25')],
    ['2024-08', 'A1', D('2024-08-25')],
    ['2024-07', 'A2', D('2024-07-25')],
    ['2024-08', 'A2', D('2024-08-25')],
  ],
};
const wb = (...tabs: Tab[]): Workbook => ({ title: 'テスト.xlsx', tabs });
function check(w: Workbook) {
  const r = readWorkbook(w);
  if (!r.ok) throw new Error(r.error);
  return { read: r, result: checkResult(r.caseload, r.findings, '2024-08-31') };
}

describe('a narrative log: the method and the party read from the text', () => {
  const log = narrative([
    [D('2024-07-05'), '青空 一郎', '職場を訪問し本人・上司と面談', '山田'],
    [D('2024-07-20'), '白雲 花子', '電話にて近況確認', '山田'],
    [D('2024-08-02'), '青空 一郎', '勤務状況について', '山田'],
    [D('2024-08-09'), '白雲 花子', '訪問したが本人は休暇で不在、上司と面談', '佐藤'],
  ]);

  it('is read as the contact log, and the layout line says the text is read for the method', () => {
    const { read } = check(wb(roster, log, monthly));
    const line = layoutLines(describeLayout(read.tabs)).find((l) => l.startsWith('「ケース記録」'));
    expect(line).toContain('「ケース記録」を支援記録として読みました（見出し3行目）');
    expect(line).toContain('C「支援内容」→支援実施内容');
    expect(line).toContain('。方法と相手はC列「支援内容」の文から読みました');
    expect(describeLayout(read.tabs).ケース記録).toMatchObject({ shape: 'narrative-log', role: 'contacts' });
    expect(
      read.caseload.contacts.map((c) => [c.date, c.clientId, c.method?.kind ?? null, c.parties]),
    ).toEqual([
      ['2024-07-05', 'A1', 'face', ['client', 'employer']],
      ['2024-07-20', 'A2', 'phone', ['client']],
      ['2024-08-02', 'A1', null, ['client']],
      ['2024-08-09', 'A2', 'face', ['employer']],
    ]);
    expect(read.caseload.contacts[3]!.fromText).toEqual(['method', 'parties', 'absent']);
  });

  it('the months are judged on what was read; a text without a method is a warning, never an error', () => {
    const { result } = check(wb(roster, log, monthly));
    const f2f = result.findings.filter((f) => f.rule === 'contact.face-to-face-missing');
    // A1 07: visit with the client; A2 07: phone only; A2 08: the client was absent (only the employer met)
    expect(f2f.map((f) => [f.clientId, f.month])).toEqual([
      ['A2', '2024-07'],
      ['A2', '2024-08'],
    ]);
    // A1 08: 「勤務状況について」 names no method: the month cannot be judged (warning)
    const unknown = result.findings.filter((f) => f.rule === 'contact.method-unknown');
    expect(unknown.map((f) => [f.clientId, f.month, f.severity])).toEqual([['A1', '2024-08', 'warning']]);
    // said once for the tab, naming the rows
    const once = result.findings.filter((f) => f.rule === 'data.unknown-value');
    expect(once).toHaveLength(1);
    expect(once[0]!.message).toBe(
      '「ケース記録」には方法の列がないのでC列「支援内容」の文から方法を読みましたが、1件（6行目）は面談・訪問・電話などの方法が書かれておらず、対面の支援か分かりません。方法の列を足すか、文に方法を書いてください',
    );
    // the employer was met in A1 07 (上司) and A2 08 (上司); A2 07 and A1 08 have none
    const employer = result.findings.filter((f) => f.rule === 'employer.contact-missing');
    expect(employer.map((f) => [f.clientId, f.month])).toEqual([
      ['A1', '2024-08'],
      ['A2', '2024-07'],
    ]);
  });

  it('a log with a method column still reads an absence from its 支援内容: the client was not met', () => {
    const tab: Tab = {
      name: '支援記録',
      rows: [
        ['日付', '利用者ID', '相手', '方法', '支援内容'],
        [D('2024-07-05'), 'A1', '本人・事業主', '職場訪問', '本人は体調不良で欠勤のため、上司のみと面談'],
        [D('2024-07-06'), 'A2', '本人', '来所', '来所面談。体調は安定'],
      ],
    };
    const { read } = check(wb(roster, tab, monthly));
    expect(read.caseload.contacts.map((c) => [c.clientId, c.method?.kind, c.parties])).toEqual([
      ['A1', 'face', ['employer']],
      ['A2', 'face', ['client']],
    ]);
  });
});
