import type { PlanStep } from '../lib/plan.ts';
import {
  ariaOptions,
  type FieldElement,
  fieldValue,
  isDisabled,
  isNative,
  isReadOnly,
  type NativeField,
  optionValue,
} from './widget.ts';

/**
 * Runs a fill plan: the native value setter, focus / input / change / blur so page scripts (onchange
 * checks, React and Vue state) see the value; options by value; radios and checkboxes by click; ARIA
 * comboboxes and listboxes by opening them and clicking the option, as a person does.
 * It never submits: no click on a submit button, no Enter key, no form.submit().
 */
export interface Before {
  value: string;
  checked: boolean;
}

export interface Applied {
  step: PlanStep;
  el: FieldElement;
  before: Before;
}

function nativeSetter(el: NativeField): (v: string) => void {
  const proto =
    el instanceof HTMLSelectElement
      ? HTMLSelectElement.prototype
      : el instanceof HTMLTextAreaElement
        ? HTMLTextAreaElement.prototype
        : HTMLInputElement.prototype;
  const set = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  return (v) => {
    if (set) set.call(el, v);
    else el.value = v;
  };
}

function fire(el: Element, type: string): void {
  const ev =
    type === 'focus' || type === 'blur'
      ? new FocusEvent(type)
      : type === 'focusin' || type === 'focusout'
        ? new FocusEvent(type, { bubbles: true })
        : new Event(type, { bubbles: true });
  el.dispatchEvent(ev);
}

// Focus and blur are dispatched as events (focus, focusin, blur, focusout), which is what page code and
// frameworks listen to, instead of calling el.focus(): a real focus() costs a style/layout pass per field
// (measured ~3.5 ms a field in Chromium, 140 ms for a 40-field screen) and would move the user's caret.
function focus(el: Element): void {
  fire(el, 'focus');
  fire(el, 'focusin');
}

function blur(el: Element): void {
  fire(el, 'blur');
  fire(el, 'focusout');
}

/** Writes one value as a person would: focus, set, input, change, blur. */
export function writeValue(el: NativeField, value: string): void {
  focus(el);
  nativeSetter(el)(value);
  fire(el, 'input');
  fire(el, 'change');
  blur(el);
}

function setChecked(el: HTMLInputElement, want: boolean): void {
  if (el.checked === want) return;
  if (el.type === 'radio' && !want) return;
  focus(el);
  el.click();
  blur(el);
}

/** A pointer press as widget libraries listen for it: pointerdown, mousedown, pointerup, mouseup, click. */
function press(el: Element): void {
  const opts = { bubbles: true, cancelable: true, composed: true, button: 0 };
  const P = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  el.dispatchEvent(new P('pointerdown', opts));
  el.dispatchEvent(new MouseEvent('mousedown', opts));
  el.dispatchEvent(new P('pointerup', opts));
  el.dispatchEvent(new MouseEvent('mouseup', opts));
  el.dispatchEvent(new MouseEvent('click', opts));
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/**
 * Chooses an option of a div-made combobox or listbox: opens a closed combobox by a click (waiting one
 * task when its options only render then), clicks the option, closes it again if it stayed open.
 * Returns false when the option is not there.
 */
export async function chooseAria(el: HTMLElement, value: string): Promise<boolean> {
  const combo = el.getAttribute('role') === 'combobox';
  const opened = combo && el.getAttribute('aria-expanded') !== 'true';
  if (opened) press(el);
  const find = () => ariaOptions(el).find((o) => optionValue(o) === value);
  let o = find();
  if (!o && opened) {
    await tick();
    o = find();
  }
  if (o) {
    press(o);
    // Widgets that choose on the keyboard only (arrow keys move aria-activedescendant, Enter chooses).
    if (fieldValue(el) !== value) byKeyboard(el, o);
  }
  if (combo && el.getAttribute('aria-expanded') === 'true') key(el, 'Escape');
  return o !== undefined;
}

function key(el: Element, k: string): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, code: k, bubbles: true, cancelable: true }));
  el.dispatchEvent(new KeyboardEvent('keyup', { key: k, code: k, bubbles: true, cancelable: true }));
}

/** Home, then ArrowDown until the option is the active one (at most once per option), then Enter. */
function byKeyboard(el: HTMLElement, o: HTMLElement): void {
  const opts = ariaOptions(el);
  const active = () => {
    const id = el.getAttribute('aria-activedescendant');
    return id ? opts.find((x) => x.id === id) : opts.find((x) => x.getAttribute('aria-selected') === 'true');
  };
  focus(el);
  if (el.getAttribute('role') === 'combobox' && el.getAttribute('aria-expanded') !== 'true')
    key(el, 'ArrowDown');
  key(el, 'Home');
  for (let i = 0; i <= opts.length && active() !== o; i++) key(el, 'ArrowDown');
  if (active() === o) key(el, 'Enter');
  blur(el);
}

function beforeOf(el: FieldElement): Before {
  return { value: fieldValue(el), checked: el instanceof HTMLInputElement ? el.checked : false };
}

/** Runs the `fill` steps of a plan; returns what each field held before (for 元に戻す). */
export async function execute(steps: PlanStep[], elements: FieldElement[]): Promise<Applied[]> {
  const applied: Applied[] = [];
  for (const step of steps) {
    if (step.status !== 'fill') continue;
    const el = elements[step.key];
    // Hidden fields were skipped by the plan, collected a moment ago: re-checking layout here costs a reflow per field.
    if (!el?.isConnected || isDisabled(el) || isReadOnly(el)) continue;
    applied.push({ step, el, before: beforeOf(el) });
    if (!isNative(el)) await chooseAria(el, String(step.value));
    else if (step.action === 'check') setChecked(el as HTMLInputElement, step.value === true);
    else writeValue(el, String(step.value));
  }
  return applied;
}

/** What 元に戻す did: how many fields it put back, and the labels of those it could not. */
export interface Restored {
  restored: number;
  kept: string[];
}

/**
 * Puts back what the fields held before, the same way (so page state follows), last field first. A field
 * the page removed meanwhile cannot be put back, nor a dropdown with no option for "nothing chosen".
 */
export async function restore(applied: Applied[], label: (a: Applied) => string): Promise<Restored> {
  const out: Restored = { restored: 0, kept: [] };
  for (const a of [...applied].reverse()) {
    if (!a.el.isConnected) {
      out.kept.push(label(a));
      continue;
    }
    if (!isNative(a.el)) {
      if (fieldValue(a.el) !== a.before.value && !(await chooseAria(a.el, a.before.value))) {
        out.kept.push(label(a));
        continue;
      }
    } else if (a.step.action === 'check') {
      const input = a.el as HTMLInputElement;
      if (input.checked !== a.before.checked) {
        if (input.type === 'checkbox' || a.before.checked) input.click();
        else {
          input.checked = false;
          fire(input, 'change');
        }
      }
    } else if (a.el.value !== a.before.value) writeValue(a.el, a.before.value);
    out.restored++;
  }
  return out;
}
