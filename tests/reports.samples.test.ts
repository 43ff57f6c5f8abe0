import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../cli/load.ts';
import { formatMonthDay } from '../shared/codecs/era.ts';
import { cellText, isBlank, parseDate } from '../shared/codecs/index.ts';
import { monthOf } from '../shared/date/plain-date.ts';
import { readWorkbook } from '../shared/read/workbook.ts';
import { readReportExtras } from '../shared/report/extras.ts';
import { goalNumbers, SupportReportSchema, supportReports } from '../shared/report/support-report.ts';

/** Every place and method word the samples hold, and what the form says for it (worked out by hand). */
const PLACE_FORM: Record<string, string | null> = {
  雇用事業主内: '雇用事業主内',
  事業所内: '事業所内',
  その他: 'その他',
  'その他（自宅）': 'その他（自宅）',
  'その他（ハローワーク）': 'その他（ハローワーク）',
  '': null,
};
const METHOD_FORM: Record<string, string | null> = {
  訪問: '面接',
  面談: '面接',
  来所面談: '面接',
  職場訪問: '面接',
  同行: '面接',
  オンライン: 'その他（オンライン）',
  オンライン面談: 'その他（オンライン）',
  ビデオ通話: 'その他（オンライン）',
  Zoom: 'その他（オンライン）',
  電話: '電話',
  TEL: '電話',
  メール: 'メール',
  LINE: 'その他（LINE）',
  Slack: null, // not read as a method by the reader today: left blank for the office
  念話: null, // not a method word: left blank for the office
  '': null,
};

const SAMPLES = [
  ['samples/caseload-sample.xlsx', ['2024-10', '2025-02', '2025-03']],
  ['samples/variant-title-era.xlsx', ['2024-12', '2025-01']],
  ['samples/variant-csv', ['2024-11', '2025-01']],
] as const;

describe.each(SAMPLES)('支援レポート of %s: each field equals what the sheet holds', (path, months) => {
  it.each(months)('%s', async (month) => {
    const { workbook } = await loadWorkbook(path);
    const read = readWorkbook(workbook);
    if (!read.ok) throw new Error(read.error);
    const { caseload } = read;
    const doc = supportReports(caseload, month, { extras: readReportExtras(workbook, caseload) });
    expect(doc.reports.length).toBeGreaterThan(0);
    const cellOf = (sheet: string, row: number, col: number | undefined) =>
      col === undefined
        ? null
        : (workbook.tabs.find((t) => t.name === sheet)!.rows[row - 1]?.[col - 1] ?? null);
    const text = (v: ReturnType<typeof cellOf>) => (v === null || isBlank(v) ? null : cellText(v));
    const date = (v: ReturnType<typeof cellOf>) => {
      if (v === null || isBlank(v)) return null;
      const p = parseDate(v);
      return p.ok ? p.value : null;
    };

    for (const r of doc.reports) {
      expect(SupportReportSchema.parse(r)).toEqual(r);
      const f = r.fields;
      const client = caseload.clients.find((c) => c.id === r.clientId)!;
      const R = caseload.layouts.roster.columns;
      const rc = (field: string) => cellOf(client.source.sheet, client.source.row, R[field]?.col);
      const clientOnly = text(rc('disclosure'))?.match(/非開示|クローズ/) != null;
      expect(r.audience).toBe(clientOnly ? 'client-only' : 'client-and-employer');
      expect(f.clientName).toBe(text(rc('name')));
      expect(f.hireDate).toBe(date(rc('hireDate')));
      expect(f.employer).toBe(text(rc('employer')));
      expect(f.employerContact).toBe(clientOnly ? null : text(rc('employerContact')));
      expect(f.officeName).toBe(caseload.office.name);

      // contacts: the log rows of this client and month (employer-only rows dropped for client-only reports)
      const C = caseload.layouts.contacts.columns;
      const rows = caseload.contacts
        .filter((c) => c.clientId === r.clientId && monthOf(c.date) === month)
        .filter((c) => !(clientOnly && c.parties.length && c.parties.every((p) => p === 'employer')));
      const byDate = [...rows].sort((a, b) => a.date.localeCompare(b.date));
      expect(f.contacts.map((c) => c.date)).toEqual(byDate.map((c) => c.date));
      f.contacts.forEach((c, i) => {
        const src = byDate[i]!.source;
        const place = text(cellOf(src.sheet, src.row, C.place?.col)) ?? '';
        const method = text(cellOf(src.sheet, src.row, C.method?.col)) ?? '';
        expect(place in PLACE_FORM, `place word 「${place}」 in the table`).toBe(true);
        expect(method in METHOD_FORM, `method word 「${method}」 in the table`).toBe(true);
        expect(c.place).toBe(PLACE_FORM[place]);
        expect(c.method).toBe(METHOD_FORM[method]);
        if (c.place === null) expect(r.toFill).toContain(`contacts[${i + 1}].place`);
        if (c.method === null) expect(r.toFill).toContain(`contacts[${i + 1}].method`);
      });

      // the monthly record: goals by position, efforts, shared items, the shown date
      const rec = caseload.monthly.find((m) => m.clientId === r.clientId && m.month === month);
      const M = caseload.layouts.monthly.columns;
      const mc = (field: string) => (rec ? cellOf(rec.source.sheet, rec.source.row, M[field]?.col) : null);
      expect(f.goals).toEqual([text(mc('goal1')), text(mc('goal2')), text(mc('goal3'))]);
      expect(f.nextSupport).toBe(text(mc('nextSupport')));
      expect(f.clientEffort).toBe(text(mc('clientEffort')));
      expect(f.employerEffort).toBe(clientOnly ? null : text(mc('employerEffort')));
      expect(f.agencyEffort).toBe(text(mc('agencyEffort')));
      expect(f.shared).toBe(text(mc('shared')));
      expect(f.shownOn).toBe(date(mc('reportShownDate')));

      // actions and results: the tagged contacts' own cells, dated, in date order
      for (const [key, col] of [
        ['actions', C.content?.col],
        ['results', C.result?.col],
      ] as const) {
        [1, 2, 3].forEach((n) => {
          // a contact for several goals: once under its first goal with all the numbers, a pointer elsewhere
          const circled = (g: number) => ['①', '②', '③'][g - 1];
          const lines = byDate
            .map((c) => ({
              c,
              goals: goalNumbers(text(cellOf(c.source.sheet, c.source.row, C.goal?.col))),
              t: text(cellOf(c.source.sheet, c.source.row, col)),
            }))
            .filter((x) => x.goals.includes(n) && x.t !== null)
            .map(({ c, goals, t }) =>
              goals.length === 1
                ? `${formatMonthDay(c.date)} ${t}`
                : goals[0] === n
                  ? `${formatMonthDay(c.date)}（${goals.map(circled).join('')}） ${t}`
                  : `${formatMonthDay(c.date)}の支援は${circled(goals[0]!)}に記載`,
            );
          expect(f[key][n - 1]).toBe(lines.length ? lines.join('\n') : null);
        });
      }

      // toFill lists exactly the blank fields the office writes (never filled in by us)
      for (const k of [
        'createdOn',
        'hireDate',
        'employer',
        'nextSupport',
        'clientEffort',
        'shared',
        'shownOn',
        'staff',
      ] as const)
        expect(r.toFill.includes(k), `${r.clientId} ${k}`).toBe(f[k] === null);
      // an empty (関係機関等) is no gap: the 作成例 leaves it out when no agency is involved
      expect(r.toFill).not.toContain('agencyEffort');
      expect(r.toFill.includes('goals[1]')).toBe(f.goals[0] === null);
    }
  });
});
