import type { FieldInfo } from './fields.ts';
import { ITEMS, type ItemId } from './items.ts';
import { readDate } from './readback.ts';
import { normalizeLabel } from './text.ts';

/** Which piece of a date a field takes: the whole date, or its era / year / month / day. */
export type Part = 'whole' | 'era' | 'year' | 'month' | 'day';

/** How a value is written into the field. */
export const TRANSFORMS = {
  'as-is': 'そのまま',
  'digits-half': '半角数字',
  'digits-full': '全角数字',
  'katakana-full': '全角カタカナ',
  'katakana-half': '半角カタカナ',
  hiragana: 'ひらがな',
  'yen-plain': '金額（区切りなし）',
  'yen-comma': '金額（3桁区切り）',
  'date-era': '和暦（令和7年3月31日）',
  'date-slash': '西暦（2025/03/31）',
  'date-iso': '西暦（2025-03-31）',
  'date-compact': '西暦8桁（20250331）',
  'era-name': '元号',
  'era-year': '和暦の年',
  'western-year': '西暦の年',
  'two-digit': '2桁（03）',
  number: '数字',
  bool: 'はい・いいえ',
} as const;
export type Transform = keyof typeof TRANSFORMS;

export interface Match {
  item: ItemId;
  part: Part;
  transform: Transform;
  /** Why this field was taken for this item (shown in the summary and in tests). */
  reason: string;
}

/**
 * Label patterns per item, tried in this order on the normalised label (NFKC, no spaces/marks), so that
 * the more specific wins: 氏名カナ before 氏名, 上限月額 before 利用者負担額, 提供年月 before 提供日.
 */
const RULES: { item: ItemId; re: RegExp }[] = [
  { item: 'recipientNumber', re: /受給者証?番号|受給者証no|受給者証の?番号|recipient/ },
  { item: 'municipalityNumber', re: /市区?町村番号|支給決定市町村|保険者番号|municipality/ },
  { item: 'officeNumber', re: /事業所番号|指定事業所番号/ },
  { item: 'kana', re: /フリガナ|ふりがな|カナ|かな|よみ|ヨミ|kana|furigana/ },
  { item: 'name', re: /氏名|名前|利用者名|受給者名|お名前|fullname|^name$/ },
  { item: 'serviceMonth', re: /サービス提供年月|提供年月|サービス年月|対象年月|servicemonth/ },
  { item: 'copayCap', re: /上限月額|負担上限|上限額/ },
  { item: 'copay', re: /利用者負担額?|自己負担額?|負担額|copay/ },
  { item: 'totalCost', re: /総費用額?|費用総額|費用合計/ },
  { item: 'benefit', re: /給付費|給付額|請求額/ },
  { item: 'units', re: /単位数|合計単位|算定単位|units/ },
  { item: 'reportSharedDate', re: /レポート共有日|レポートの?共有日|共有日|報告日/ },
  { item: 'firstSupportDay', re: /算定日|支援日|サービス提供日/ },
  { item: 'billable', re: /算定の?有無|請求の?有無|算定区分/ },
];

function eraLikeSelect(f: FieldInfo): boolean {
  // Options that are only era names (令和, R:令和 …); a select of whole months (令和7年3月) is not one.
  return f.tag === 'select' && f.options.some((o) => /^[RHS]?[\s:：.]?(令和|平成|昭和)$/.test(o.text.trim()));
}

/** The date part a field takes, from its own hints: an era select, 年/月/日 after it, name/id, placeholder. */
export function datePart(f: FieldInfo): Part {
  if (eraLikeSelect(f)) return 'era';
  // A list of whole months or dates (令和7年3月, 2025/03) takes the whole value, whatever its id says.
  if (f.options.some((o) => readDate(o.text) !== null)) return 'whole';
  const after = normalizeLabel(f.after).slice(0, 1);
  if (after === '年') return 'year';
  if (after === '月') return 'month';
  if (after === '日') return 'day';
  if (f.type === 'date' || f.type === 'month') return 'whole';
  // A placeholder showing a whole date (YYYY/MM/DD, 2025-03) means the whole date goes here.
  if (/y{2,4}.?m{1,2}|\d{4}\D?\d{1,2}/i.test(f.placeholder.normalize('NFKC'))) return 'whole';
  const ascii = `${f.name} ${f.id} ${f.placeholder}`.toLowerCase();
  // Only a label that is just 年/月/日 (a box's own caption) names a part; 共有日 is a whole date.
  const short = f.labels.map((l) => normalizeLabel(l.text)).filter((t) => t.length <= 2);
  if (/gengo|(^|[^a-z])era([^a-z]|$)/.test(ascii) || short.some((t) => /元号|和暦/.test(t))) return 'era';
  if (/(^|[^a-z])(yyyy|yy|year)([^a-z]|$)|_y$/.test(ascii) || short.includes('年')) return 'year';
  if (/(^|[^a-z])(mm|month)([^a-z]|$)|_m$/.test(ascii) || short.includes('月')) return 'month';
  if (/(^|[^a-z])(dd|day)([^a-z]|$)|_d$/.test(ascii) || short.includes('日')) return 'day';
  return 'whole';
}

function wantsFullWidth(f: FieldInfo, text: string): boolean {
  const hint = normalizeLabel(`${text} ${f.placeholder} ${f.after}`);
  return /全角/.test(hint) && !/半角/.test(hint);
}

function transformFor(f: FieldInfo, item: ItemId, part: Part, text: string, hasEra: boolean): Transform {
  const kind = ITEMS[item].kind;
  const full = wantsFullWidth(f, text);
  const hint = normalizeLabel(`${text} ${f.placeholder} ${f.after}`);
  switch (kind) {
    case 'digits':
    case 'number':
      return full ? 'digits-full' : 'digits-half';
    case 'yen':
      return /,/.test(f.placeholder) || /カンマ|区切/.test(hint) ? 'yen-comma' : 'yen-plain';
    case 'kana':
      if (/半角/.test(hint)) return 'katakana-half';
      if (/ふりがな|ひらがな/.test(hint) && !/カナ|カタカナ/.test(hint)) return 'hiragana';
      return 'katakana-full';
    case 'text':
      return 'as-is';
    case 'boolean':
      return 'bool';
    case 'date':
    case 'month': {
      if (part === 'era') return 'era-name';
      if (part === 'year') {
        if (hasEra) return 'era-year';
        return f.maxLength !== null && f.maxLength <= 2 ? 'era-year' : 'western-year';
      }
      if (part === 'month' || part === 'day')
        return /^(mm|dd|0\d)$/i.test(f.placeholder.trim()) ? 'two-digit' : 'number';
      if (f.type === 'date' || f.type === 'month') return 'date-iso';
      const ph = f.placeholder.normalize('NFKC');
      if (/令和|和暦|元号/.test(ph)) return 'date-era';
      if (/\d{4}\/|yyyy\/|\/mm/i.test(ph)) return 'date-slash';
      if (/\d{4}-|yyyy-/i.test(ph)) return 'date-iso';
      if (/yyyymm|^\d{6,8}$/i.test(ph) || (f.maxLength !== null && f.maxLength <= 8)) return 'date-compact';
      return 'date-era';
    }
  }
}

/**
 * The item a field takes, from its labels (strongest source first), or null. `hasEra` says whether an
 * era select shares the field's label (then a 2-digit year is the era year). Radios and checkboxes are
 * only matched for boolean items.
 */
export function matchField(f: FieldInfo, hasEra = false): Match | null {
  for (const { text, source } of f.labels) {
    const norm = normalizeLabel(text);
    if (!norm) continue;
    const rule = RULES.find((r) => r.re.test(norm));
    if (!rule) continue;
    const kind = ITEMS[rule.item].kind;
    const choice = f.type === 'radio' || f.type === 'checkbox';
    if (choice !== (kind === 'boolean')) continue;
    const part = kind === 'date' || kind === 'month' ? datePart(f) : 'whole';
    return {
      item: rule.item,
      part,
      transform: transformFor(f, rule.item, part, text, hasEra),
      reason: `${SOURCE_NAMES[source]}「${text.trim().slice(0, 30)}」`,
    };
  }
  return null;
}

const SOURCE_NAMES: Record<FieldInfo['labels'][number]['source'], string> = {
  profile: 'プロファイル',
  label: 'ラベル',
  aria: 'aria',
  'cell-left': '左のセル',
  'cell-above': '上のセル',
  placeholder: 'プレースホルダー',
  title: 'title',
  name: 'name/id',
};

/** Matches every field of a frame; an era select makes the year fields of its label group era years. */
export function matchFields(fields: FieldInfo[]): Map<number, Match> {
  const out = new Map<number, Match>();
  const firstLabel = (f: FieldInfo) => f.labels[0]?.text ?? '';
  const eraGroups = new Set(fields.filter(eraLikeSelect).map(firstLabel));
  for (const f of fields) {
    const m = matchField(f, eraGroups.has(firstLabel(f)));
    if (m) out.set(f.key, m);
  }
  return out;
}
