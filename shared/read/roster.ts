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
} from '../codecs/index.ts';
import { addDays } from '../date/plain-date.ts';
import type { Client } from '../model/caseload.ts';
import type { Finding } from '../model/finding.ts';
import { finding } from '../model/make-finding.ts';
import type { TableLayout } from '../sheet/detect.ts';
import { cellName, FieldReader, normalizeClientId } from './fields.ts';
import { dataRows } from './row.ts';

/** Read the roster (利用者) tab: one client per row. Duplicates are reported and only the first row is used. */
export function readRoster(
  layout: TableLayout,
  rows: readonly (readonly CellValue[])[],
): { clients: Client[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const clients: Client[] = [];
  const byId = new Map<string, Client>();
  const byRecipient = new Map<string, Client>();
  for (const row of dataRows(layout, rows)) {
    const name = row.text('name') ?? '';
    const rawId = row.text('id') ?? (layout.columns.id ? null : name || null);
    if (!rawId) {
      findings.push(
        finding({
          rule: 'data.missing-required',
          clientName: name || null,
          message: `${cellName(row, 'id')}: 利用者IDが空欄のため、この行は確認できません`,
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
      const first = (dupe ?? dupeRecipient)!;
      const why = dupe ? `利用者ID「${id}」` : `受給者証番号「${recipientNumber}」`;
      findings.push(
        finding({
          rule: 'data.duplicate-client',
          ...who,
          message: `${cellName(row, dupe ? 'id' : 'recipientNumber')}: ${why}が${first.source.row}行目（${first.name}）と重複しています。この行は確認に使っていません`,
          at: row.at(dupe ? 'id' : 'recipientNumber'),
        }),
      );
      continue;
    }

    const missing: string[] = [];
    if (!client.startDate && row.blank('startDate'))
      missing.push(layout.columns.startDate?.header ?? '支援開始日');
    if (!client.baseDate && !client.hireDate && row.blank('hireDate') && row.blank('baseDate'))
      missing.push(usageType === 'normal' ? (layout.columns.hireDate?.header ?? '就職日') : '起算日');
    else if (!client.baseDate && usageType !== 'normal' && row.blank('baseDate'))
      missing.push(usageType === 'return' ? '起算日（復職日）' : '起算日（移行支援等の終了日の翌日）');
    if (missing.length)
      findings.push(
        finding({
          rule: 'data.missing-required',
          ...who,
          message: `${layout.tab}の${row.row}行目: ${missing.join('・')}が空欄のため、支援期間を確認できません`,
          at: row.at(
            row.blank('startDate') ? 'startDate' : layout.columns.baseDate ? 'baseDate' : 'hireDate',
          ),
        }),
      );

    byId.set(id, client);
    if (recipientNumber) byRecipient.set(recipientNumber, client);
    clients.push(client);
  }
  return { clients, findings };
}
