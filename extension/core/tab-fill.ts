import { browser } from 'wxt/browser';
import type { BillingDocument, BillingRow } from '../../shared/billing/document.ts';
import type { TeichakuFrameApi } from '../content/api.ts';
import type { Restored } from '../content/executor.ts';
import type { FrameResult } from '../content/session.ts';
import type { Profile } from '../lib/profile.ts';

/** Makes sure the content script is in every frame of the tab (it installs itself once per frame). */
async function inject(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    files: ['/content-scripts/content.js'],
  });
}

type Api = TeichakuFrameApi;

// biome-ignore lint/suspicious/noExplicitAny: executeScript pairs func and args loosely; callers pair them
type AnyFunc = (...args: any[]) => unknown;

async function inFrames<T>(tabId: number, func: AnyFunc, args: unknown[] = []): Promise<NonNullable<T>[]> {
  await inject(tabId);
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: func as () => unknown,
    args: args as [],
  });
  return results.map((r) => r.result as T).filter((r): r is NonNullable<T> => r !== undefined && r !== null);
}

/**
 * What a frame is given for a fill: the document's office header and month, and the one client's row
 * it fills — no other client's name or number ever reaches a portal frame.
 */
export function frameDocument(doc: BillingDocument, row: BillingRow): BillingDocument {
  return {
    ...doc,
    rows: [row],
    totals: {
      clients: 1,
      billable: row.billable ? 1 : 0,
      units: 0,
      totalCost: null,
      copay: null,
      benefit: null,
    },
    notes: [],
  };
}

/** Fills every frame of the tab with one client's row; returns each frame's read-back. */
export function fillTab(
  tabId: number,
  doc: BillingDocument,
  row: BillingRow,
  profiles: Profile[],
): Promise<FrameResult[]> {
  return inFrames<FrameResult>(
    tabId,
    (d: BillingDocument, r: BillingRow, p: Profile[]) =>
      (globalThis as { __teichaku?: Api }).__teichaku?.fill(d, r, p) ?? null,
    [frameDocument(doc, row), row, profiles],
  );
}

/** 元に戻す in every frame; returns how many fields were put back and which could not be. */
export async function undoTab(tabId: number): Promise<Restored> {
  const all = await inFrames<Restored>(
    tabId,
    () => (globalThis as { __teichaku?: Api }).__teichaku?.undo() ?? null,
  );
  return { restored: all.reduce((n, r) => n + r.restored, 0), kept: all.flatMap((r) => r.kept) };
}

export async function teachTab(tabId: number, on: boolean): Promise<void> {
  await inFrames(
    tabId,
    (v: boolean) => {
      (globalThis as { __teichaku?: Api }).__teichaku?.teach(v);
      return true;
    },
    [on],
  );
}

/**
 * The portal tab to fill: the active tab of the panel's window; when the panel is itself open as a tab,
 * the most recently used other tab.
 */
export async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (!self) {
    const [t] = await browser.tabs.query({ active: true, currentWindow: true });
    return t?.id !== undefined ? { id: t.id, url: t.url } : null;
  }
  // Tabs of sites not enabled show no URL (no "tabs" permission): they are candidates too, and the panel
  // then offers to enable the site. Our own pages are not.
  const own = `chrome-extension://${browser.runtime.id}/`;
  const tabs = (await browser.tabs.query({})).filter(
    (t) => t.id !== self.id && !(t.url ?? '').startsWith(own) && !/^(about|chrome):/.test(t.url ?? ''),
  );
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const t = tabs[0];
  return t?.id !== undefined ? { id: t.id, url: t.url } : null;
}
