import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCaseload } from '../../bench/generate.ts';
import { readXlsx } from '../../cli/load.ts';
import { buildBillingDocument } from '../../shared/billing/document.ts';
import { checkWorkbook, notCheckableFindings } from '../../shared/check.ts';
import { readWorkbook } from '../../shared/read/workbook.ts';
import {
  NOT_CHECKABLE_AS_OF,
  notCheckableMessages,
  notCheckableWorkbook,
} from '../not-checkable.workbook.ts';
import { calls, launch, openSidebar } from './browser.ts';
import { builtCode, loadAddon, loadWorkbook, webGet } from './harness.ts';

let browser: Browser;
let code = '';
beforeAll(async () => {
  code = await builtCode();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function sample(today = '2025-03-31') {
  const a = loadAddon(code, { today });
  loadWorkbook(a, await readXlsx('samples/caseload-sample.xlsx'));
  return a;
}

describe('the sidebars of the built add-on, in Chromium with a stub google.script.run', () => {
  it('summary: clicking an entry calls teichakuSelectCell with its cell, and the add-on selects that cell', async () => {
    const a = await sample();
    a.call('teichakuShowSummary');
    const { page, errors } = await openSidebar(browser, a.ui.sidebars.at(-1)!.html);
    const entry = page.locator('section.rule button.entry:not([disabled])').first();
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

  it('the stub google.script.run survives </script>, $ patterns and line separators in stubbed answers', async () => {
    const answer = { text: "</script><script>window.__broken = 1</script> $' $& \u2028 終わり" };
    const html =
      '<!DOCTYPE html><html><head></head><body><script>google.script.run.withSuccessHandler(function (a) {' +
      " document.body.setAttribute('data-answer', JSON.stringify(a)); }).teichakuBillingData('2025-03');</script></body></html>";
    const { page, errors } = await openSidebar(browser, html, { teichakuBillingData: answer });
    await page.waitForFunction("document.body.hasAttribute('data-answer')");
    expect(JSON.parse((await page.getAttribute('body', 'data-answer'))!)).toEqual(answer);
    expect(await page.evaluate('window.__broken')).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [label, load] of [
    ['the sample workbook', () => readXlsx('samples/caseload-sample.xlsx')],
    [
      'a 60-client caseload',
      async () => generateCaseload({ clients: 60, contactsPerMonth: 1, asOf: '2025-03-31' }),
    ],
  ] as const)
    it(`summary of ${label} at 300 px: one section per rule, one line per client and month, counts that add up, nothing wrapped mid-word`, async () => {
      const a = loadAddon(code, { today: '2025-03-31' });
      loadWorkbook(a, await load());
      a.call('teichakuValidate');
      expect(a.ui.alerts).toEqual([]);
      const { page, errors } = await openSidebar(browser, a.ui.sidebars.at(-1)!.html);
      const facts = (await page.evaluate(`(() => {
        const height = document.documentElement.scrollHeight;
        // every line opened, so each one is laid out and measured
        for (const d of document.querySelectorAll('details')) d.open = true;
        const n = (el) => Number((el?.textContent ?? '0').replace('件', ''));
        const sev = (root) => {
          const c = { error: 0, warning: 0, info: 0 };
          for (const s of root.querySelectorAll('.sev')) {
            const k = ['error', 'warning', 'info'].find((x) => s.classList.contains(x));
            c[k] += n(s.nextElementSibling);
          }
          return c;
        };
        const sections = [...document.querySelectorAll('section.rule')];
        const total = { error: 0, warning: 0, info: 0 };
        // what cannot be checked is said once, above the counts, and not under its rule
        for (const li of document.querySelectorAll('section.cannot li')) total[li.getAttribute('data-severity')] += 1;
        for (const s of sections) {
          const c = sev(s.querySelector('.counts'));
          for (const k in c) total[k] += c[k];
        }
        const lines = sections.map((s) => [...s.querySelectorAll('button.entry')].map((b) =>
          (b.querySelector('.who')?.textContent ?? '') + '|' + (b.querySelector('.month')?.textContent ?? '')));
        const wrapped = [...document.querySelectorAll('.n, .who, .month, .place, .sev')]
          .filter((el) => el.getClientRects().length > 1 || el.getBoundingClientRect().height > 24)
          .map((el) => el.textContent);
        return {
          header: sev(document.querySelector('.summary-counts')),
          total,
          rules: sections.map((s) => s.getAttribute('data-rule')),
          lines,
          examples: sections.map((s) => s.querySelectorAll('.example').length),
          wrapped,
          scrollWidth: document.documentElement.scrollWidth,
          height,
          opened: document.documentElement.scrollHeight,
          phrase: CSS.supports('word-break', 'auto-phrase'),
        };
      })()`)) as {
        header: Record<string, number>;
        total: Record<string, number>;
        rules: string[];
        lines: string[][];
        examples: number[];
        wrapped: string[];
        scrollWidth: number;
        height: number;
        opened: number;
        phrase: boolean;
      };
      const out = checkWorkbook(await load(), { asOf: '2025-03-31' });
      if (!out.ok) throw new Error(out.error);
      const s = out.result.summary;
      expect(facts.header).toEqual({ error: s.error, warning: s.warning, info: s.info });
      expect(facts.total).toEqual(facts.header);
      expect(new Set(facts.rules).size).toBe(facts.rules.length);
      const first = new Set(notCheckableFindings(out.result));
      expect(facts.rules.sort()).toEqual(
        [...new Set(out.result.findings.filter((f) => !first.has(f)).map((f) => f.rule))].sort(),
      );
      expect(facts.examples.every((x) => x === 1)).toBe(true);
      for (const l of facts.lines) expect(new Set(l).size).toBe(l.length);
      expect(facts.wrapped).toEqual([]);
      expect(facts.scrollWidth).toBeLessThanOrEqual(300);
      expect(facts.phrase).toBe(true);
      console.log(
        `summary of ${label}: ${facts.height} px tall as opened (${facts.opened} px with every rule open), ${facts.lines.flat().length} lines`,
      );
      expect(errors).toEqual([]);
      await page.close();
    });

  it("summary: what cannot be checked is the first thing shown at 300 px, in the command line's words, and its row link selects the row", async () => {
    const a = loadAddon(code, { today: NOT_CHECKABLE_AS_OF, title: 'テスト' });
    loadWorkbook(a, notCheckableWorkbook('テスト'));
    a.call('teichakuValidate');
    const { page, errors } = await openSidebar(browser, a.ui.sidebars.at(-1)!.html);
    await page.setViewportSize({ width: 300, height: 760 });
    const seen = (await page.evaluate(`(() => {
      const top = (sel) => document.querySelector(sel).getBoundingClientRect().top;
      return {
        heading: document.querySelector('section.cannot h3').textContent,
        messages: [...document.querySelectorAll('section.cannot li .message')].map((e) => e.textContent),
        order: [top('section.cannot'), top('.summary-counts'), top('section.rule')],
        visible: document.querySelector('section.cannot').getBoundingClientRect().bottom <= window.innerHeight,
        scrollWidth: document.documentElement.scrollWidth,
      };
    })()`)) as {
      heading: string;
      messages: string[];
      order: number[];
      visible: boolean;
      scrollWidth: number;
    };
    expect(seen.heading).toBe('点検できないこと（先に確かめてください）');
    expect(seen.messages).toEqual(notCheckableMessages('テスト'));
    expect(seen.order[0]).toBeLessThan(seen.order[1]!);
    expect(seen.order[1]).toBeLessThan(seen.order[2]!);
    expect(seen.visible).toBe(true);
    expect(seen.scrollWidth).toBeLessThanOrEqual(300);
    await page.click('section.cannot button.entry');
    const made = await calls(page);
    expect(made).toEqual([['teichakuSelectCell', '鈴木 花', 5, 'A']]);
    a.call('teichakuSelectCell', '鈴木 花', 5, 'A');
    expect(a.ss.active).toEqual({ sheet: '鈴木 花', a1: 'A5' });
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

  it('billing: rows with reasons, the JSON the CLI prints, month change, URL and token, renewing the token', async () => {
    const a = await sample('2025-04-05');
    a.service.url = 'https://script.google.com/macros/s/AKfy-test/exec';
    const first = (a.call('teichakuRenewToken') as { token: string }).token;
    a.call('teichakuShowBilling');
    const renewed = a.call('teichakuRenewToken') as { token: string };
    const february = a.call('teichakuBillingData', '2025-02');
    const { page, errors } = await openSidebar(browser, a.ui.sidebars.at(-1)!.html, {
      teichakuRenewToken: renewed,
      teichakuBillingData: february,
    });
    const read = readWorkbook(await readXlsx('samples/caseload-sample.xlsx'));
    if (!read.ok) throw new Error(read.error);
    const doc = buildBillingDocument(read.caseload, '2025-03', '2025-04-05');
    // last month, every row, billable or not with its reasons
    expect(await page.locator('#month').inputValue()).toBe('2025-03');
    expect(await page.locator('#month option:checked').textContent()).toBe('令和7年3月分');
    expect(await page.locator('.client').count()).toBe(doc.rows.length);
    const refused = doc.rows.filter((r) => !r.billable);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      const box = page.locator(`.client[data-id="${r.id}"]`);
      expect(await box.locator('.badge').textContent()).toBe('請求不可');
      expect(await box.locator('.reasons li').allTextContents()).toEqual(r.reasons.map((x) => x.message));
    }
    expect(await page.locator('.badge.yes').count()).toBe(doc.totals.billable);
    // the download is the document `teichaku billing --json` prints, byte for byte
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('teichaku-billing-2025-03.json');
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    // URL and this sheet's token
    expect(await page.locator('#url').inputValue()).toBe('https://script.google.com/macros/s/AKfy-test/exec');
    expect(await page.locator('#token').inputValue()).toBe(first);
    // renewing asks first, then shows the new token
    await page.click('#renew');
    expect(await calls(page)).toEqual([]);
    await page.click('#renew-yes');
    await page.waitForFunction(`document.getElementById('token').value === ${JSON.stringify(renewed.token)}`);
    expect((await calls(page)).map((c) => c[0])).toEqual(['teichakuRenewToken']);
    expect(await page.locator('#status').textContent()).toContain('前のトークンはもう使えません');
    // … and the add-on refuses the old token
    expect(JSON.parse(webGet(a, { token: first }).text)).toMatchObject({ error: { code: 'forbidden' } });
    // changing the month asks the add-on for that month and shows it
    await page.selectOption('#month', '2025-02');
    await page.waitForFunction("document.getElementById('summary').textContent.startsWith('令和7年2月分')");
    expect((await calls(page)).at(-1)).toEqual(['teichakuBillingData', '2025-02']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('mapping: a word of the contact log the reader cannot read is taught in the sidebar and read from then on', async () => {
    const a = await sample();
    const log = a.ss.sheet('支援記録');
    const col = log.cells[0]!.findIndex((c) => String(c?.v ?? '') === '方法');
    expect(col).toBeGreaterThanOrEqual(0);
    log.cell(2, col + 1).v = '定期フォロー';
    log.cell(3, col + 1).v = '定期フォロー';
    const results = () => JSON.stringify(a.ss.sheet('点検結果').cells.map((r) => r.map((c) => c?.v)));
    a.call('teichakuValidate');
    expect(results()).toContain('定期フォロー');
    a.call('teichakuShowMapping');
    const { page, errors } = await openSidebar(browser, a.ui.sidebars.at(-1)!.html, {
      teichakuSaveMapping: { ok: true, message: '保存しました。' },
    });
    const word = page.locator('select[data-word-field="method"][data-word="定期フォロー"]');
    expect(await word.inputValue()).toBe('');
    expect(await page.locator('#words').textContent()).toContain('支援記録');
    await word.selectOption({ label: '対面' });
    await page.click('#save');
    await page.waitForFunction("document.getElementById('status').textContent === '保存しました。'");
    const made = await calls(page);
    const mapping = JSON.parse(made[0]![1] as string);
    expect(mapping.words).toEqual({ method: { 定期フォロー: 'face' } });
    expect(a.call('teichakuSaveMapping', made[0]![1])).toMatchObject({ ok: true });
    await page.close();
    // the next check reads the word; the sidebar shows it as taught, and it can be taken back
    a.call('teichakuValidate');
    expect(results()).not.toContain('定期フォロー');
    a.call('teichakuShowMapping');
    const again = await openSidebar(browser, a.ui.sidebars.at(-1)!.html, {
      teichakuSaveMapping: { ok: true, message: '保存しました。' },
    });
    const taught = again.page.locator('select[data-word-field="method"][data-word="定期フォロー"]');
    expect(await taught.inputValue()).toBe('face');
    await taught.selectOption('');
    await again.page.click('#save');
    await again.page.waitForFunction("document.getElementById('status').textContent === '保存しました。'");
    const back = JSON.parse((await calls(again.page))[0]![1] as string);
    expect(back.words).toBeUndefined();
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.page.close();
  });
});
