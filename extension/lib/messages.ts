import type { ItemId } from './items.ts';
import type { Part, Transform } from './match.ts';

/** Runtime messages between the content script, the background and the panel. */
export type Message =
  /** The person typed in a recognised portal field (trusted keystrokes only); the panel suggests clients. */
  | { type: 'typed'; item: 'recipientNumber' | 'name'; query: string }
  | {
      type: 'teach-picked';
      url: string;
      selector: string;
      label: string;
      suggestion: { item: ItemId; part: Part; transform: Transform } | null;
    };
