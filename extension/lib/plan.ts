import type { BillingDocument, BillingRow } from '../../shared/billing/document.ts';
import { toEra } from './era.ts';
import type { FieldInfo, FieldOption } from './fields.ts';
import { ITEMS, type ItemId, itemValue } from './items.ts';
import type { Match, Part, Transform } from './match.ts';
import {
  hiraganaToKatakana,
  katakanaToHiragana,
  normalizeLabel,
  toFullWidthDigits,
  toFullWidthKatakana,
  toHalfWidthDigits,
  toHalfWidthKatakana,
} from './text.ts';
import { formatYen } from './yen.ts';

/**
 * One step of a fill plan: plain data the executor runs without deciding anything.
 * `fill` steps carry the exact text (for `set`), option value (for `select`) or checked state.
 */
export interface PlanStep {
  key: number;
  selector: string;
  item: ItemId;
  part: Part;
  transform: Transform;
  /** Why the field was taken for the item. */
  reason: string;
  action: 'set' | 'select' | 'check';
  value: string | boolean | null;
  /** fill: run it; the others are reported, not run. */
  status: 'fill' | 'no-value' | 'too-long' | 'no-option' | 'skipped' | 'hidden';
  /** Japanese note for the summary when not `fill`. */
  note: string;
}

/** The text an item's raw value becomes in a field, or null when there is nothing to write. */
export function render(
  raw: string | number | boolean | null | undefined,
  part: Part,
  transform: Transform,
): string | null {
  // undefined too: scripting.executeScript's argument passing drops null members of objects.
  if (raw === null || raw === undefined || raw === '') return null;
  if (typeof raw === 'boolean') return raw ? 'true' : 'false';
  if (typeof raw === 'number') {
    switch (transform) {
      case 'yen-comma':
        return formatYen(raw, true);
      case 'digits-full':
        return toFullWidthDigits(String(raw));
      default:
        return String(raw);
    }
  }
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(raw)) return renderDate(raw, part, transform);
  switch (transform) {
    case 'digits-half':
      return toHalfWidthDigits(raw);
    case 'digits-full':
      return toFullWidthDigits(raw);
    case 'katakana-full':
      return toFullWidthKatakana(raw);
    case 'katakana-half':
      return toHalfWidthKatakana(raw);
    case 'hiragana':
      return katakanaToHiragana(hiraganaToKatakana(toFullWidthKatakana(raw)));
    default:
      return raw;
  }
}

function renderDate(iso: string, part: Part, transform: Transform): string | null {
  const e = toEra(iso);
  if (!e) return null;
  const month = iso.length === 7;
  const two = (n: number) => String(n).padStart(2, '0');
  const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  switch (part) {
    case 'era':
      return e.era;
    case 'year':
      return transform === 'western-year' ? y : String(e.year);
    case 'month':
      return transform === 'two-digit' ? two(e.month) : String(e.month);
    case 'day':
      if (month) return null;
      return transform === 'two-digit' ? two(e.day) : String(e.day);
    case 'whole':
      switch (transform) {
        case 'date-slash':
          return month ? `${y}/${m}` : `${y}/${m}/${d}`;
        case 'date-iso':
          return iso;
        case 'date-compact':
          return month ? `${y}${m}` : `${y}${m}${d}`;
        default:
          return `${e.era}${e.year === 1 ? '元' : e.year}年${e.month}月${month ? '' : `${e.day}日`}`;
      }
  }
}

const same = (a: string, b: string) => normalizeLabel(a) === normalizeLabel(b);
const sameNumber = (a: string, b: string) =>
  /^\d+$/.test(toHalfWidthDigits(a.trim())) && Number(toHalfWidthDigits(a.trim())) === Number(b);

/** The option to choose for a text: by value, then by visible text (an era also by its letter R/H/S). */
export function pickOption(options: FieldOption[], text: string, part: Part): FieldOption | null {
  const by = (p: (o: FieldOption) => boolean) => options.find(p) ?? null;
  if (part === 'era') {
    const e = toEra(text === '令和' ? '2020-01-01' : text === '平成' ? '2000-01-01' : '1980-01-01');
    return (
      by((o) => o.text.includes(text)) ??
      by((o) => o.value === text) ??
      by((o) => o.value.toUpperCase() === e?.letter)
    );
  }
  return (
    by((o) => o.value === text) ??
    by((o) => same(o.text, text)) ??
    by((o) => sameNumber(o.value, text)) ??
    by((o) => sameNumber(o.text.replace(/[年月日]$/, ''), text))
  );
}

const YES = /あり|有|する|はい|yes|対象|算定/i;

/** Builds the plan for one frame's fields, their matches, and one client's row. */
export function buildPlan(
  fields: FieldInfo[],
  matches: Map<number, Match>,
  doc: BillingDocument,
  row: BillingRow,
): PlanStep[] {
  const steps: PlanStep[] = [];
  for (const f of fields) {
    const m = matches.get(f.key);
    if (!m) continue;
    const action: PlanStep['action'] =
      f.tag === 'select' || f.tag === 'combobox' || f.tag === 'listbox'
        ? 'select'
        : f.type === 'radio' || f.type === 'checkbox'
          ? 'check'
          : 'set';
    const base = { key: f.key, selector: f.selector, ...m, action };
    const label = ITEMS[m.item].label;
    if (f.hidden) {
      // Another tab or step kept in the page: neither touched nor reported missing (counted apart).
      steps.push({
        ...base,
        value: null,
        status: 'hidden',
        note: `${label}: 表示されていない欄（別のタブや手順）のため触れていません`,
      });
      continue;
    }
    if (f.readOnly || f.disabled) {
      const why = f.disabled ? '無効' : '読み取り専用';
      steps.push({
        ...base,
        value: null,
        status: 'skipped',
        note: `${label}: 欄が${why}のため入力していません`,
      });
      continue;
    }
    const raw = itemValue(doc, row, m.item);
    const rendered = render(raw, m.part, m.transform);
    // An <input type=month> takes YYYY-MM: a whole date given to it is cut to its month.
    const text =
      f.type === 'month' && rendered !== null && /^\d{4}-\d{2}-\d{2}$/.test(rendered)
        ? rendered.slice(0, 7)
        : rendered;
    if (text === null) {
      steps.push({ ...base, value: null, status: 'no-value', note: `${label}: シートに値がありません` });
      continue;
    }
    if (action === 'check') {
      const want = f.type === 'checkbox' ? text === 'true' : YES.test(f.choiceLabel) === (text === 'true');
      steps.push({ ...base, value: want, status: 'fill', note: '' });
      continue;
    }
    if (action === 'select') {
      const o = pickOption(f.options, text, m.part);
      if (!o) {
        steps.push({
          ...base,
          value: text,
          status: 'no-option',
          note: `${label}: 選択肢に「${text}」がありません`,
        });
        continue;
      }
      steps.push({ ...base, value: o.value, status: 'fill', note: '' });
      continue;
    }
    if (f.maxLength !== null && f.maxLength >= 0 && [...text].length > f.maxLength) {
      steps.push({
        ...base,
        value: text,
        status: 'too-long',
        note: `${label}: 「${text}」は${[...text].length}文字で、欄の上限${f.maxLength}文字を超えるため入力していません`,
      });
      continue;
    }
    steps.push({ ...base, value: text, status: 'fill', note: '' });
  }
  return steps;
}
