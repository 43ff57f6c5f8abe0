import { browser } from 'wxt/browser';
import { matchFields } from '../lib/match.ts';
import type { Message } from '../lib/messages.ts';
import { collect, type FieldElement } from './collect.ts';
import { isNative } from './widget.ts';

/**
 * Teach mode: a click on a field outlines it blue and tells the panel which field it was (its selector,
 * label and the heuristic's guess); the panel asks which data item it is and saves the profile.
 */
let active = false;
let picked: { el: FieldElement; outline: string } | null = null;

function onClick(ev: MouseEvent): void {
  // Only the person's own click: a page script's synthetic click cannot pick (or learn) anything.
  if (!ev.isTrusted) return;
  const start = ev.composedPath()[0];
  if (!(start instanceof Element)) return;
  const target: FieldElement | null = isNative(start)
    ? start
    : start.closest<HTMLElement>('[role=combobox],[role=listbox]');
  if (!target) return;
  const { fields, elements } = collect(document);
  const key = elements.indexOf(target);
  const f = fields[key];
  if (!f) return;
  if (picked) picked.el.style.outline = picked.outline;
  picked = { el: target, outline: target.style.outline };
  target.style.outline = '3px dashed #1a73e8';
  const m = matchFields(fields).get(key);
  const msg: Message = {
    type: 'teach-picked',
    url: location.href,
    selector: f.selector,
    label: f.labels.find((l) => l.source !== 'name')?.text ?? f.labels[0]?.text ?? f.selector,
    suggestion: m ? { item: m.item, part: m.part, transform: m.transform } : null,
  };
  void browser.runtime.sendMessage(msg).catch(() => undefined);
}

export function setTeachMode(on: boolean): void {
  if (on === active) return;
  active = on;
  if (on) document.addEventListener('click', onClick, true);
  else {
    document.removeEventListener('click', onClick, true);
    if (picked) picked.el.style.outline = picked.outline;
    picked = null;
  }
}
