/**
 * The fields the extension fills: native inputs, selects and textareas, and the div-made ARIA widgets
 * portals build (`role=combobox` opening a `role=listbox`, or a bare `role=listbox`) with `role=option`
 * children. These helpers read and choose their values the same way for collect, execute, read-back
 * and undo.
 */
export type NativeField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type FieldElement = NativeField | HTMLElement;

export function isNative(el: Element): el is NativeField {
  return (
    el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement
  );
}

export function ariaRole(el: Element): 'combobox' | 'listbox' | null {
  if (isNative(el)) return null;
  const r = el.getAttribute('role');
  return r === 'combobox' || r === 'listbox' ? r : null;
}

function byIds(el: Element, attr: string): Element[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  return (el.getAttribute(attr) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById?.(id) ?? el.ownerDocument.getElementById(id))
    .filter((x): x is HTMLElement => x !== null);
}

/** The listbox of an ARIA widget: itself, the one it controls or owns, or one inside it. */
export function listboxOf(el: Element): Element | null {
  if (el.getAttribute('role') === 'listbox') return el;
  for (const x of [...byIds(el, 'aria-controls'), ...byIds(el, 'aria-owns')]) {
    if (x.getAttribute('role') === 'listbox') return x;
    const inner = x.querySelector('[role=listbox]');
    if (inner) return inner;
  }
  return el.querySelector('[role=listbox]');
}

/** Whether a listbox is the popup of a combobox (then the combobox is the field, not it). */
export function isPopupOf(listbox: Element): boolean {
  if (listbox.closest('[role=combobox]')) return true;
  const id = listbox.id;
  if (!id) return false;
  const root = listbox.getRootNode() as Document | ShadowRoot;
  return [...root.querySelectorAll('[aria-controls],[aria-owns]')].some((c) =>
    `${c.getAttribute('aria-controls') ?? ''} ${c.getAttribute('aria-owns') ?? ''}`.split(/\s+/).includes(id),
  );
}

export function ariaOptions(el: Element): HTMLElement[] {
  const lb = listboxOf(el);
  return lb ? [...lb.querySelectorAll<HTMLElement>('[role=option]')] : [];
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function optionValue(o: Element): string {
  return o.getAttribute('data-value') ?? o.getAttribute('value') ?? (o.id || clean(o.textContent));
}

export function optionText(o: Element): string {
  return clean(o.getAttribute('aria-label') ?? o.textContent);
}

/** The chosen option of an ARIA widget: aria-selected, else the active descendant, else the shown text. */
function selectedOption(el: Element): HTMLElement | null {
  const opts = ariaOptions(el);
  const sel = opts.find((o) => o.getAttribute('aria-selected') === 'true');
  if (sel) return sel;
  // No aria-selected: a closed combobox shows the chosen option's text (aria-activedescendant only
  // says where the keyboard is, not what was chosen).
  const shown = shownText(el);
  return shown ? (opts.find((o) => optionText(o) === shown) ?? null) : null;
}

/** What a combobox shows (its own text without its popup's). */
function shownText(el: Element): string {
  if (el.getAttribute('role') !== 'combobox') return '';
  const lb = el.querySelector('[role=listbox]');
  if (!lb) return clean(el.textContent);
  const copy = el.cloneNode(true) as Element;
  copy.querySelector('[role=listbox]')?.remove();
  return clean(copy.textContent);
}

/** The field's value as the page holds it: `.value` of a native field, the chosen option's value of an ARIA one. */
export function fieldValue(el: FieldElement): string {
  if (isNative(el)) return el.value;
  const o = selectedOption(el);
  return o ? optionValue(o) : '';
}

/** What a person sees in the field (a select's or listbox's option text). */
export function shownOf(el: FieldElement): string {
  if (el instanceof HTMLSelectElement) return el.selectedOptions[0]?.text ?? el.value;
  if (isNative(el)) return el.value;
  const o = selectedOption(el);
  return o ? optionText(o) : shownText(el);
}

export function isDisabled(el: FieldElement): boolean {
  if (isNative(el)) return el.disabled;
  return el.getAttribute('aria-disabled') === 'true';
}

export function isReadOnly(el: FieldElement): boolean {
  if (isNative(el)) return 'readOnly' in el && el.readOnly;
  return el.getAttribute('aria-readonly') === 'true';
}
