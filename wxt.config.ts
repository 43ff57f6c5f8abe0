import { defineConfig } from 'wxt';

// The billing-portal extension: WXT with its sources under extension/.
// publicDir must be set too: it defaults to the root's public/ (../shared/docs/toolchain.md).
// TEICHAKU_TEST_ORIGIN (e2e only) builds a test copy into .output/e2e that lists the stand-in portals'
// origin as a required host permission: a permission prompt cannot be answered in headless Chromium.
const testOrigin = process.env.TEICHAKU_TEST_ORIGIN;

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  manifestVersion: 3,
  imports: false,
  outDir: testOrigin ? '.output/e2e' : '.output',
  manifest: {
    name: '定着 請求入力',
    description: '定着のシートの請求データを請求ポータルの画面に入力します（送信はしません）。',
    default_locale: undefined,
    permissions: ['storage', 'sidePanel', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: testOrigin ? [testOrigin] : [],
    action: { default_title: '定着 請求入力' },
  },
});
