import { formatEraMonth } from '../codecs/index.ts';
import { columnLetter } from '../model/column.ts';
import { fieldLabel } from '../sheet/detect.ts';
import { ROLE_LABEL, type Role } from '../sheet/fields.ts';
import type { TabRole } from './workbook.ts';

/** What was understood of one tab, as plain JSON (the CLI prints it; the add-on's mapping sidebar shows it). */
export interface TabDescription {
  /** The role the tab was read as, or null when it was not read. */
  role: Role | null;
  /** The role in Japanese (利用者の一覧 …), or 読んでいません. */
  label: string;
  /** The 1-based header row (the lower one of a two-row header); null for a settings tab or a tab not read. */
  headerRow: number | null;
  /** Field → where it was read: column letter and the header as the office wrote it. */
  fields: Record<string, { column: string; header: string; label: string }>;
  /** Headers read as nothing, with the reason. */
  ignored: { column: string; header: string; reason: string }[];
  /** Why the tab was not read, or null. */
  skipped: string | null;
  /** The shape of record read (domain §10): a log, a narrative log, a form's responses, a table, settings. */
  shape: 'log' | 'narrative-log' | 'form-log' | 'month-grid' | 'client-record' | 'table' | 'settings' | null;
  /** How the shape was read, in Japanese, when it is not plain columns (方法と相手はC列「支援内容」の文から読みました). */
  how: string | null;
}

export type LayoutDescription = Record<string, TabDescription>;

/** For each tab of the workbook: its role, header row, field → column, the columns ignored and tabs skipped. */
export function describeLayout(tabs: readonly TabRole[]): LayoutDescription {
  const out: LayoutDescription = {};
  for (const t of tabs) {
    const l = t.role === 'ignored' ? undefined : t.layout;
    const fields: TabDescription['fields'] = {};
    const ignored: TabDescription['ignored'] = [];
    if (l?.kind === 'table') {
      const refs = Object.entries(l.columns).sort(([, a], [, b]) => (a?.col ?? 0) - (b?.col ?? 0));
      for (const [field, ref] of refs)
        if (ref) fields[field] = { column: ref.letter, header: ref.header, label: fieldLabel(l.role, field) };
      for (const i of l.ignored ?? []) ignored.push({ column: i.letter, header: i.header, reason: i.reason });
    } else if (l?.kind === 'keyvalue') {
      fields.key = { column: columnLetter(l.keyCol), header: '項目', label: '項目' };
      fields.value = { column: columnLetter(l.valueCol), header: '値', label: '値' };
    }
    const { shape, how } = shapeOf(l);
    out[t.tab] = {
      shape,
      how,
      role: l ? l.role : null,
      label: l ? ROLE_LABEL[l.role] : '読んでいません',
      headerRow: l?.kind === 'table' ? l.headerRow : null,
      fields,
      ignored,
      skipped: l ? null : (t.reason ?? '読んでいません'),
    };
  }
  return out;
}

/** A form's responses tab: its first column is when the answer was sent (タイムスタンプ), not the contact date. */
const FORM_STAMP = /^(タイムスタンプ|timestamp|回答日時|送信日時)$/i;

function shapeOf(l: TabRole['layout'] | undefined): Pick<TabDescription, 'shape' | 'how'> {
  if (!l) return { shape: null, how: null };
  if (l.kind === 'keyvalue') return { shape: 'settings', how: null };
  if (l.grid) {
    const g = l.grid;
    const first = g.months[0]!;
    const last = g.months.at(-1)!;
    const legend = Object.entries(g.legend);
    return {
      shape: 'month-grid',
      how:
        `月別の表: ${first.letter}列「${first.header}」〜${last.letter}列「${last.header}」の${g.months.length}か月` +
        `（${formatEraMonth(first.month)}〜${formatEraMonth(last.month)}${g.fiscalYear !== null ? `、${g.fiscalYear}年度の見出しから` : ''}）` +
        (l.role === 'monthly' ? '、各月の支援レポートの提示日' : '') +
        (legend.length
          ? `、凡例 ${legend.map(([k, v]) => `${k}=${v}`).join('・')}`
          : l.role === 'contacts'
            ? '、凡例なし（記号は方法の分からない支援として数えます）'
            : ''),
    };
  }
  if (l.recordBlock) {
    const text = l.columns.content;
    return {
      shape: 'client-record',
      how:
        `1人分の記録のタブ: ${l.recordBlock.map((b) => `${b.letter}${b.row}「${b.label}」`).join('・')}を利用者の項目として読み、` +
        `${l.headerRow}行目からの表をこの方の支援記録として読みました` +
        (text && !l.columns.method ? `（方法は${text.letter}列「${text.header}」の文から）` : ''),
    };
  }
  if (l.role !== 'contacts') return { shape: 'table', how: null };
  const text = l.columns.content;
  const fromText = [!l.columns.method && '方法', !l.columns.parties && '相手'].filter(Boolean);
  const how =
    text && !l.columns.method
      ? `${fromText.join('と')}は${text.letter}列「${text.header}」の文から読みました`
      : null;
  const form = (l.ignored ?? []).some((i) => FORM_STAMP.test(i.header.trim()));
  return {
    shape: form ? 'form-log' : how ? 'narrative-log' : 'log',
    how: form
      ? [`「タイムスタンプ」は回答の送信日時なので、支援の日付には使っていません`, how]
          .filter(Boolean)
          .join('。')
      : how,
  };
}

/** One compact Japanese line per tab, then the ignored columns: what `check` prints before the findings. */
export function layoutLines(d: LayoutDescription): string[] {
  const lines: string[] = [];
  for (const [tab, t] of Object.entries(d)) {
    if (!t.role) {
      lines.push(`「${tab}」は読んでいません: ${t.skipped}`);
      continue;
    }
    const cols = Object.values(t.fields)
      .map((f) => (f.header === f.label ? `${f.column}${f.label}` : `${f.column}「${f.header}」→${f.label}`))
      .join('・');
    lines.push(
      `「${tab}」を${t.label}として読みました${t.headerRow ? `（見出し${t.headerRow}行目）` : ''}: ${cols}${t.how ? `。${t.how}` : ''}`,
    );
    if (t.ignored.length)
      lines.push(
        `  読まなかった列: ${t.ignored.map((i) => `${i.column}「${i.header}」${i.reason === '当てはまる項目がありません' ? '' : `（${i.reason}）`}`).join('・')}`,
      );
  }
  return lines;
}
