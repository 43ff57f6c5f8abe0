import type { BillingRow } from '../../shared/billing/document.ts';
import type { ItemId } from './items.ts';
import type { Part, Transform } from './match.ts';

/** Runtime messages between the content script, the background and the panel. */
export type Message =
  | { type: 'search'; query: string }
  | { type: 'fill-client'; clientId: string }
  | {
      type: 'teach-picked';
      url: string;
      selector: string;
      label: string;
      suggestion: { item: ItemId; part: Part; transform: Transform } | null;
    };

/** What autocomplete shows for a client (no more personal data than the list needs). */
export interface ClientHit {
  id: string;
  name: string;
  kana: string | null;
  recipientNumber: string | null;
  billable: boolean;
  reason: string;
}

export function toHit(r: BillingRow): ClientHit {
  return {
    id: r.id,
    name: r.name,
    kana: r.kana,
    recipientNumber: r.recipientNumber,
    billable: r.billable,
    reason: r.reasons.map((x) => x.message).join('／'),
  };
}
