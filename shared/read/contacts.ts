import { type CellValue, parseMethod, parseParties, parsePlace } from '../codecs/index.ts';
import type { Contact } from '../model/caseload.ts';
import type { Finding } from '../model/finding.ts';
import { finding } from '../model/make-finding.ts';
import type { TableLayout } from '../sheet/detect.ts';
import type { TaughtWordTables } from '../sheet/mapping.ts';
import { cellName, FieldReader } from './fields.ts';
import type { ClientResolver } from './resolve.ts';
import { dataRows } from './row.ts';

/** Read the contact log (支援記録): one contact per row. A blank 対象 means the client. */
export function readContacts(
  layout: TableLayout,
  rows: readonly (readonly CellValue[])[],
  clients: ClientResolver,
  words: TaughtWordTables = {},
): { contacts: Contact[]; findings: Finding[] } {
  // one parser per table, so that FieldReader's cache (by parser) holds each word's reading once
  const method = (v: CellValue) => parseMethod(v, words.method);
  const parties = (v: CellValue) => parseParties(v, words.party);
  const place = (v: CellValue) => parsePlace(v, words.place);
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
            message: `${cellName(row, 'date')}: 日付が空欄なので、この記録は数えていません。支援した日を入れてください`,
            at: row.at('date'),
          }),
        );
      continue;
    }
    const contactParties = r.vocab('parties', parties);
    const contactMethod = r.vocab('method', method);
    // written but not understood: the contact is not judged on that word (contact.method-unknown)
    const unreadable = {
      // Stryker disable next-line StringLiteral: equivalent, row.text is null only for a blank cell (`?? ''` is for the type)
      ...(contactMethod === null && !row.blank('method') ? { method: row.text('method') ?? '' } : {}),
      // Stryker disable next-line StringLiteral: equivalent, row.text is null only for a blank cell (`?? ''` is for the type)
      ...(contactParties === null && !row.blank('parties') ? { parties: row.text('parties') ?? '' } : {}),
    };
    contacts.push({
      date,
      clientId: client.id,
      parties: contactParties ?? (row.blank('parties') ? ['client'] : []),
      method: contactMethod,
      place: r.vocab('place', place),
      goal: row.text('goal'),
      content: row.text('content'),
      result: row.text('result'),
      staff: row.text('staff'),
      source: { sheet: layout.tab, row: row.row },
      ...(Object.keys(unreadable).length ? { unreadable } : {}),
    });
  }
  return { contacts, findings };
}
