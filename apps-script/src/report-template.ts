import { formatEraDate, formatEraMonth, formatMonthDay } from '../../shared/codecs/era.ts';
import { CLIENT_ONLY_MARK, CLIENT_ONLY_NOTICE } from '../../shared/report/form.ts';
import type { SupportReport } from '../../shared/report/support-report.ts';

/**
 * An office's own template: a Google Doc with {{利用者名}}-style placeholders. The scalar placeholders
 * are replaced everywhere; a table row holding {{月日}}, {{場所}} or {{方法}} is repeated once per
 * contact of the month (and removed when there is none). What the sheet lacks becomes an empty string,
 * as on the built-in form. {{ご本人用}} prints the client-only notice on a client-only report (nothing on
 * one shared with the employer), and the Doc's name ends in _ご本人用 either way.
 */
export const ROW_PLACEHOLDERS = ['月日', '場所', '方法'] as const;

const era = (d: string | null) => (d ? formatEraDate(d) : '');
const s = (v: string | null | undefined) => v ?? '';

export function scalarPlaceholders(r: SupportReport): Record<string, string> {
  const f = r.fields;
  const clientOnly = r.audience === 'client-only';
  const out: Record<string, string> = {
    対象月: formatEraMonth(r.month),
    // a client-only report's mark in an office template: the notice, or nothing for a shared report
    ご本人用: clientOnly ? `（${CLIENT_ONLY_MARK}）${CLIENT_ONLY_NOTICE}` : '',
    作成日: era(f.createdOn),
    雇用開始日: era(f.hireDate),
    利用者名: s(f.clientName),
    雇用事業主: s(f.employer),
    ご担当者: clientOnly ? '' : s(f.employerContact),
    今後の支援内容: s(f.nextSupport),
    対象者の取組: s(f.clientEffort),
    事業主の取組: clientOnly ? '' : s(f.employerEffort),
    関係機関等の取組: s(f.agencyEffort),
    共有事項: s(f.shared),
    対象者提示日: era(f.shownOn),
    事業所名: s(f.officeName),
    担当者: s(f.staff),
  };
  for (let i = 0; i < 3; i++) {
    out[`目標${i + 1}`] = s(f.goals[i]);
    out[`支援実施内容${i + 1}`] = s(f.actions[i]);
    out[`支援結果${i + 1}`] = s(f.results[i]);
  }
  return out;
}

export function contactPlaceholders(r: SupportReport): Record<(typeof ROW_PLACEHOLDERS)[number], string>[] {
  return r.fields.contacts.map((c) => ({
    月日: formatMonthDay(c.date),
    場所: s(c.place),
    方法: s(c.method),
  }));
}

export const KNOWN_PLACEHOLDERS: readonly string[] = [
  ...Object.keys(
    scalarPlaceholders({
      month: '2025-04',
      clientId: '',
      clientName: '',
      rosterNo: 1,
      audience: 'client-and-employer',
      toFill: [],
      fields: {
        createdOn: null,
        hireDate: null,
        clientName: null,
        employer: null,
        employerContact: null,
        contacts: [],
        goals: [null, null, null],
        actions: [null, null, null],
        results: [null, null, null],
        nextSupport: null,
        clientEffort: null,
        employerEffort: null,
        agencyEffort: null,
        shared: null,
        shownOn: null,
        officeName: null,
        staff: null,
      },
    }),
  ),
  ...ROW_PLACEHOLDERS,
];

// ---- the template as Docs API requests ---------------------------------------------------------------------

type Document = GoogleAppsScript.Docs.Schema.Document;
type Element = GoogleAppsScript.Docs.Schema.StructuralElement;
type Request = Record<string, unknown>;

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

function paragraphText(el: Element): string {
  return (el.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join('');
}

function contentText(content: Element[] | undefined): string {
  let out = '';
  for (const el of content ?? []) {
    if (el.paragraph) out += paragraphText(el);
    else if (el.table)
      for (const r of el.table.tableRows ?? [])
        for (const c of r.tableCells ?? []) out += contentText(c.content);
  }
  return out;
}

/** The template's text where placeholders may stand: the body, its headers and its footers. */
export function templateText(d: Document): string {
  return [
    contentText(d.body?.content),
    ...Object.values(d.headers ?? {}).map((h) => contentText(h.content)),
    ...Object.values(d.footers ?? {}).map((f) => contentText(f.content)),
  ].join('\n');
}

/**
 * The requests that turn a copy of the office's template (File.makeCopy keeps its page setup, header,
 * footer and every index) into one client's report, in one documents.batchUpdate:
 * - each table row holding {{月日}} / {{場所}} / {{方法}} is repeated once per contact: K − 1 empty rows
 *   inserted below it (insertTableRow), filled with the row's text for contacts 2 … K, and the row's own
 *   placeholders replaced by contact 1's values; with no contact the row is removed. Rows are handled from
 *   the last in the document to the first, and within a row from its end, so every index is the
 *   template's own: a change only moves what comes after it, which is already done. A new row of C cells
 *   right after a row ending at E: its cell c's paragraph at E + 2 + 2c (row start, cell start).
 * - a client-only report whose template has no {{ご本人用}} gets the notice as its first line.
 * - then replaceAllText for each scalar placeholder as the template spells it ({{利用者名}} and
 *   {{ 利用者名 }} are two searches: replaceAllText matches text, not patterns), in the body, headers and footers.
 */
export function templateRequests(tpl: Document, r: SupportReport): Request[] {
  const out: Request[] = [];
  const contacts = contactPlaceholders(r);
  const rowMark = new RegExp(`\\{\\{\\s*(${ROW_PLACEHOLDERS.join('|')})\\s*\\}\\}`);
  const rowNames = new RegExp(`\\{\\{\\s*(${ROW_PLACEHOLDERS.join('|')})\\s*\\}\\}`, 'g');
  const body = tpl.body?.content ?? [];
  type Marker = { table: number; rowIndex: number; rows: number; row: GoogleAppsScript.Docs.Schema.TableRow };
  const markers: Marker[] = [];
  for (const el of body) {
    if (!el.table || el.startIndex === undefined) continue;
    const rows = el.table.tableRows ?? [];
    rows.forEach((row, ri) => {
      const text = (row.tableCells ?? []).map((c) => contentText(c.content)).join('');
      if (rowMark.test(text)) markers.push({ table: el.startIndex!, rowIndex: ri, rows: rows.length, row });
    });
  }
  const fill = (text: string, c: Record<string, string>) =>
    text.replace(rowNames, (_m, n: string) => c[n] ?? '');
  for (const m of markers.reverse()) {
    const cells = m.row.tableCells ?? [];
    const loc = { tableStartLocation: { index: m.table }, rowIndex: m.rowIndex, columnIndex: 0 };
    if (contacts.length === 0 && m.rows > 1) {
      out.push({ deleteTableRow: { tableCellLocation: loc } });
      continue;
    }
    const end = m.row.endIndex ?? 0;
    const C = cells.length;
    // rows 2 … K, inserted empty below the marker row, filled from the last cell of the last row
    for (let k = 1; k < contacts.length; k++)
      out.push({ insertTableRow: { tableCellLocation: loc, insertBelow: true } });
    for (let k = contacts.length - 1; k >= 1; k--) {
      const rowStart = end + (k - 1) * (2 * C + 1);
      for (let c = C - 1; c >= 0; c--) {
        const text = fill(contentText(cells[c]!.content).replace(/\n$/, ''), contacts[k]!);
        const at = rowStart + 2 + 2 * c;
        if (!text) continue;
        out.push({ insertText: { location: { index: at }, text } });
        const style = cells[c]!.content?.[0]?.paragraph?.elements?.[0]?.textRun?.textStyle;
        const fields = Object.keys(style ?? {});
        if (style && fields.length)
          out.push({
            updateTextStyle: {
              range: { startIndex: at, endIndex: at + text.length },
              textStyle: style,
              fields: fields.join(','),
            },
          });
      }
    }
    // the marker row itself: contact 1 (or nothing), each placeholder replaced where it stands, from the end
    const spots: { s: number; e: number; value: string }[] = [];
    for (const cell of cells)
      for (const el of cell.content ?? []) {
        if (!el.paragraph || el.startIndex === undefined) continue;
        for (const hit of paragraphText(el).matchAll(rowNames)) {
          const s = el.startIndex + hit.index!;
          spots.push({
            s,
            e: s + hit[0].length,
            value: contacts[0]?.[hit[1] as (typeof ROW_PLACEHOLDERS)[number]] ?? '',
          });
        }
      }
    for (const sp of spots.sort((a, b) => b.s - a.s)) {
      out.push({ deleteContentRange: { range: { startIndex: sp.s, endIndex: sp.e } } });
      if (sp.value) out.push({ insertText: { location: { index: sp.s }, text: sp.value } });
    }
  }
  const text = templateText(tpl);
  const names = [...text.matchAll(PLACEHOLDER)];
  if (r.audience === 'client-only' && !names.some((m) => m[1] === 'ご本人用') && body[1]?.paragraph) {
    const notice = `（${CLIENT_ONLY_MARK}）${CLIENT_ONLY_NOTICE}`;
    out.push(
      { insertText: { location: { index: 1 }, text: `${notice}\n` } },
      {
        updateTextStyle: {
          range: { startIndex: 1, endIndex: 1 + notice.length },
          textStyle: { bold: true },
          fields: 'bold',
        },
      },
    );
  }
  const scalars = scalarPlaceholders(r);
  for (const literal of new Set(names.filter((m) => m[1]! in scalars).map((m) => m[0])))
    out.push({
      replaceAllText: {
        containsText: { text: literal, matchCase: true },
        replaceText: scalars[literal.replace(/^\{\{\s*|\s*\}\}$/g, '')] ?? '',
      },
    });
  return out;
}

/**
 * What is wrong with a template's text, in Japanese: full-width braces typed with an IME (｛｛利用者名｝｝
 * is not replaced), names we do not know. Empty when the template is fine.
 */
export function templateWarnings(text: string): string[] {
  const out: string[] = [];
  const wide = [...new Set(text.match(/[｛{][｛{][^｛{}｝]*[}｝][}｝]/g) ?? [])].filter((m) =>
    /[｛｝]/.test(m),
  );
  if (wide.length)
    out.push(
      `全角の波かっこで書かれた差し込み欄があります（${wide.slice(0, 5).join('・')}）。半角の {{ }} に直してください（日本語入力をオフにして入力します）。`,
    );
  const names = [...text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((m) => m[1]!);
  const unknown = [...new Set(names.filter((n) => !KNOWN_PLACEHOLDERS.includes(n)))];
  if (unknown.length)
    out.push(
      `知らない差し込み欄があります: ${unknown.map((n) => `{{${n}}}`).join('・')}（そのまま残ります）。`,
    );
  if (names.length === 0 && wide.length === 0) out.push('差し込み欄（{{利用者名}} など）が見つかりません。');
  return out;
}
