/**
 * npm run bench (extension part) — issue 8's targets, kept by issue 16 (tabs, ARIA widgets, read-back by
 * meaning added to the same path):
 *  - collect + plan + fill of a 40-field screen, measured inside the page by the built content script
 *    (FrameResult.ms.fill; median of 11 fills), target < 50 ms;
 *  - the size of the production build's content script, target < 60 KB.
 * Builds the production extension (size) and the e2e build (timing: it may run on 127.0.0.1) in Chromium.
 * Last line: one JSON object.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { billingFixture } from '../tests/extension/fixtures/billing.ts';

const ROOT = resolve(import.meta.dirname, '..');
const wxt = (env: Record<string, string>) =>
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });

wxt({});
const contentFile = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
const sizeKB = statSync(contentFile).size / 1024;
const gzipKB = gzipSync(readFileSync(contentFile)).length / 1024;
wxt({ TEICHAKU_TEST_ORIGIN: 'http://127.0.0.1/*' });
const EXT = join(ROOT, '.output/e2e/chrome-mv3');

// A 40-field screen: 10 blocks of label cells, era selects with 年/月/日 boxes, amounts, names.
const era = `<select><option></option><option value="4">平成</option><option value="5">令和</option></select>`;
const block = (i: number) => `
<tr><th>受給者証番号</th><td><input name="n${i}" maxlength="10"></td></tr>
<tr><th>氏名（全角カナ）</th><td><input name="k${i}" maxlength="20"></td></tr>
<tr><th>サービス提供年月</th><td>${era}<input name="y${i}" size="2">年<input name="m${i}" size="2">月</td></tr>`;
const html = `<!doctype html><meta charset="utf-8"><table>${Array.from({ length: 8 }, (_, i) => block(i)).join('')}</table>`;
const server = createServer((_, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const tmp = mkdtempSync(join(tmpdir(), 'teichaku-bench-'));
const ctx = await chromium.launchPersistentContext(tmp, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
});
const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
const portal = await ctx.newPage();
await portal.goto(`${origin}/`);
const fieldCount = await portal.locator('input, select').count();
const panel = await ctx.newPage();
await panel.goto(`chrome-extension://${new URL(sw.url()).host}/sidepanel.html`);
const doc = billingFixture();
// Plain-text script: tsx would wrap functions passed to the page in helpers the page does not have.
const runs = (await panel.evaluate(`(async () => {
  const doc = ${JSON.stringify(doc)};
  const [tab] = await chrome.tabs.query({ url: '${origin}/*' });
  await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
  const out = [];
  for (let i = 0; i < 11; i++) {
    const [r] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: async (d, row) => (await globalThis.__teichaku.fill(d, row, [])).ms,
      args: [doc, doc.rows[0]],
    });
    out.push(r.result);
  }
  return out;
})()`)) as { fill: number; collect: number; plan: number }[];

await ctx.close();
server.close();
rmSync(tmp, { recursive: true, force: true });

const median = runs.map((r) => r.fill).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
console.log(
  `extension: ${fieldCount}-field screen, collect+plan+fill median ${median.toFixed(1)} ms (target < 50 ms)`,
);
console.log(
  `extension: content script ${sizeKB.toFixed(1)} KB (gzip ${gzipKB.toFixed(1)} KB) (target < 60 KB)`,
);
console.log(
  JSON.stringify({
    fields: fieldCount,
    fillMs: Number(median.toFixed(1)),
    contentScriptKB: Number(sizeKB.toFixed(1)),
    contentScriptGzipKB: Number(gzipKB.toFixed(1)),
  }),
);
