import type { BillingDocument, BillingRow } from '../../shared/billing/document.ts';
import { ITEMS } from '../lib/items.ts';
import { type Match, matchFields } from '../lib/match.ts';
import { buildPlan, type PlanStep } from '../lib/plan.ts';
import { type Profile, profileFor, profileMatch } from '../lib/profile.ts';
import { sameMeaning } from '../lib/readback.ts';
import { collect } from './collect.ts';
import { type Applied, execute, type Restored, restore } from './executor.ts';
import { type FieldElement, fieldValue, isNative, shownOf } from './widget.ts';

/** One field's outcome after read-back, as the panel shows it. */
export interface FieldOutcome {
  item: string;
  label: string;
  /** hidden: in another tab or step of the screen; not touched and not counted as missing. */
  state: 'filled' | 'changed' | 'flagged' | 'empty' | 'hidden';
  value: string;
  note: string;
  reason: string;
}

export interface FrameResult {
  url: string;
  /** The frame's document title (names the screen in the summary). */
  title: string;
  fields: FieldOutcome[];
  /** Milliseconds spent collecting + planning + filling, and reading back (without the settle wait). */
  ms: { fill: number; collect: number; plan: number; readBack: number };
}

const PART_NAMES = { era: '元号', year: '年', month: '月', day: '日', whole: '' } as const;

const COLORS = { filled: '#1e8e3e', changed: '#e8a400', flagged: '#e8a400', empty: '#9aa0a6' } as const;

/** What a field looked like before this fill marked it (a previous fill's outline included). */
interface Marked {
  el: FieldElement;
  outline: string;
  offset: string;
  state: string | null;
  note: string | null;
}

/**
 * The last fill of this frame, for 元に戻す: only the fields it wrote, each with what it held just before.
 * A new fill never undoes the previous one (a person fills step 1, moves on, fills step 2).
 */
let last: { applied: Applied[]; marked: Marked[] } | null = null;

function mark(
  el: FieldElement,
  state: Exclude<FieldOutcome['state'], 'hidden'>,
  note: string,
  marked: Marked[],
): void {
  marked.push({
    el,
    outline: el.style.outline,
    offset: el.style.outlineOffset,
    state: el.getAttribute('data-teichaku'),
    note: el.getAttribute('data-teichaku-note'),
  });
  el.style.outline = `3px solid ${COLORS[state]}`;
  el.style.outlineOffset = '1px';
  el.setAttribute('data-teichaku', state);
  if (note) el.setAttribute('data-teichaku-note', note);
  else el.removeAttribute('data-teichaku-note');
}

function unmark(marked: Marked[]): void {
  for (const m of [...marked].reverse()) {
    m.el.style.outline = m.outline;
    m.el.style.outlineOffset = m.offset;
    for (const [attr, v] of [
      ['data-teichaku', m.state],
      ['data-teichaku-note', m.note],
    ] as const)
      if (v === null) m.el.removeAttribute(attr);
      else m.el.setAttribute(attr, v);
  }
}

/** Heuristic matches, overridden by the taught profile of this frame's screen. */
export function matchesFor(
  fields: ReturnType<typeof collect>['fields'],
  profiles: Profile[],
  url: string,
  root: Document,
  elements: FieldElement[],
): Map<number, Match> {
  const matches = matchFields(fields);
  const p = profileFor(profiles, url);
  if (p)
    for (const pf of p.fields) {
      let el: Element | null = null;
      try {
        el = root.querySelector(pf.selector);
      } catch {
        el = null;
      }
      const key = el
        ? elements.indexOf(el as FieldElement)
        : fields.findIndex((f) => f.selector === pf.selector);
      if (key >= 0) matches.set(key, profileMatch(pf));
    }
  return matches;
}

/**
 * Collect → plan → execute → read back, in this frame, for one client's row (the only row this frame
 * is given). Fields of hidden tabs are left as they are; the previous fill is not undone.
 */
export async function fillFrame(
  doc: BillingDocument,
  row: BillingRow,
  profiles: Profile[],
): Promise<FrameResult> {
  const t0 = performance.now();
  const { fields, elements, roots } = collect(document);
  const tc = performance.now();
  const matches = matchesFor(fields, profiles, location.href, document, elements);
  const steps = buildPlan(fields, matches, doc, row);
  const tp = performance.now();
  const applied = await execute(steps, elements);
  const t1 = performance.now();
  // Let page scripts (validators, framework re-renders, timers of 0 ms) run before reading back.
  await new Promise((r) => setTimeout(r, 30));
  const t2 = performance.now();
  const marked: Marked[] = [];
  const outcomes = steps.map((s) => {
    let el = elements[s.key]!;
    // A page that redrew the field after the fill holds the value in the new element: read that one.
    if (!el.isConnected) {
      const again = roots[s.key]!.querySelector<HTMLElement>(s.selector);
      if (again) el = again;
    }
    return readBack(s, el, applied, marked);
  });
  last = { applied, marked };
  return {
    url: location.href,
    title: document.title,
    fields: outcomes,
    ms: { fill: t1 - t0, collect: tc - t0, plan: tp - tc, readBack: performance.now() - t2 },
  };
}

function changedNote(s: PlanStep, el: FieldElement, now: string): string {
  if (s.action === 'check') return 'ページが選択を変えました';
  if (now === '') return 'ページのチェックで値が消されました';
  return `ページが値を「${shownOf(el) || now}」に変えました`;
}

function readBack(s: PlanStep, el: FieldElement, applied: Applied[], marked: Marked[]): FieldOutcome {
  const part = s.part === 'whole' ? '' : `（${PART_NAMES[s.part]}）`;
  const base = { item: s.item, label: `${ITEMS[s.item].label}${part}`, reason: s.reason };
  if (s.status === 'hidden') return { ...base, state: 'hidden', value: '', note: s.note };
  const ran = applied.some((a) => a.step === s);
  if (s.status === 'fill' && ran) {
    const now = fieldValue(el);
    const ok =
      s.action === 'check'
        ? (el as HTMLInputElement).checked === s.value
        : s.action === 'select'
          ? now === s.value
          : sameMeaning(s.item, s.part, String(s.value), now);
    const note = ok ? '' : changedNote(s, el, now);
    mark(el, ok ? 'filled' : 'changed', note, marked);
    return { ...base, state: ok ? 'filled' : 'changed', value: shownOf(el), note };
  }
  if (s.status === 'too-long' || s.status === 'no-option') {
    mark(el, 'flagged', s.note, marked);
    return { ...base, state: 'flagged', value: shownOf(el), note: s.note };
  }
  const note =
    s.status === 'fill'
      ? `${base.label}: ${el.isConnected ? '欄が入力できない状態だったため' : 'ページが欄を作り直したため'}入力できませんでした`
      : s.note;
  if (el.isConnected) mark(el, 'empty', note, marked);
  return { ...base, state: 'empty', value: isNative(el) ? el.value : shownOf(el), note };
}

/** 元に戻す: puts back the fields of this frame's last fill, and their outlines. */
export async function undoFrame(): Promise<Restored> {
  if (!last) return { restored: 0, kept: [] };
  const { applied, marked } = last;
  last = null;
  const r = await restore(applied, (a) => ITEMS[a.step.item].label);
  unmark(marked);
  return r;
}
