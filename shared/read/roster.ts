import type { CellValue } from '../codecs/index.ts';
import {
  parseCards,
  parseDisclosure,
  parseEndReason,
  parseMunicipalityNumber,
  parseRecipientNumber,
  parseResidence,
  parseSex,
  parseUsageType,
  parseYesNo,
  USAGE_TYPE_LABELS,
} from '../codecs/index.ts';
import { addDays } from '../date/plain-date.ts';
import type { Client } from '../model/caseload.ts';
import type { Finding } from '../model/finding.ts';
import { finding } from '../model/make-finding.ts';
import type { TableLayout } from '../sheet/detect.ts';
import { fieldLabel } from '../sheet/detect.ts';
import { ROSTER_FIELDS } from '../sheet/fields.ts';
import { cellName, FieldReader, normalizeClientId, normalizeName } from './fields.ts';
import { dataRows, type RowView } from './row.ts';

/** Read the roster (利用者) tab: one client per row. Duplicates are reported and only the first row is used. */
export function readRoster(
  layout: TableLayout,
  rows: readonly (readonly CellValue[])[],
  /** The rows to read, when they are not the table's own (a client record tab's label/value block). */
  views?: readonly RowView[],
): { clients: Client[]; findings: Finding[]; aliases: Map<string, Client> } {
  const list = views ?? [...dataRows(layout, rows)];
  const findings: Finding[] = [];
  /** Ids of duplicate rows (same 受給者証番号, another id) → the client of the first row. */
  const aliases = new Map<string, Client>();
  const clients: Client[] = [];
  const byId = new Map<string, Client>();
  const byRecipient = new Map<string, Client>();
  const sheetAt = { sheet: layout.tab, row: layout.headerRow, column: null, header: null };
  // a required column that is not there is one finding naming the words looked for, not a blank on every row
  const absent = (['startDate', 'hireDate'] as const).filter((f) => !layout.columns[f]);
  const noStart = absent.includes('startDate');
  const noBase = !layout.columns.hireDate && !layout.columns.baseDate;
  for (const f of absent) {
    if (f === 'hireDate' && layout.columns.baseDate) continue;
    findings.push(
      finding({
        rule: 'data.missing-required',
        message: `「${layout.tab}」に「${fieldLabel('roster', f)}」の列が見つかりません。${f === 'startDate' ? '支援期間を使う点検はしていません' : '開始の時期は点検していません'}。見出しを${ROSTER_FIELDS[
          f
        ]
          .slice(0, 3)
          .map((w) => `「${w}」`)
          .join('や')}にした列を足すか、列の対応の設定でどの列かを指定してください`,
        at: sheetAt,
      }),
    );
  }
  // without an id column the name identifies a client; namesakes stay two clients, never merged
  const nameCount = new Map<string, number>();
  // Stryker disable next-line ConditionalExpression: equivalent, the counts are read only when there is no id column
  if (!layout.columns.id)
    for (const row of list) {
      // Stryker disable next-line StringLiteral: equivalent, a blank name is never looked up (it gives no id)
      const k = normalizeName(row.text('name') ?? '');
      // Stryker disable next-line ConditionalExpression: equivalent, a blank name is never looked up (it gives no id)
      if (k) nameCount.set(k, (nameCount.get(k) ?? 0) + 1);
    }
  const reported = new Set<Client>();
  let dataRowCount = 0;
  for (const row of list) {
    // Stryker disable next-line UpdateOperator: equivalent, only whether the count is 0 is read
    dataRowCount++;
    const name = row.text('name') ?? '';
    const namesake = !layout.columns.id && (nameCount.get(normalizeName(name)) ?? 0) > 1;
    const rawId =
      row.text('id') ??
      (layout.columns.id ? null : name ? (namesake ? `${name}（${row.row}行目）` : name) : null);
    if (!rawId) {
      findings.push(
        finding({
          rule: 'data.missing-required',
          clientName: name || null,
          message: `${cellName(row, 'id')}: 利用者IDが空欄なので、この行は点検していません。利用者IDを入れてください`,
          at: row.at('id'),
        }),
      );
      continue;
    }
    const id = normalizeClientId(rawId);
    const who = { clientId: id, clientName: name || null };
    const r = new FieldReader(findings, row, who);

    const usageType = r.vocab('usageType', parseUsageType) ?? 'normal';
    const hireDate = r.date('hireDate');
    const explicitBase = r.date('baseDate');
    const returnDate = r.date('returnDate');
    const sendingEnd = r.date('sendingEndDate');
    const baseDate =
      explicitBase ??
      (usageType === 'normal'
        ? hireDate
        : usageType === 'return'
          ? returnDate
          : sendingEnd
            ? addDays(sendingEnd, 1)
            : null);

    let recipientNumber: string | null = null;
    if (!row.blank('recipientNumber')) {
      const p = parseRecipientNumber(row.get('recipientNumber'));
      if (p.ok) recipientNumber = p.value;
      else
        findings.push(
          finding({
            rule: 'data.invalid-recipient-number',
            ...who,
            message: `${cellName(row, 'recipientNumber')}: ${p.reason}`,
            at: row.at('recipientNumber'),
          }),
        );
    }
    let municipalityNumber: string | null = null;
    if (!row.blank('municipalityNumber')) {
      const p = parseMunicipalityNumber(row.get('municipalityNumber'));
      if (p.ok) municipalityNumber = p.value;
      else
        findings.push(
          finding({
            rule: 'data.invalid-recipient-number',
            ...who,
            message: `${cellName(row, 'municipalityNumber')}: ${p.reason}`,
            at: row.at('municipalityNumber'),
          }),
        );
    }

    const client: Client = {
      id,
      name,
      kana: row.text('kana'),
      sex: r.vocab('sex', parseSex),
      birthDate: r.date('birthDate'),
      recipientNumber,
      municipalityNumber,
      disabilityType: row.text('disabilityType'),
      cards: r.vocab('cards', parseCards) ?? [],
      residence: r.vocab('residence', parseResidence),
      hireDate,
      usageType,
      baseDate,
      startDate: r.date('startDate'),
      endDate: r.date('endDate'),
      endReason: r.vocab('endReason', parseEndReason),
      leftJobDate: r.date('leftJobDate'),
      employer: row.text('employer'),
      employerContact: row.text('employerContact'),
      disclosure: r.vocab('disclosure', parseDisclosure),
      employerContactExempt: row.text('employerContactExempt'),
      staff: row.text('staff'),
      copayCap: r.amount('copayCap'),
      planCreated: r.date('planCreated'),
      planReviewed: r.date('planReviewed'),
      needsContinued: r.vocab('needsContinued', parseYesNo) ?? false,
      handoverTo: row.text('handoverTo'),
      handoverSharedDate: r.date('handoverSharedDate'),
      source: { sheet: layout.tab, row: row.row },
    };

    const dupe = byId.get(id);
    const dupeRecipient = recipientNumber ? byRecipient.get(recipientNumber) : undefined;
    if (dupe || dupeRecipient) {
      // reported once per client it repeats; the first row's client stays in the checks, and a record naming
      // the duplicate row's id is that client's, never "not on the roster"
      const first = (dupe ?? dupeRecipient)!;
      const why = dupe ? `利用者ID「${id}」` : `受給者証番号「${recipientNumber}」`;
      if (!reported.has(first)) {
        reported.add(first);
        findings.push(
          finding({
            rule: 'data.duplicate-client',
            ...who,
            message: `${cellName(row, dupe ? 'id' : 'recipientNumber')}: ${why}が${first.source.row}行目の${first.name ? `${first.name}さん` : '方'}と同じです。${
              dupe
                ? `この${row.row}行目は点検に使わず、${first.source.row}行目だけを点検しました。同じ方ならこの行を消し、別の方なら利用者IDを直してください`
                : `どちらの行も点検しました。受給者証番号を確かめて、違う方の番号を直してください`
            }`,
            at: row.at(dupe ? 'id' : 'recipientNumber'),
          }),
        );
      }
      if (dupe) continue;
      // the same 受給者証番号 under a new id: one person entered twice; the new id's records are theirs
      aliases.set(id, first);
      continue;
    }

    const missing: string[] = [];
    if (!noStart && !client.startDate && row.blank('startDate'))
      // Stryker disable next-line OptionalChaining,LogicalOperator,StringLiteral: equivalent, a start column is there (!noStart)
      missing.push(layout.columns.startDate?.header ?? '支援開始日');
    const baseMissing =
      !client.baseDate &&
      (usageType !== 'normal'
        ? row.blank('baseDate')
        : !noBase && row.blank('hireDate') && row.blank('baseDate'));
    if (baseMissing)
      missing.push(
        usageType === 'normal'
          ? (layout.columns.hireDate?.header ?? '就職日')
          : usageType === 'return'
            ? '起算日（復職日）'
            : '起算日（移行支援等の終了日の翌日）',
      );
    if (missing.length) {
      // without a base date the months are still checked from the start date; only the start and the outer
      // limit, which are counted from the base date, cannot be
      const what =
        // with a start date written, the base date is the one thing missing
        baseMissing && client.startDate
          ? `です。利用類型「${USAGE_TYPE_LABELS[usageType]}」の起算日が分からないので、開始の時期と3年6か月の上限は点検していません。毎月の支援・計画・引継ぎは支援開始日から点検しました`
          : 'なので、支援期間を点検できません';
      findings.push(
        finding({
          rule: 'data.missing-required',
          ...who,
          message: `「${layout.tab}」${row.row}行目: ${missing.join('・')}が空欄${what}。${missing.join('・')}を書いてください`,
          at: row.at(
            row.blank('startDate')
              ? 'startDate'
              : layout.columns.baseDate
                ? 'baseDate'
                : layout.columns.returnDate && usageType === 'return'
                  ? 'returnDate'
                  : 'hireDate',
          ),
        }),
      );
    }

    byId.set(id, client);
    // Stryker disable next-line ConditionalExpression: equivalent, a row without a number never looks one up
    if (recipientNumber) byRecipient.set(recipientNumber, client);
    clients.push(client);
  }
  if (dataRowCount === 0)
    findings.push(
      finding({
        rule: 'data.missing-required',
        message: `利用者の一覧「${layout.tab}」の${layout.headerRow}行目の見出しの下に、利用者の行がありません。記録を利用者と照らし合わせられないので点検していません。見出しの下に利用者を1人1行で書いてください`,
        at: sheetAt,
      }),
    );
  return { clients, findings, aliases };
}
