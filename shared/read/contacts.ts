import { type CellValue, parseMethod, parseParties, parsePlace } from '../codecs/index.ts';
import { readContactText, withoutAbsence } from '../codecs/narrative.ts';
import type { Contact } from '../model/caseload.ts';
import type { Finding } from '../model/finding.ts';
import { finding } from '../model/make-finding.ts';
import type { TableLayout } from '../sheet/detect.ts';
import type { TaughtWordTables } from '../sheet/mapping.ts';
import { cellName, FieldReader } from './fields.ts';
import type { Resolver } from './resolve.ts';
import { dataRows } from './row.ts';

/** A long text quoted in a message: its first characters. */
const snippet = (t: string) => (t.length > 24 ? `${t.slice(0, 24)}…` : t);

/**
 * Read the contact log (支援記録): one contact per row. A blank 対象 means the client. A log without a method
 * column (a narrative log) reads the method from its 支援内容 text, and without a party column the parties
 * too, by the same key words (domain §10); a text that says the client was absent takes the client away.
 */
export function readContacts(
  layout: TableLayout,
  rows: readonly (readonly CellValue[])[],
  clients: Resolver,
  words: TaughtWordTables = {},
): { contacts: Contact[]; findings: Finding[] } {
  // one parser per table, so that FieldReader's cache (by parser) holds each word's reading once
  const method = (v: CellValue) => parseMethod(v, words.method);
  const parties = (v: CellValue) => parseParties(v, words.party);
  const place = (v: CellValue) => parsePlace(v, words.place);
  const hasText = !!layout.columns.content;
  const methodFromText = hasText && !layout.columns.method;
  const partiesFromText = hasText && !layout.columns.parties;
  const findings: Finding[] = [];
  const contacts: Contact[] = [];
  /** Rows whose text names no method: said once for the tab, not once per row. */
  const noMethod: number[] = [];
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
    const text = hasText ? readContactText(row.get('content'), words) : null;
    const fromText: NonNullable<Contact['fromText']> = [];
    let contactParties = partiesFromText ? null : r.vocab('parties', parties);
    let contactMethod = methodFromText ? (text?.method ?? null) : r.vocab('method', method);
    // written but not understood: the contact is not judged on that word (contact.method-unknown)
    const unreadable: NonNullable<Contact['unreadable']> = {
      // Stryker disable next-line StringLiteral: equivalent, row.text is null only for a blank cell (`?? ''` is for the type)
      ...(!methodFromText && contactMethod === null && !row.blank('method')
        ? { method: row.text('method') ?? '' }
        : {}),
      // Stryker disable next-line StringLiteral: equivalent, row.text is null only for a blank cell (`?? ''` is for the type)
      ...(!partiesFromText && contactParties === null && !row.blank('parties')
        ? { parties: row.text('parties') ?? '' }
        : {}),
    };
    if (methodFromText) {
      fromText.push('method');
      if (!contactMethod) {
        // a text that names no method: a contact of unknown method, never a month without contact
        unreadable.method = snippet(row.text('content') ?? '（空欄）');
        noMethod.push(row.row);
      }
    }
    if (partiesFromText) {
      fromText.push('parties');
      contactParties = text?.parties ?? ['client'];
    } else contactParties ??= row.blank('parties') ? ['client'] : [];
    // the row's own text can move a contact: the client was absent, whoever else was met was met (domain §10)
    const absent =
      text?.clientAbsent ??
      (hasText && !row.blank('content') && withoutAbsence(row.text('content')!).clientAbsent);
    if (absent) {
      fromText.push('absent');
      if (contactParties.includes('client')) {
        contactParties = contactParties.filter((p) => p !== 'client');
        if (contactParties.length === 0 && contactMethod)
          contactMethod = { ...contactMethod, cancelled: true };
      }
    }
    contacts.push({
      date,
      clientId: client.id,
      parties: contactParties,
      method: contactMethod,
      place: r.vocab('place', place),
      goal: row.text('goal'),
      content: row.text('content'),
      result: row.text('result'),
      staff: row.text('staff'),
      source: { sheet: layout.tab, row: row.row },
      ...(fromText.length ? { fromText } : {}),
      ...(Object.keys(unreadable).length ? { unreadable } : {}),
    });
  }
  if (noMethod.length) {
    const col = layout.columns.content!;
    const rowsSaid =
      noMethod
        .slice(0, 5)
        .map((n) => `${n}行目`)
        .join('・') + (noMethod.length > 5 ? ' ほか' : '');
    findings.push(
      finding({
        rule: 'data.unknown-value',
        message: `「${layout.tab}」には方法の列がないので${col.letter}列「${col.header}」の文から方法を読みましたが、${noMethod.length}件（${rowsSaid}）は面談・訪問・電話などの方法が書かれておらず、対面の支援か分かりません。方法の列を足すか、文に方法を書いてください`,
        at: { sheet: layout.tab, row: layout.headerRow, column: col.letter, header: col.header },
      }),
    );
  }
  return { contacts, findings };
}
