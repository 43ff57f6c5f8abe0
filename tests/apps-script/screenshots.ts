/**
 * node --import tsx tests/apps-script/screenshots.ts — the README's pictures of the add-on, from the built
 * Code.js run on the sample workbook (as of 2025-03-31) in the fake spreadsheet: the summary and mapping
 * sidebars in Chromium, and the tabs the add-on writes rendered as tables (values and colours it wrote).
 */
import { mkdirSync } from 'node:fs';
import { readXlsx } from '../../cli/load.ts';
import { launch, openSidebar, sheetHtml } from './browser.ts';
import { builtCode, loadAddon, loadWorkbook } from './harness.ts';

const code = await builtCode();
const a = loadAddon(code, { today: '2025-03-31', title: 'caseload-sample' });
loadWorkbook(a, await readXlsx('samples/caseload-sample.xlsx'));
a.call('teichakuValidate');
const summary = a.ui.sidebars.at(-1)!.html;
a.call('teichakuShowMapping');
const mapping = a.ui.sidebars.at(-1)!.html;
// the 請求データ sidebar in the billing days (as of 2025-04-05: last month is March), with a token issued
const b = loadAddon(code, { today: '2025-04-05', title: 'caseload-sample' });
loadWorkbook(b, await readXlsx('samples/caseload-sample.xlsx'));
b.service.url = 'https://script.google.com/macros/s/AKfycbx-example/exec';
b.call('teichakuRenewToken');
b.call('teichakuShowBilling');
const billing = b.ui.sidebars.at(-1)!.html;

mkdirSync('docs', { recursive: true });
const browser = await launch();
const shoot = async (html: string, file: string, width: number, height: number, full = false) => {
  const { page } = await openSidebar(browser, html);
  await page.setViewportSize({ width, height });
  await page.screenshot({ path: file, fullPage: full });
  await page.close();
  console.log(file);
};
await shoot(summary, 'docs/addon-summary.png', 300, 760);
await shoot(mapping, 'docs/addon-mapping.png', 300, 900);
await shoot(billing, 'docs/addon-billing.png', 300, 1400, true);
await shoot(
  sheetHtml(a.ss.sheet('月次接触状況'), { title: '月次接触状況' }),
  'docs/addon-contact-grid.png',
  1280,
  520,
);
await shoot(sheetHtml(a.ss.sheet('点検結果'), { maxRows: 16 }), 'docs/addon-results.png', 1280, 440);
await shoot(sheetHtml(a.ss.sheet('利用者'), { maxRows: 18 }), 'docs/addon-marks.png', 1280, 470);
await browser.close();
