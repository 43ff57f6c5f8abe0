import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncContentScripts } from '../core/permissions.ts';
import { getDocument, getProfiles } from '../core/storage.ts';
import { fillTab } from '../core/tab-fill.ts';
import { type Message, toHit } from '../lib/messages.ts';
import { searchClients } from '../lib/search.ts';

export default defineBackground(() => {
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  void syncContentScripts().catch(() => undefined);
  browser.permissions.onAdded.addListener(() => void syncContentScripts().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncContentScripts().catch(() => undefined));

  // Autocomplete in a portal page asks here: the data stays in extension storage, not in the page.
  browser.runtime.onMessage.addListener((msg: Message, sender, reply) => {
    if (msg.type === 'search') {
      void getDocument().then((doc) =>
        reply(doc ? searchClients(doc.rows, msg.query).slice(0, 8).map(toHit) : []),
      );
      return true;
    }
    if (msg.type === 'fill-client' && sender.tab?.id !== undefined) {
      const tabId = sender.tab.id;
      void (async () => {
        const doc = await getDocument();
        const row = doc?.rows.find((r) => r.id === msg.clientId);
        if (doc && row) await fillTab(tabId, doc, row, await getProfiles());
        reply(true);
      })();
      return true;
    }
    return undefined;
  });
});
