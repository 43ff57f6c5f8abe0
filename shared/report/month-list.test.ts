import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../read/workbook.ts';
import { readReportExtras } from './extras.ts';
import { HAND_WORKED } from './hand-worked.fixture.ts';
import { monthList, monthListForm, NO_SUPPORT } from './month-list.ts';
import { supportReports } from './support-report.ts';

const read = readWorkbook(HAND_WORKED);
if (!read.ok) throw new Error(read.error);
const reports = (month: string, clientIds?: string[]) =>
  supportReports(read.caseload, month, { clientIds, extras: readReportExtras(HAND_WORKED, read.caseload) });

describe('the month’s list of reports', () => {
  it('roster order whatever the order asked, the client-only report marked, what each needs', () => {
    expect(monthList(reports('2025-01', ['K02', 'K01']))).toEqual([
      {
        rosterNo: 1,
        clientId: 'K01',
        clientName: '山本 花子',
        clientOnly: false,
        noSupport: false,
        toFill: [],
      },
      {
        rosterNo: 2,
        clientId: 'K02',
        clientName: '大野 健',
        clientOnly: true,
        noSupport: false,
        toFill: ['作成日', '対象者の取組', '共有事項'],
      },
    ]);
  });

  it('a month with no recorded support says so plainly, in the list and on its page', () => {
    // 令和7年2月: both clients are in support, the log has nothing for the month
    const feb = reports('2025-02');
    expect(monthList(feb).map((r) => r.noSupport)).toEqual([true, true]);
    const table = monthListForm(feb, 'ことのは定着支援センター').find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows[0]![4]!.text.split('\n')[0]).toBe(NO_SUPPORT);
    expect(NO_SUPPORT).toBe('この月の支援の記録がありません');
  });
});
