import type { BillingDocument, BillingRow } from '../../shared/billing/document.ts';
import { ITEMS } from '../lib/items.ts';
import { type Match, matchFields } from '../lib/match.ts';
import { buildPlan, type PlanStep } from '../lib/plan.ts';
import { type Profile, profileFor, profileMatch } from '../lib/profile.ts';
import { collect, type FieldElement } from './collect.ts';
import { type Applied, execute, restore } from './executor.ts';

/** One field's outcome after read-back, as the panel shows it. */
export interface FieldOutcome {
  item: string;
  label: string;
  state: 'filled' | 'changed' | 'flagged' | 'empty';
  value: string;
  note: string;
  reason: string;
}

export interface FrameResult {
  url: string;
  fields: FieldOutcome[];
  /** Milliseconds spent collecting + planning + filling, and reading back (without the settle wait). */
  ms: { fill: number; collect: number; plan: number; readBack: number };
}

const PART_NAMES = { era: '元号', year: '年', month: '月', day: '日', whole: '' } as const;

const COLORS = { filled: '#1e8e3e', changed: '#e8a400', flagged: '#e8a400', empty: '#9aa0a6' } as const;

interface Marked {
  el: FieldElement;
  outline: string;
  offset: string;
}

let last: { applied: Applied[]; marked: Marked[] } | null = null;

function mark(el: FieldElement, state: FieldOutcome['state'], note: string, marked: Marked[]): void {
  marked.push({ el, outline: el.style.outline, offset: el.style.outlineOffset });
  el.style.outline = `3px solid ${COLORS[state]}`;
  el.style.outlineOffset = '1px';
  el.setAttribute('data-teichaku', state);
  if (note) el.setAttribute('data-teichaku-note', note);
}

function unmark(marked: Marked[]): void {
  for (const m of marked) {
    m.el.style.outline = m.outline;
    m.el.style.outlineOffset = m.offset;
    m.el.removeAttribute('data-teichaku');
    m.el.removeAttribute('data-teichaku-note');
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

/** Collect → plan → execute → read back, in this frame. */
export async function fillFrame(
  doc: BillingDocument,
  row: BillingRow,
  profiles: Profile[],
): Promise<FrameResult> {
  if (last) undoFrame();
  const t0 = performance.now();
  const { fields, elements } = collect(document);
  const tc = performance.now();
  const matches = matchesFor(fields, profiles, location.href, document, elements);
  const steps = buildPlan(fields, matches, doc, row);
  const tp = performance.now();
  const applied = execute(steps, elements);
  const t1 = performance.now();
  // Let page scripts (validators, framework re-renders, timers of 0 ms) run before reading back.
  await new Promise((r) => setTimeout(r, 30));
  const t2 = performance.now();
  const marked: Marked[] = [];
  const outcomes = steps.map((s) => readBack(s, elements[s.key]!, applied, marked));
  last = { applied, marked };
  return {
    url: location.href,
    fields: outcomes,
    ms: { fill: t1 - t0, collect: tc - t0, plan: tp - tc, readBack: performance.now() - t2 },
  };
}

function readBack(s: PlanStep, el: FieldElement, applied: Applied[], marked: Marked[]): FieldOutcome {
  const part = s.part === 'whole' ? '' : `（${PART_NAMES[s.part]}）`;
  const base = { item: s.item, label: `${ITEMS[s.item].label}${part}`, reason: s.reason };
  const ran = applied.some((a) => a.step === s);
  if (s.status === 'fill' && ran) {
    const ok = s.action === 'check' ? (el as HTMLInputElement).checked === s.value : el.value === s.value;
    const note = ok
      ? ''
      : s.action === 'check'
        ? 'ページが選択を変えました'
        : el.value === ''
          ? 'ページのチェックで値が消されました'
          : `ページが値を「${el.value}」に変えました`;
    mark(el, ok ? 'filled' : 'changed', note, marked);
    const shown = el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.text ?? el.value) : el.value;
    return { ...base, state: ok ? 'filled' : 'changed', value: shown, note };
  }
  if (s.status === 'too-long' || s.status === 'no-option') {
    mark(el, 'flagged', s.note, marked);
    return { ...base, state: 'flagged', value: el.value, note: s.note };
  }
  const note = s.status === 'fill' ? `${base.label}: 欄に入力できませんでした` : s.note;
  mark(el, 'empty', note, marked);
  return { ...base, state: 'empty', value: el.value, note };
}

/** 元に戻す: restores the values and outlines of this frame's last fill. Returns how many fields. */
export function undoFrame(): number {
  if (!last) return 0;
  const { applied, marked } = last;
  last = null;
  restore(applied);
  unmark(marked);
  return applied.length;
}
