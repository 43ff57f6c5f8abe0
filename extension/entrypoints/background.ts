import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncContentScripts } from '../core/permissions.ts';

export default defineBackground(() => {
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  void syncContentScripts().catch(() => undefined);
  browser.permissions.onAdded.addListener(() => void syncContentScripts().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncContentScripts().catch(() => undefined));

  // Nothing a portal page (or its frames) sends can read the data or start a fill: autocomplete
  // suggestions are shown in the panel, and fills start from the panel's buttons only.
});
