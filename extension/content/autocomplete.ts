import { browser } from 'wxt/browser';
import { matchFields } from '../lib/match.ts';
import type { ClientHit, Message } from '../lib/messages.ts';
import { collect, type FieldElement } from './collect.ts';

/**
 * Autocomplete on recognised 受給者証番号 and 氏名 fields: typing shows matching clients (asked of the
 * background, which holds the data); choosing one fills the whole screen. A client who cannot be billed
 * needs a second, confirming click.
 */
let box: HTMLElement | null = null;
let shadow: ShadowRoot | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function recognised(el: FieldElement): boolean {
  const { fields, elements } = collect(document);
  const key = elements.indexOf(el);
  const m = matchFields(fields).get(key);
  return m?.item === 'recipientNumber' || m?.item === 'name';
}

function close(): void {
  box?.remove();
  box = null;
  shadow = null;
}

function show(el: FieldElement, hits: ClientHit[]): void {
  close();
  if (hits.length === 0) return;
  box = document.createElement('div');
  box.setAttribute('data-teichaku-ui', 'autocomplete');
  const r = el.getBoundingClientRect();
  box.style.cssText = `position:absolute;z-index:2147483647;left:${r.left + scrollX}px;top:${r.bottom + scrollY + 2}px`;
  shadow = box.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent =
    'ul{margin:0;padding:4px 0;list-style:none;background:#fff;border:1px solid #888;border-radius:6px;' +
    'box-shadow:0 2px 8px #0003;font:13px sans-serif;min-width:220px;max-height:240px;overflow:auto}' +
    'li{padding:4px 10px;cursor:pointer}li:hover{background:#e8f0fe}.no{color:#a50e0e}';
  const ul = document.createElement('ul');
  ul.setAttribute('role', 'listbox');
  for (const h of hits.slice(0, 8)) {
    const li = document.createElement('li');
    li.setAttribute('role', 'option');
    li.textContent = `${h.name}（${h.recipientNumber ?? '番号なし'}）${h.billable ? '' : ' 請求不可'}`;
    if (!h.billable) li.className = 'no';
    let armed = h.billable;
    li.addEventListener('mousedown', (ev) => {
      ev.preventDefault();
      if (!armed) {
        armed = true;
        li.textContent = `${h.name}: ${h.reason || 'この月は請求できません'}。もう一度押すと入力します`;
        return;
      }
      close();
      const msg: Message = { type: 'fill-client', clientId: h.id };
      void browser.runtime.sendMessage(msg).catch(() => undefined);
    });
    ul.append(li);
  }
  shadow.append(style, ul);
  document.body.append(box);
}

function onInput(ev: Event): void {
  if (!ev.isTrusted) return;
  const el = ev.composedPath()[0];
  if (!(el instanceof HTMLInputElement) || !recognised(el)) return;
  clearTimeout(timer);
  const query = el.value;
  timer = setTimeout(async () => {
    if (!query.trim()) return close();
    const msg: Message = { type: 'search', query };
    const hits = (await browser.runtime.sendMessage(msg).catch(() => [])) as ClientHit[];
    if (Array.isArray(hits)) show(el, hits);
  }, 120);
}

export function startAutocomplete(): void {
  document.addEventListener('input', onInput, true);
  document.addEventListener('focusout', () => setTimeout(close, 200), true);
}
