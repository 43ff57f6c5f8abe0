import { browser } from 'wxt/browser';

/**
 * Host permission for one origin, asked at run time. permissions.request can hang forever when no prompt
 * can be shown (headless, or no user gesture), so it is raced against a timeout.
 */
export async function ensureOrigin(origin: string, timeoutMs = 60_000): Promise<boolean> {
  const origins = [`${origin}/*`];
  if (await browser.permissions.contains({ origins })) return true;
  return requestOrigin(origin, timeoutMs);
}

/** Asks for one origin straight away (call it first thing in a click handler: it needs the gesture). */
export async function requestOrigin(origin: string, timeoutMs = 60_000): Promise<boolean> {
  const origins = [`${origin}/*`];
  const timeout = new Promise<boolean>((r) => setTimeout(() => r(false), timeoutMs));
  try {
    return await Promise.race([browser.permissions.request({ origins }), timeout]);
  } catch {
    return false;
  }
}

const SCRIPT_ID = 'teichaku-portal';

/** Registers the content script (all frames) on every origin the office enabled, so autocomplete works. */
export async function syncContentScripts(): Promise<void> {
  const all = await browser.permissions.getAll();
  const matches = (all.origins ?? []).filter((o) => /^https?:\/\//.test(o) && !/script\.google/.test(o));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, js: ['content-scripts/content.js'], matches, allFrames: true, runAt: 'document_idle' },
  ]);
}
