import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readXlsxBytes } from '../cli/xlsx-read.ts';
import type { CellValue } from '../shared/codecs/index.ts';
import type { Tab } from '../shared/sheet/tab.ts';
import { runCli } from './run-cli.ts';
import { ENCODINGS, encode } from './xlsx-encodings.ts';

/**
 * The differential corpus: every sample workbook (samples/*.xlsx, so a sample shape added later joins by
 * itself) re-encoded the ways real programs write the same cells. Each encoding must read back to the same
 * cells as the plain file, by our reader and by SheetJS 0.18.5 (an independent reader, where it supports
 * the encoding), and `check` must give the same findings.
 */
const SAMPLES = readdirSync('samples')
  .filter((f) => f.endsWith('.xlsx'))
  .sort()
  .map((f) => join('samples', f));
const AS_OF = '2025-03-31';
const dir = mkdtempSync(join(tmpdir(), 'teichaku-differential-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows without trailing blanks and a tab without trailing empty rows: how many nulls pad a row is no value. */
function normal(tabs: { name: string; hidden?: boolean; rows: CellValue[][] }[]) {
  return tabs.map((t) => {
    const rows = t.rows.map((r) => {
      const out = r.map((v) => (v === undefined || v === '' ? null : v));
      while (out.length && out[out.length - 1] === null) out.pop();
      return out;
    });
    while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
    return { name: t.name, hidden: !!t.hidden, rows };
  });
}

/** The cells as SheetJS reads them, turned into plain cells with SheetJS's own date rules (SSF). */
function readWithSheetJs(buf: Uint8Array): Tab[] {
  const wb = XLSX.read(buf, { type: 'buffer', cellNF: true, cellDates: false, cellHTML: false });
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  return wb.SheetNames.map((name, i) => {
    const ws = wb.Sheets[name]!;
    const rows: CellValue[][] = [];
    if (ws['!ref']) {
      const range = XLSX.utils.decode_range(ws['!ref']);
      for (let r = 0; r <= range.e.r; r++) {
        const row: CellValue[] = [];
        for (let c = 0; c <= range.e.c; c++) {
          const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
          let v: CellValue = null;
          if (cell)
            if (cell.t === 's') v = String(cell.v);
            else if (cell.t === 'b') v = !!cell.v;
            else if (cell.t === 'e') v = cell.w ?? null;
            else if (cell.t === 'd')
              v = { type: 'date', value: (cell.v as Date).toISOString().slice(0, 10) as never };
            else if (cell.t === 'n') {
              const fmt = typeof cell.z === 'string' ? cell.z : undefined;
              if (fmt && XLSX.SSF.is_date(fmt)) {
                const p = XLSX.SSF.parse_date_code(cell.v as number, { date1904 });
                const pad = (n: number, w: number) => String(n).padStart(w, '0');
                v = { type: 'date', value: `${pad(p.y, 4)}-${pad(p.m, 2)}-${pad(p.d, 2)}` as never };
              } else v = cell.v as number;
            }
          row.push(v);
        }
        rows.push(row);
      }
    }
    return { name, rows, hidden: !!wb.Workbook?.Sheets?.[i]?.Hidden };
  });
}

async function findings(path: string) {
  const r = await runCli(['check', path, '--as-of', AS_OF, '--json']);
  expect(r.stderr).toBe('');
  const j = JSON.parse(r.stdout);
  return { code: r.code, findings: j.findings, summary: j.summary };
}

describe.each(SAMPLES)('the differential corpus of %s', (sample) => {
  const bytes = readFileSync(sample);
  const plain = readXlsxBytes(bytes);
  const plainNormal = normal(plain);
  let plainFindings: Awaited<ReturnType<typeof findings>>;

  it('the plain file reads the same by SheetJS', async () => {
    expect(normal(readWithSheetJs(bytes))).toEqual(plainNormal);
    plainFindings = await findings(sample);
    expect(plainFindings.findings.length).toBeGreaterThan(0);
  });

  it.each(ENCODINGS.map((e) => [e.name, e] as const))('%s: same cells, same findings', async (name, e) => {
    const buf = encode(plain, e);
    const sub = join(dir, `${basename(sample, '.xlsx')}-${ENCODINGS.indexOf(e)}`);
    mkdirSync(sub, { recursive: true });
    const path = join(sub, basename(sample));
    writeFileSync(path, buf);
    expect(normal(readXlsxBytes(buf)), name).toEqual(plainNormal);
    if (e.sheetjs) expect(normal(readWithSheetJs(buf)), `SheetJS: ${name}`).toEqual(plainNormal);
    plainFindings ??= await findings(sample);
    expect(await findings(path)).toEqual(plainFindings);
  });
});

it('the corpus has at least 30 encodings, most also read by SheetJS', () => {
  expect(ENCODINGS.length).toBeGreaterThanOrEqual(30);
  expect(ENCODINGS.filter((e) => e.sheetjs).length).toBeGreaterThanOrEqual(25);
  expect(SAMPLES.length).toBeGreaterThanOrEqual(4);
});
