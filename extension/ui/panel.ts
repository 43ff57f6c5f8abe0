import { browser } from 'wxt/browser';
import type { BillingDocument, BillingRow } from '../../shared/billing/document.ts';
import type { FrameResult } from '../content/session.ts';
import { ensureOrigin, requestOrigin } from '../core/permissions.ts';
import { getDocument, getProfiles, getSettings, saveDocument, saveProfiles } from '../core/storage.ts';
import { fillTab, targetTab, teachTab, undoTab } from '../core/tab-fill.ts';
import { parseBillingDocument } from '../lib/billing-import.ts';
import { formatEra } from '../lib/era.ts';
import { ITEM_IDS, ITEMS, type ItemId } from '../lib/items.ts';
import { type Part, TRANSFORMS, type Transform } from '../lib/match.ts';
import type { Message } from '../lib/messages.ts';
import { teach } from '../lib/profile.ts';
import { searchClients } from '../lib/search.ts';
import { fetchBillingFromWebApp } from '../lib/webapp.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let doc: BillingDocument | null = null;
let selected: string | null = null;
let lastTab: number | null = null;

function say(text: string, ok = false): void {
  const m = $('message');
  m.textContent = text;
  m.className = ok ? 'ok' : '';
}

function render(): void {
  $('month').textContent = doc
    ? `${formatEra(doc.month)}分　${doc.office.name ?? '事業所名なし'}（${doc.totals.billable}/${doc.totals.clients}人 請求可）`
    : '請求データがまだありません';
  const list = $('clients');
  list.replaceChildren();
  const rows = doc ? searchClients(doc.rows, $<HTMLInputElement>('search').value) : [];
  for (const r of rows) list.append(clientItem(r));
  ($('fill') as HTMLButtonElement).disabled = !doc || !selected;
}

function clientItem(r: BillingRow): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'client';
  button.dataset.id = r.id;
  button.setAttribute('aria-pressed', String(r.id === selected));
  li.append(button);
  const name = document.createElement('strong');
  name.textContent = r.name;
  const kana = document.createElement('span');
  kana.className = 'kana';
  kana.textContent = r.kana ?? '';
  const num = document.createElement('span');
  num.className = 'num';
  num.textContent = r.recipientNumber ?? '受給者証番号なし';
  const badge = document.createElement('span');
  badge.className = `badge ${r.billable ? 'ok' : 'no'}`;
  badge.textContent = r.billable ? '請求可' : '請求不可';
  button.append(name, kana, num, badge);
  if (!r.billable) {
    const why = document.createElement('span');
    why.className = 'reason';
    why.textContent = r.reasons.map((x) => x.message).join('／') || '理由不明';
    button.append(why);
  }
  button.addEventListener('click', () => {
    selected = r.id;
    $('confirm').hidden = true;
    render();
  });
  return li;
}

async function load(result: ReturnType<typeof parseBillingDocument>): Promise<void> {
  if (!result.ok) return say(result.message);
  doc = result.doc;
  selected = null;
  await saveDocument(doc);
  say(`${formatEra(doc.month)}分の請求データを読み込みました（${doc.rows.length}人）。`, true);
  render();
}

function summary(results: FrameResult[]): void {
  const fields = results.flatMap((r) => r.fields);
  const count = (s: string) => fields.filter((f) => f.state === s).length;
  const box = $('summary');
  box.replaceChildren();
  const head = document.createElement('p');
  head.textContent =
    fields.length === 0
      ? 'この画面に入力できる欄が見つかりませんでした。教えるモードで欄を教えてください。'
      : `入力 ${count('filled')}件・要確認 ${count('changed') + count('flagged')}件・値なし ${count('empty')}件（送信はしていません）`;
  const ul = document.createElement('ul');
  for (const f of fields) {
    const li = document.createElement('li');
    li.className = f.state;
    li.textContent = `${f.label}${f.state === 'filled' ? `: ${f.value}` : ''}${f.note ? `（${f.note}）` : ''}`;
    li.title = f.reason;
    ul.append(li);
  }
  box.append(head, ul);
}

async function portalTab(): Promise<number | null> {
  const t = await targetTab();
  if (!t) {
    say('入力するポータルのタブが見つかりません。ポータルの画面を開いてください。');
    return null;
  }
  if (!t.url) {
    // Without a host permission the tab's address is not visible to us (no "tabs" permission, on purpose).
    $('enable').hidden = false;
    say('このタブのサイトでは拡張機能がまだ有効になっていません。');
    return null;
  }
  if (!(await ensureOrigin(new URL(t.url).origin))) {
    say('このサイトへのアクセスが許可されませんでした。');
    return null;
  }
  return t.id;
}

async function fill(confirmed: boolean): Promise<void> {
  const row = doc?.rows.find((r) => r.id === selected);
  if (!doc || !row) return;
  if (!row.billable && !confirmed) {
    $('confirm-text').textContent =
      `${row.name}さんはこの月は請求できません（${row.reasons.map((r) => r.message).join('／')}）。それでも入力しますか？`;
    $('confirm').hidden = false;
    return;
  }
  $('confirm').hidden = true;
  const tabId = await portalTab();
  if (tabId === null) return;
  try {
    const results = await fillTab(tabId, doc, row, await getProfiles());
    lastTab = tabId;
    ($('undo') as HTMLButtonElement).disabled = false;
    summary(results);
    say('');
  } catch {
    say('この画面には入力できませんでした（ページを読み込み直してから試してください）。');
  }
}

let teaching = false;
let picked: Extract<Message, { type: 'teach-picked' }> | null = null;

function fillSelect(sel: HTMLSelectElement, entries: [string, string][], value: string): void {
  sel.replaceChildren(
    ...entries.map(([v, t]) => {
      const o = document.createElement('option');
      o.value = v;
      o.textContent = t;
      return o;
    }),
  );
  sel.value = value;
}

const PARTS: [Part, string][] = [
  ['whole', '全体'],
  ['era', '元号'],
  ['year', '年'],
  ['month', '月'],
  ['day', '日'],
];

function onPicked(m: Extract<Message, { type: 'teach-picked' }>): void {
  picked = m;
  $('teach-form').hidden = false;
  $('teach-label').textContent = m.label;
  const s = m.suggestion;
  fillSelect(
    $('teach-item'),
    ITEM_IDS.map((i) => [i, ITEMS[i].label]),
    s?.item ?? 'name',
  );
  fillSelect($('teach-part'), PARTS, s?.part ?? 'whole');
  fillSelect($('teach-transform'), Object.entries(TRANSFORMS), s?.transform ?? 'as-is');
}

async function saveTaught(): Promise<void> {
  if (!picked) return;
  const field = {
    selector: picked.selector,
    item: $<HTMLSelectElement>('teach-item').value as ItemId,
    part: $<HTMLSelectElement>('teach-part').value as Part,
    transform: $<HTMLSelectElement>('teach-transform').value as Transform,
    label: picked.label,
  };
  await saveProfiles(teach(await getProfiles(), picked.url, field));
  say(`「${picked.label}」を${ITEMS[field.item].label}として覚えました。`, true);
  $('teach-form').hidden = true;
  picked = null;
}

export async function startPanel(): Promise<void> {
  doc = await getDocument();
  render();
  $('search').addEventListener('input', render);
  $<HTMLInputElement>('file').addEventListener('change', async (ev) => {
    const input = ev.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await load(parseBillingDocument(await file.text()));
    input.value = '';
  });
  $('fetch').addEventListener('click', async () => {
    const s = await getSettings();
    if (!s.webAppUrl) return say('ウェブアプリのURLが設定されていません。「設定」で設定してください。');
    let origin: string;
    try {
      origin = new URL(s.webAppUrl).origin;
    } catch {
      return say('ウェブアプリのURLが正しくありません。「設定」で直してください。');
    }
    if (!(await ensureOrigin(origin))) return say('ウェブアプリへのアクセスが許可されませんでした。');
    say('取得しています…', true);
    await load(await fetchBillingFromWebApp(s.webAppUrl, s.token, undefined));
  });
  $('options').addEventListener('click', () => {
    void browser.runtime.openOptionsPage();
  });
  $('fill').addEventListener('click', () => void fill(false));
  $('confirm-yes').addEventListener('click', () => void fill(true));
  $('confirm-no').addEventListener('click', () => {
    $('confirm').hidden = true;
  });
  $('undo').addEventListener('click', async () => {
    if (lastTab === null) return;
    const n = await undoTab(lastTab);
    $('summary').replaceChildren();
    ($('undo') as HTMLButtonElement).disabled = true;
    say(`${n}件の欄を入力前に戻しました。`, true);
  });
  $('teach-toggle').addEventListener('click', async () => {
    const tabId = await portalTab();
    if (tabId === null) return;
    teaching = !teaching;
    await teachTab(tabId, teaching);
    $('teach-toggle').textContent = teaching ? '教えるモードを終了' : '教えるモードを開始';
    if (!teaching) $('teach-form').hidden = true;
  });
  $('teach-save').addEventListener('click', () => void saveTaught());
  $('enable-go').addEventListener('click', async () => {
    let origin: string;
    try {
      origin = new URL($<HTMLInputElement>('enable-url').value.trim()).origin;
    } catch {
      return say('ポータルのアドレスが正しくありません（https:// で始まるアドレスを貼り付けてください）。');
    }
    if (!/^https?:/.test(origin)) return say('ポータルのアドレスは https:// で始まる必要があります。');
    if (!(await requestOrigin(origin))) return say('このサイトへのアクセスが許可されませんでした。');
    $('enable').hidden = true;
    say(`${origin} で有効にしました。もう一度「この画面に入力」を押してください。`, true);
  });
  browser.runtime.onMessage.addListener((msg: Message) => {
    if (msg.type === 'teach-picked' && teaching) onPicked(msg);
    return undefined;
  });
}
