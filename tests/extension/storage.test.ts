import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearData,
  getDocument,
  getFilled,
  getSettings,
  markFilled,
  saveDocument,
  saveSettings,
} from '../../extension/core/storage.ts';
import { frameDocument } from '../../extension/core/tab-fill.ts';
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

  it('入力済み marks are kept per month with the time, beside the data, and 「データを消す」 removes both everywhere', async () => {
    await saveSettings({ webAppUrl: '', token: '', keepData: true });
    await saveDocument(billingFixture());
    await markFilled('2025-03', 'C001', '2025-04-03T01:02:00.000Z');
    await markFilled('2025-03', 'C002', '2025-04-03T01:05:00.000Z');
    expect(await getFilled()).toEqual({
      '2025-03': { C001: '2025-04-03T01:02:00.000Z', C002: '2025-04-03T01:05:00.000Z' },
    });
    expect((await fakeBrowser.storage.local.get('filled')).filled).toBeDefined();
    await clearData();
    expect(await getDocument()).toBeNull();
    expect(await getFilled()).toEqual({});
    for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.session])
      expect(await area.get(['billing', 'filled'])).toEqual({});
    // settings (no personal data) stay
    expect((await getSettings()).keepData).toBe(true);
  });

  it('入力済み marks stay in the session only by default', async () => {
    await markFilled('2025-03', 'C001', '2025-04-03T01:02:00.000Z');
    expect((await fakeBrowser.storage.local.get('filled')).filled).toBeUndefined();
    expect(Object.keys((await getFilled())['2025-03'] ?? {})).toEqual(['C001']);
  });
});

describe('what a portal frame is given for a fill', () => {
  it("only the one client's row, no other client and no totals", () => {
    const doc = billingFixture();
    const f = frameDocument(doc, doc.rows[1]!);
    expect(f.rows).toEqual([doc.rows[1]]);
    const text = JSON.stringify(f);
    for (const other of [doc.rows[0]!, doc.rows[2]!]) {
      expect(text).not.toContain(other.name);
      expect(text).not.toContain(other.recipientNumber!);
    }
    expect(f.office).toEqual(doc.office);
    expect(f.month).toBe('2025-03');
  });
});
