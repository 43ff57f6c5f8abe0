import { formatEraMonth } from '../codecs/era.ts';
import { CLIENT_ONLY_MARK, type FormBlock } from './form.ts';
import { type ReportsDocument, toFillLabel } from './support-report.ts';

/**
 * The month's list of reports, for handing the month over (issue 15): one line per report in roster order,
 * with what it still needs. The CLI prints it, writes it as a file and puts it first in the bundle.
 */
export interface MonthListRow {
  rosterNo: number;
  clientId: string;
  clientName: string;
  /** A client-only report: not to be given to the employer. */
  clientOnly: boolean;
  /** No support recorded for the client in the month (no contact in the log). */
  noSupport: boolean;
  /** What the office still writes, in the form's words (記入が必要). */
  toFill: string[];
}

export const NO_SUPPORT = 'この月の支援の記録がありません';
export const CLIENT_ONLY_LABEL = `${CLIENT_ONLY_MARK}（勤務先に渡さない）`;

export function monthList(doc: ReportsDocument): MonthListRow[] {
  return [...doc.reports]
    .sort((a, b) => a.rosterNo - b.rosterNo)
    .map((r) => ({
      rosterNo: r.rosterNo,
      clientId: r.clientId,
      clientName: r.clientName,
      clientOnly: r.audience === 'client-only',
      noSupport: r.fields.contacts.length === 0,
      toFill: r.toFill.map(toFillLabel),
    }));
}

/** The list as the bundle's first page. */
export function monthListForm(doc: ReportsDocument, office: string | null): FormBlock[] {
  const rows = monthList(doc);
  return [
    { kind: 'title', text: `${formatEraMonth(doc.month)}の支援レポート一覧` },
    {
      kind: 'fields',
      align: 'right',
      items: [{ label: '事業所名', value: office ?? '' }],
    },
    {
      kind: 'table',
      widths: [0.07, 0.12, 0.17, 0.16, 0.48],
      header: ['No.', '利用者ID', '氏名', '区分', '記入が必要なこと'],
      rows: rows.map((r) => [
        { text: String(r.rosterNo) },
        { text: r.clientId },
        { text: r.clientName },
        { text: r.clientOnly ? CLIENT_ONLY_LABEL : '' },
        {
          text: [r.noSupport ? NO_SUPPORT : '', r.toFill.join('・')].filter(Boolean).join('\n') || 'なし',
        },
      ]),
      size: 9,
    },
    { kind: 'running', text: `${formatEraMonth(doc.month)}の支援レポート一覧（${rows.length}件）` },
  ];
}
