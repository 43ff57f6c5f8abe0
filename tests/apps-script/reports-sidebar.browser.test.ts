import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../cli/load.ts';
import { calls, launch, openSidebar } from './browser.ts';
import { builtCode, loadAddon, loadWorkbook } from './harness.ts';

let browser: Browser;
let code = '';
beforeAll(async () => {
  code = await builtCode();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the 支援レポートを作成 sidebar of the built add-on, in Chromium with a stub google.script.run', () => {
  it('作成する sends the month and the ticked clients; the add-on accepts them and the answer shows n / total', async () => {
    const a = loadAddon(code, { today: '2025-03-05' });
    loadWorkbook(a, await readXlsx('samples/caseload-sample.xlsx'));
    a.call('teichakuReports');
    const html = a.ui.sidebars.at(-1)!.html;
    const running = {
      running: true,
      done: 1,
      total: 2,
      message: '令和7年2月の支援レポートを作成中です: 1 / 2',
      folderUrl: null,
    };
    const { page, errors } = await openSidebar(browser, html, { teichakuReportsStart: running });
    await expect(page.inputValue('#month')).resolves.toBe('2025-02');
    const boxes = page.locator('#clients input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThanOrEqual(3);
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await page.click('#start');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('1 / 2'));
    const made = await calls(page);
    expect(made[0]![0]).toBe('teichakuReportsStart');
    const [, month, ids] = made[0] as [string, string, string[]];
    expect(month).toBe('2025-02');
    expect(ids).toHaveLength(2);
    await expect(page.locator('#bar').getAttribute('value')).resolves.toBe('1');
    await expect(page.locator('#start').isDisabled()).resolves.toBe(true);
    // the same call on the add-on makes exactly those two documents
    const p = a.call('teichakuReportsStart', month, ids) as { done: number; total: number };
    expect(p).toMatchObject({ done: 2, total: 2 });
    expect(a.drive.liveApiDocs()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
