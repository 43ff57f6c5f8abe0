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

async function sample() {
  const a = loadAddon(code, { today: '2025-03-31' });
  loadWorkbook(a, await readXlsx('samples/caseload-sample.xlsx'));
  return a;
}

describe('the sidebars of the built add-on, in Chromium with a stub google.script.run', () => {
  it('summary: clicking an entry calls teichakuSelectCell with its cell, and the add-on selects that cell', async () => {
    const a = await sample();
    a.call('teichakuShowSummary');
    const { page, errors } = await openSidebar(browser, a.ui.sidebars.at(-1)!.html);
    const entry = page.locator('details[open] button.entry').first();
    await expect(entry.isVisible()).resolves.toBe(true);
    const text = await entry.textContent();
    await entry.click();
    const made = await calls(page);
    expect(made).toHaveLength(1);
    const [name, sheet, row, column] = made[0] as [string, string, number, string];
    expect(name).toBe('teichakuSelectCell');
    expect(text).toContain(`${sheet}!${column}${row}`);
    a.call(name as 'teichakuSelectCell', sheet, row, column);
    expect(a.ss.active).toEqual({ sheet, a1: `${column}${row}` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('mapping: changing a column and saving sends the --mapping JSON, which the add-on accepts', async () => {
    const a = await sample();
    a.call('teichakuShowMapping');
    const { page, errors } = await openSidebar(browser, a.ui.sidebars.at(-1)!.html, {
      teichakuSaveMapping: { ok: true, message: '保存しました。' },
    });
    const staff = page.locator('select[data-tab="利用者"][data-field="staff"]');
    const options = await staff.locator('option').allTextContents();
    expect(options[0]).toBe('（なし）');
    const chosen = await staff.inputValue();
    await staff.selectOption('');
    await page.click('#save');
    await page.waitForFunction("document.getElementById('status').textContent === '保存しました。'");
    const made = await calls(page);
    expect(made[0]![0]).toBe('teichakuSaveMapping');
    const mapping = JSON.parse(made[0]![1] as string);
    expect(mapping.tabs.利用者.role).toBe('roster');
    expect(Object.keys(mapping.tabs.利用者.columns)).not.toContain(chosen);
    expect(Object.values(mapping.tabs.利用者.columns)).toContain('id');
    expect(a.call('teichakuSaveMapping', made[0]![1])).toMatchObject({ ok: true });

    await page.click('#export');
    const exported = JSON.parse(await page.locator('#json').inputValue());
    expect(exported).toEqual(mapping);
    expect(errors).toEqual([]);
    await page.close();
  });
});
