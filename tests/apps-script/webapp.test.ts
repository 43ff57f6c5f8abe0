/// <reference types="google-apps-script" />
import { beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../cli/load.ts';
import { BillingDocumentSchema, buildBillingDocument } from '../../shared/billing/document.ts';
import { readWorkbook } from '../../shared/read/workbook.ts';
import type { Workbook } from '../../shared/sheet/tab.ts';
import { type Addon, builtCode, loadAddon, loadWorkbook, webGet } from './harness.ts';

/** The web app (doGet) and the 請求データ sidebar of the BUILT add-on, in the vm with fake services. */
let code = '';
let wb: Workbook;
beforeAll(async () => {
  code = await builtCode();
  wb = await readXlsx('samples/caseload-sample.xlsx');
});

const URL_EXEC = 'https://script.google.com/macros/s/AKfy-test/exec';

function office(today = '2025-04-05', timeZone = 'Asia/Tokyo'): Addon {
  const a = loadAddon(code, { today, timeZone });
  loadWorkbook(a, wb);
  a.service.url = URL_EXEC;
  return a;
}

/** Issue a token as the office does: from the sidebar's button. */
function issue(a: Addon): string {
  const r = a.call('teichakuRenewToken') as { ok: boolean; token: string };
  expect(r.ok).toBe(true);
  return r.token;
}

const json = (a: Addon, params: Record<string, string>) => {
  const r = webGet(a, params);
  expect(r.mime).toBe('JSON');
  return JSON.parse(r.text) as Record<string, unknown>;
};

describe('doGet: the web app of the built add-on', () => {
  it('with the right token: the billing document, as shared/billing builds it from the same workbook', () => {
    const a = office('2025-04-05');
    const token = issue(a);
    const body = json(a, { token, month: '2025-03' });
    const doc = BillingDocumentSchema.parse(body);
    const read = readWorkbook(wb);
    if (!read.ok) throw new Error(read.error);
    expect(doc).toEqual(buildBillingDocument(read.caseload, '2025-03', '2025-04-05'));
    expect(doc.rows.length).toBeGreaterThan(0);
    // without a month: last month (the month an office bills between the 1st and the 10th)
    expect(json(a, { token })).toEqual(body);
    // in another zone of the machine or of the sheet the same days are read
    const la = office('2025-04-05', 'America/Los_Angeles');
    expect(json(la, { token: issue(la), month: '2025-03' })).toEqual(body);
  });

  it('runs outside the spreadsheet: opens it by the id stored with the token, reads no Ui, no document properties', () => {
    const a = office();
    const token = issue(a);
    a.calls.reset();
    json(a, { token, month: '2025-03' });
    expect(a.calls.count('SpreadsheetApp.openById')).toBe(1);
    expect(a.calls.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(0);
    expect(a.calls.count('SpreadsheetApp.getUi')).toBe(0);
    expect(a.calls.count('ContentService.createTextOutput')).toBe(1);
    expect(a.calls.count('TextOutput.setMimeType')).toBe(1);
    // one batched read per tab
    expect(a.calls.count('Range.getValues')).toBe(a.ss.sheets.length);
  });

  it.each([
    ['a wrong token', (t: string) => ({ token: `${t.slice(0, -1)}${t.endsWith('0') ? '1' : '0'}` })],
    ['no token', () => ({})],
    ['an empty token', () => ({ token: '' })],
    ['a prefix of the token', (t: string) => ({ token: t.slice(0, 32) })],
    ['the token twice', (t: string) => ({ token: t + t })],
  ])('%s: forbidden, and no data at all', (_, params) => {
    const a = office();
    const token = issue(a);
    a.calls.reset();
    const body = json(a, { ...params(token), month: '2025-03' });
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toEqual({ code: 'forbidden', message: expect.stringContaining('トークン') });
    // the sheet was not even opened
    expect(a.calls.count('SpreadsheetApp.openById')).toBe(0);
    expect(a.calls.count('Range.getValues')).toBe(0);
  });

  it('before any token was issued, every request is forbidden', () => {
    const a = office();
    expect(json(a, { token: '' })).toMatchObject({ error: { code: 'forbidden' } });
    expect(json(a, { token: 'undefined' })).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('renewing the token: the old one is refused from then on, the new one works', () => {
    const a = office();
    const old = issue(a);
    expect(json(a, { token: old, month: '2025-03' })).toHaveProperty('rows');
    const renewed = issue(a);
    expect(renewed).not.toBe(old);
    expect(renewed).toMatch(/^[0-9a-f]{64}$/);
    expect(json(a, { token: old, month: '2025-03' })).toMatchObject({ error: { code: 'forbidden' } });
    expect(json(a, { token: renewed, month: '2025-03' })).toHaveProperty('rows');
  });

  it('a bad month or a month with nobody gets an error code and a Japanese message, no data', () => {
    const a = office();
    const token = issue(a);
    expect(json(a, { token, month: '2025-13' })).toEqual({
      error: { code: 'bad-request', message: expect.stringContaining('YYYY-MM') },
    });
    expect(json(a, { token, month: '1999-01' })).toEqual({
      error: { code: 'not-found', message: expect.stringContaining('利用者がいません') },
    });
  });

  it('reads the sheet with the saved 列の対応 (copied for the web app when saved) and skips the tabs the add-on wrote', () => {
    const a = office('2025-04-05');
    a.call('teichakuValidate'); // writes the 点検結果 and 月次接触状況 tabs
    const token = issue(a);
    const before = json(a, { token, month: '2025-03' });
    expect(BillingDocumentSchema.parse(before).rows.length).toBeGreaterThan(0);
    // a mapping that says the contact log is not to be read: doGet now cannot bill
    const ignoring = JSON.stringify({ tabs: { 支援記録: { role: 'ignore' } } });
    expect(a.call('teichakuSaveMapping', ignoring)).toMatchObject({ ok: true });
    expect(a.scriptProperties.getProperty('teichaku.webapp.mapping')).toBe(ignoring);
    expect(json(a, { token, month: '2025-03' })).toEqual({
      error: { code: 'unreadable', message: expect.stringContaining('支援記録') },
    });
    a.call('teichakuResetMapping');
    expect(a.scriptProperties.getProperty('teichaku.webapp.mapping')).toBeNull();
    expect(json(a, { token, month: '2025-03' })).toEqual(before);
  });

  it('never reads a tab the add-on made, even one that looks like the office roster', () => {
    const a = office('2025-04-05');
    const token = issue(a);
    const before = json(a, { token, month: '2025-03' });
    // a tab of the add-on's (its id recorded as the 動作確認 tab) holding the first rows of the roster, moved to
    // the front: read as the office's data, it would be taken for the roster and bill two clients only
    const roster = a.ss.sheet('利用者');
    const copy = a.ss.addTab({
      name: '名簿の写し',
      rows: roster.cells.slice(0, 3).map((r) => (r ?? []).map((c) => c?.v ?? '')),
    });
    a.ss.sheets = [copy, ...a.ss.sheets.filter((x) => x !== copy)];
    a.documentProperties.setProperty('teichaku.selftestTab', String(copy.id));
    a.call('teichakuShowBilling'); // opening the sidebar copies the ids of the add-on's tabs for the web app
    expect(json(a, { token, month: '2025-03' })).toEqual(before);
  });

  it('sameToken: equal tokens only, and never an empty one', async () => {
    const { sameToken } = await import('../../apps-script/src/webapp.ts');
    expect(sameToken('abc', 'abc')).toBe(true);
    expect(sameToken('abd', 'abc')).toBe(false);
    expect(sameToken('ab', 'abc')).toBe(false);
    expect(sameToken('', '')).toBe(false);
  });

  it('a failure inside gives an internal error in Japanese, never a stack or sheet text', () => {
    const a = office();
    const token = issue(a);
    a.ss.getSpreadsheetTimeZone = () => {
      throw new Error('boom at 山田 太郎');
    };
    const body = json(a, { token });
    expect(body).toEqual({ error: { code: 'internal', message: expect.stringContaining('請求データ') } });
    expect(JSON.stringify(body)).not.toContain('山田');
  });
});

describe('the 請求データ sidebar (server side)', () => {
  it("opens on last month with the rows, the web-app URL and this sheet's token", () => {
    const a = office('2025-04-05');
    a.call('teichakuShowBilling');
    const bar = a.ui.sidebars.at(-1)!;
    expect(bar.title).toBe('請求データ');
    expect(bar.html).toContain('"month":"2025-03"');
    expect(bar.html).toContain('令和7年3月');
    expect(bar.html).toContain(URL_EXEC);
    expect(bar.html).toContain('"token":null');
    const token = issue(a);
    a.call('teichakuShowBilling');
    expect(a.ui.sidebars.at(-1)!.html).toContain(token);
  });

  it('changing the month answers the view of that month', () => {
    const a = office('2025-04-05');
    const v = a.call('teichakuBillingData', '2025-02') as { month: string; doc: { month: string } };
    expect(v.month).toBe('2025-02');
    expect(v.doc.month).toBe('2025-02');
    expect(() => a.call('teichakuBillingData', '2025-2')).not.toThrow();
    const bad = a.call('teichakuBillingData', '2025-2') as { doc: unknown; problem: string };
    expect(bad.doc).toBeNull();
    expect(bad.problem).toContain('YYYY-MM');
  });

  it('escapes sheet text: a name with markup stays text in the page', () => {
    const a = office('2025-04-05');
    const roster = a.ss.sheet('利用者');
    const header = roster.cells[0]!.map((c) => String(c?.v ?? ''));
    const col = header.findIndex((h) => h.includes('氏名'));
    roster.cell(2, col + 1).v = '</script><img src=x onerror=alert(1)>';
    a.call('teichakuShowBilling');
    const html = a.ui.sidebars.at(-1)!.html;
    expect(html).not.toContain('</script><img');
    expect(html).toContain('\\u003c/script\\u003e');
  });

  it('when the web app serves another spreadsheet, the sidebar says so and shows no token', () => {
    const a = office();
    a.scriptProperties.setProperty(
      'teichaku.webapp',
      JSON.stringify({
        spreadsheetId: 'another-sheet',
        token: 'f'.repeat(64),
        issued: '2025-04-01T00:00:00Z',
      }),
    );
    const v = a.call('teichakuBillingData', '2025-03') as {
      webApp: { token: unknown; servesOther: boolean };
    };
    expect(v.webApp).toMatchObject({ token: null, servesOther: true });
    // and the web app refuses this sheet's requests until a token is issued here
    const token = issue(a);
    expect(json(a, { token, month: '2025-03' })).toHaveProperty('rows');
    expect(json(a, { token: 'f'.repeat(64) })).toMatchObject({ error: { code: 'forbidden' } });
  });
});
