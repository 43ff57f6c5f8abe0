import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBillingDocument } from '../../extension/lib/billing-import.ts';
import { type Profile, profileFor, teach } from '../../extension/lib/profile.ts';
import { exportProfiles, importProfiles, mergeProfiles } from '../../extension/lib/profile-file.ts';
import { searchClients } from '../../extension/lib/search.ts';
import { checkWebAppUrl, fetchBillingFromWebApp, webAppRequestUrl } from '../../extension/lib/webapp.ts';
import { billingFixture } from './fixtures/billing.ts';
import { addonWebApp } from './portals/addon-webapp.ts';
import { type Portals, startPortals } from './portals/server.ts';

describe('reading a billing document, all or nothing', () => {
  it('takes the current schema', () => {
    const r = parseBillingDocument(JSON.stringify(billingFixture()));
    expect(r.ok && r.doc.rows.length).toBe(3);
  });
  it.each([
    ['not JSON', '{oops', 'JSONとして読めません'],
    ['an array', '[]', '請求データではありません'],
    ['no schema (some other JSON)', '{"findings":[]}', 'schema がありません'],
    ['an old schema', '{"schema":"teichaku.billing/v0"}', '対応していません'],
    ['a foreign schema', '{"schema":"acme.invoice/v3"}', '定着の請求データではありません'],
  ])('refuses %s with a Japanese message', (_, text, message) => {
    const r = parseBillingDocument(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
  it('refuses a document with one bad row and names where', () => {
    const doc = billingFixture();
    (doc.rows[2] as { supportDays: unknown }).supportDays = ['2025-02-30'];
    const r = parseBillingDocument(JSON.stringify(doc));
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain('rows.2.supportDays.0');
    // … and whose row it is
    if (!r.ok) expect(r.message).toContain('3人目の利用者（鈴木 一郎、ID C003）の rows.2.supportDays.0');
  });
  it('refuses two rows with the same id, naming both clients', () => {
    const doc = billingFixture();
    doc.rows[1]!.id = 'C001';
    const r = parseBillingDocument(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message).toBe(
        '請求データに利用者ID「C001」の行が2つあります（山田 太郎さんと佐藤 花子さん）。どちらを入力すればよいか決められないため読み込みませんでした。シートの利用者IDを直して、請求データを作り直してください。',
      );
  });
});

describe('client search', () => {
  const rows = billingFixture().rows;
  it.each([
    ['山田', ['C001']],
    ['やまだ', ['C001']],
    ['ヤマダ', ['C001']],
    ['ｻﾄｳ', ['C002']],
    ['2234', ['C002']],
    ['２２３４', ['C002']],
    ['', ['C001', 'C002', 'C003']],
  ])('「%s」', (q, ids) => {
    expect(searchClients(rows, q).map((r) => r.id)).toEqual(ids);
  });
});

describe('profiles', () => {
  const url = 'http://127.0.0.1:8080/unknown/?x=1';
  const field = {
    selector: '#f4',
    item: 'serviceMonth',
    part: 'whole',
    transform: 'date-slash',
    label: '月',
  } as const;
  it('teach makes one profile per screen and replaces a field taught twice', () => {
    let ps: Profile[] = teach([], url, field);
    ps = teach(ps, url, { ...field, transform: 'date-compact' });
    expect(ps).toHaveLength(1);
    expect(ps[0]!.fields).toEqual([{ ...field, transform: 'date-compact' }]);
    expect(profileFor(ps, 'http://127.0.0.1:8080/unknown/')?.path).toBe('/unknown/');
    expect(profileFor(ps, 'http://127.0.0.1:8080/other/')).toBeNull();
  });
  it('export → import round-trips; a wrong file imports nothing', () => {
    const ps = teach([], url, field);
    const back = importProfiles(exportProfiles(ps));
    expect(back).toEqual({ ok: true, profiles: ps });
    const bad = importProfiles(
      JSON.stringify({ schema: 'teichaku.portal-profiles/v1', profiles: [{ name: 'x' }] }),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('何も読み込んでいません');
    expect(mergeProfiles(ps, ps)).toHaveLength(1);
  });
});

describe("the web-app request (contract in extension/README.md) against the add-on's own doGet", () => {
  let portals: Portals;
  let token = '';
  let clients = 0;
  const url = () => `${portals.origin}/macros/s/test/exec`;
  beforeAll(async () => {
    const addon = await addonWebApp();
    token = addon.token;
    clients = addon.clients;
    portals = await startPortals(addon.webApp);
  }, 300_000);
  afterAll(() => portals.close());

  it('puts the token (and the month) in the query string', () => {
    expect(webAppRequestUrl('https://script.google.com/macros/s/AKf/exec', 'a b', '2025-03')).toBe(
      'https://script.google.com/macros/s/AKf/exec?token=a+b&month=2025-03',
    );
  });
  it('the right token gets the document (last month by default, or the month asked for)', async () => {
    const r = await fetchBillingFromWebApp(url(), token, undefined);
    expect(r.ok && r.doc.month).toBe('2025-03');
    expect(r.ok && r.doc.rows.length).toBe(clients);
    const feb = await fetchBillingFromWebApp(url(), token, '2025-02');
    expect(feb.ok && feb.doc.month).toBe('2025-02');
  });
  it('a month with nobody in it gets the not-found message', async () => {
    const r = await fetchBillingFromWebApp(url(), token, '1999-01');
    expect(r).toEqual({ ok: false, message: '指定した月の請求データがありません。' });
  });
  it('a wrong or missing token gets the forbidden error as a Japanese message and no data', async () => {
    const r = await fetchBillingFromWebApp(url(), 'wrong', undefined);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('トークンが違う') });
    const none = await fetchBillingFromWebApp(url(), '  ', undefined);
    expect(none).toMatchObject({
      ok: false,
      message: expect.stringContaining('トークンが設定されていません'),
    });
  });
  it('an HTML answer (a Google sign-in page) is explained, not parsed', async () => {
    const r = await fetchBillingFromWebApp(`${portals.origin}/spa/`, token, undefined);
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('ログイン') });
  });
  it('refuses a plain-http URL other than this computer (localhost, 127.0.0.1)', async () => {
    const r = await fetchBillingFromWebApp('http://example.com/exec', 't', undefined);
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('https://') });
    expect(checkWebAppUrl('http://script.google.com/macros/s/x/exec')).toContain('http:// は使えません');
    expect(checkWebAppUrl('https://script.google.com/macros/s/x/exec')).toBeNull();
    expect(checkWebAppUrl('http://localhost:8080/exec')).toBeNull();
    expect(checkWebAppUrl('http://127.0.0.1:8080/exec')).toBeNull();
    expect(checkWebAppUrl('http://localhost.example.com/exec')).not.toBeNull();
  });
  it('a web app that does not answer is given up after the timeout, tried twice, with a message', async () => {
    const r = await fetchBillingFromWebApp(`${portals.origin}/macros/s/slow/exec`, token, undefined, {
      timeoutMs: 300,
    });
    expect(r).toEqual({
      ok: false,
      message:
        'ウェブアプリが0秒以内に応答しませんでした（2回試しました）。少し待ってから、もう一度「ウェブアプリから取得」を押してください。',
    });
    expect(portals.requests.filter((q) => q.path === '/macros/s/slow/exec')).toHaveLength(2);
  });
  it('a dropped connection is tried again and the second answer is taken', async () => {
    const r = await fetchBillingFromWebApp(`${portals.origin}/macros/s/flaky/exec`, token, undefined);
    expect(r.ok && r.doc.rows.length).toBe(clients);
    expect(portals.requests.filter((q) => q.path === '/macros/s/flaky/exec')).toHaveLength(2);
  });
});
