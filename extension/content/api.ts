import type { BillingDocument, BillingRow } from '../../shared/billing/document.ts';
import type { Profile } from '../lib/profile.ts';
import { startAutocomplete } from './autocomplete.ts';
import type { Restored } from './executor.ts';
import { type FrameResult, fillFrame, undoFrame } from './session.ts';
import { setTeachMode } from './teach.ts';

/**
 * What the extension's pages call in each frame (through scripting.executeScript into this isolated
 * world): fill, undo, teach. Installed once per frame, however often the script is injected.
 */
export interface TeichakuFrameApi {
  fill(doc: BillingDocument, row: BillingRow, profiles: Profile[]): Promise<FrameResult>;
  undo(): Promise<Restored>;
  teach(on: boolean): void;
}

declare global {
  var __teichaku: TeichakuFrameApi | undefined;
}

export function install(): void {
  if (globalThis.__teichaku) return;
  globalThis.__teichaku = { fill: fillFrame, undo: undoFrame, teach: setTeachMode };
  startAutocomplete();
}
