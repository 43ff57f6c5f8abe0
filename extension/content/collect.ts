import type { FieldInfo, LabelSource } from '../lib/fields.ts';
import {
  ariaOptions,
  ariaRole,
  type FieldElement,
  fieldValue,
  isDisabled,
  isNative,
  isPopupOf,
  isReadOnly,
  optionText,
  optionValue,
} from './widget.ts';

export type { FieldElement } from './widget.ts';

/**
 * Collects the fillable fields of this frame's document and of its open shadow roots, as plain data
 * (FieldInfo) plus the elements by key: native inputs, selects, textareas, and div-made ARIA comboboxes
 * and listboxes. Frames are reached by running in every frame (all_frames).
 */

const FIELDS = 'input,select,textarea,[role=combobox],[role=listbox]';

const SKIP_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password', 'search']);

export interface Collected {
  fields: FieldInfo[];
  elements: FieldElement[];
  /** The root (document or shadow root) each element's selector is relative to. */
  roots: (Document | ShadowRoot)[];
}

function text(n: Node | null | undefined): string {
  return (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The visible words of a node without the text of controls inside it (a select's options). */
const CONTROLS = 'input,select,textarea,button,[role=combobox],[role=listbox]';

function ownText(el: Element): string {
  if (!el.querySelector(CONTROLS)) return text(el);
  const copy = el.cloneNode(true) as Element;
  for (const c of copy.querySelectorAll(CONTROLS)) c.remove();
  return text(copy);
}

function cellLabels(el: Element): { text: string; source: LabelSource }[] {
  const out: { text: string; source: LabelSource }[] = [];
  const cell = el.closest('td,th');
  if (cell) {
    for (let p = cell.previousElementSibling; p; p = p.previousElementSibling) {
      if (p.querySelector(FIELDS)) continue;
      const t = ownText(p);
      if (t) {
        out.push({ text: t, source: 'cell-left' });
        break;
      }
    }
    const row = cell.parentElement as HTMLTableRowElement | null;
    const prev = row?.previousElementSibling as HTMLTableRowElement | null;
    const index = (cell as HTMLTableCellElement).cellIndex;
    const above = prev?.cells?.[index];
    if (above && !above.querySelector(FIELDS)) {
      const t = ownText(above);
      if (t) out.push({ text: t, source: 'cell-above' });
    }
  }
  const dd = el.closest('dd');
  const dt = dd?.previousElementSibling;
  if (dt?.tagName === 'DT') out.push({ text: ownText(dt), source: 'cell-left' });
  return out;
}

function labelsOf(el: FieldElement, root: Document | ShadowRoot): { text: string; source: LabelSource }[] {
  const out: { text: string; source: LabelSource }[] = [];
  const isChoice = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
  if (isNative(el)) {
    if (!isChoice) for (const l of el.labels ?? []) out.push({ text: ownText(l), source: 'label' });
  } else if (el.id) {
    for (const l of root.querySelectorAll(`label[for="${el.id.replace(/"/g, '\\"')}"]`))
      out.push({ text: ownText(l), source: 'label' });
  }
  const aria = el.getAttribute('aria-label');
  if (aria) out.push({ text: aria, source: 'aria' });
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const t = by
      .split(/\s+/)
      .map((id) => text(root.getElementById?.(id) ?? el.ownerDocument.getElementById(id)))
      .join(' ');
    if (t.trim()) out.push({ text: t, source: 'aria' });
  }
  const group = el.closest('fieldset')?.querySelector('legend');
  if (isChoice && group) out.push({ text: text(group), source: 'label' });
  out.push(...cellLabels(el));
  const placeholder = el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder');
  if (placeholder) out.push({ text: placeholder, source: 'placeholder' });
  if (el.title) out.push({ text: el.title, source: 'title' });
  for (const s of [el.getAttribute('name'), el.id]) if (s) out.push({ text: s, source: 'name' });
  return out.filter((l) => l.text.trim() !== '');
}

function siblingText(el: Element, dir: 'next' | 'prev'): string {
  if (!isNative(el)) return '';
  const n = dir === 'next' ? el.nextSibling : el.previousSibling;
  if (!n) return '';
  if (n.nodeType === Node.TEXT_NODE) {
    const t = text(n);
    if (t) return t;
    const n2 = dir === 'next' ? n.nextSibling : n.previousSibling;
    if (n2 && n2.nodeType === Node.ELEMENT_NODE && !(n2 as Element).matches('input,select,textarea'))
      return ownText(n2 as Element);
    return '';
  }
  if (n.nodeType === Node.ELEMENT_NODE && !(n as Element).matches('input,select,textarea'))
    return ownText(n as Element);
  return '';
}

function cssEscape(s: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/[^\w-]/g, (c) => `\\${c}`);
}

/** A selector that finds the element again in its root: #id, tag[name], then an nth-of-type path. */
export function selectorFor(el: Element, root: Document | ShadowRoot): string {
  const unique = (sel: string) => {
    try {
      return root.querySelectorAll(sel).length === 1;
    } catch {
      return false;
    }
  };
  if (el.id && unique(`#${cssEscape(el.id)}`)) return `#${cssEscape(el.id)}`;
  const tag = el.tagName.toLowerCase();
  const name = el.getAttribute('name');
  if (name) {
    const s = `${tag}[name="${name.replace(/"/g, '\\"')}"]`;
    if (unique(s)) return s;
    const v = el.getAttribute('value');
    if (v !== null && unique(`${s}[value="${v.replace(/"/g, '\\"')}"]`))
      return `${s}[value="${v.replace(/"/g, '\\"')}"]`;
  }
  const parts: string[] = [];
  for (let e: Element | null = el; e?.parentElement; e = e.parentElement) {
    const t = e.tagName.toLowerCase();
    const same = [...e.parentElement.children].filter((c) => c.tagName === e!.tagName);
    parts.unshift(same.length > 1 ? `${t}:nth-of-type(${same.indexOf(e) + 1})` : t);
  }
  return parts.join(' > ');
}

export function isHidden(el: Element): boolean {
  if (el instanceof HTMLInputElement && el.type === 'hidden') return true;
  // A tab panel or step kept in the DOM with the hidden attribute (cheap, and true with or without layout).
  if (el.closest('[hidden]')) return true;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && el.getClientRects().length > 0)
    return !check.call(el, { visibilityProperty: true });
  if (typeof check === 'function' && navigator.userAgent.includes('Chrome')) return true;
  // DOMs without layout (unit tests): the hidden attribute and display/visibility up the tree.
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return true;
    const cs = e.ownerDocument.defaultView?.getComputedStyle(e);
    if (cs?.display === 'none' || (e === el && cs?.visibility === 'hidden')) return true;
  }
  return false;
}

function walkRoots(root: Document | ShadowRoot, out: (Document | ShadowRoot)[]): void {
  out.push(root);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walkRoots(el.shadowRoot, out);
}

/** The kind of field: a native tag, or the ARIA role of a div-made widget; null when not a field. */
function tagOf(el: Element): FieldInfo['tag'] | null {
  if (isNative(el)) return el.tagName.toLowerCase() as FieldInfo['tag'];
  const role = ariaRole(el);
  if (role === 'listbox' && isPopupOf(el)) return null;
  return role;
}

/** Collects this document's fields (open shadow roots included), in document order per root. */
export function collect(doc: Document): Collected {
  const all: (Document | ShadowRoot)[] = [];
  walkRoots(doc, all);
  const fields: FieldInfo[] = [];
  const elements: FieldElement[] = [];
  const roots: (Document | ShadowRoot)[] = [];
  for (const root of all) {
    for (const el of root.querySelectorAll<FieldElement>(FIELDS)) {
      const tag = tagOf(el);
      if (!tag) continue;
      const type = el instanceof HTMLInputElement ? (el.type || 'text').toLowerCase() : tag;
      if (SKIP_TYPES.has(type) || el.closest('[data-teichaku-ui]')) continue;
      const key = fields.length;
      const max = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.maxLength : -1;
      const choice = el instanceof HTMLInputElement && (type === 'radio' || type === 'checkbox');
      fields.push({
        key,
        selector: selectorFor(el, root),
        tag,
        type,
        name: el.getAttribute('name') ?? '',
        id: el.id,
        labels: labelsOf(el, root),
        placeholder: el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? '',
        before: siblingText(el, 'prev'),
        after: siblingText(el, 'next'),
        maxLength: max >= 0 ? max : null,
        options:
          el instanceof HTMLSelectElement
            ? [...el.options].map((o) => ({ value: o.value, text: text(o) }))
            : isNative(el)
              ? []
              : ariaOptions(el).map((o) => ({ value: optionValue(o), text: optionText(o) })),
        readOnly: isReadOnly(el),
        disabled: isDisabled(el),
        hidden: isHidden(el),
        value: fieldValue(el),
        checked: choice ? (el as HTMLInputElement).checked : false,
        choiceLabel: choice
          ? [...((el as HTMLInputElement).labels ?? [])].map(ownText).join(' ') || siblingText(el, 'next')
          : '',
      });
      elements.push(el);
      roots.push(root);
    }
  }
  return { fields, elements, roots };
}
