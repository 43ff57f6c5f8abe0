import { defineConfig } from 'wxt';

// The billing-portal extension (a later issue): WXT with its sources under extension/.
// publicDir must be set too: it defaults to the root's public/ (../shared/docs/toolchain.md).
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  manifestVersion: 3,
});
