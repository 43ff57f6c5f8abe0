import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billingFixture } from './fixtures/billing.ts';
import { addonWebApp } from './portals/addon-webapp.ts';
import { type Portals, startPortals } from './portals/server.ts';

/**
 * The BUILT extension (a test build listing http://127.0.0.1/* as a required host permission) in Debian's
 * Chromium, driven through its own panel and options pages, on the stand-in portals.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const EXT = join(ROOT, '.output/e2e/chrome-mv3');
/** The token the add-on issued, and how many clients its doGet serves for last month. */
let TOKEN = '';
let webAppClients = 0;

let portals: Portals;
let ctx: BrowserContext;
let extId: string;
let tmp: string;
let billingFile: string;

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, TEICHAKU_TEST_ORIGIN: 'http://127.0.0.1/*' },
    stdio: 'pipe',
  });
  const addon = await addonWebApp();
  TOKEN = addon.token;
  webAppClients = addon.clients;
  portals = await startPortals(addon.webApp);
  tmp = mkdtempSync(join(tmpdir(), 'teichaku-e2e-'));
  billingFile = join(tmp, 'billing-2025-03.json');
  writeFileSync(billingFile, JSON.stringify(billingFixture(), null, 2));
  ctx = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  extId = new URL(sw.url()).host;
}, 300_000);

afterAll(async () => {
  await ctx?.close();
  await portals?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}, 180_000);

async function openPortal(path: string): Promise<Page> {
  const p = await ctx.newPage();
  await p.goto(`${portals.origin}${path}`);
  return p;
}

async function openPanel(): Promise<Page> {
  const p = await ctx.newPage();
  await p.setViewportSize({ width: 400, height: 900 });
  await p.goto(`chrome-extension://${extId}/sidepanel.html`);
  return p;
}

async function importFile(panel: Page, file = billingFile): Promise<void> {
  await panel.locator('#file').setInputFiles(file);
}

async function fillFor(panel: Page, name: string): Promise<void> {
  await panel.locator('button.client', { hasText: name }).click();
  await panel.getByRole('button', { name: 'この画面に入力' }).click();
}

function formFrame(p: Page): Frame {
  const f = p.frame({ name: 'main' });
  if (!f) throw new Error('no form frame');
  return f;
}

const legacyValues = (f: Frame) =>
  f.evaluate(() => {
    const w = window as unknown as { submits: string[]; changeLog: string[] };
    const form = document.forms[0]!;
    const values: Record<string, string> = {};
    for (const el of form.elements as unknown as HTMLInputElement[]) if (el.name) values[el.name] = el.value;
    return { values, submits: [...w.submits], changeLog: [...w.changeLog] };
  });

describe('the built extension on the stand-in portals', { timeout: 120_000 }, () => {
  it('refuses a foreign file with a Japanese message and imports nothing; then takes the real file', async () => {
    const panel = await openPanel();
    const foreign = join(tmp, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ schema: 'teichaku.billing/v0', month: '2025-03', rows: [] }));
    await importFile(panel, foreign);
    await expect.poll(() => panel.locator('#message').textContent()).toContain('対応していません');
    expect(await panel.locator('button.client').count()).toBe(0);
    const broken = { ...billingFixture(), rows: [{ ...billingFixture().rows[0], name: 42 }] };
    writeFileSync(foreign, JSON.stringify(broken));
    await importFile(panel, foreign);
    await expect.poll(() => panel.locator('#message').textContent()).toContain('rows.0.name');
    expect(await panel.locator('button.client').count()).toBe(0);
    await importFile(panel);
    await expect.poll(() => panel.locator('button.client').count()).toBe(3);
    expect(await panel.locator('#month').textContent()).toContain('令和7年3月分');
    expect(await panel.locator('button.client', { hasText: '鈴木' }).textContent()).toContain(
      '対面の支援がありません',
    );
    await panel.close();
  });

  it('fetches from the web app only with the right token', async () => {
    const options = await ctx.newPage();
    await options.goto(`chrome-extension://${extId}/options.html`);
    const before = portals.requests.filter((r) => r.path.endsWith('/exec')).length;
    const save = async (token: string) => {
      await options.locator('#url').fill(`${portals.origin}/macros/s/test/exec`);
      await options.locator('#token').fill(token);
      await options.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => options.locator('#message').textContent()).toBe('保存しました。');
    };
    // A fresh session: clear the data loaded by the previous test.
    await options.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }
      ).chrome.storage.session.clear(),
    );
    await save('wrong-token');
    const panel = await openPanel();
    await panel.getByRole('button', { name: 'ウェブアプリから取得' }).click();
    await expect.poll(() => panel.locator('#message').textContent()).toContain('トークンが違う');
    expect(await panel.locator('button.client').count()).toBe(0);
    await save(TOKEN);
    await panel.getByRole('button', { name: 'ウェブアプリから取得' }).click();
    // the add-on's doGet on the sample workbook: last month's clients, one who cannot be billed
    expect(webAppClients).toBeGreaterThan(3);
    await expect.poll(() => panel.locator('button.client').count()).toBe(webAppClients);
    expect(await panel.locator('#month').textContent()).toContain('令和7年3月分');
    expect(await panel.locator('button.client', { hasText: '林 大輔' }).textContent()).toContain(
      '受給者証番号が空欄か、番号として読めません',
    );
    const calls = portals.requests.filter((r) => r.path.endsWith('/exec')).length;
    expect(calls - before).toBe(2);
    await options.close();
    await panel.close();
  });

  it('fills the legacy Shift_JIS frameset as its onchange scripts see it, flags maxlength, never submits, undoes', async () => {
    const portal = await openPortal('/legacy/');
    const panel = await openPanel();
    await importFile(panel);
    await fillFor(panel, '山田');
    await expect.poll(() => panel.locator('#summary').textContent()).toContain('送信はしていません');
    const { values, submits, changeLog } = await legacyValues(formFrame(portal));
    expect(values).toEqual({
      jigyosyo_no: '1312345678',
      jyukyusya_no: '1234567890',
      sichoson_no: '131016',
      simei: '',
      simei_kana: 'ヤマダ　タロウ',
      teikyo_gengo: '5',
      teikyo_y: '7',
      teikyo_m: '3',
      tanisu: '3449',
      jogen: '9300',
      futan: '3655',
      kyoyu_gengo: '5',
      kyoyu_y: '7',
      kyoyu_m: '3',
      kyoyu_d: '28',
      biko: '（入力不可）',
      touroku: '登録',
    });
    expect(changeLog).toEqual(expect.arrayContaining(['jyukyusya_no', 'simei_kana', 'teikyo_y', 'kyoyu_d']));
    expect(await formFrame(portal).locator('#msg').textContent()).toBe('');
    expect(submits).toEqual([]);
    expect(portals.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    const simei = formFrame(portal).locator('input[name=simei]');
    expect(await simei.getAttribute('data-teichaku')).toBe('flagged');
    expect(await simei.getAttribute('data-teichaku-note')).toContain('上限4文字');
    expect(await formFrame(portal).locator('input[name=tanisu]').getAttribute('data-teichaku')).toBe(
      'filled',
    );
    const summary = await panel.locator('#summary').textContent();
    expect(summary).toContain('入力 14件');
    expect(summary).toContain('要確認 1件');
    if (process.env.TEICHAKU_SCREENSHOT) {
      await panel.bringToFront();
      await panel.screenshot({ path: process.env.TEICHAKU_SCREENSHOT, fullPage: true });
    }

    await panel.getByRole('button', { name: '元に戻す' }).click();
    await expect.poll(() => panel.locator('#message').textContent()).toContain('入力前に戻しました');
    const after = await legacyValues(formFrame(portal));
    for (const [k, v] of Object.entries(after.values))
      expect(v, k).toBe(
        k === 'biko' ? '（入力不可）' : k === 'touroku' ? '登録' : k.endsWith('gengo') ? '' : '',
      );
    expect(await simei.getAttribute('data-teichaku')).toBeNull();
    expect(after.submits).toEqual([]);
    await panel.close();
    await portal.close();
  });

  it('refuses a client who cannot be billed unless the user confirms', async () => {
    const portal = await openPortal('/legacy/');
    const panel = await openPanel();
    await fillFor(panel, '鈴木');
    await expect.poll(() => panel.locator('#confirm').isVisible()).toBe(true);
    expect(await panel.locator('#confirm-text').textContent()).toContain('請求できません');
    expect((await legacyValues(formFrame(portal))).values.jyukyusya_no).toBe('');
    await panel.getByRole('button', { name: 'やめる' }).click();
    expect((await legacyValues(formFrame(portal))).values.jyukyusya_no).toBe('');
    await panel.getByRole('button', { name: 'この画面に入力' }).click();
    await panel.getByRole('button', { name: '入力する' }).click();
    await expect
      .poll(async () => (await legacyValues(formFrame(portal))).values.jyukyusya_no)
      .toBe('3234567892');
    await panel.close();
    await portal.close();
  });

  it('on a site not yet enabled, offers to enable it instead of filling (no host permission, no URL)', async () => {
    const portal = await ctx.newPage();
    await portal.goto(`${portals.origin.replace('127.0.0.1', 'localhost')}/unknown/`);
    const panel = await openPanel();
    await fillFor(panel, '山田');
    await expect.poll(() => panel.locator('#enable').isVisible()).toBe(true);
    expect(await panel.locator('#message').textContent()).toContain('まだ有効になっていません');
    expect(await portal.locator('#f1').inputValue()).toBe('');
    await panel.close();
    await portal.close();
  });

  it('fills the React wizard step by step as React state sees it, blur checks pass, nothing submitted', async () => {
    const portal = await openPortal('/spa/');
    const panel = await openPanel();
    const spa = () =>
      portal.evaluate(() => {
        const w = window as unknown as {
          __spa: { state: Record<string, string>; step: number; submits: unknown[] };
        };
        return { ...w.__spa, errors: [...document.querySelectorAll('.error')].map((e) => e.textContent) };
      });
    await fillFor(panel, '山田');
    await expect.poll(async () => (await spa()).state.number).toBe('1234567890');
    let s = await spa();
    expect(s.state).toMatchObject({ name: '山田 太郎', kana: 'ヤマダ　タロウ' });
    expect(s.errors).toEqual([]);
    await portal.getByRole('button', { name: '次へ' }).click();
    await expect.poll(async () => (await spa()).step).toBe(2);
    await panel.getByRole('button', { name: 'この画面に入力' }).click();
    await expect.poll(async () => (await spa()).state.shared).toBe('2025-03-28');
    s = await spa();
    expect(s.state).toMatchObject({ units: '3449', copay: '3655', number: '1234567890' });
    expect(s.errors).toEqual([]);
    expect(s.submits).toEqual([]);
    await panel.getByRole('button', { name: '元に戻す' }).click();
    await expect.poll(async () => (await spa()).state.units).toBe('');
    await panel.close();
    await portal.close();
  });

  it('typing in a recognised 受給者証番号 field suggests the client in the panel (not the page); a click fills', async () => {
    const portal = await openPortal('/spa/');
    const panel = await openPanel();
    await importFile(panel);
    await portal.bringToFront();
    await portal.locator('#number').pressSequentially('2234');
    const hit = panel.locator('#suggest button.hit');
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.textContent()).toContain('佐藤 花子');
    expect(await panel.locator('#suggest').textContent()).toContain('「2234」');
    // nothing of the suggestion is in the page
    expect(await portal.evaluate(() => document.documentElement.outerHTML)).not.toContain('佐藤');
    await hit.click();
    await expect
      .poll(() =>
        portal.evaluate(() => (window as unknown as { __spa: { state: { name: string } } }).__spa.state.name),
      )
      .toBe('佐藤 花子');
    expect(await panel.locator('#summary .who').textContent()).toContain('佐藤 花子さん');
    await panel.close();
    await portal.close();
  });

  it('fills an unknown form by its labels (shadow root too); teach mode makes a profile that fills the rest', async () => {
    const portal = await openPortal('/unknown/');
    const panel = await openPanel();
    const values = (): Promise<Record<string, string | number>> =>
      portal.evaluate(() => ({
        ...Object.fromEntries(
          [...document.querySelectorAll<HTMLInputElement>('form > p > input')].map((i) => [i.name, i.value]),
        ),
        units: (document.querySelector('x-units')!.shadowRoot!.querySelector('input') as HTMLInputElement)
          .value,
        submits: (window as unknown as { submits: string[] }).submits.length,
      }));
    await fillFor(panel, '山田');
    await expect.poll(async () => (await values()).f1).toBe('山田 太郎');
    expect(await values()).toEqual({
      f1: '山田 太郎',
      f2: 'やまだ　たろう',
      f3: '1234567890',
      f4: '',
      f5: '',
      units: '3449',
      submits: 0,
    });

    await panel.locator('#teach summary').click();
    await panel.getByRole('button', { name: '教えるモードを開始' }).click();
    const teachField = async (selector: string, label: string, item: string, transform: string) => {
      await portal.locator(selector).click();
      await expect.poll(() => panel.locator('#teach-label').textContent()).toBe(label);
      await panel.locator('#teach-item').selectOption(item);
      await panel.locator('#teach-part').selectOption('whole');
      await panel.locator('#teach-transform').selectOption(transform);
      await panel.getByRole('button', { name: 'この欄を覚える' }).click();
      await expect.poll(() => panel.locator('#message').textContent()).toContain('覚えました');
    };
    await teachField('#f4', 'サービスを提供した月', 'serviceMonth', 'date-slash');
    await teachField('#f5', '本人のお支払い', 'copay', 'yen-comma');
    await panel.getByRole('button', { name: '教えるモードを終了' }).click();
    await panel.getByRole('button', { name: 'この画面に入力' }).click();
    await expect.poll(async () => (await values()).f5).toBe('3,655');
    expect((await values()).f4).toBe('2025/03');

    // The profile exports as JSON and imports back (zod-checked); a foreign file is refused.
    const options = await ctx.newPage();
    await options.goto(`chrome-extension://${extId}/options.html`);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: '書き出す' }).click(),
    ]);
    const exported = join(tmp, 'profiles.json');
    await download.saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8'));
    expect(file.schema).toBe('teichaku.portal-profiles/v1');
    expect(file.profiles[0].fields.map((f: { item: string }) => f.item)).toEqual(['serviceMonth', 'copay']);
    await options.locator('#import').setInputFiles(billingFile);
    await expect.poll(() => options.locator('#message').textContent()).toContain('何も読み込んでいません');
    await options.locator('#import').setInputFiles(exported);
    await expect
      .poll(() => options.locator('#message').textContent())
      .toContain('1件のプロファイルを読み込みました');
    await options.close();
    await panel.close();
    await portal.close();
  });

  it('a modern portal: search step, two tabs kept in the DOM, combobox, commas, date — every field right after the whole sequence, nothing submitted, CSRF untouched', async () => {
    // The month's document with a provisional unit price (1単位 11.05円 from the regional table), as
    // buildBillingDocument writes it, and a client note: the panel must show both before filling.
    const doc = billingFixture();
    doc.office = {
      ...doc.office,
      unitPrice: 11.05,
      unitPriceSource: 'region-table',
      unitPriceConfirmed: false,
    };
    doc.notes = [
      '1単位の単価 11.05円は地域区分「3級地」からの仮の値です（就労定着支援の単価は未確認）。事業所タブの「単価」で指定してください',
    ];
    // 3449 units × 11.05 = 38,111 yen; 1割 = 3,811 (under the 9,300 cap); benefit 38,111 − 3,811 = 34,300.
    Object.assign(doc.rows[0]!, {
      totalCost: 38111,
      copay: 3811,
      benefit: 34300,
      notes: ['3月12日から勤務時間が短くなりました'],
    });
    const file = join(tmp, 'billing-provisional.json');
    writeFileSync(file, JSON.stringify(doc));

    const portal = await openPortal('/modern/');
    const panel = await openPanel();
    await importFile(panel, file);
    await expect
      .poll(() => panel.locator('#notes').textContent())
      .toContain('11.05円は地域区分「3級地」からの仮の値です');
    await panel.locator('button.client', { hasText: '山田' }).click();
    expect(await panel.locator('#client-notes').textContent()).toContain('勤務時間が短くなりました');
    expect(await panel.locator('#client-notes').textContent()).toContain('仮の単価');

    const modern = () =>
      portal.evaluate(() => {
        const m = (
          window as unknown as {
            __modern: { state: Record<string, string>; submits: string[]; errors: Record<string, string> };
          }
        ).__modern;
        const v = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
        return {
          state: { ...m.state },
          submits: [...m.submits],
          errors: { ...m.errors },
          csrf: v('csrf'),
          shown: { total: v('total'), copay: v('copay'), q: v('q') },
          muniError: document.getElementById('muni-error')!.textContent,
        };
      });
    // step 1: the search box takes the number; the person searches and chooses the row
    await panel.getByRole('button', { name: 'この画面に入力' }).click();
    await expect.poll(async () => (await modern()).shown.q).toBe('1234567890');
    expect(await panel.locator('#summary .who').textContent()).toContain('山田 太郎さん・請求明細の登録');
    await portal.getByRole('button', { name: '検索' }).click();
    await portal.getByRole('button', { name: '選択' }).click();
    // step 2, tab 基本情報
    await panel.getByRole('button', { name: 'この画面に入力' }).click();
    await expect.poll(async () => (await modern()).state.num).toBe('1234567890');
    await expect
      .poll(() => panel.locator('#summary').textContent())
      .toContain('入力 7件・要確認 0件・値なし 0件');
    let summary = await panel.locator('#summary').textContent();
    expect(summary).toContain('表示されていない欄（別のタブや手順）7件には触れていません');
    // tab 請求情報
    await portal.getByRole('tab', { name: '請求情報' }).click();
    await panel.getByRole('button', { name: 'この画面に入力' }).click();
    await expect.poll(async () => (await modern()).state.units).toBe('3449');
    await expect
      .poll(() => panel.locator('#summary').textContent())
      .toContain('入力 6件・要確認 0件・値なし 0件');
    summary = await panel.locator('#summary').textContent();
    expect(summary).toContain('総費用額: 38,111［仮の単価］');
    expect(summary).toContain('負担上限月額: 9,300円');
    expect(await panel.locator('#summary li.provisional').count()).toBe(3);
    expect(summary).not.toContain('ページが値を');
    // back to tab 1: intact, the page's own checks pass
    await portal.getByRole('tab', { name: '基本情報' }).click();
    const m = await modern();
    expect(m.state).toEqual({
      client: 'P1',
      num: '1234567890',
      name: '山田 太郎',
      kana: 'ヤマダ　タロウ',
      muni: '131016',
      era: 'R',
      year: '7',
      month: '3',
      units: '3449',
      total: '38111',
      cap: '9300',
      copay: '3811',
      benefit: '34300',
      shared: '2025-03-28',
    });
    expect(m.shown).toEqual({ total: '38,111', copay: '3,811', q: '1234567890' });
    expect(m.errors.muni).toBe('');
    expect(m.muniError).toBe('');
    expect(m.csrf).toBe('csrf-7f3a9c21');
    expect(m.submits).toEqual([]);
    expect(portals.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    await expect
      .poll(() => panel.locator('button.client', { hasText: '山田' }).textContent())
      .toMatch(/入力済み \d+月\d+日 \d\d:\d\d/);
    if (process.env.TEICHAKU_SCREENSHOT_MODERN) {
      // the panel after both tabs' fills, and the portal's first tab after them (outlines kept)
      await panel.bringToFront();
      await panel.screenshot({ path: `${process.env.TEICHAKU_SCREENSHOT_MODERN}-panel.png`, fullPage: true });
      await portal.setViewportSize({ width: 640, height: 420 });
      await portal.bringToFront();
      await portal.screenshot({ path: `${process.env.TEICHAKU_SCREENSHOT_MODERN}-portal.png` });
    }
    // 元に戻す undoes the last fill (tab 請求情報) only
    await panel.getByRole('button', { name: '元に戻す' }).click();
    await expect
      .poll(() => panel.locator('#message').textContent())
      .toContain('5件の欄を入力前に戻しました。戻せなかった欄: 負担上限月額');
    const undone = await modern();
    // the dropdown has no "nothing chosen" option: it keeps 9,300円, and the panel said so
    expect(undone.state).toMatchObject({
      cap: '9300',
      units: '',
      total: '',
      copay: '',
      benefit: '',
      shared: '',
      num: '1234567890',
      muni: '131016',
      era: 'R',
    });
    expect(undone.submits).toEqual([]);
    // another client resets the summary
    await panel.locator('button.client', { hasText: '佐藤' }).click();
    expect(await panel.locator('#summary').textContent()).toBe('');
    await panel.close();
    await portal.close();
  });

  it('a hostile page script learns no client it was not shown and cannot choose the query or start a fill', async () => {
    const portal = await openPortal('/hostile/');
    const panel = await openPanel();
    await importFile(panel);
    await portal.bringToFront();
    // the person types 2234 (trusted keystrokes): the panel suggests 佐藤 花子
    await portal.locator('#num').pressSequentially('2234');
    const hits = panel.locator('#suggest button.hit');
    await expect.poll(() => hits.count()).toBe(1);
    // the page chooses a query of its own and drives every element with synthetic events
    await portal.evaluate(
      (id) => (window as unknown as { __hostile: { attack(id: string): void } }).__hostile.attack(id),
      extId,
    );
    await new Promise((r) => setTimeout(r, 600));
    expect(await panel.locator('#suggest').textContent()).toContain('「2234」');
    expect(await hits.count()).toBe(1);
    expect(await hits.textContent()).toContain('佐藤 花子');
    const page = () =>
      portal.evaluate(() => {
        const h = (
          window as unknown as { __hostile: { text(): string; attempts: string[]; teichakuVisible: boolean } }
        ).__hostile;
        return {
          text: h.text(),
          attempts: h.attempts,
          teichaku: h.teichakuVisible,
          name: (document.getElementById('name') as HTMLInputElement).value,
        };
      });
    let seen = await page();
    expect(seen.attempts).toEqual(expect.arrayContaining(['query', 'events', 'postMessage']));
    expect(seen.teichaku).toBe(false);
    expect(seen.name).toBe(''); // no fill started
    const clients = billingFixture().rows;
    for (const r of clients) {
      expect(seen.text).not.toContain(r.name);
      expect(seen.text).not.toContain(r.recipientNumber!);
      expect(seen.text).not.toContain(r.municipalityNumber!);
    }
    // the person chooses the suggestion in the panel: the page now holds that one client, no other
    await hits.click();
    await expect.poll(async () => (await page()).name).toBe('佐藤 花子');
    seen = await page();
    expect(seen.text).toContain('2234567891');
    for (const r of clients.filter((c) => c.id !== 'C002')) {
      expect(seen.text).not.toContain(r.name);
      expect(seen.text).not.toContain(r.recipientNumber!);
    }
    await panel.close();
    await portal.close();
  });

  it('teach mode picks a div-made combobox (a trusted click) and the taught profile fills it', async () => {
    const portal = await openPortal('/modern/');
    const panel = await openPanel();
    await importFile(panel);
    await portal.locator('#q').pressSequentially('1234');
    await portal.getByRole('button', { name: '検索' }).click();
    await portal.getByRole('button', { name: '選択' }).click();
    await portal.getByRole('tab', { name: '請求情報' }).click();
    await panel.locator('#teach summary').click();
    await panel.getByRole('button', { name: '教えるモードを開始' }).click();
    await portal.locator('#cap').click();
    await expect.poll(() => panel.locator('#teach-label').textContent()).toBe('負担上限月額');
    expect(await panel.locator('#teach-item').inputValue()).toBe('copayCap');
    await panel.getByRole('button', { name: 'この欄を覚える' }).click();
    await expect
      .poll(() => panel.locator('#message').textContent())
      .toContain('負担上限月額として覚えました');
    await panel.getByRole('button', { name: '教えるモードを終了' }).click();
    await portal.keyboard.press('Escape');
    await panel.locator('button.client', { hasText: '佐藤' }).click();
    await panel.getByRole('button', { name: 'この画面に入力' }).click();
    await expect
      .poll(() =>
        portal.evaluate(
          () => (window as unknown as { __modern: { state: { cap: string } } }).__modern.state.cap,
        ),
      )
      .toBe('0');
    await expect.poll(() => panel.locator('#summary').textContent()).toContain('負担上限月額: 0円');
    expect(await panel.locator('#summary li', { hasText: '負担上限月額' }).getAttribute('title')).toBe(
      'プロファイル（#cap）',
    );
    await panel.close();
    await portal.close();
  });
});
