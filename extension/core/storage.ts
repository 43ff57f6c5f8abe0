import { browser } from 'wxt/browser';
import type { BillingDocument } from '../../shared/billing/document.ts';
import { parseBillingDocument } from '../lib/billing-import.ts';
import type { Profile } from '../lib/profile.ts';
import { ProfileSchema } from '../lib/profile-file.ts';

/**
 * Where things are kept. The billing document (personal data) lives in storage.session by default, gone
 * when the browser closes; in storage.local only when the office ticks 「データをこのパソコンに保持する」.
 * Settings and profiles (no personal data) live in storage.local.
 */
export interface Settings {
  webAppUrl: string;
  token: string;
  keepData: boolean;
}

const DEFAULTS: Settings = { webAppUrl: '', token: '', keepData: false };

export async function getSettings(): Promise<Settings> {
  const { settings } = await browser.storage.local.get('settings');
  return { ...DEFAULTS, ...((settings as Partial<Settings>) ?? {}) };
}

export async function saveSettings(s: Settings): Promise<void> {
  await browser.storage.local.set({ settings: s });
  const doc = await getDocument();
  if (doc) await saveDocument(doc, s.keepData);
  if (!s.keepData) await browser.storage.local.remove(['billing', 'filled']);
  else {
    const { filled } = await browser.storage.session.get('filled');
    if (filled) await browser.storage.local.set({ filled });
  }
}

export async function saveDocument(doc: BillingDocument, keep?: boolean): Promise<void> {
  const k = keep ?? (await getSettings()).keepData;
  await browser.storage.session.set({ billing: doc });
  if (k) await browser.storage.local.set({ billing: doc });
}

export async function getDocument(): Promise<BillingDocument | null> {
  const s = await browser.storage.session.get('billing');
  const l = s.billing ? s : await browser.storage.local.get('billing');
  if (!l.billing) return null;
  const r = parseBillingDocument(l.billing);
  return r.ok ? r.doc : null;
}

export async function getProfiles(): Promise<Profile[]> {
  const { profiles } = await browser.storage.local.get('profiles');
  const r = ProfileSchema.array().safeParse(profiles ?? []);
  return r.success ? r.data : [];
}

export async function saveProfiles(profiles: Profile[]): Promise<void> {
  await browser.storage.local.set({ profiles });
}

/**
 * 入力済み: when each client was filled, per service month (`{ "2025-03": { C001: ISO time } }`). Kept
 * where the billing document is kept (session, or this computer when the office chose so).
 */
export type FilledLog = Record<string, Record<string, string>>;

export async function getFilled(): Promise<FilledLog> {
  const s = await browser.storage.session.get('filled');
  const l = s.filled ? s : await browser.storage.local.get('filled');
  return (l.filled as FilledLog | undefined) ?? {};
}

export async function markFilled(month: string, clientId: string, at: string): Promise<FilledLog> {
  const log = await getFilled();
  const next: FilledLog = { ...log, [month]: { ...(log[month] ?? {}), [clientId]: at } };
  await browser.storage.session.set({ filled: next });
  if ((await getSettings()).keepData) await browser.storage.local.set({ filled: next });
  return next;
}

/** 「データを消す」: the billing document and the 入力済み marks, from the session and from this computer. */
export async function clearData(): Promise<void> {
  await browser.storage.session.remove(['billing', 'filled']);
  await browser.storage.local.remove(['billing', 'filled']);
}
