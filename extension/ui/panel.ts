import { browser } from 'wxt/browser';
import type { BillingDocument, BillingRow } from '../../shared/billing/document.ts';
import type { FrameResult } from '../content/session.ts';
import { ensureOrigin, requestOrigin } from '../core/permissions.ts';
import {
  clearData,
  type FilledLog,
  getDocument,
  getFilled,
  getProfiles,
  getSettings,
  markFilled,
  saveDocument,
  saveProfiles,
} from '../core/storage.ts';
import { fillTab, targetTab, teachTab, undoTab } from '../core/tab-fill.ts';
import { parseBillingDocument } from '../lib/billing-import.ts';
import { formatEra } from '../lib/era.ts';
import { ITEM_IDS, ITEMS, type ItemId } from '../lib/items.ts';
import { type Part, TRANSFORMS, type Transform } from '../lib/match.ts';
import type { Message } from '../lib/messages.ts';
import { teach } from '../lib/profile.ts';
import { searchClients } from '../lib/search.ts';
import { fetchBillingFromWebApp, isLocalHost } from '../lib/webapp.ts';
import { filledWhen } from '../lib/when.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let doc: BillingDocument | null = null;
let selected: string | null = null;
let lastTab: number | null = null;
let filled: FilledLog = {};

/** Items computed from the unit price: marked when the price is provisional (unitPriceConfirmed false). */
const PRICED = new Set(['totalCost', 'copay', 'benefit']);
const provisional = () => doc !== null && doc.office.unitPrice !== null && !doc.office.unitPriceConfirmed;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', cls = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

const filledAt = (id: string) => (doc ? filled[doc.month]?.[id] : undefined);

function say(text: string, ok = false): void {
  const m = $('message');
  m.textContent = text;
  m.className = ok ? 'ok' : '';
}

function render(): void {
  $('month').textContent = doc
    ? `${formatEra(doc.month)}分　${doc.office.name ?? '事業所名なし'}（${doc.totals.billable}/${doc.totals.clients}人 請求可・入力済み ${doc.rows.filter((r) => filledAt(r.id)).length}人）`
    : '請求データがまだありません';
  renderNotes();
  const list = $('clients');
  list.replaceChildren();
  const rows = doc ? searchClients(doc.rows, $<HTMLInputElement>('search').value) : [];
  for (const r of rows) list.append(clientItem(r));
  renderClientNotes();
  ($('fill') as HTMLButtonElement).disabled = !doc || !selected;
  ($('clear') as HTMLButtonElement).disabled = !doc;
}

/** The document's own notes (a provisional unit price first), shown before anything is filled. */
function renderNotes(): void {
  const box = $('notes');
  box.replaceChildren();
  if (!doc) return;
  const lines = [...doc.notes];
  if (provisional() && !lines.some((n) => n.includes('単価')))
    lines.unshift(`1単位の単価 ${doc.office.unitPrice}円は仮の値です（unitPriceConfirmed: false）。`);
  if (provisional())
    lines.push(
      '総費用額・利用者負担額・給付費はこの仮の単価で計算した値です。入力した欄には「仮の単価」と表示します。',
    );
  if (lines.length === 0) return;
  const ul = el('ul');
  for (const n of lines) ul.append(el('li', n));
  box.append(el('strong', '請求データの注意'), ul);
}

/** The chosen client's notes (休職, ジョブコーチ, the sheet's notes, 入力済み), shown before filling. */
function renderClientNotes(): void {
  const box = $('client-notes');
  box.replaceChildren();
  const row = doc?.rows.find((r) => r.id === selected);
  if (!row) return;
  const lines: string[] = [];
  const at = filledAt(row.id);
  if (at) lines.push(`${filledWhen(at)}に入力済みです。もう一度入力すると上書きします。`);
  if (row.onLeave)
    lines.push('この月は休職中です（支援の要件を満たせば請求できます。市町村に確認してください）。');
  for (const r of row.reasons) if (r.code === 'jobcoach-month') lines.push(r.message);
  lines.push(...row.notes);
  if (provisional() && row.billable) lines.push('総費用額・利用者負担額・給付費は仮の単価による金額です。');
  if (lines.length === 0) return;
  const ul = el('ul');
  for (const n of lines) ul.append(el('li', n));
  box.append(el('strong', `${row.name}さんの注意`), ul);
}

function choose(id: string): void {
  if (selected !== id) $('summary').replaceChildren();
  selected = id;
  $('confirm').hidden = true;
  render();
}

function clientItem(r: BillingRow): HTMLLIElement {
  const li = el('li');
  const button = el('button', '', 'client');
  button.type = 'button';
  button.dataset.id = r.id;
  button.setAttribute('aria-pressed', String(r.id === selected));
  li.append(button);
  button.append(
    el('strong', r.name),
    el('span', r.kana ?? '', 'kana'),
    el('span', r.recipientNumber ?? '受給者証番号なし', 'num'),
    el('span', r.billable ? '請求可' : '請求不可', `badge ${r.billable ? 'ok' : 'no'}`),
  );
  const at = filledAt(r.id);
  if (at) button.append(el('span', `入力済み ${filledWhen(at)}`, 'badge done'));
  if (!r.billable)
    button.append(el('span', r.reasons.map((x) => x.message).join('／') || '理由不明', 'reason'));
  button.addEventListener('click', () => choose(r.id));
  return li;
}

/** Suggestions for what the person typed in a portal's 受給者証番号 or 氏名 field (never shown in the page). */
function suggest(query: string): void {
  const box = $('suggest');
  box.replaceChildren();
  box.hidden = true;
  if (!doc || !query.trim()) return;
  const hits = searchClients(doc.rows, query).slice(0, 8);
  box.hidden = false;
  box.append(
    el('p', `ポータルの欄に入力中の「${query}」に合う利用者${hits.length ? '' : 'はいません'}`, 'muted'),
  );
  for (const r of hits) {
    const b = el('button', `${r.name}（${r.recipientNumber ?? '番号なし'}）${r.billable ? '' : ' 請求不可'}`);
    b.type = 'button';
    b.className = r.billable ? 'hit' : 'hit no';
    b.addEventListener('click', () => {
      box.hidden = true;
      choose(r.id);
      void fill(false);
    });
    box.append(b);
  }
}

async function load(result: ReturnType<typeof parseBillingDocument>): Promise<void> {
  if (!result.ok) return say(result.message);
  doc = result.doc;
  selected = null;
  $('summary').replaceChildren();
  await saveDocument(doc);
  say(`${formatEra(doc.month)}分の請求データを読み込みました（${doc.rows.length}人）。`, true);
  render();
}

/** The read-back of one fill: which client, which screen, what was filled and why any field was not. */
function summary(results: FrameResult[], row: BillingRow): void {
  const fields = results.flatMap((r) => r.fields);
  const count = (s: string) => fields.filter((f) => f.state === s).length;
  const box = $('summary');
  box.replaceChildren();
  const screen = results.find((r) => r.fields.some((f) => f.state !== 'hidden')) ?? results[0];
  let where = '';
  try {
    where = screen ? `${screen.title || new URL(screen.url).pathname}（${new URL(screen.url).host}）` : '';
  } catch {
    where = screen?.title ?? '';
  }
  box.append(el('p', `${row.name}さん・${where}`, 'who'));
  box.append(
    el(
      'p',
      fields.length === 0
        ? 'この画面に入力できる欄が見つかりませんでした。教えるモードで欄を教えてください。'
        : `入力 ${count('filled')}件・要確認 ${count('changed') + count('flagged')}件・値なし ${count('empty')}件（送信はしていません）`,
    ),
  );
  if (count('hidden') > 0)
    box.append(
      el('p', `表示されていない欄（別のタブや手順）${count('hidden')}件には触れていません。`, 'muted'),
    );
  const ul = el('ul');
  for (const f of fields) {
    if (f.state === 'hidden') continue;
    const priced = provisional() && PRICED.has(f.item) && f.state !== 'empty';
    const li = el('li', '', priced ? `${f.state} provisional` : f.state);
    li.textContent = `${f.label}${f.state === 'filled' ? `: ${f.value}` : ''}${f.note ? `（${f.note}）` : ''}${priced ? '［仮の単価］' : ''}`;
    li.title = f.reason;
    ul.append(li);
  }
  box.append(ul);
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
    if (results.some((r) => r.fields.some((f) => f.state === 'filled')))
      filled = await markFilled(doc.month, row.id, new Date().toISOString());
    render();
    summary(results, row);
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
  filled = await getFilled();
  render();
  $('search').addEventListener('input', render);
  $<HTMLInputElement>('file').addEventListener('change', async (ev) => {
    const input = ev.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await load(parseBillingDocument(await file.text()));
    input.value = '';
  });
  $('fetch').addEventListener('click', async () => {
    const button = $<HTMLButtonElement>('fetch');
    const s = await getSettings();
    if (!s.webAppUrl) return say('ウェブアプリのURLが設定されていません。「設定」で設定してください。');
    let origin: string;
    try {
      origin = new URL(s.webAppUrl).origin;
    } catch {
      return say('ウェブアプリのURLが正しくありません。「設定」で直してください。');
    }
    if (!(await ensureOrigin(origin))) return say('ウェブアプリへのアクセスが許可されませんでした。');
    // Busy: one request at a time, the button says so until the answer (or the timeout) comes.
    button.disabled = true;
    button.textContent = '取得しています…';
    button.setAttribute('aria-busy', 'true');
    say('ウェブアプリから請求データを取得しています…（最長30秒、つながらなければもう一度試します）', true);
    try {
      await load(await fetchBillingFromWebApp(s.webAppUrl, s.token, undefined));
    } finally {
      button.disabled = false;
      button.textContent = 'ウェブアプリから取得';
      button.removeAttribute('aria-busy');
    }
  });
  $('clear').addEventListener('click', async () => {
    await clearData();
    doc = null;
    selected = null;
    filled = {};
    $('summary').replaceChildren();
    suggest('');
    render();
    say('請求データと入力済みの記録をこの拡張機能から消しました。', true);
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
    const r = await undoTab(lastTab);
    $('summary').replaceChildren();
    ($('undo') as HTMLButtonElement).disabled = true;
    const kept = [...new Set(r.kept)];
    say(
      `${r.restored}件の欄を入力前に戻しました。${kept.length ? `戻せなかった欄: ${kept.join('、')}（ページが欄を作り直したか、「未選択」に戻す選択肢がありません。ページで直してください）。` : ''}`,
      kept.length === 0,
    );
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
    const u = new URL(origin);
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && isLocalHost(u.hostname)))
      return say(
        'ポータルのアドレスは https:// で始まる必要があります（http:// のサイトでは有効にできません）。',
      );
    if (!(await requestOrigin(origin))) return say('このサイトへのアクセスが許可されませんでした。');
    $('enable').hidden = true;
    say(`${origin} で有効にしました。もう一度「この画面に入力」を押してください。`, true);
  });
  browser.runtime.onMessage.addListener((msg: Message, sender) => {
    // Only our own content script sends these (a web page cannot reach the extension's messaging).
    if (sender.id !== browser.runtime.id) return undefined;
    if (msg.type === 'teach-picked' && teaching) onPicked(msg);
    if (msg.type === 'typed') suggest(msg.query);
    return undefined;
  });
}
