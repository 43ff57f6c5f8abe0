/// <reference types="google-apps-script" />
import { describe, expect, it } from 'vitest';
import {
  A4,
  DOC_FONT,
  type DocsRequest,
  docRequests,
  docText,
  existingOf,
  TEXT_WIDTH,
} from '../../apps-script/src/doc-writer.ts';
import { readXlsx } from '../../cli/load.ts';
import { readWorkbook } from '../../shared/read/workbook.ts';
import { annualAppendixForm, annualReport, annualReportForm } from '../../shared/report/annual.ts';
import { readReportExtras } from '../../shared/report/extras.ts';
import { type FormBlock, reportForm } from '../../shared/report/form.ts';
import { HAND_WORKED } from '../../shared/report/hand-worked.fixture.ts';
import { supportReports } from '../../shared/report/support-report.ts';
import { ApiDocument } from './fakes/docs-api.ts';

/**
 * The request builder's indexes, worked out by hand from the Docs API's documented layout
 * (developers.google.com/docs/api/concepts/structure and …/how-tos/tables): the body's first paragraph at 1;
 * insertTable at i starts the table at i + 1; an R×C table at T spans T … T + 2 + R(2C + 1), its cell
 * (r, c) paragraph at T + 3 + r(2C + 1) + 2c (the guide's 2×2 example: S + 3, S + 5, S + 8, S + 10).
 */
const kinds = (rs: DocsRequest[]) => rs.map((r) => Object.keys(r)[0]);
const of = (rs: DocsRequest[], kind: string) =>
  rs.filter((r) => kind in r).map((r) => r[kind] as Record<string, unknown>);

describe('docRequests: indexes worked out by hand', () => {
  it('a heading then a 2×2 box: the text at 1, the table at the heading’s newline, cells shifted by the text before them', () => {
    const blocks: FormBlock[] = [
      { kind: 'heading', text: 'A' },
      {
        kind: 'table',
        widths: [0.5, 0.5],
        header: null,
        rows: [
          [{ text: 'ab', label: true }, { text: 'c' }],
          [{ text: '' }, { text: 'd' }],
        ],
      },
    ];
    const { requests, text } = docRequests(blocks, null);
    // the text the batch leaves, by hand: the heading's line (its newline the one before the table), the
    // four cells each with its newline, the body's last empty paragraph
    expect(text).toBe('■ A\nab\nc\n\nd\n\n');
    // "■ A" (3 units) at 1: its newline at 4, where the table goes (T = 5)
    expect(of(requests, 'insertText')[0]).toEqual({ location: { index: 1 }, text: '■ A' });
    expect(of(requests, 'insertTable')).toEqual([{ rows: 2, columns: 2, location: { index: 4 } }]);
    // cells: (0,0) at T+3 = 8; (0,1) at T+5 = 10, +2 for "ab" = 12; (1,0) at T+8 = 13 +3 = 16, empty;
    // (1,1) at T+10 = 15, +3 = 18
    expect(of(requests, 'insertText').slice(1)).toEqual([
      { location: { index: 8 }, text: 'ab' },
      { location: { index: 12 }, text: 'c' },
      { location: { index: 18 }, text: 'd' },
    ]);
    // the table is addressed at its start, 5
    for (const r of of(requests, 'updateTableColumnProperties'))
      expect(r.tableStartLocation).toEqual({ index: 5 });
    const shaded = of(requests, 'updateTableCellStyle').filter((r) => r.tableRange);
    expect(shaded).toHaveLength(1);
    expect((shaded[0]!.tableRange as { tableCellLocation: unknown }).tableCellLocation).toEqual({
      tableStartLocation: { index: 5 },
      rowIndex: 0,
      columnIndex: 0,
    });
    // the table ends at T + 2 + 2·5 + 4 characters = 21: the body's last paragraph (made tiny) is 21 … 22
    const last = of(requests, 'updateTextStyle').at(-1)!;
    expect(last.range).toEqual({ startIndex: 21, endIndex: 22 });
    // the same document in the fake: the text where the indexes say
    const d = new ApiDocument('x', 'x');
    d.batchUpdate(requests);
    expect(d.bodyText()).toBe('■ A\nab\nc\n\nd\n\n');
    expect(d.body.end).toBe(22);
  });

  it('the guide’s 2×2 table at index 1 filled from the last cell (5, 7, 10, 12) is the document the builder writes forward', () => {
    // The Docs API samples fill a table at index 1 from its last cell: B2 at 12, A2 at 10, B1 at 7, A1 at 5.
    const guide = new ApiDocument('g', 'g');
    guide.batchUpdate([
      { insertTable: { rows: 2, columns: 2, location: { index: 1 } } },
      { insertText: { text: 'B2', location: { index: 12 } } },
      { insertText: { text: 'A2', location: { index: 10 } } },
      { insertText: { text: 'B1', location: { index: 7 } } },
      { insertText: { text: 'A1', location: { index: 5 } } },
    ]);
    const { requests } = docRequests(
      [
        {
          kind: 'table',
          widths: [0.5, 0.5],
          header: null,
          rows: [
            [{ text: 'A1' }, { text: 'B1' }],
            [{ text: 'A2' }, { text: 'B2' }],
          ],
        },
      ],
      null,
    );
    // forward: 5, then 7 + 2, 10 + 4, 12 + 6
    expect(of(requests, 'insertText').map((r) => (r.location as { index: number }).index)).toEqual([
      5, 9, 14, 18,
    ]);
    const mine = new ApiDocument('m', 'm');
    mine.batchUpdate(requests);
    expect(mine.bodyText()).toBe(guide.bodyText());
    const cells = (d: ApiDocument) =>
      d
        .toJson()
        .body!.content!.find((e) => e.table)!
        .table!.tableRows!.map((r) => r.tableCells!.map((c) => [c.startIndex, c.endIndex]));
    expect(cells(mine)).toEqual(cells(guide));
  });

  it('two boxes in a row have one small paragraph between them; the page is A4 with the .docx margins', () => {
    const box = (t: string): FormBlock => ({
      kind: 'table',
      widths: [1],
      header: null,
      rows: [[{ text: t }]],
    });
    const { requests } = docRequests([box('x'), box('y')], null);
    // first 1×1 at 1: T = 2, its cell at 5, "x" → ends at 2 + 2 + 3 + 1 = 8; the second at 8: T = 9, cell 12
    expect(of(requests, 'insertTable').map((r) => (r.location as { index: number }).index)).toEqual([1, 8]);
    expect(of(requests, 'insertText').map((r) => (r.location as { index: number }).index)).toEqual([5, 12]);
    const doc = of(requests, 'updateDocumentStyle')[0]!.documentStyle as Record<
      string,
      { magnitude: number }
    >;
    expect(doc.marginLeft!.magnitude).toBe(48); // 960 twips
    expect(doc.marginTop!.magnitude).toBe(39.7); // 794 twips
    expect(A4.width).toBe(595.28);
    // the widths add up to the text width
    const widths = of(requests, 'updateTableColumnProperties').map(
      (r) => (r.tableColumnProperties as { width: { magnitude: number } }).width.magnitude,
    );
    expect(widths).toHaveLength(2);
    for (const w of widths) expect(w).toBeCloseTo(TEXT_WIDTH, 2);
  });

  it('an existing Doc is emptied first (all but the body’s last newline) and its footer rewritten in the same batch', () => {
    const { requests, footer } = docRequests(
      [
        { kind: 'title', text: 'T' },
        { kind: 'running', text: 'R' },
      ],
      { bodyEnd: 40, footer: { id: 'kix.f', end: 6 } },
    );
    expect(requests[0]).toEqual({ deleteContentRange: { range: { startIndex: 1, endIndex: 39 } } });
    expect(footer).toBeNull();
    expect(of(requests, 'deleteContentRange')[1]).toEqual({
      range: { segmentId: 'kix.f', startIndex: 0, endIndex: 5 },
    });
    expect(of(requests, 'insertText').at(-1)).toEqual({
      location: { segmentId: 'kix.f', index: 0 },
      text: 'R',
    });
    expect(kinds(requests)).not.toContain('createFooter');
    // a new Doc: createFooter, and the footer's text for the second batch
    const fresh = docRequests([{ kind: 'running', text: 'R' }], null);
    expect(kinds(fresh.requests)).toContain('createFooter');
    expect(of(fresh.footer!('kix.new'), 'insertText')).toEqual([
      { location: { segmentId: 'kix.new', index: 0 }, text: 'R' },
    ]);
  });

  it('every character written is in the Mincho-style face; label cells shaded, rows never split', () => {
    const { requests } = docRequests(
      [
        { kind: 'form-number', text: '別紙様式1' },
        {
          kind: 'table',
          widths: [0.3, 0.7],
          header: ['a', 'b'],
          rows: [[{ text: 'x' }, { text: 'y' }]],
          minRowLines: 3,
        },
      ],
      null,
    );
    const d = new ApiDocument('x', 'x');
    d.batchUpdate(requests);
    for (const u of d.body.units)
      if (u.k === 'char')
        expect((u.ts.weightedFontFamily as { fontFamily: string }).fontFamily).toBe(DOC_FONT);
    const table = d.toJson().body!.content!.find((e) => e.table)!.table!;
    const rows = table.tableRows!.map((r) => r.tableRowStyle as Record<string, unknown>);
    expect(rows[0]).toMatchObject({ tableHeader: true, preventOverflow: true });
    // 3 lines at 10 pt: (3 × 250 + 60) / 20 = 40.5 pt, the .docx's row height
    expect(rows[1]).toMatchObject({ preventOverflow: true, minRowHeight: { magnitude: 40.5, unit: 'PT' } });
    const bg = table.tableRows!.map((r) =>
      r.tableCells!.map((c) => !!(c.tableCellStyle as Record<string, unknown>).backgroundColor),
    );
    expect(bg).toEqual([
      [true, true],
      [false, false],
    ]);
  });
});

describe('docRequests: the text it says the batch leaves is what the Doc holds', () => {
  it('every report of the sample month, the hand-worked month and the annual documents: new and rewritten', async () => {
    const forms: FormBlock[][] = [];
    for (const [wb, month] of [
      [await readXlsx('samples/caseload-sample.xlsx'), '2025-02'],
      [HAND_WORKED, '2025-01'],
    ] as const) {
      const read = readWorkbook(wb);
      if (!read.ok) throw new Error(read.error);
      const doc = supportReports(read.caseload, month, {
        extras: readReportExtras(wb, read.caseload),
        generatedOn: '2025-03-05',
      });
      forms.push(...doc.reports.map(reportForm));
      const annual = annualReport(read.caseload, 2024);
      forms.push(annualReportForm(annual), annualAppendixForm(annual));
    }
    expect(forms.length).toBeGreaterThan(10);
    for (const blocks of forms) {
      const d = new ApiDocument('x', 'x');
      const built = docRequests(blocks, null);
      const res = d.batchUpdate(built.requests) as { replies: { createFooter?: { footerId: string } }[] };
      const footerId = res.replies.find((r) => r.createFooter)?.createFooter?.footerId;
      if (built.footer && footerId) d.batchUpdate(built.footer(footerId));
      // docText (what a later run hashes) of documents.get's answer, and the fake's own text
      expect(docText(d.toJson())).toBe(built.text);
      expect(d.bodyText()).toBe(built.text);
      // rewritten in place with another form: the text is the other form's
      const other = forms[(forms.indexOf(blocks) + 1) % forms.length]!;
      const again = docRequests(other, existingOf(d.toJson()));
      d.batchUpdate(again.requests);
      expect(docText(d.toJson())).toBe(again.text);
    }
  });
});
