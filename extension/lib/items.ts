import type { BillingDocument, BillingRow } from '../../shared/billing/document.ts';

/** The data items a portal field can be filled with. */
export const ITEMS = {
  recipientNumber: { label: '受給者証番号', kind: 'digits' },
  municipalityNumber: { label: '市町村番号', kind: 'digits' },
  officeNumber: { label: '事業所番号', kind: 'digits' },
  name: { label: '氏名', kind: 'text' },
  kana: { label: 'フリガナ', kind: 'kana' },
  serviceMonth: { label: 'サービス提供年月', kind: 'month' },
  units: { label: '単位数', kind: 'number' },
  totalCost: { label: '総費用額', kind: 'yen' },
  copayCap: { label: '負担上限月額', kind: 'yen' },
  copay: { label: '利用者負担額', kind: 'yen' },
  benefit: { label: '給付費', kind: 'yen' },
  reportSharedDate: { label: '支援レポート共有日', kind: 'date' },
  firstSupportDay: { label: '算定日（月の最初の支援日）', kind: 'date' },
  billable: { label: '算定の有無', kind: 'boolean' },
} as const;

export type ItemId = keyof typeof ITEMS;
export type ItemKind = (typeof ITEMS)[ItemId]['kind'];
export const ITEM_IDS = Object.keys(ITEMS) as ItemId[];

/**
 * The raw value of an item for one client's row: a string (digits, text, `YYYY-MM`, `YYYY-MM-DD`),
 * a number, a boolean, or null when the sheet has nothing for it.
 */
export function itemValue(
  doc: BillingDocument,
  row: BillingRow,
  item: ItemId,
): string | number | boolean | null {
  // ?? null: scripting.executeScript's argument passing drops null members (they arrive undefined).
  return rawValue(doc, row, item) ?? null;
}

function rawValue(
  doc: BillingDocument,
  row: BillingRow,
  item: ItemId,
): string | number | boolean | null | undefined {
  switch (item) {
    case 'recipientNumber':
      return row.recipientNumber;
    case 'municipalityNumber':
      return row.municipalityNumber;
    case 'officeNumber':
      return doc.office.number;
    case 'name':
      return row.name;
    case 'kana':
      return row.kana;
    case 'serviceMonth':
      return doc.month;
    case 'units':
      return row.billable ? row.units.total : null;
    case 'totalCost':
      return row.totalCost;
    case 'copayCap':
      return row.copayCap;
    case 'copay':
      return row.copay;
    case 'benefit':
      return row.benefit;
    case 'reportSharedDate':
      return row.reportSharedDate;
    case 'firstSupportDay':
      return row.supportDays[0] ?? null;
    case 'billable':
      return row.billable;
  }
}
