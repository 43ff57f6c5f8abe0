/**
 * npm run bench — the .xlsx reader against SheetJS, side by side on the same synthetic caseload of 1,000
 * clients (bench/generate.ts, written by exceljs): SheetJS 0.18.5's bare parse (`XLSX.read`, nothing
 * else) in this process, then the whole `teichaku check --json` on the file in a fresh process (read,
 * rules, output), with its peak memory. Targets (issue 18): check ≤ 0.5 × SheetJS's parse, peak < 300 MB.
 * Last line: one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { buildCli } from '../cli/build.mjs';
import { readXlsxBytes } from '../cli/xlsx-read.ts';
import { generateCaseload } from './generate.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ASOF = '2025-03-31';
const TARGET_RATIO = 0.5;
const TARGET_MB = 300;

const dir = join('bench', '.data');
mkdirSync(dir, { recursive: true });
const file = join(dir, `caseload-${CLIENTS}.xlsx`);
if (!existsSync(file)) {
  const wb = generateCaseload({ clients: CLIENTS, contactsPerMonth: 4, asOf: ASOF });
  const excel = new ExcelJS.Workbook();
  for (const tab of wb.tabs) {
    const ws = excel.addWorksheet(tab.name);
    for (const row of tab.rows)
      ws.addRow(row.map((c) => (c && typeof c === 'object' ? new Date(`${c.value}T00:00:00Z`) : c)));
  }
  await excel.xlsx.writeFile(file);
}
await buildCli();
const bytes = readFileSync(file);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (fn: () => unknown) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

const sheetjs: number[] = [];
const ours: number[] = [];
const check: { ms: number; peakMB: number }[] = [];
const probe = `const { main } = await import(${JSON.stringify(join(process.cwd(), 'cli/dist/main.mjs'))});
const t = performance.now();
let bytes = 0;
const code = await main(['check', ${JSON.stringify(file)}, '--as-of', '${ASOF}', '--json'], { out: { write: (s) => { bytes += s.length; return true; } }, err: process.stderr });
console.log(JSON.stringify({ code, ms: performance.now() - t, peakMB: process.resourceUsage().maxRSS / 1024, bytes }));`;
for (let i = 0; i < RUNS; i++) {
  sheetjs.push(time(() => XLSX.read(bytes, { type: 'buffer' })));
  ours.push(time(() => readXlsxBytes(bytes)));
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
  const wall = performance.now() - t;
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
  if (out.code !== 1 && out.code !== 0) throw new Error(`check exited ${out.code}: ${r.stderr}`);
  check.push({ ms: wall, peakMB: out.peakMB });
}
const sheetjsMs = Math.round(median(sheetjs));
const readMs = Math.round(median(ours));
const checkMs = Math.round(median(check.map((c) => c.ms)));
const peakMB = Math.round(Math.max(...check.map((c) => c.peakMB)));
const ratio = Math.round((checkMs / sheetjsMs) * 100) / 100;
console.log(`${file}: ${(bytes.length / 1e6).toFixed(1)} MB`);
console.log(
  `SheetJS 0.18.5 bare parse: ${sheetjsMs} ms · our reader alone: ${readMs} ms (median of ${RUNS})`,
);
console.log(
  `teichaku check --json, fresh process: ${checkMs} ms = ${ratio} × SheetJS's parse (target ≤ ${TARGET_RATIO}), peak ${peakMB} MB (target < ${TARGET_MB})`,
);
console.log(
  JSON.stringify({
    bench: 'xlsx',
    clients: CLIENTS,
    sheetjsParseMs: sheetjsMs,
    readMs,
    checkMs,
    ratio,
    peakMB,
    ok: ratio <= TARGET_RATIO && peakMB < TARGET_MB,
  }),
);
