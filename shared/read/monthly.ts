import { type CellValue, parseYesNo } from '../codecs/index.ts';
import type { MonthlyRecord } from '../model/caseload.ts';
import type { Finding } from '../model/finding.ts';
import type { TableLayout } from '../sheet/detect.ts';
import { FieldReader } from './fields.ts';
import type { Resolver } from './resolve.ts';
import { dataRows } from './row.ts';

/** Read the monthly records (月次): goals, plans, the date the 支援レポート was shown, job-coach months. */
export function readMonthly(
  layout: TableLayout,
  rows: readonly (readonly CellValue[])[],
  clients: Resolver,
): { monthly: MonthlyRecord[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const monthly: MonthlyRecord[] = [];
  for (const row of dataRows(layout, rows)) {
    const client = clients.resolve(row, findings, '月次の記録');
    if (!client) continue;
    const r = new FieldReader(findings, row, { clientId: client.id, clientName: client.name });
    const month = r.month('month');
    if (!month) continue;
    const flag = (f: string) => r.vocab(f, parseYesNo) ?? false;
    monthly.push({
      month,
      clientId: client.id,
      goals: ['goal1', 'goal2', 'goal3'].map((g) => row.text(g)).filter((g): g is string => !!g),
      nextSupport: row.text('nextSupport'),
      clientEffort: row.text('clientEffort'),
      employerEffort: row.text('employerEffort'),
      agencyEffort: row.text('agencyEffort'),
      shared: row.text('shared'),
      reportShownDate: r.date('reportShownDate'),
      jobcoach: flag('jobcoach'),
      onLeave: flag('onLeave'),
      caseMeeting: flag('caseMeeting'),
      source: { sheet: layout.tab, row: row.row },
    });
  }
  return { monthly, findings };
}
