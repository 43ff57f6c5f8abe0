import { browser } from 'wxt/browser';
import { matchFields } from '../lib/match.ts';
import type { Message } from '../lib/messages.ts';
import { collect, type FieldElement } from './collect.ts';

/**
 * Autocomplete on recognised 受給者証番号 and 氏名 fields, without giving the page anything: this script
 * only tells the panel what the person typed there, and the panel shows the matching clients (the page's
 * DOM never holds a client list, open or in a shadow root). The query is made of the person's own
 * keystrokes only — trusted `input` events' inserted text — never of the field's value, which a page
 * script can set: the page can neither choose the query nor start a fill.
 */
const typed = new WeakMap<Element, { committed: string; composing: string }>();
let timer: ReturnType<typeof setTimeout> | undefined;

function recognised(el: FieldElement): 'recipientNumber' | 'name' | null {
  const { fields, elements } = collect(document);
  const m = matchFields(fields).get(elements.indexOf(el));
  return m?.item === 'recipientNumber' || m?.item === 'name' ? m.item : null;
}

/** The person's text in the field, from the trusted input events since it took focus. */
export function trackTyping(
  buf: { committed: string; composing: string },
  ev: Pick<InputEvent, 'inputType' | 'data'>,
): void {
  switch (ev.inputType) {
    case 'insertText':
    case 'insertFromPaste':
    case 'insertFromDrop':
    case 'insertReplacementText':
      buf.committed += ev.data ?? '';
      buf.composing = '';
      return;
    case 'insertCompositionText':
      buf.composing = ev.data ?? '';
      return;
    case 'deleteContentBackward':
      if (!buf.composing) buf.committed = [...buf.committed].slice(0, -1).join('');
      return;
    default:
      // Anything else (cut, undo, a selection replaced …) leaves us unsure of the text: start again.
      buf.committed = '';
      buf.composing = '';
  }
}

function onInput(ev: Event): void {
  if (!ev.isTrusted) return;
  const el = ev.composedPath()[0];
  if (!(el instanceof HTMLInputElement) || !(ev instanceof InputEvent)) return;
  let buf = typed.get(el);
  if (!buf) {
    buf = { committed: '', composing: '' };
    typed.set(el, buf);
  }
  trackTyping(buf, ev);
  const query = buf.committed + buf.composing;
  clearTimeout(timer);
  timer = setTimeout(() => {
    const item = recognised(el);
    if (!item) return;
    const msg: Message = { type: 'typed', item, query };
    void browser.runtime.sendMessage(msg).catch(() => undefined);
  }, 120);
}

function onCompositionEnd(ev: CompositionEvent): void {
  if (!ev.isTrusted) return;
  const buf = typed.get(ev.composedPath()[0] as Element);
  if (buf) {
    buf.committed += buf.composing;
    buf.composing = '';
  }
}

function onFocus(ev: FocusEvent): void {
  // A new visit to the field starts a new query (only when the person focused it).
  if (ev.isTrusted) typed.delete(ev.composedPath()[0] as Element);
}

export function startAutocomplete(): void {
  document.addEventListener('input', onInput, true);
  document.addEventListener('compositionend', onCompositionEnd, true);
  document.addEventListener('focusin', onFocus, true);
}
