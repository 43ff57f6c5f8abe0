import { formatEraDate, formatEraMonth, formatMonthDay } from '../codecs/era.ts';
import type { PlainDate } from '../date/plain-date.ts';
import { withHonorific } from './honorific.ts';
import type { SupportReport } from './support-report.ts';

/**
 * The 支援レポート laid out as 別紙様式1 (N1), as plain data both writers share: the docx writer (cli) and
 * the Google Docs writer (add-on, Apps Script document service) walk these blocks in order and draw each the same way, so the
 * form's order, labels, column widths and blanks are decided once, here. Text is final (era dates, M月D日);
 * an empty string is a blank the office fills by hand.
 */
export type FormBlock =
  /** 別紙様式1 at the top left. */
  | { kind: 'form-number'; text: string }
  | { kind: 'title'; text: string }
  /** A line under the title (the client-only notice). */
  | { kind: 'notice'; text: string }
  /** Label: value pairs on one line; `align: 'right'` for 作成日. */
  | { kind: 'fields'; align: 'left' | 'right'; items: { label: string; value: string; suffix?: string }[] }
  /** A heading of a part of the form (「令和6年4月の支援実績」, 当月の主な支援目標 …). */
  | { kind: 'heading'; text: string }
  /**
   * A boxed table. `widths` are fractions of the text width (they add up to 1). A row's cells are lines of
   * text; `label` cells are the form's printed words (shaded), the others what the office wrote. A row
   * never splits across pages. `size`: the font size in points when smaller than the body's.
   */
  | {
      kind: 'table';
      widths: number[];
      header: string[] | null;
      rows: FormCell[][];
      minRowLines?: number;
      size?: number;
    }
  /**
   * What every page carries at its foot, so a continuation page names the client and the month: the
   * text, then 「n / N」 page numbers.
   */
  | { kind: 'running'; text: string };

export interface FormCell {
  text: string;
  label?: boolean;
}

/** A blank date is printed as the form prints it, for the office to write in by hand. */
export const BLANK_DATE = '令和　　年　　月　　日';
const era = (d: PlainDate | null) => (d ? formatEraDate(d) : BLANK_DATE);
const s = (v: string | null) => v ?? '';
const MARKS = ['①', '②', '③'] as const;

/** At least this many contact lines are drawn, blank ones included, as on the printed form. */
export const MIN_CONTACT_LINES = 3;

/**
 * The client-only report's notice: what matters to the reader (this paper stays with the client) without
 * writing on it why (the client's disclosure status is nobody's business who finds the paper).
 */
export const CLIENT_ONLY_NOTICE =
  'この支援レポートはご本人にお渡しするものです。ご本人の同意なく勤務先へお見せすることはありません。';

/** The choice words the form prints for 場所 and 方法; the chosen one is marked ●, the others ○. */
export const PLACE_CHOICES = ['雇用事業主内', '事業所内', 'その他'] as const;
export const METHOD_CHOICES = ['面接', '電話', 'メール', 'その他'] as const;
const CHOSEN = '●';
const NOT_CHOSEN = '○';

/**
 * The form's choice words with the chosen one marked: `その他（自宅）` of the places prints
 * 「○雇用事業主内・○事業所内・●その他（自宅）」. A word that is none of the choices is その他 with the
 * word in brackets; nothing chosen (a blank cell) prints every choice unmarked, for the office to circle.
 */
export function markChoice(choices: readonly string[], value: string | null): string {
  const v = value?.trim() ?? '';
  const other = choices[choices.length - 1]!;
  const picked = v === '' ? null : choices.includes(v) ? v : other;
  const detail = picked === other ? (/^その他[（(](.*)[)）]$/.exec(v)?.[1] ?? (v === other ? '' : v)) : '';
  return choices
    .map((c) => {
      const word = c === other ? `${c}（${c === picked && detail ? detail : '　　'}）` : c;
      return `${c === picked ? CHOSEN : NOT_CHOSEN}${word}`;
    })
    .join('・');
}

/** 別紙様式1 as blocks, in the form's order. */
export function reportForm(r: SupportReport): FormBlock[] {
  const f = r.fields;
  const clientOnly = r.audience === 'client-only';
  const contactRows: FormCell[][] = f.contacts.map((c) => [
    { text: formatMonthDay(c.date) },
    { text: markChoice(PLACE_CHOICES, c.place) },
    { text: markChoice(METHOD_CHOICES, c.method) },
  ]);
  while (contactRows.length < MIN_CONTACT_LINES)
    contactRows.push([
      { text: '　月　日' },
      { text: markChoice(PLACE_CHOICES, null) },
      { text: markChoice(METHOD_CHOICES, null) },
    ]);

  const blocks: FormBlock[] = [
    { kind: 'form-number', text: '別紙様式1' },
    { kind: 'title', text: `就労定着支援　支援レポート${clientOnly ? `（${CLIENT_ONLY_MARK}）` : ''}` },
  ];
  if (clientOnly) blocks.push({ kind: 'notice', text: CLIENT_ONLY_NOTICE });
  blocks.push(
    { kind: 'fields', align: 'right', items: [{ label: '作成日', value: era(f.createdOn) }] },
    { kind: 'fields', align: 'left', items: [{ label: '雇用開始日', value: era(f.hireDate) }] },
    {
      kind: 'table',
      widths: [0.22, 0.78],
      header: null,
      rows: [
        [{ text: '利用者名', label: true }, { text: f.clientName ? `${f.clientName}　様` : '' }],
        [{ text: '雇用事業主（勤務先）', label: true }, { text: s(f.employer) }],
        [
          { text: 'ご担当者', label: true },
          {
            text: clientOnly ? '（記載しません）' : f.employerContact ? withHonorific(f.employerContact) : '',
          },
        ],
      ],
    },
    { kind: 'heading', text: `${formatEraMonth(r.month)}の支援実績` },
    {
      kind: 'table',
      widths: [0.12, 0.42, 0.46],
      header: ['月日', '場所', '方法'],
      rows: contactRows,
      size: 9,
    },
    { kind: 'heading', text: '当月の主な支援目標' },
    {
      kind: 'table',
      widths: [0.06, 0.94],
      header: null,
      rows: MARKS.map((m, i) => [{ text: m, label: true }, { text: s(f.goals[i]!) }]),
    },
    { kind: 'heading', text: '当月の支援状況' },
    {
      kind: 'table',
      widths: [0.06, 0.47, 0.47],
      header: ['', '支援実施内容', '支援結果'],
      rows: MARKS.map((m, i) => [
        { text: m, label: true },
        { text: s(f.actions[i]!) },
        { text: s(f.results[i]!) },
      ]),
      minRowLines: 2,
      size: 9,
    },
    { kind: 'heading', text: '支援の方向性' },
    {
      kind: 'table',
      widths: [0.5, 0.5],
      header: ['今後の支援内容', '対象者・事業主・関係機関等の取組'],
      rows: [[{ text: s(f.nextSupport) }, { text: efforts(r) }]],
      minRowLines: 3,
      size: 9,
    },
    {
      kind: 'table',
      widths: [0.14, 0.86],
      header: null,
      rows: [[{ text: '共有事項', label: true }, { text: s(f.shared) }]],
      minRowLines: 2,
      size: 9,
    },
    {
      kind: 'table',
      widths: [0.14, 0.19, 0.1, 0.29, 0.08, 0.2],
      header: null,
      rows: [
        [
          { text: '対象者提示日', label: true },
          { text: era(f.shownOn) },
          { text: '事業所名', label: true },
          { text: s(f.officeName) },
          { text: '担当者', label: true },
          { text: s(f.staff) },
        ],
      ],
      size: 9,
    },
    {
      kind: 'running',
      text: `${f.clientName ? `${f.clientName}　様` : r.clientId}　${formatEraMonth(r.month)}の支援レポート`,
    },
  );
  return blocks;
}

/**
 * (対象者) … (事業主) … (関係機関等) …, one per line; the employer's line is left out of a client-only
 * report, and an empty (関係機関等) line is left out as the 作成例 leaves it out when no agency is involved.
 */
function efforts(r: SupportReport): string {
  const f = r.fields;
  const lines = [`（対象者）${s(f.clientEffort)}`];
  if (r.audience !== 'client-only') lines.push(`（事業主）${s(f.employerEffort)}`);
  if (f.agencyEffort?.trim()) lines.push(`（関係機関等）${f.agencyEffort}`);
  return lines.join('\n');
}

/** Marks a client-only report's file and Doc name, its log row and its line in the month's list. */
export const CLIENT_ONLY_MARK = 'ご本人用';

const safe = (t: string) => t.replace(/[\\/:*?"<>|\s\u3000]+/g, '');

/**
 * `YYYY-MM_001_ID_氏名_支援レポート` (`…_ご本人用` for a client-only report): the file and Google Doc name.
 * The roster position (3 digits) sorts a month's files in roster order and the client id keeps namesakes
 * apart; characters a file name cannot hold are dropped.
 */
export function reportFileStem(
  r: Pick<SupportReport, 'month' | 'clientName' | 'clientId' | 'rosterNo' | 'audience'>,
): string {
  const no = String(r.rosterNo).padStart(3, '0');
  const id = safe(r.clientId);
  const name = safe(r.clientName);
  const mark = r.audience === 'client-only' ? `_${CLIENT_ONLY_MARK}` : '';
  return `${r.month}_${no}_${id}${name ? `_${name}` : ''}_支援レポート${mark}`;
}
