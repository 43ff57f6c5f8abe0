/**
 * npm run bench — times `check` on a synthetic caseload of 1,000 clients over 3 years (~100,000 contacts):
 * in-process on the parsed data (read + rules), then end to end from an .xlsx in a fresh process.
 * Targets (issue 2): rules on the parsed data < 1 s, peak memory < 300 MB. Last line: one JSON object,
 * where `ms` is the rules on the parsed data and `peakMB` the peak resident memory of the end-to-end run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkCaseload } from '../shared/check.ts';
import { buildFacts } from '../shared/evaluate/facts.ts';
import { readWorkbook } from '../shared/read/workbook.ts';
import { generateCaseload, reshape, type Shape } from './generate.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const ASOF = '2025-03-31';
const RUNS = 5;

const wb = generateCaseload({ clients: CLIENTS, contactsPerMonth: 4, asOf: ASOF });
const contactRows = (wb.tabs[2]?.rows.length ?? 1) - 1;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

// in-process: read the tabs (cells → model), then the rules on the parsed data
const readMs: number[] = [];
const rulesMs: number[] = [];
let findings = 0;
for (let i = 0; i < RUNS; i++) {
  let read: ReturnType<typeof readWorkbook> | undefined;
  readMs.push(time(() => (read = readWorkbook(wb))));
  if (!read?.ok) throw new Error('bench caseload did not read');
  const caseload = read.caseload;
  rulesMs.push(time(() => (findings = checkCaseload(caseload, ASOF, buildFacts(caseload, ASOF)).length)));
}
const inProcessPeakMB = process.resourceUsage().maxRSS / 1024;

// the same caseload in each other shape of record (domain §10): read + rules in process, median of 3
const shapes: Record<string, { readMs: number; rulesMs: number; contacts: number; findings: number }> = {};
for (const shape of ['narrative-log', 'form-log', 'month-grid', 'client-record'] as Shape[]) {
  const other = reshape(wb, shape);
  const r: number[] = [];
  const k: number[] = [];
  let contacts = 0;
  let n = 0;
  for (let i = 0; i < 3; i++) {
    let read: ReturnType<typeof readWorkbook> | undefined;
    r.push(time(() => (read = readWorkbook(other))));
    if (!read?.ok) throw new Error(`bench ${shape} did not read`);
    const caseload = read.caseload;
    contacts = caseload.contacts.length;
    k.push(time(() => (n = checkCaseload(caseload, ASOF, buildFacts(caseload, ASOF)).length)));
  }
  shapes[shape] = { readMs: Math.round(median(r)), rulesMs: Math.round(median(k)), contacts, findings: n };
}

// end to end: write the .xlsx, then a fresh `teichaku check --json` process on it
const dir = join('bench', '.data');
mkdirSync(dir, { recursive: true });
const xlsx = join(dir, `caseload-${CLIENTS}.xlsx`);
const excel = new ExcelJS.Workbook();
for (const tab of wb.tabs) {
  const ws = excel.addWorksheet(tab.name);
  for (const row of tab.rows)
    ws.addRow(row.map((c) => (c && typeof c === 'object' ? new Date(`${c.value}T00:00:00Z`) : c)));
}
await excel.xlsx.writeFile(xlsx);
const probe = join(dir, 'e2e-probe.mjs');
writeFileSync(
  probe,
  `import { register } from 'tsx/esm/api';
register();
const { main } = await import('../../cli/main.ts');
const t = performance.now();
let bytes = 0;
await main(['check', ${JSON.stringify(xlsx)}, '--as-of', '${ASOF}', '--json'], { out: { write: (s) => { bytes += s.length; return true; } }, err: process.stderr });
console.log(JSON.stringify({ ms: performance.now() - t, peakMB: process.resourceUsage().maxRSS / 1024, bytes }));
`,
);
const e2e = JSON.parse(
  execFileSync(process.execPath, [probe], { encoding: 'utf8' }).trim().split('\n').pop()!,
);

console.log(`clients ${CLIENTS}, contact rows ${contactRows}, findings ${findings}`);
console.log(
  `in-process: read ${median(readMs).toFixed(0)} ms, rules ${median(rulesMs).toFixed(0)} ms (median of ${RUNS}), peak ${inProcessPeakMB.toFixed(0)} MB`,
);
console.log(`end to end from .xlsx: ${e2e.ms.toFixed(0)} ms, peak ${e2e.peakMB.toFixed(0)} MB`);
for (const [shape, x] of Object.entries(shapes))
  console.log(
    `${shape}: read ${x.readMs} ms, rules ${x.rulesMs} ms, contacts ${x.contacts}, findings ${x.findings}`,
  );
console.log(
  JSON.stringify({
    bench: 'check',
    clients: CLIENTS,
    contacts: contactRows,
    ms: Math.round(median(rulesMs)),
    readMs: Math.round(median(readMs)),
    e2eMs: Math.round(e2e.ms),
    // the peak of a real run (a fresh `teichaku check` process); the bench process also holds the generator
    peakMB: Math.round(e2e.peakMB),
    benchProcessPeakMB: Math.round(inProcessPeakMB),
    // read + rules in process for the same caseload in each other shape of record (issue 14)
    shapes,
    e2ePeakMB: Math.round(e2e.peakMB),
    // service calls of the add-on's validation (bench/addon.bench.ts, run first by npm run bench)
    ...(existsSync(join(dir, 'addon.json')) ? JSON.parse(readFileSync(join(dir, 'addon.json'), 'utf8')) : {}),
  }),
);
