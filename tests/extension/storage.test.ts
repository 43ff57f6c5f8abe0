import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDocument, getSettings, saveDocument, saveSettings } from '../../extension/core/storage.ts';
import { billingFixture } from './fixtures/billing.ts';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

describe('where the billing data is kept (WXT fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('by default only in storage.session (gone when the browser closes)', async () => {
    await saveDocument(billingFixture());
    expect((await fakeBrowser.storage.session.get('billing')).billing).toBeDefined();
    expect((await fakeBrowser.storage.local.get('billing')).billing).toBeUndefined();
    expect((await getDocument())?.rows).toHaveLength(3);
  });

  it('kept in storage.local only when the office chose to keep it, and removed when it stops', async () => {
    await saveSettings({ webAppUrl: '', token: '', keepData: true });
    await saveDocument(billingFixture());
    expect((await fakeBrowser.storage.local.get('billing')).billing).toBeDefined();
    await fakeBrowser.storage.session.clear();
    expect((await getDocument())?.month).toBe('2025-03');
    await saveSettings({ ...(await getSettings()), keepData: false });
    expect((await fakeBrowser.storage.local.get('billing')).billing).toBeUndefined();
  });

  it('a stored document that no longer parses is not used', async () => {
    await fakeBrowser.storage.session.set({ billing: { schema: 'teichaku.billing/v0' } });
    expect(await getDocument()).toBeNull();
  });
});
