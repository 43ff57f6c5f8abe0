import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { officeCaseload } from './office-workbook.ts';

/**
 * `teichaku check --write` run twice, as an office does month after month: the copy checked again and
 * written again (a copy of a copy), by the built command, on the office-style caseload of
 * tests/office-workbook.ts and on every sample workbook. Each copy has only well-formed parts, keeps the
 * office's tabs, data bars and notes, holds our tabs and note lines once, reads the same findings as the
 * original, and opens in exceljs and in LibreOffice.
 */
const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'cli/bin.mjs');
const AS_OF = '2025-03-31';
const dir = mkdtempSync(join(tmpdir(), 'teichaku-write-twice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Finding {
  severity: 'error' | 'warning' | 'info';
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}
interface Run {
  name: string;
  original: string;
  first: string;
  second: string;
  /** The findings read from the original, the first copy and the second copy (file names taken out). */
  findings: [Finding[], Finding[], Finding[]];
  codes: number[];
}

const WORKBOOKS: { name: string; bytes: () => Uint8Array }[] = [
  { name: 'office-caseload', bytes: () => officeCaseload() },
  ...readdirSync(join(ROOT, 'samples'))
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => ({ name: basename(f, '.xlsx'), bytes: () => readFileSync(join(ROOT, 'samples', f)) })),
];

/** The built command, as a user runs it. */
function teichaku(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The findings of `check --json` (and --write when given), the file's own name taken out of the messages. */
function check(input: string, write?: string): { code: number | null; findings: Finding[] } {
  const r = teichaku(['check', input, '--as-of', AS_OF, '--json', ...(write ? ['--write', write] : [])]);
  expect(r.stderr, `${input}: stderr`).toBe('');
  expect([0, 1], `${input}: exit code`).toContain(r.code);
  const json = JSON.parse(r.stdout.split(basename(input)).join('<file>')) as { findings: Finding[] };
  return { code: r.code, findings: json.findings };
}

const runs: Run[] = [];
beforeAll(() => {
  for (const w of WORKBOOKS) {
    const original = join(dir, `${w.name}.xlsx`);
    writeFileSync(original, w.bytes());
    const first = join(dir, `${w.name}-1.xlsx`);
    const second = join(dir, `${w.name}-2.xlsx`);
    const a = check(original, first);
    const b = check(first, second);
    const c = check(second);
    runs.push({
      name: w.name,
      original,
      first,
      second,
      findings: [a.findings, b.findings, c.findings],
      codes: [a.code!, b.code!, c.code!],
    });
  }
}, 600_000);

const parts = (file: string) => unzipSync(readFileSync(file));
const partText = (file: string, part: string) => strFromU8(parts(file)[part]!);

/** saxes, a conforming XML parser, straight: throws on the first well-formedness error. */
function wellFormed(xml: string) {
  const p = new SaxesParser();
  let error: Error | undefined;
  p.on('error', (e) => {
    error ??= e;
  });
  p.write(xml).close();
  if (error) throw error;
}

/**
 * The copy as two other programs read it: exceljs opens it and reads every cell of every tab (its tabs and
 * their states come from there), SheetJS reads each cell's note (exceljs drops a note of plain `<t>` text
 * or on a cell without a value). A threaded comment is marked: Excel owns it and we leave it alone.
 */
async function readBack(file: string): Promise<{
  tabs: { name: string; state: string }[];
  notes: Map<string, { text: string; threaded: boolean }>;
}> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as never);
  const tabs: { name: string; state: string }[] = [];
  let cells = 0;
  for (const ws of wb.worksheets) {
    tabs.push({ name: ws.name, state: ws.state });
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.value !== undefined) cells++;
      }),
    );
  }
  expect(cells, basename(file)).toBeGreaterThan(0);
  const sheetjs = XLSX.read(readFileSync(file), { type: 'buffer' });
  const notes = new Map<string, { text: string; threaded: boolean }>();
  for (const name of sheetjs.SheetNames) {
    const ws = sheetjs.Sheets[name]!;
    for (const [address, cell] of Object.entries(ws)) {
      const c = (cell as XLSX.CellObject).c;
      if (address.startsWith('!') || !c) continue;
      notes.set(`${name}!${address}`, {
        text: c.map((x) => x.t).join(''),
        threaded: c.some((x) => (x as { T?: boolean }).T === true),
      });
    }
  }
  return { tabs, notes };
}

/** The office's data bars and other rules with an extension list: each <cfRule>…</cfRule> as written. */
function extendedRules(xml: string): string[] {
  return [
    ...xml.matchAll(
      /<(?:\w+:)?cfRule\b[^>]*>(?:(?!<\/(?:\w+:)?cfRule>)[\s\S])*?<(?:\w+:)?extLst>[\s\S]*?<\/(?:\w+:)?cfRule>/g,
    ),
  ].map((m) => m[0]);
}

const LABEL = { error: 'エラー', warning: '警告' } as const;
const ourLines = (note: string) =>
  note.split(/\r?\n/).filter((l) => /^【点検】【(?:エラー|警告|情報)】/.test(l));

describe.each(WORKBOOKS.map((w) => w.name))('check --write twice on %s', (name) => {
  const run = () => runs.find((r) => r.name === name)!;

  it('reads the same findings from the original and from each copy (our tabs are not read as records)', () => {
    const { findings, codes } = run();
    expect(findings[0].length).toBeGreaterThan(0);
    expect(findings[1]).toEqual(findings[0]);
    expect(findings[2]).toEqual(findings[0]);
    expect(codes[1]).toBe(codes[0]);
    expect(codes[2]).toBe(codes[0]);
  });

  it('has only well-formed XML parts in both copies', () => {
    for (const file of [run().first, run().second])
      for (const [part, bytes] of Object.entries(parts(file)))
        if (/\.(xml|rels|vml)$/i.test(part))
          expect(() => wellFormed(strFromU8(bytes)), `${basename(file)} ${part}`).not.toThrow();
  });

  it("keeps every part of the office's that it need not touch, and its data bars in the parts it touches", () => {
    const before = parts(run().original);
    const after = parts(run().second);
    for (const [part, bytes] of Object.entries(before)) {
      expect(Object.keys(after), part).toContain(part);
      const text = strFromU8(bytes);
      for (const rule of extendedRules(text))
        expect(strFromU8(after[part]!), `${part}: ${rule.slice(0, 60)}`).toContain(rule);
      // the x14 half of a data bar lives in the worksheet's own extension list
      for (const x14 of text.match(/<x14:conditionalFormattings>[\s\S]*?<\/x14:conditionalFormattings>/g) ??
        [])
        expect(strFromU8(after[part]!)).toContain(x14);
    }
  });

  it("keeps the office's tabs in their order and states, and adds ours once, at the end", async () => {
    const before = (await readBack(run().original)).tabs;
    const first = (await readBack(run().first)).tabs;
    const second = (await readBack(run().second)).tabs;
    expect(second.slice(0, before.length)).toEqual(before);
    const ours = second.slice(before.length).map((t) => t.name);
    expect(ours).toHaveLength(2);
    expect(ours[0]).toMatch(/^点検結果(（定着\d*）)?$/);
    expect(ours[1]).toMatch(/^月次接触状況(（定着\d*）)?$/);
    expect(first).toEqual(second);
    // our hidden names mark exactly our two tabs
    const wb = partText(run().second, 'xl/workbook.xml');
    expect(wb.match(/<(?:\w+:)?definedName name="_teichaku_tab_\d+"/g)).toHaveLength(2);
  });

  it("keeps the office's notes, and holds one line of ours per finding on its cell", async () => {
    const { findings } = run();
    const original = await readBack(run().original);
    const copy = (await readBack(run().second)).notes;
    const tabs = new Set(original.tabs.map((t) => t.name));
    // what we should have written: 【点検】【エラー】message for each error and warning on a cell of a tab
    // (a finding without a column is marked on column A)
    const expected = new Map<string, string[]>();
    for (const f of findings[0]) {
      if (f.severity === 'info' || !f.sheet || !f.row || !tabs.has(f.sheet)) continue;
      const key = `${f.sheet}!${f.column ?? 'A'}${f.row}`;
      expected.set(key, [...(expected.get(key) ?? []), `【点検】【${LABEL[f.severity]}】${f.message}`]);
    }
    expect(expected.size).toBeGreaterThan(0);
    for (const [cell, note] of original.notes) {
      expect(copy.has(cell), cell).toBe(true);
      // the office's own lines stay first, in their order (a line of theirs containing 【点検】 among them)
      expect(copy.get(cell)!.text.startsWith(note.text), cell).toBe(true);
    }
    for (const [cell, note] of copy) {
      const lines = ourLines(note.text);
      if (note.threaded) expect(lines, cell).toEqual([]);
      else expect(lines, cell).toEqual(expected.get(cell) ?? []);
    }
    for (const cell of expected.keys())
      if (!original.notes.get(cell)?.threaded) expect(copy.has(cell), cell).toBe(true);
    // the second run's notes are the first run's: nothing doubled, nothing lost
    expect(copy).toEqual((await readBack(run().first)).notes);
  });
});

describe('both copies of every workbook open in LibreOffice', () => {
  it('converts every copy to CSV in one run of soffice', () => {
    const out = join(dir, 'csv');
    mkdirSync(out);
    const files = runs.flatMap((r) => [r.first, r.second]);
    expect(files.length).toBe(2 * WORKBOOKS.length);
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/lo-profile`,
        '--headless',
        '--convert-to',
        // the first tab as comma-separated UTF-8 (filter options: separator 44, quote 34, charset 76)
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        out,
        ...files,
      ],
      { encoding: 'utf8', timeout: 540_000 },
    );
    expect(r.error, 'soffice could not run').toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    for (const f of files) {
      const csv = join(out, basename(f).replace(/\.xlsx$/, '.csv'));
      expect(existsSync(csv), basename(f)).toBe(true);
      expect(statSync(csv).size, basename(f)).toBeGreaterThan(0);
    }
    // the office caseload's first tab is its roster, read back by LibreOffice
    expect(readFileSync(join(out, 'office-caseload-2.csv'), 'utf8')).toMatch(
      /^利用者ID,氏名,生年月日,就職日,支援開始日/,
    );
  }, 600_000);
});
