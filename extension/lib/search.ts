import type { BillingRow } from '../../shared/billing/document.ts';
import { searchKey, toHalfWidthDigits } from './text.ts';

/** Clients matching a query by name, kana (either script, either width) or 受給者証番号, in roster order. */
export function searchClients(rows: BillingRow[], query: string): BillingRow[] {
  const q = searchKey(query);
  if (!q) return rows;
  const digits = toHalfWidthDigits(query.normalize('NFKC')).replace(/\D/g, '');
  return rows.filter(
    (r) =>
      searchKey(r.name).includes(q) ||
      (r.kana !== null && searchKey(r.kana).includes(q)) ||
      (digits !== '' && digits === q && r.recipientNumber?.includes(digits)),
  );
}
