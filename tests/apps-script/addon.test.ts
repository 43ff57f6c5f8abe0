/// <reference types="google-apps-script" />
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../apps-script/build.ts';
import { generateCaseload } from '../../bench/generate.ts';
import { readCsvFolder, readXlsx } from '../../cli/load.ts';
import { checkWorkbook, notCheckableFindings } from '../../shared/check.ts';
import { formatEraDate, formatEraMonth } from '../../shared/codecs/era.ts';
import { columnNumber } from '../../shared/model/column.ts';
import type { Workbook } from '../../shared/sheet/tab.ts';
import { loadExpected } from '../golden.ts';
import { FakeRule } from './fakes/spreadsheet.ts';
import { type Addon, builtCode, ENTRY_POINTS, loadAddon, loadWorkbook, snapshot } from './harness.ts';

let code = '';
beforeAll(async () => {
  code = await builtCode();
});

/**
 * Every sample workbook: each samples/*.xlsx (so shapes added later are included) and each workbook an
 * `*.expected.json` names (the CSV folder). Expected findings, where a sample has them, are checked too.
 */
const EXPECTED = readdirSync('samples')
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => ({
    wb: join('samples', JSON.parse(readFileSync(join('samples', f), 'utf8')).workbook as string),
    expected: join('samples', f) as string | null,
  }));
const SAMPLES = [
  ...EXPECTED,
  ...readdirSync('samples')
    .filter((f) => f.endsWith('.xlsx') && !EXPECTED.some((e) => e.wb === join('samples', f)))
    .map((f) => ({ wb: join('samples', f), expected: null })),
].sort((x, y) => x.wb.localeCompare(y.wb));
/** The as-of day of a sample: its expected file's, or the day the samples are written for. */
const asOfOf = (s: (typeof SAMPLES)[number]) => (s.expected ? loadExpected(s.expected).asOf : '2025-03-31');
const load = (p: string) => (p.endsWith('.xlsx') ? readXlsx(p) : readCsvFolder(p));

/** Cells painted by our rules, as `sheet!A1 severity`, and cells holding our note lines. */
function ourMarks(a: Addon) {
  const painted = new Set<string>();
  const noted = new Set<string>();
  for (const s of a.ss.sheets) {
    for (const r of s.rules) {
      const f = String(r.values[0] ?? '');
      const m = /teichaku:(\w+)/.exec(f);
      if (!m) continue;
      for (const b of r.ranges)
        for (let i = 0; i < b.rows; i++)
          for (let j = 0; j < b.cols; j++) painted.add(`${s.name}!${b.row + i}:${b.col + j} ${m[1]}`);
    }
    s.cells.forEach((row, r) => {
      row?.forEach((c, i) => {
        if (c?.note.includes('【点検】')) noted.add(`${s.name}!${r + 1}:${i + 1}`);
      });
    });
  }
  return { painted, noted };
}

function addon(wb: Workbook, today: string, timeZone = 'Asia/Tokyo') {
  const a = loadAddon(code, { today, timeZone, title: wb.title });
  loadWorkbook(a, wb);
  return a;
}

describe('the built add-on (apps-script/dist/Code.js) in a vm with fake services', () => {
  it('finds the sample workbooks (the .xlsx files and the CSV folder)', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(3);
    expect(SAMPLES.some((s) => !s.wb.endsWith('.xlsx'))).toBe(true);
  });

  it('defines every entry point of the contract as a top-level function', () => {
    const a = loadAddon(code);
    for (const name of ENTRY_POINTS) expect(a.topLevel, name).toContain(name);
    const manifest = JSON.parse(readFileSync('apps-script/dist/appsscript.json', 'utf8'));
    // the web app opens the sheet by id (no container): `spreadsheets`, not `.currentonly`; reports need
    // documents, drive.file (only what the add-on made) and script.scriptapp (the resume trigger): README
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/documents',
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/script.scriptapp',
    ]);
    expect(manifest.webapp).toEqual({ executeAs: 'USER_ACCESSING', access: 'DOMAIN' });
  });

  it('onOpen only builds the Japanese menu, named 定着 点検 whatever the project is called (no other service call before authorisation)', () => {
    const a = loadAddon(code);
    a.call('onOpen', { authMode: 'NONE' });
    expect(a.ui.menus).toHaveLength(1);
    // a menu of its own with a fixed name (Ui.createMenu), not the add-on menu that takes the project's name
    expect(a.ui.menus[0]!.title).toBe('定着 点検');
    expect(a.ui.menus[0]!.added).toBe(true);
    expect(a.ui.menus[0]!.items.map((i) => i.caption)).toEqual([
      '点検する',
      '点検の表示を消す',
      '点検結果の一覧',
      '列の対応を確認・変更…',
      '支援レポートを作成…',
      '年次報告を作成…',
      '請求データ…',
      '動作確認',
    ]);
    for (const i of a.ui.menus[0]!.items) expect(ENTRY_POINTS as readonly string[]).toContain(i.fn);
    expect([...a.calls.byName.keys()].filter((k) => !/^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(k))).toEqual(
      [],
    );
  });

  it('the build for a Marketplace listing (npm run build -- --addon) puts the same menu under 拡張機能 (createAddonMenu)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teichaku-addon-'));
    try {
      const r = await build(dir, { menu: 'addon' });
      const a = loadAddon(readFileSync(r.file, 'utf8'));
      a.call('onOpen', { authMode: 'NONE' });
      expect(a.ui.menus.map((m) => m.title)).toEqual([null]);
      expect(a.ui.menus[0]!.items.map((i) => i.caption).at(-1)).toBe('動作確認');
      expect(a.ui.menus[0]!.items).toHaveLength(8);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const s of SAMPLES) {
    it(`${s.wb}: 点検する marks exactly the cells of shared/check's findings, incl. every expected one`, async () => {
      const wb = await load(s.wb);
      const asOf = asOfOf(s);
      const a = addon(wb, asOf);
      a.call('teichakuValidate');
      expect(a.ui.alerts).toEqual([]);

      const out = checkWorkbook(wb, { asOf });
      if (!out.ok) throw new Error(out.error);
      // the cell a finding is about, and nothing for a finding without a column (never its row's label)
      const want = new Map<string, string>();
      for (const f of out.result.findings) {
        if (!f.sheet || !f.row || !f.column || f.severity === 'info') continue;
        const k = `${f.sheet}!${f.row}:${columnNumber(f.column)}`;
        if (f.severity === 'error' || !want.has(k)) want.set(k, f.severity);
      }
      const { painted, noted } = ourMarks(a);
      expect([...painted].sort()).toEqual([...want].map(([k, sev]) => `${k} ${sev}`).sort());
      expect([...noted].sort()).toEqual([...want.keys()].sort());

      // every expected finding is listed on 点検結果 with a link to its cell
      const result = a.ss.sheet('点検結果');
      const rows = result.cells.map((r) => r.map((c) => String(c?.v ?? '')));
      const links = result.cells.map((r) => String(r?.[6]?.f ?? ''));
      expect(rows.length - 1).toBe(out.result.findings.length);
      for (const e of s.expected ? loadExpected(s.expected).expected : []) {
        const hit = out.result.findings.find(
          (f) => f.rule === e.rule && f.clientId === e.client && f.month === e.month,
        );
        expect(hit, `${e.rule} ${e.client} ${e.month}`).toBeTruthy();
        expect(rows.filter((r) => r[4] === hit!.message).map((r) => r[1])).toContain(e.client ?? '');
      }
      const first = notCheckableFindings(out.result);
      const firstInfo = rows.findIndex((r, i) => i > first.length && r[0] === '情報');
      const lastError = rows.map((r) => r[0]).lastIndexOf('エラー');
      if (firstInfo > 0) expect(lastError).toBeLessThan(firstInfo);
      // row by row, in the order errors → warnings → reminders (stable): who, when (era month), what, and a
      // HYPERLINK formula (read with getFormulas) to the very cell of the finding, shown as its place
      const rank = { error: 0, warning: 1, info: 2 } as const;
      // … after what cannot be checked at all, which comes first (domain §10)
      const ordered = [
        ...first,
        ...out.result.findings
          .filter((f) => !first.includes(f))
          .sort((x, y) => rank[x.severity] - rank[y.severity]),
      ];
      const gids = new Map(a.ss.sheets.map((x) => [x.name, x.id]));
      rows.slice(1).forEach((r, i) => {
        const f = ordered[i]!;
        expect(r.slice(0, 5)).toEqual([
          { error: 'エラー', warning: '警告', info: '情報' }[f.severity],
          f.clientId ?? '',
          f.clientName ?? '',
          f.month ? formatEraMonth(f.month) : '',
          f.message,
        ]);
        if (!f.sheet || !f.row) {
          expect(links[i + 1]).toBe('');
          return;
        }
        const place = f.column ? `${f.sheet}!${f.column}${f.row}` : `${f.sheet}!${f.row}行目`;
        expect(r[6]).toBe(place);
        expect(links[i + 1]).toBe(
          `=HYPERLINK("#gid=${gids.get(f.sheet)}&range=${f.column ?? 'A'}${f.row}","${place}")`,
        );
      });
      expect(result.frozenRows).toBe(1);
      expect(result.filter).toMatch(/^A1:G\d+$/);

      // 月次接触状況: one row per client, frozen headers, marks only from the legend
      const grid = a.ss.sheet('月次接触状況');
      expect(grid.frozenRows).toBe(1);
      expect(grid.frozenCols).toBe(2);
      // the as-of day in the era form a person reads, never ISO
      expect(grid.cells[0]![0]!.note).toMatch(new RegExp(`^月次接触状況（${formatEraDate(asOf)}時点）`));
      const gridRows = grid.cells.filter((r) => r?.some((c) => c && c.v !== ''));
      expect(gridRows.length - 1).toBe(out.caseload.clients.length);
      for (const r of gridRows.slice(1))
        for (const c of r.slice(6)) expect(String(c?.v ?? '')).toMatch(/^(✓|✗|△|電|—)(休)?(JC)?$/);

      // the summary sidebar opened, and holds the counts
      expect(a.ui.sidebars.at(-1)!.title).toBe('点検結果の一覧');
      expect(a.ui.sidebars.at(-1)!.html).toContain(`${out.result.summary.error}件`);
      expect(a.ui.sidebars.at(-1)!.html).toContain(`<h2>点検結果（${formatEraDate(asOf)}時点）</h2>`);
    });
  }

  for (const s of SAMPLES)
    it(`${s.wb}: an office rule on the marked cells does not hide the marks; after row and column inserts and deletes, edits and an office rule added in between, 点検の表示を消す gives back exactly the office's sheet`, async () => {
      const wb = await load(s.wb);
      const asOf = asOfOf(s);
      const tabs = wb.tabs.map((t) => t.name);
      /** The office's own formats: a rule over every used cell of each tab, a colour scale, a note. */
      const office = (a: Addon) => {
        for (const name of tabs) {
          const sh = a.ss.sheet(name);
          const rows = Math.max(1, sh.getLastRow());
          const cols = Math.max(1, sh.getLastColumn());
          sh.rules.push(
            new FakeRule('CUSTOM_FORMULA', ['=TRUE'], '#d9ead3', [{ row: 1, col: 1, rows, cols }], sh),
            new FakeRule('GRADIENT', [], null, [{ row: 2, col: 1, rows, cols: 1 }], sh, true),
          );
          sh.cell(2, 1).note = '事務のメモ\n【点検】の件は確認済み';
        }
      };
      const edits = (a: Addon) => {
        for (const name of tabs) {
          const sh = a.ss.sheet(name);
          if (sh.getLastRow() < 8 || sh.getLastColumn() < 4) continue;
          sh.insertRowsBefore(3, 2);
          sh.deleteRows(7, 1);
          sh.insertColumnsBefore(2, 1);
          sh.deleteColumns(4, 1);
          sh.cell(5, 1).v = '直した';
          sh.rules.push(
            new FakeRule('CELL_EMPTY', [], '#eeeeee', [{ row: 3, col: 2, rows: 4, cols: 2 }], sh),
          );
        }
      };
      const A = addon(wb, asOf);
      const B = addon(wb, asOf);
      office(A);
      office(B);
      A.call('teichakuValidate');
      expect(A.ui.alerts).toEqual([]);
      // the first rule that covers a marked cell is ours (Sheets applies the first rule that matches)
      const { painted } = ourMarks(A);
      // a workbook whose findings all lack a column (a log beside a roster: the month has no cell) paints nothing
      const out = checkWorkbook(wb, { asOf });
      if (!out.ok) throw new Error(out.error);
      const withCell = out.result.findings.some((f) => f.sheet && f.row && f.column);
      expect(painted.size > 0).toBe(withCell);
      for (const p of painted) {
        const m = /^(.+)!(\d+):(\d+) (\w+)$/.exec(p)!;
        const sh = A.ss.sheet(m[1]!);
        const [row, col] = [Number(m[2]), Number(m[3])];
        const first = sh.rules.find((r) =>
          r.ranges.some((b) => row >= b.row && row < b.row + b.rows && col >= b.col && col < b.col + b.cols),
        );
        expect(String(first?.values[0]), p).toBe(`=N("teichaku:${m[4]}")=0`);
      }
      edits(A);
      A.call('teichakuClear');
      edits(B);
      expect(A.ui.alerts).toEqual([]);
      expect(snapshot(A)).toEqual(snapshot(B));
    });

  it('reads date cells in the spreadsheet zone, whatever the zone of the machine or of the sheet', async () => {
    const wb = await readXlsx('samples/caseload-sample.xlsx');
    const findings = (tz: string) => {
      const a = addon(wb, '2025-03-31', tz);
      a.call('teichakuValidate');
      return a.ss.sheet('点検結果').cells.map((r) => r.map((c) => String(c?.v ?? '')).join('|'));
    };
    const tokyo = findings('Asia/Tokyo');
    expect(findings('America/Los_Angeles')).toEqual(tokyo);
    expect(findings('Pacific/Kiritimati')).toEqual(tokyo);
  });

  it('validate → office inserts/deletes rows and edits cells → clear leaves exactly what the office had', async () => {
    const wb = await readXlsx('samples/caseload-sample.xlsx');
    const office = (a: Addon) => {
      // the office's own formats: a background, a note, a conditional-format rule
      const roster = a.ss.sheet('利用者');
      roster.cell(2, 2).bg = '#ffff00';
      roster.cell(9, 1).note = '重複に注意（事務）';
      roster.rules.push(
        new FakeRule(
          'CUSTOM_FORMULA',
          ['=$C2="通常"'],
          '#e6f4ea',
          [{ row: 2, col: 3, rows: 20, cols: 1 }],
          roster,
        ),
      );
    };
    const edits = (a: Addon) => {
      const contacts = a.ss.sheet('支援記録');
      const roster = a.ss.sheet('利用者');
      roster.insertRowsBefore(3, 2);
      roster.cell(3, 1).v = 'U100';
      contacts.deleteRows(5, 3);
      contacts.insertRowsAfter(10, 1);
      roster.cell(11, 2).v = '名前を直した';
    };
    const A = addon(wb, '2025-03-31');
    office(A);
    const B = addon(wb, '2025-03-31');
    office(B);
    const before = snapshot(A);
    A.call('teichakuValidate');
    expect(snapshot(A)).not.toEqual(before);
    edits(A);
    // the office also adds its own words to a note the add-on wrote
    const rosterA = A.ss.sheet('利用者');
    const r = rosterA.cells.findIndex((row) => row?.some((c) => c?.note.startsWith('【点検】')));
    const c = rosterA.cells[r]!.findIndex((x) => x?.note.startsWith('【点検】'));
    rosterA.cell(r + 1, c + 1).note += '\n確認済み（山田）';
    A.call('teichakuClear');
    edits(B);
    B.ss.sheet('利用者').cell(r + 1, c + 1).note = '確認済み（山田）';
    expect(A.ui.alerts).toEqual([]);
    expect(snapshot(A)).toEqual(snapshot(B));
    // and the document properties hold nothing of the removed tabs
    expect(A.documentProperties.getProperties()).toEqual(B.documentProperties.getProperties());
  });

  it('点検する never reads a tab the add-on made, even one moved to the front holding roster rows', async () => {
    const wb = await readXlsx('samples/caseload-sample.xlsx');
    const a = addon(wb, '2025-03-31');
    const roster = a.ss.sheet('利用者');
    const copy = a.ss.addTab({
      name: '名簿の写し',
      rows: roster.cells.slice(0, 3).map((r) => (r ?? []).map((c) => c?.v ?? '')),
    });
    a.ss.sheets = [copy, ...a.ss.sheets.filter((x) => x !== copy)];
    a.documentProperties.setProperty('teichaku.selftestTab', String(copy.id));
    a.call('teichakuValidate');
    expect(a.ui.alerts).toEqual([]);
    const out = checkWorkbook(wb, { asOf: '2025-03-31' });
    if (!out.ok) throw new Error(out.error);
    expect(a.ss.sheet('点検結果').cells.length - 1).toBe(out.result.findings.length);
    expect(copy.rules).toEqual([]);
  });

  it('re-validating clears the previous marks first (no duplicate rules, notes or tabs)', async () => {
    const wb = await readXlsx('samples/caseload-sample.xlsx');
    const once = addon(wb, '2025-03-31');
    once.call('teichakuValidate');
    const twice = addon(wb, '2025-03-31');
    twice.call('teichakuValidate');
    twice.call('teichakuValidate');
    const strip = (s: ReturnType<typeof snapshot>) => s.map(({ id: _id, ...rest }) => rest);
    expect(strip(snapshot(twice))).toEqual(strip(snapshot(once)));
  });

  it('a second person validating at the same time is refused with a Japanese message; nothing changes', async () => {
    const wb = await readXlsx('samples/caseload-sample.xlsx');
    const a = addon(wb, '2025-03-31');
    const before = snapshot(a);
    a.lock.heldElsewhere = true;
    a.call('teichakuValidate');
    expect(a.ui.alerts).toHaveLength(1);
    expect(a.ui.alerts[0]!.prompt).toContain('ほかの方がこのシートを点検中です');
    expect(snapshot(a)).toEqual(before);
    a.lock.heldElsewhere = false;
    a.call('teichakuValidate');
    expect(a.ui.alerts).toHaveLength(1);
    expect(a.lock.hasLock()).toBe(false);
  });

  it('an unreadable sheet gives a Japanese dialog that says what to do, never a stack trace', () => {
    const a = loadAddon(code, { today: '2025-03-31' });
    a.ss.addTab({ name: 'メモ', rows: [['自由なメモ']] });
    a.call('teichakuValidate');
    expect(a.ui.alerts).toHaveLength(1);
    expect(a.ui.alerts[0]!.prompt).toMatch(/利用者の一覧のタブが見つかりません[\s\S]*列の対応を確認・変更/);
    expect(a.ui.alerts[0]!.prompt).not.toMatch(/\bat \w|Error|\.js:/);
  });

  it('sheet text in the sidebars is escaped', async () => {
    const wb = await readXlsx('samples/caseload-sample.xlsx');
    const roster = wb.tabs.find((t) => t.name === '利用者')!;
    roster.rows[1]![1] = '<img src=x onerror="alert(1)">';
    const a = addon(wb, '2025-03-31');
    a.call('teichakuShowSummary');
    const html = a.ui.sidebars.at(-1)!.html;
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    a.call('teichakuShowMapping');
    const map = a.ui.sidebars.at(-1)!.html;
    expect(map).not.toMatch(/<img|<\/script><img/i);
  });

  it('a sidebar click selects the cell of the finding', async () => {
    const wb = await readXlsx('samples/caseload-sample.xlsx');
    const a = addon(wb, '2025-03-31');
    a.call('teichakuSelectCell', '利用者', 9, 'A');
    expect(a.ss.active).toEqual({ sheet: '利用者', a1: 'A9' });
    expect(() => a.call('teichakuSelectCell', '利用者', 0, 'A')).toThrow('セルの場所が正しくありません');
  });

  it('the mapping sidebar shows what was detected; a saved mapping is the --mapping JSON and is used by the next run', async () => {
    const wb = await readXlsx('samples/caseload-sample.xlsx');
    const a = addon(wb, '2025-03-31');
    a.call('teichakuShowMapping');
    const html = a.ui.sidebars.at(-1)!.html;
    const view = JSON.parse(/var VIEW = (.*);\n/.exec(html)![1]!);
    const roster = view.tabs.find((t: { tab: string }) => t.tab === '利用者');
    expect(roster.role).toBe('roster');
    expect(roster.fields.find((f: { field: string }) => f.field === 'id')).toMatchObject({ letter: 'A' });

    expect(a.call('teichakuSaveMapping', '{"tabs":{"利用者":{"role":"nonsense"}}}')).toMatchObject({
      ok: false,
    });
    expect(a.call('teichakuSaveMapping', '{"tabs":{"利用者":{"role":"ignore"}}}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('この対応ではシートを読めません'),
    });
    const mapping = { tabs: { 事業所: { role: 'ignore' } } };
    expect(a.call('teichakuSaveMapping', JSON.stringify(mapping))).toMatchObject({ ok: true });
    expect(JSON.parse(a.documentProperties.getProperty('teichaku.mapping')!)).toEqual(mapping);
    a.call('teichakuValidate');
    const out = checkWorkbook(wb, { asOf: '2025-03-31', mapping: mapping as never });
    if (!out.ok) throw new Error(out.error);
    const rows = a.ss.sheet('点検結果').cells.length - 1;
    expect(rows).toBe(out.result.findings.length);
    expect(a.call('teichakuResetMapping')).toMatchObject({ ok: true });
    expect(a.documentProperties.getProperty('teichaku.mapping')).toBeNull();
  });

  it('a mapping of 4,000 kanji (12,000 bytes, under the old 8,500-character guard) is refused with a Japanese message before saving', async () => {
    const wb = await readXlsx('samples/caseload-sample.xlsx');
    const a = addon(wb, '2025-03-31');
    const small = { tabs: { 事業所: { role: 'ignore' } } };
    expect(a.call('teichakuSaveMapping', JSON.stringify(small))).toMatchObject({ ok: true });
    // one taught word of 4,000 kanji: a valid mapping, 4,000-odd characters, 12,000-odd bytes
    const big = { ...small, words: { method: { ['訪'.repeat(4000)]: 'face' } } };
    expect(JSON.stringify(big).length).toBeLessThan(8500);
    expect(Buffer.byteLength(JSON.stringify(big))).toBeGreaterThan(9 * 1024);
    const r = a.call('teichakuSaveMapping', JSON.stringify(big)) as { ok: boolean; message: string };
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(
      /^列の対応が大きすぎて保存できません（11\.8 KB。1つの設定に保存できるのは 9 KB までです）。/,
    );
    expect(r.message).toContain('教えた言葉を減らしてください');
    // nothing was written: the earlier mapping is still the saved one
    expect(JSON.parse(a.documentProperties.getProperty('teichaku.mapping')!)).toEqual(small);
    // 2,900 kanji (8,700 bytes and the JSON around them) fit under 9,216 bytes and are saved
    const fits = { ...small, words: { method: { ['訪'.repeat(2900)]: 'face' } } };
    expect(a.call('teichakuSaveMapping', JSON.stringify(fits))).toMatchObject({ ok: true });
    expect(a.documentProperties.getProperty('teichaku.mapping')).toBe(JSON.stringify(fits));
  });

  it('a mapping that would take the document store past 500 KB is refused with a Japanese message', async () => {
    const wb = await readXlsx('samples/caseload-sample.xlsx');
    const a = addon(wb, '2025-03-31');
    // the store already holds 56 values of 9,000 bytes (other data of this document's add-ons)
    for (let i = 0; i < 56; i++) a.documentProperties.store.set(`other${i}`, 'x'.repeat(9000));
    const mapping = {
      tabs: { 事業所: { role: 'ignore' } },
      words: { method: { ['訪'.repeat(2800)]: 'face' } },
    };
    const r = a.call('teichakuSaveMapping', JSON.stringify(mapping)) as { ok: boolean; message: string };
    expect(r).toMatchObject({ ok: false });
    expect(r.message).toMatch(/^列の対応を保存すると、アドオンの保存領域（500 KB まで）を超えます/);
    expect(a.documentProperties.getProperty('teichaku.mapping')).toBeNull();
  });

  it('service calls per validation do not grow with rows (10 vs 1,000 clients)', () => {
    const counts = (clients: number) => {
      const wb = generateCaseload({ clients, contactsPerMonth: 1, asOf: '2025-03-31' });
      const a = addon(wb, '2025-03-31');
      a.call('teichakuValidate');
      expect(a.ui.alerts).toEqual([]);
      return a.calls.totals();
    };
    const small = counts(10);
    const medium = counts(100);
    const large = counts(1000);
    // the same kinds of findings in each tab: exactly the same calls
    expect(large).toEqual(medium);
    // 10 clients may lack a kind of finding in a tab: one rule fewer to build (6 calls), never more
    expect(large.total - small.total).toBeGreaterThanOrEqual(0);
    expect(large.total - small.total).toBeLessThanOrEqual(2 * 6);
    expect(large.read + large.write).toBeLessThan(150);
  });
});
