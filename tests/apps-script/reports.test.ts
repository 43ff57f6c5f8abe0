/// <reference types="google-apps-script" />
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCaseload } from '../../bench/generate.ts';
import { readXlsx } from '../../cli/load.ts';
import { formatEraDate, formatEraMonth, formatMonthDay } from '../../shared/codecs/era.ts';
import { readWorkbook } from '../../shared/read/workbook.ts';
import { annualAppendixForm, annualReport, annualReportForm } from '../../shared/report/annual.ts';
import { readReportExtras } from '../../shared/report/extras.ts';
import { CLIENT_ONLY_NOTICE, type FormBlock, reportFileStem, reportForm } from '../../shared/report/form.ts';
import { C1, C2, C3, HAND_WORKED, R1, R2, R3 } from '../../shared/report/hand-worked.fixture.ts';
import { type SupportReport, supportReports } from '../../shared/report/support-report.ts';
import type { Workbook } from '../../shared/sheet/tab.ts';
import type { ApiDocument } from './fakes/docs-api.ts';
import { officeTemplate, TEMPLATE_FOOTER, TEMPLATE_PAGE } from './fakes/office-template.ts';
import { type Addon, builtCode, loadAddon, loadWorkbook } from './harness.ts';

let code = '';
let sample: Workbook;
beforeAll(async () => {
  code = await builtCode();
  sample = await readXlsx('samples/caseload-sample.xlsx');
});

const TODAY = '2025-03-05';

function addon(wb: Workbook, opts: { today?: string; latencyMs?: number; without?: string[] } = {}) {
  const a = loadAddon(code, {
    today: opts.today ?? TODAY,
    title: wb.title,
    latencyMs: opts.latencyMs,
    without: opts.without,
  });
  loadWorkbook(a, wb);
  return a;
}

/** The reports as the shared model makes them from the same workbook (what the CLI reads). */
function expected(wb: Workbook, month: string, ids: string[] = [], generatedOn = TODAY): SupportReport[] {
  const read = readWorkbook(wb);
  if (!read.ok) throw new Error(read.error);
  return supportReports(read.caseload, month, {
    clientIds: ids,
    extras: readReportExtras(wb, read.caseload),
    generatedOn,
  }).reports;
}

type Content = GoogleAppsScript.Docs.Schema.StructuralElement[] | undefined;
const contentText = (content: Content): string =>
  (content ?? [])
    .map((el) =>
      el.paragraph
        ? (el.paragraph.elements ?? []).map((e) => e.textRun?.content ?? '').join('')
        : (el.table?.tableRows ?? [])
            .flatMap((r) => (r.tableCells ?? []).map((c) => contentText(c.content)))
            .join(''),
    )
    .join('');

/** A Google Doc (as documents.get answers) as lines: each paragraph, then each table cell. */
function docLines(d: ApiDocument): string[] {
  const out: string[] = [];
  for (const el of d.toJson().body?.content ?? []) {
    if (el.paragraph) {
      const t = contentText([el]).replace(/\n$/, '');
      if (t !== '') out.push(t);
    } else if (el.table)
      for (const r of el.table.tableRows ?? [])
        for (const cell of r.tableCells ?? []) out.push(contentText(cell.content).replace(/\n+$/, ''));
  }
  return out;
}

/** The Doc's tables as rows of cell texts. */
function docTables(d: ApiDocument): string[][][] {
  return (d.toJson().body?.content ?? [])
    .filter((el) => el.table)
    .map((el) =>
      (el.table!.tableRows ?? []).map((r) =>
        (r.tableCells ?? []).map((c) => contentText(c.content).replace(/\n$/, '')),
      ),
    );
}

/** The footer's text (the default footer). */
function footerText(d: ApiDocument): string {
  const j = d.toJson();
  const id = j.documentStyle?.defaultFooterId;
  const f = id ? (j.footers as Record<string, { content?: Content }>)[id] : undefined;
  return contentText(f?.content);
}

/** The footer's elements: text runs as their text, page fields as 《PAGE_NUMBER》 and 《PAGE_COUNT》. */
function footerRuns(d: ApiDocument): string {
  const j = d.toJson();
  const id = j.documentStyle?.defaultFooterId;
  const f = id ? (j.footers as Record<string, { content?: Content }>)[id] : undefined;
  return (f?.content ?? [])
    .flatMap((el) => el.paragraph?.elements ?? [])
    .map((e) => (e.autoText ? `《${e.autoText.type}》` : (e.textRun?.content ?? '')))
    .join('');
}

/** The same lines from the form blocks (what the .docx shows). */
function blockLines(blocks: FormBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'running') continue; // the .docx's page footer
    if (b.kind === 'heading') out.push(`■ ${b.text}`);
    else if (b.kind === 'table') {
      for (const r of [...(b.header ? [b.header] : []), ...b.rows.map((x) => x.map((c) => c.text))])
        for (const t of r) out.push(t);
    } else if (b.kind === 'fields')
      out.push(b.items.map((i) => `${i.label}：${i.value}${i.suffix ?? ''}`).join('　　'));
    else out.push(b.text);
  }
  return out;
}

function docsIn(a: Addon): ApiDocument[] {
  const folderId = a.documentProperties.getProperty('teichaku.reports.folder');
  expect(folderId).toBeTruthy();
  return a.drive.apiInFolder(folderId!);
}
/** Documents in Drive not in the trash (the run's blank form goes to the trash when the run ends). */
const liveDocs = (a: Addon) => a.drive.liveApiDocs();
const urlOf = (d: ApiDocument) => `https://docs.google.com/document/d/${d.id}/edit`;

function logRows(a: Addon): unknown[][] {
  const id = Number(a.documentProperties.getProperty('teichaku.logTab'));
  const sheet = a.ss.sheets.find((s) => s.id === id);
  expect(sheet?.name).toBe('作成ログ');
  // Sheets keeps a leading apostrophe's text as text and shows it without the apostrophe
  return sheet!.cells
    .slice(1)
    .map((r) => (r ?? []).slice(0, 7).map((c) => String(c?.f || (c?.v ?? '')).replace(/^'/, '')));
}

/** A row typed into the hand-worked 支援記録 tab (its 7th and 8th rows are free): a contact of 2025-01-30. */
const K01_CONTACT = [
  '2025/1/30',
  'K01',
  '山本 花子',
  '本人',
  '面談',
  '事業所内',
  '①',
  '月末の面談',
  '落ち着いている',
];
const K02_CONTACT = ['2025/1/30', 'K02', '大野 健', '本人', '面談', '事業所内', '①', '月末の来所', '順調'];
function addContact(a: Addon, row: number, cells: string[]) {
  cells.forEach((v, i) => {
    a.ss.sheet('支援記録').cell(row, i + 1).v = v;
  });
}

type P = { running: boolean; done: number; total: number; message: string };
const start = (a: Addon, month: string, ids: string[] = []) =>
  a.call('teichakuReportsStart', month, ids) as P;

describe('支援レポートを作成 in the built add-on', () => {
  it('N clients → N Google Docs in the add-on folder, each the form of its own report', () => {
    const a = addon(sample);
    const want = expected(sample, '2025-02');
    expect(want.length).toBeGreaterThanOrEqual(3);
    const p = start(a, '2025-02');
    expect(p).toMatchObject({ running: false, done: want.length, total: want.length });
    expect(p.message).toContain(`新規 ${want.length}`);
    const docs = docsIn(a);
    expect(docs.map((d) => d.name).sort()).toEqual(want.map((r) => reportFileStem(r)).sort());
    for (const r of want) {
      const d = docs.find((x) => x.name === reportFileStem(r))!;
      // the document is the form of the report, block by block
      expect(docLines(d)).toEqual(blockLines(reportForm(r)).map((t) => t.replace(/\n+$/, '')));
      // and each field the model holds is in it, in the form's words
      const text = d.bodyText();
      const f = r.fields;
      // the same 作成日 rule as the CLI: the run day only when not after the 提示日, else blank to fill
      if (f.shownOn === null || f.shownOn >= TODAY) expect(text).toContain(`作成日：${formatEraDate(TODAY)}`);
      else {
        expect(f.createdOn).toBeNull();
        expect(text).toContain('作成日：令和　　年　　月　　日');
      }
      if (f.clientName) expect(text).toContain(`${f.clientName}　様`);
      if (f.hireDate) expect(text).toContain(formatEraDate(f.hireDate));
      if (f.employer) expect(text).toContain(f.employer);
      for (const c of f.contacts) {
        expect(text).toContain(formatMonthDay(c.date));
        if (c.place) expect(text).toContain(c.place);
      }
      for (const t of [
        ...f.goals,
        ...f.actions,
        ...f.results,
        f.nextSupport,
        f.shared,
        f.officeName,
        f.staff,
      ])
        if (t) expect(text).toContain(t);
      // A4 with the .docx's margins (960 and 794 twips), a Mincho-style font on every character written
      const style = d.documentStyle as Record<
        string,
        { magnitude?: number; width?: { magnitude: number }; height?: { magnitude: number } }
      >;
      expect(style.pageSize!.width!.magnitude).toBeCloseTo(595.28, 1);
      expect(style.pageSize!.height!.magnitude).toBeCloseTo(841.89, 1);
      expect(style.marginLeft!.magnitude).toBe(48);
      expect(style.marginTop!.magnitude).toBeCloseTo(39.7, 1);
      const fonts = new Set(
        d.body.units.flatMap((u) =>
          u.k === 'char'
            ? [(u.ts.weightedFontFamily as { fontFamily?: string } | undefined)?.fontFamily]
            : [],
        ),
      );
      expect([...fonts]).toEqual(['Noto Serif JP']);
      // the footer names the client and the month on every page (a continuation page too), then
      // 「n / N」 as the .docx has it: the page fields of the blank form Drive imported
      expect(footerRuns(d)).toBe(
        `${f.clientName ? `${f.clientName}　様` : r.clientId}　${formatEraMonth(r.month)}の支援レポート　《PAGE_NUMBER》 / 《PAGE_COUNT》\n`,
      );
      // a copy of the run's blank form (page and footer set up), filled in one batch
      expect(d.batches).toBe(1);
    }
    // the blank form was made once for the run and is in the trash now it has ended
    const blanks = [...a.drive.apiDocs.values()].filter((d) => d.name.startsWith('定着_支援レポートの下地'));
    expect(blanks).toHaveLength(1);
    expect(a.drive.files.get(blanks[0]!.id)!.trashed).toBe(true);
    expect(liveDocs(a)).toBe(want.length);
    // the log: one row per document, with its link
    const log = logRows(a);
    expect(log).toHaveLength(want.length);
    for (const r of want) {
      const row = log.find((x) => x[0] === r.clientId)!;
      const d = docs.find((x) => x.name === reportFileStem(r))!;
      expect(row[2]).toBe('2025年2月');
      expect(String(row[3])).toContain(urlOf(d));
      expect(String(row[5])).toMatch(/^作成/);
    }
    expect(a.script.live()).toEqual([]);
    expect(a.ui.alerts).toEqual([]);
  });

  it('the hand-worked month: K01 field by field, K02 (not disclosed) for the client only', () => {
    const a = addon(HAND_WORKED);
    start(a, '2025-01');
    const docs = docsIn(a);
    const k01 = docs.find((d) => d.name.startsWith('2025-01_') && d.bodyText().includes(C1))!;
    const text = k01.bodyText();
    for (const t of [C1, R1, C2, R2, C3, R3]) expect(text).toContain(t);
    // the ②③ contact's text once, under ② with both numbers; ③ points to it
    expect(text.indexOf(C2)).toBe(text.lastIndexOf(C2));
    expect(text).toContain(`1月21日（②③） ${C2}`);
    expect(text).toContain('1月21日の支援は②に記載');
    const k02 = docs.find((d) => d !== k01)!;
    expect(k02.bodyText()).toContain('ご本人用');
    expect(k02.bodyText()).toContain('（記載しません）');
    // the notice is in the body, under the title
    expect(docLines(k02).slice(0, 3)).toEqual([
      '別紙様式1',
      '就労定着支援　支援レポート（ご本人用）',
      CLIENT_ONLY_NOTICE,
    ]);
  });

  it('a rerun with nothing new leaves every Doc as it is: nothing made, nothing rewritten', () => {
    const a = addon(sample);
    start(a, '2025-02');
    const before = docsIn(a).map((d) => ({ id: d.id, batches: d.batches, text: d.bodyText() }));
    const docCount = liveDocs(a);
    a.calls.reset();
    const p = start(a, '2025-02');
    expect(p.message).toContain(`そのまま ${before.length}`);
    expect(a.calls.count('Docs.create')).toBe(0);
    expect(a.calls.count('Docs.batchUpdate')).toBe(0);
    expect(a.calls.count('DriveApp.createFolder')).toBe(0);
    expect(liveDocs(a)).toBe(docCount);
    for (const b of before) {
      expect(a.drive.apiDocs.get(b.id)!.batches).toBe(b.batches);
      expect(a.drive.apiDocs.get(b.id)!.bodyText()).toBe(b.text); // never re-dated
    }
    const log = logRows(a);
    expect(log).toHaveLength(before.length);
    for (const row of log) expect(String(row[5])).toMatch(/^変更なし/);
  });

  it('a Doc staff typed into is kept; new sheet content goes to a new version beside it; an untouched Doc is updated', () => {
    const a = addon(HAND_WORKED);
    start(a, '2025-01');
    const [k01, k02] = ['K01', 'K02'].map((id) => {
      const rec = JSON.parse(a.documentProperties.getProperty(`teichaku.reports.doc.2025-01.${id}`)!);
      return a.drive.apiDocs.get(rec.id)!;
    });
    // staff type a line into K01's Doc (at the end of its body)
    k01!.batchUpdate([
      { insertText: { endOfSegmentLocation: {}, text: '\n電話で追加の相談あり（手書き）' } },
    ]);
    const typed = k01!.bodyText();
    // the same sheet: K01 kept, K02 unchanged
    let p = start(a, '2025-01');
    expect(p.message).toContain('そのまま 2');
    expect(k01!.bodyText()).toBe(typed);
    expect(String(logRows(a).find((r) => r[0] === 'K01')![5])).toMatch(/^保持（手が加えられているため/);
    // the sheet gains a contact for each client
    addContact(a, 7, K01_CONTACT);
    addContact(a, 8, K02_CONTACT);
    p = start(a, '2025-01');
    expect(p.message).toMatch(/更新 1・新しい版 1/);
    // K01's typed Doc is exactly as staff left it; its new version holds the new contact
    expect(k01!.bodyText()).toBe(typed);
    const docs = docsIn(a);
    expect(docs).toHaveLength(3);
    const v2 = docs.find((d) => d.name === '2025-01_001_K01_山本花子_支援レポート_2')!;
    expect(v2.bodyText()).toContain('月末の面談');
    // K02's untouched Doc was brought up to date in place: the same Doc, its old contents gone
    expect(k02!.bodyText()).toContain('月末の来所');
    const lines = docLines(k02!);
    expect(lines.filter((l) => l.startsWith('就労定着支援'))).toHaveLength(1);
    expect(lines[0]).toBe('別紙様式1');
    expect(k02!.bodyText().split('月末の来所')).toHaveLength(2);
    expect(footerText(k02!)).toContain('大野 健　様');
    // rewritten in place: the client's line replaced, the page fields kept
    expect(footerRuns(k02!)).toMatch(
      /^大野 健　様　令和7年1月の支援レポート　《PAGE_NUMBER》 \/ 《PAGE_COUNT》\n$/,
    );
    expect(k02!.name).toBe('2025-01_002_K02_大野健_支援レポート_ご本人用');
    const rows = logRows(a);
    expect(String(rows.find((r) => r[0] === 'K01')![5])).toMatch(/^新しい版/);
    expect(String(rows.find((r) => r[0] === 'K01')![3])).toContain('_2');
    expect(String(rows.find((r) => r[0] === 'K02')![5])).toMatch(/^更新/);
  });

  it('a copy whose footer Google gave another id is filled all the same: read once, written as the Doc it is', () => {
    const a = addon(sample);
    a.drive.newFooterIdsOnCopy = true;
    const want = expected(sample, '2025-02');
    const p = start(a, '2025-02');
    expect(p).toMatchObject({ running: false, done: want.length });
    // one read of each copy, and one of the blank form when it was imported
    expect(a.calls.count('Docs.get')).toBe(want.length + 1);
    for (const r of want) {
      const d = docsIn(a).find((x) => x.name === reportFileStem(r))!;
      expect(docLines(d)).toEqual(blockLines(reportForm(r)).map((t) => t.replace(/\n+$/, '')));
      expect(footerText(d)).toContain(`${formatEraMonth(r.month)}の支援レポート`);
      // the refused batch applied nothing; the second one wrote the Doc
      expect(d.batches).toBe(1);
    }
  });

  it('without the Drive service, or when its import gives no page field, the blank is made with the Docs API: the same Docs, no n / N', () => {
    const noDrive = addon(HAND_WORKED, { without: ['Drive'] });
    const noFields = addon(HAND_WORKED);
    noFields.drive.importDropsFields = true;
    for (const a of [noDrive, noFields]) {
      start(a, '2025-01');
      const want = expected(HAND_WORKED, '2025-01');
      for (const r of want) {
        const d = docsIn(a).find((x) => x.name === reportFileStem(r))!;
        expect(docLines(d)).toEqual(blockLines(reportForm(r)).map((t) => t.replace(/\n+$/, '')));
        expect(footerRuns(d)).toBe(`${r.fields.clientName}　様　${formatEraMonth(r.month)}の支援レポート\n`);
        expect(d.batches).toBe(1);
      }
      // the imported blank without fields went to the trash at once, the Docs API one when the run ended
      expect(liveDocs(a)).toBe(want.length);
    }
    expect(noDrive.calls.count('Drive.Files.create')).toBe(0);
    expect(noFields.calls.count('Drive.Files.create')).toBe(1);
  });

  it('another staff member’s rerun (a revision id not comparable) still knows an untouched Doc by its text', () => {
    const a = addon(HAND_WORKED);
    start(a, '2025-01');
    const key = (id: string) => `teichaku.reports.doc.2025-01.${id}`;
    // the revision ids remembered no longer match what documents.get answers
    for (const id of ['K01', 'K02']) {
      const rec = JSON.parse(a.documentProperties.getProperty(key(id))!);
      expect(rec.rev).toBeTruthy();
      expect(rec.text).toBeTruthy();
      a.documentProperties.setProperty(key(id), JSON.stringify({ ...rec, rev: 'another-user' }));
    }
    let p = start(a, '2025-01');
    expect(p.message).toContain('そのまま 2');
    for (const r of logRows(a)) expect(String(r[5])).toMatch(/^変更なし/);
    // with new sheet content both are brought up to date in place, no second version
    addContact(a, 7, K01_CONTACT);
    p = start(a, '2025-01');
    expect(p.message).toMatch(/更新 1・/);
    expect(p.message).not.toContain('新しい版');
    expect(docsIn(a)).toHaveLength(2);
  });

  it('the 作成ログ names what each Doc still needs, and says so plainly of a month with no support recorded', () => {
    const a = addon(HAND_WORKED);
    start(a, '2025-01');
    const status = (id: string) => String(logRows(a).find((r) => r[0] === id && r[2] === '2025年1月')![5]);
    expect(status('K01')).toBe('作成');
    // K02 by hand (shared/report/support-report.test.ts): no 作成日, 対象者の取組 and 共有事項 blank
    expect(status('K02')).toBe('作成（記入が必要: 作成日・対象者の取組・共有事項）');
    // February: the log has no contact of K01's
    start(a, '2025-02', ['K01']);
    const feb = String(logRows(a).find((r) => r[0] === 'K01' && r[2] === '2025年2月')![5]);
    expect(feb).toMatch(/^作成（この月の支援の記録がありません）（記入が必要: 支援実績・/);
  });

  it('client-only Docs are marked in their names and in the 作成ログ', () => {
    const a = addon(sample);
    start(a, '2025-02');
    const want = expected(sample, '2025-02');
    const only = want.filter((r) => r.audience === 'client-only');
    expect(only.length).toBeGreaterThan(0);
    const rows = logRows(a);
    for (const r of want) {
      const row = rows.find((x) => x[0] === r.clientId)!;
      if (r.audience === 'client-only') {
        expect(String(row[6])).toBe('ご本人用（勤務先に渡さない）');
        expect(String(row[3])).toMatch(/_ご本人用"\)$/);
      } else expect(String(row[6])).toBe('');
    }
    expect(docsIn(a).filter((d) => d.name.endsWith('_ご本人用'))).toHaveLength(only.length);
  });

  it('each Doc is remembered in a property of its own, far below 9 KB in UTF-8 bytes however many clients', () => {
    const wb = generateCaseload({ clients: 40, contactsPerMonth: 1, asOf: '2025-03-31' });
    const a = addon(wb, { today: '2025-03-31' });
    start(a, '2025-02');
    const props = a.documentProperties.getProperties();
    const keys = Object.keys(props).filter((k) => k.startsWith('teichaku.reports.doc.2025-02.'));
    expect(keys.length).toBe(expected(wb, '2025-02', [], '2025-03-31').length);
    for (const k of keys) expect(new TextEncoder().encode(props[k]!).length).toBeLessThan(400);
    expect(props['teichaku.reports.files.2025-02']).toBeUndefined();
  });

  it('a run cut by the time budget continues from its trigger and ends with every document exactly once', () => {
    // every service call takes 3 s of simulated time: the budget (4.5 min) is met after a few documents
    const a = addon(sample, { latencyMs: 3000 });
    const want = expected(sample, '2025-02');
    let p = start(a, '2025-02');
    expect(p.running).toBe(true);
    expect(p.done).toBeGreaterThan(0);
    expect(p.done).toBeLessThan(want.length);
    expect(p.message).toContain(`${p.done} / ${want.length}`);
    expect(logRows(a)).toHaveLength(p.done);
    // paused for its trigger: the sidebar says when the rest comes, and offers 今すぐ続ける
    expect(p.message).toMatch(/残りは \d\d:\d\dごろから自動で作成します/);
    expect((p as P & { canContinue: boolean }).canContinue).toBe(true);
    let fired = 0;
    while (a.script.live().length > 0 && fired < 20) {
      const live = a.script.live();
      expect(live).toHaveLength(1);
      expect(live[0]!.handler).toBe('teichakuReportsContinue');
      expect(live[0]!.afterMs).toBeGreaterThan(0);
      a.fire(live[0]!);
      fired++;
    }
    expect(fired).toBeGreaterThan(0);
    p = a.call('teichakuReportsProgress') as P;
    expect(p).toMatchObject({ running: false, done: want.length, total: want.length });
    const docs = docsIn(a);
    expect(docs.map((d) => d.name).sort()).toEqual(want.map((r) => reportFileStem(r)).sort());
    for (const d of docs) expect(d.batches).toBe(1);
    expect(liveDocs(a)).toBe(want.length);
    expect(logRows(a)).toHaveLength(want.length);
    expect(a.documentProperties.getProperty('teichaku.reports.run')).toBeNull();
    // one blank form for the whole run, its executions included (kept in the run's state), trashed at the end
    expect(a.calls.count('Drive.Files.create')).toBe(1);
    const blanks = [...a.drive.apiDocs.values()].filter((d) => d.name.startsWith('定着_支援レポートの下地'));
    expect(blanks.map((b) => a.drive.files.get(b.id)!.trashed)).toEqual([true]);
  });

  it('a run cut and never continued (its trigger lost) is resumed by starting the month again, without a duplicate', () => {
    const a = addon(sample, { latencyMs: 3000 });
    const want = expected(sample, '2025-02');
    const first = start(a, '2025-02');
    expect(first.running).toBe(true);
    // the trigger never fires (deleted, or the execution was killed): the month is simply started again
    a.calls.onHit = () => {}; // a fresh execution, no more simulated delay
    const p = start(a, '2025-02');
    expect(p).toMatchObject({ running: false, done: want.length, total: want.length });
    expect(liveDocs(a)).toBe(want.length);
    expect(
      docsIn(a)
        .map((d) => d.name)
        .sort(),
    ).toEqual(want.map((r) => reportFileStem(r)).sort());
    for (const d of docsIn(a)) expect(d.batches).toBe(1);
  });

  it('an unfinished month never blocks another: it waits its turn and is finished afterwards, each Doc once', () => {
    const a = addon(sample, { latencyMs: 3000 });
    const feb = expected(sample, '2025-02');
    const jan = expected(sample, '2025-01');
    expect(start(a, '2025-02').running).toBe(true);
    // another month is started while February is paused: not refused
    let p = start(a, '2025-01');
    if (p.running) expect(p.message).toContain('このあと 令和7年2月の続きを作成します');
    let fired = 0;
    while (a.script.live().length > 0 && fired < 40) {
      a.fire(a.script.live()[0]!);
      fired++;
    }
    p = a.call('teichakuReportsProgress') as P;
    expect(p.running).toBe(false);
    expect(liveDocs(a)).toBe(feb.length + jan.length);
    const names = docsIn(a).map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of [...feb, ...jan]) expect(names).toContain(reportFileStem(r));
    expect(a.documentProperties.getProperty('teichaku.reports.queue')).toBeNull();
  });

  it('a run whose execution was killed holds its lease until the 6-minute limit has surely passed, then anyone may go on', () => {
    const a = addon(sample);
    const want = expected(sample, '2025-02');
    // what a killed execution leaves: the run half done, its lease still running, no trigger
    const now = Date.parse('2025-03-05T03:00:00Z'); // noon in Tokyo, the fake clock's start
    a.documentProperties.setProperty(
      'teichaku.reports.run',
      JSON.stringify({
        month: '2025-02',
        ids: want.map((r) => r.clientId),
        next: 2,
        generatedOn: TODAY,
        template: null,
        created: 2,
        updated: 0,
        failed: 0,
        leaseUntil: now + 6.5 * 60_000,
      }),
    );
    expect(() => start(a, '2025-01')).toThrow(/作成中です（2 \/ \d+）。12:06を過ぎても進まないときは/);
    expect((a.call('teichakuReportsProgress') as P & { canContinue: boolean }).canContinue).toBe(false);
    a.clock.ms += 7 * 60_000; // the lease has run out
    expect((a.call('teichakuReportsProgress') as P & { canContinue: boolean }).canContinue).toBe(true);
    const p = start(a, '2025-01'); // January first, February waits behind it and is finished after
    expect(p.running).toBe(false);
    expect(a.documentProperties.getProperty('teichaku.reports.run')).toBeNull();
    // February went on from its third client: the two it had done are not made again here
    const febDocs = docsIn(a).filter((d) => d.name.startsWith('2025-02_'));
    expect(febDocs).toHaveLength(want.length - 2);
  });

  it('should Drive refuse the folder, the documents are still made (in My Drive) and the log says where', () => {
    const a = addon(sample);
    a.drive.refuseFolders = true;
    const want = expected(sample, '2025-02');
    const p = start(a, '2025-02');
    expect(p).toMatchObject({ running: false, done: want.length });
    expect(liveDocs(a)).toBe(want.length);
    for (const row of logRows(a)) expect(String(row[5])).toMatch(/^作成.*マイドライブにあります/);
  });

  it('a second person is refused with a Japanese message while the document lock is held', () => {
    const a = addon(sample);
    a.lock.heldElsewhere = true;
    expect(() => start(a, '2025-02')).toThrow(/支援レポートを作成中です/);
    expect(liveDocs(a)).toBe(0);
  });

  it('the office template: a copy keeps its page setup and footer; placeholders filled, the contact row repeated per contact', () => {
    const a = addon(HAND_WORKED);
    const tpl = officeTemplate(a.drive);
    const ok = a.call('teichakuReportsSetTemplate', urlOf(tpl)) as { ok: boolean; warnings: string[] };
    expect(ok).toMatchObject({ ok: true, warnings: [] });

    const [k01, k02] = expected(HAND_WORKED, '2025-01', ['K01', 'K02']);
    expect(k01!.fields.contacts.length).toBeGreaterThanOrEqual(2);
    start(a, '2025-01', ['K01', 'K02']);
    const d = docsIn(a).find((x) => x.name === reportFileStem(k01!))!;
    const text = d.bodyText();
    expect(text).not.toContain('{{');
    expect(text).toContain(`${k01!.fields.clientName} 様　令和7年1月の支援レポート`);
    expect(text).toContain(`目標①：${k01!.fields.goals[0]}`);
    expect(text).toContain(`作成日：${formatEraDate(k01!.fields.createdOn!)}　担当：${k01!.fields.staff}`);
    expect(docTables(d)).toEqual([
      [
        ['月日', '場所', '方法'],
        ...k01!.fields.contacts.map((c) => [formatMonthDay(c.date), c.place ?? '', c.method ?? '']),
      ],
    ]);
    // the template's page setup and footer, its footer's placeholder filled too
    const style = d.documentStyle as Record<string, { magnitude?: number; width?: { magnitude: number } }>;
    expect(style.pageSize!.width!.magnitude).toBe(TEMPLATE_PAGE.width);
    expect(style.marginLeft!.magnitude).toBe(TEMPLATE_PAGE.margin);
    expect(footerText(d)).toBe(`${TEMPLATE_FOOTER.replace('{{利用者名}}', k01!.fields.clientName!)}\n`);
    // one batch for the copy
    expect(d.batches).toBe(1);
    // a client-only report from a template without {{ご本人用}}: the notice is its first line, the name marked
    const only = docsIn(a).find((x) => x.name === reportFileStem(k02!))!;
    expect(only.name).toMatch(/_ご本人用$/);
    expect(docLines(only)[0]).toBe(`（ご本人用）${CLIENT_ONLY_NOTICE}`);
    // the template itself is untouched
    expect(tpl.bodyText()).toContain('{{利用者名}}');
    expect(tpl.bodyText()).toContain('{{月日}}');

    // a second run with nothing new keeps both; an untouched copy is replaced by a fresh one when the sheet changes
    a.calls.reset();
    start(a, '2025-01', ['K01', 'K02']);
    expect(a.calls.count('File.makeCopy')).toBe(0);

    const wide = a.drive.createApiDocument('全角');
    wide.batchUpdate([{ insertText: { location: { index: 1 }, text: '｛｛利用者名｝｝ 様' } }]);
    const warned = a.call('teichakuReportsSetTemplate', urlOf(wide)) as { warnings: string[] };
    expect(warned.warnings.join('')).toMatch(/全角.*｛｛利用者名｝｝/);
    // blank: back to 別紙様式1
    expect(a.call('teichakuReportsSetTemplate', '')).toMatchObject({ ok: true });
  });

  it('a template copy’s text is learnt on the first rerun that finds it unchanged, so another staff member’s rerun updates it', () => {
    const a = addon(HAND_WORKED);
    a.call('teichakuReportsSetTemplate', urlOf(officeTemplate(a.drive)));
    start(a, '2025-01', ['K01']);
    const key = 'teichaku.reports.doc.2025-01.K01';
    const first = JSON.parse(a.documentProperties.getProperty(key)!);
    expect(first.text).toBeNull();
    expect(first.rev).toBeTruthy();
    // the same person again: nothing written, the text now remembered
    start(a, '2025-01', ['K01']);
    const learnt = JSON.parse(a.documentProperties.getProperty(key)!);
    expect(learnt.text).toEqual(expect.any(String));
    // another staff member's revision ids differ; the sheet gains a contact: updated (a fresh copy), no version
    a.documentProperties.setProperty(key, JSON.stringify({ ...learnt, rev: 'another-user' }));
    addContact(a, 7, K01_CONTACT);
    const p = start(a, '2025-01', ['K01']);
    expect(p.message).toMatch(/更新 1/);
    expect(p.message).not.toContain('新しい版');
  });

  it('a template Drive will not let the add-on copy (made elsewhere: drive.file) is refused when saved, with a Doc of the add-on’s to paste it into', () => {
    const a = addon(HAND_WORKED);
    const theirs = officeTemplate(a.drive);
    a.drive.notOpenedByApp.add(theirs.id);
    type R = { ok: boolean; message: string; url?: string };
    const r = a.call('teichakuReportsSetTemplate', urlOf(theirs)) as R;
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(
      /^このひな形は読めましたが、Google ドライブの権限のためアドオンからはコピーできません/,
    );
    expect(a.documentProperties.getProperty('teichaku.reports.template')).toBeNull();
    const draft = docsIn(a).find((d) => urlOf(d) === r.url)!;
    expect(draft.name).toBe('定着_ひな形（ここに元のひな形を貼り付けてください）');
    expect(r.message).toContain(`「${draft.name}」`);
    // A4 with a footer ready for the template's own
    expect(
      (draft.documentStyle as { pageSize: { width: { magnitude: number } } }).pageSize.width.magnitude,
    ).toBeCloseTo(595.28, 1);
    expect(draft.toJson().documentStyle?.defaultFooterId).toBeTruthy();
    // saving the same refused template again gives the same draft, not a second one
    expect((a.call('teichakuReportsSetTemplate', urlOf(theirs)) as R).url).toBe(r.url);
    expect(docsIn(a)).toHaveLength(1);
    // staff paste the template into the draft and save its address: accepted, and the reports use it
    draft.batchUpdate([
      { insertText: { location: { index: 1 }, text: '{{利用者名}} 様　{{対象月}}の報告' } },
    ]);
    expect(a.call('teichakuReportsSetTemplate', r.url)).toMatchObject({ ok: true, warnings: [] });
    start(a, '2025-01', ['K01']);
    const [k01] = expected(HAND_WORKED, '2025-01', ['K01']);
    const made = docsIn(a).find((d) => d.name === reportFileStem(k01!))!;
    expect(made.bodyText()).toBe(`${k01!.fields.clientName} 様　令和7年1月の報告\n`);
  });

  it('at most 10 service calls per Google Doc (DocumentApp, DriveApp, Docs, Properties), built-in form and office template', () => {
    const wb = generateCaseload({ clients: 12, contactsPerMonth: 4, asOf: '2025-03-31' });
    const all = expected(wb, '2025-02', [], '2025-03-31').map((r) => r.clientId);
    expect(all.length).toBeGreaterThanOrEqual(10);
    const counted =
      /^(DocumentApp|Document|Body|Paragraph|Table|TableRow|TableCell|DriveApp|Drive\.Files|File|Folder|Docs|PropertiesService|Properties)\./;
    // the calls of one run for some clients: the per-run part (reading the sheet, the folder, the log …)
    // cancels out between a run of 2 and a run of all
    const run = (ids: string[], template: boolean) => {
      const a = addon(wb, { today: '2025-03-31' });
      if (template) a.call('teichakuReportsSetTemplate', urlOf(officeTemplate(a.drive)));
      a.calls.reset();
      const p = start(a, '2025-02', ids);
      expect(p).toMatchObject({ running: false, done: ids.length });
      expect(liveDocs(a)).toBe(ids.length + (template ? 1 : 0));
      return [...a.calls.byName].filter(([k]) => counted.test(k)).reduce((n, [, v]) => n + v, 0);
    };
    for (const template of [false, true]) {
      const perDoc = (run(all, template) - run(all.slice(0, 2), template)) / (all.length - 2);
      expect(Number.isInteger(perDoc)).toBe(true); // the same for every document
      expect(perDoc).toBeLessThanOrEqual(10);
    }
  });

  it('the sidebar lists the clients and offers the previous month; the 作成ログ is never read as the office data and survives 点検の表示を消す', () => {
    const a = addon(sample);
    a.call('teichakuReports');
    expect(a.ui.sidebars.at(-1)!.title).toBe('支援レポートを作成');
    expect(a.ui.sidebars.at(-1)!.html).toContain('value="2025-02"');
    start(a, '2025-02');
    a.call('teichakuValidate');
    expect(a.ui.alerts).toEqual([]);
    a.call('teichakuClear');
    expect(a.ss.sheets.some((s) => s.name === '作成ログ')).toBe(true);
  });
});

describe('年次報告を作成 in the built add-on', () => {
  it('makes the Doc of the fiscal year without names and the named list as a second Doc; a rerun keeps what staff typed, as the reports do', () => {
    const a = addon(sample, { today: '2025-05-10' });
    a.call('teichakuAnnualReport');
    expect(a.ui.alerts).toHaveLength(1);
    const read = readWorkbook(sample);
    if (!read.ok) throw new Error(read.error);
    const report = annualReport(read.caseload, 2024);
    const docs = docsIn(a);
    expect(docs.map((d) => d.name).sort()).toEqual([
      '2024年度_年次報告',
      '2024年度_年次報告_別添_利用者一覧',
    ]);
    const main = docs.find((d) => d.name === '2024年度_年次報告')!;
    const appendix = docs.find((d) => d.name === '2024年度_年次報告_別添_利用者一覧')!;
    expect(docLines(main)).toEqual(blockLines(annualReportForm(report)).map((t) => t.replace(/\n+$/, '')));
    expect(docLines(appendix)).toEqual(
      blockLines(annualAppendixForm(report)).map((t) => t.replace(/\n+$/, '')),
    );
    // the document meant for publication names none of the clients the appendix lists
    expect(report.rateClients.length).toBeGreaterThan(0);
    for (const c of report.rateClients) {
      expect(main.bodyText()).not.toContain(c.clientName);
      expect(appendix.bodyText()).toContain(c.clientName);
    }
    expect(a.ui.alerts[0]!.prompt).toBe(
      `令和6年度の年次報告「2024年度_年次報告」: 作成しました。\n${urlOf(main)}\n\n別添「2024年度_年次報告_別添_利用者一覧」（利用者の氏名入り。公表・提出する書類には添付しないでください）: 作成しました。\n${urlOf(appendix)}`,
    );
    // the appendix's footer says what it is, then 「n / N」 as the .docx has; the report has none, as its .docx
    expect(footerRuns(appendix)).toBe(
      '令和6年度 事業報告 別添 利用者一覧（個人情報）　《PAGE_NUMBER》 / 《PAGE_COUNT》\n',
    );
    expect(main.toJson().documentStyle?.defaultFooterId).toBeUndefined();
    const batches = () => [main, appendix].map((d) => d.batches);
    const first = batches();

    // the same sheet again: both left as they are, nothing written
    a.call('teichakuAnnualReport');
    expect(a.ui.alerts[1]!.prompt).toContain(
      '「2024年度_年次報告」: 前回と同じ内容のため、そのままにしました',
    );
    expect(batches()).toEqual(first);

    // staff type into the report; the sheet changes a figure of the report (a client's 性別), not the list
    main.batchUpdate([{ insertText: { endOfSegmentLocation: {}, text: '\n理事会で報告済み（手書き）' } }]);
    const typed = main.bodyText();
    const clients = a.ss.sheet('利用者');
    const rowOf = (id: string) => clients.cells.findIndex((r) => r?.[0]?.v === id) + 1;
    const u = report.rateClients[0]!;
    // U001 (support 2023-08-01 … 2026-07-31) is among the clients at the year's end, whose 性別 are counted
    const sexCell = clients.cell(rowOf('U001'), 4);
    expect(sexCell.v).toBe('女');
    sexCell.v = sexCell.v === '男' ? '女' : '男';
    a.call('teichakuAnnualReport');
    expect(a.ui.alerts[2]!.prompt).toContain(
      '「2024年度_年次報告_2」: 手が加えられた文書はそのまま残し、新しい内容を別の文書にしました',
    );
    expect(a.ui.alerts[2]!.prompt).toContain('別添「2024年度_年次報告_別添_利用者一覧」');
    expect(a.ui.alerts[2]!.prompt).toContain('前回と同じ内容のため、そのままにしました');
    expect(main.bodyText()).toBe(typed);
    const v2 = docsIn(a).find((d) => d.name === '2024年度_年次報告_2')!;
    expect(v2.bodyText()).not.toContain('理事会で報告済み');
    expect(docsIn(a)).toHaveLength(3);

    // the list changes (the client's name): the untouched appendix is rewritten in place, the new report left
    const v2Batches = v2.batches;
    clients.cell(rowOf(u.clientId), 2).v = '名前 変更';
    a.call('teichakuAnnualReport');
    expect(a.ui.alerts[3]!.prompt).toContain(
      '「2024年度_年次報告_2」: 前回と同じ内容のため、そのままにしました',
    );
    expect(a.ui.alerts[3]!.prompt).toContain('別添「2024年度_年次報告_別添_利用者一覧」');
    expect(a.ui.alerts[3]!.prompt).toMatch(/添付しないでください）: 更新しました/);
    expect(appendix.bodyText()).toContain('名前 変更');
    expect(appendix.bodyText()).not.toContain(u.clientName);
    expect(appendix.batches).toBe(first[1]! + 1);
    expect(v2.batches).toBe(v2Batches);
    expect(main.bodyText()).toBe(typed);
    expect(docsIn(a)).toHaveLength(3);
  });
});
