import type { Client } from '../model/caseload.ts';
import type { Finding } from '../model/finding.ts';
import { finding } from '../model/make-finding.ts';
import { cellName, normalizeClientId, normalizeName } from './fields.ts';
import type { RowView } from './row.ts';

/** What finds the client of a record row (a client record tab's rows are all its client's). */
export interface Resolver {
  resolve(row: RowView, out: Finding[], what: string): Client | null;
}

/** Finds the roster client a contact or monthly row names: by id, or by name when the tab has no id column. */
export class ClientResolver implements Resolver {
  private byId = new Map<string, Client>();
  private byName = new Map<string, Client[]>();

  constructor(clients: readonly Client[], aliases: ReadonlyMap<string, Client> = new Map()) {
    for (const [id, c] of aliases) this.byId.set(id, c);
    for (const c of clients) {
      this.byId.set(c.id, c);
      const k = normalizeName(c.name);
      this.byName.set(k, [...(this.byName.get(k) ?? []), c]);
    }
  }

  resolve(row: RowView, out: Finding[], what: string): Client | null {
    const idField = row.has('clientId') ? 'clientId' : 'id';
    const rawId = row.text(idField);
    const name = row.text('name');
    if (rawId) {
      const c = this.byId.get(normalizeClientId(rawId));
      if (c) return c;
      out.push(
        finding({
          rule: 'data.unknown-client',
          clientId: normalizeClientId(rawId),
          clientName: name,
          message: `${cellName(row, idField)}: ${what}の利用者ID「${rawId}」${name ? `（${name}）` : ''}が利用者の一覧にありません。利用者IDの書き間違いなら直し、名簿にまだない方なら名簿に加えてください`,
          at: row.at(idField),
        }),
      );
      return null;
    }
    if (name && !row.has(idField)) {
      const found = this.byName.get(normalizeName(name)) ?? [];
      if (found.length === 1) return found[0]!;
      out.push(
        finding({
          rule: 'data.unknown-client',
          clientName: name,
          message:
            // Stryker disable next-line EqualityOperator: equivalent, one match was returned above: here there are none or several
            found.length > 1
              ? `${cellName(row, 'name')}: 「${name}」という利用者が「${found[0]!.source.sheet}」の${found.map((c) => `${c.source.row}行目`).join('と')}に${found.length}人いるので、${what}をどの方のものか決められません。${what}に利用者IDの列を加えてください`
              : `${cellName(row, 'name')}: ${what}の「${name}」が利用者の一覧にありません。氏名の書き間違いなら直し、名簿にまだない方なら名簿に加えてください`,
          at: row.at('name'),
        }),
      );
      return null;
    }
    out.push(
      finding({
        rule: 'data.missing-required',
        clientName: name,
        message: `${cellName(row, idField)}: 利用者IDが空欄のため、${what}をどの方のものか決められません。利用者IDを入れてください`,
        at: row.at(idField),
      }),
    );
    return null;
  }
}
