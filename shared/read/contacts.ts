import { type CellValue, parseMethod, parseParties, parsePlace } from '../codecs/index.ts';
import type { Contact } from '../model/caseload.ts';
import type { Finding } from '../model/finding.ts';
import { finding } from '../model/make-finding.ts';
import type { TableLayout } from '../sheet/detect.ts';
import { cellName, FieldReader } from './fields.ts';
import type { ClientResolver } from './resolve.ts';
import { dataRows } from './row.ts';

/** Read the contact log (支援記録): one contact per row. A blank 対象 means the client. */
export function readContacts(
  layout: TableLayout,
  rows: readonly (readonly CellValue[])[],
  clients: ClientResolver,
): { contacts: Contact[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const contacts: Contact[] = [];
  for (const row of dataRows(layout, rows)) {
    const client = clients.resolve(row, findings, '支援記録');
    if (!client) continue;
    const r = new FieldReader(findings, row, { clientId: client.id, clientName: client.name });
    const date = r.date('date');
    if (!date) {
      if (row.blank('date'))
        findings.push(
          finding({
            rule: 'data.missing-required',
            clientId: client.id,
            clientName: client.name,
            message: `${cellName(row, 'date')}: 日付が空欄のため、この記録は数えていません`,
            at: row.at('date'),
          }),
        );
      continue;
    }
    contacts.push({
      date,
      clientId: client.id,
      parties: r.vocab('parties', parseParties) ?? (row.blank('parties') ? ['client'] : []),
      method: r.vocab('method', parseMethod),
      place: r.vocab('place', parsePlace),
      goal: row.text('goal'),
      content: row.text('content'),
      result: row.text('result'),
      staff: row.text('staff'),
      source: { sheet: layout.tab, row: row.row },
    });
  }
  return { contacts, findings };
}
