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

/** The pattern replaceText needs for {{name}} (a regular expression as a string). */
export const placeholderPattern = (name: string) => `\\{\\{\\s*${name}\\s*\\}\\}`;

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
