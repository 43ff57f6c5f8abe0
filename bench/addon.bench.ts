/**
 * npm run bench (first part) — the built add-on (apps-script/dist/Code.js) validating a synthetic caseload
 * in the fake spreadsheet: service calls (reads, writes, builder calls, total) for 10 and 1,000 clients, and
 * the time of the run in this process (the fakes are in memory, so this is the script's own work, not
 * Google's). The calls must not grow with rows. Writes bench/.data/addon.json for the last-line summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtCode, loadAddon, loadWorkbook } from '../tests/apps-script/harness.ts';
import { generateCaseload } from './generate.ts';

const ASOF = '2025-03-31';
const code = await builtCode();

function run(clients: number) {
  const wb = generateCaseload({ clients, contactsPerMonth: 4, asOf: ASOF });
  const a = loadAddon(code, { today: ASOF });
  loadWorkbook(a, wb);
  const t = performance.now();
  a.call('teichakuValidate');
  const ms = performance.now() - t;
  if (a.ui.alerts.length) throw new Error(`validation failed: ${a.ui.alerts[0]!.prompt}`);
  const rows = wb.tabs.reduce((n, tab) => n + tab.rows.length, 0);
  const validate = a.calls.totals();
  a.calls.reset();
  const clearStart = performance.now();
  a.call('teichakuClear');
  const clearMs = Math.round(performance.now() - clearStart);
  return { clients, rows, ms: Math.round(ms), clearMs, clearCalls: a.calls.totals().total, ...validate };
}

const small = run(10);
const large = run(1000);
for (const r of [small, large])
  console.log(
    `add-on validate, ${r.clients} clients (${r.rows} sheet rows): ${r.read} reads, ${r.write} writes, ${r.builder} builder calls, ${r.total} calls in all; ${r.ms} ms in the vm; clear: ${r.clearCalls} calls, ${r.clearMs} ms`,
  );
const summary = {
  addonCalls10: { read: small.read, write: small.write, total: small.total },
  addonCalls1000: { read: large.read, write: large.write, total: large.total },
  addonValidateMs1000: large.ms,
};
mkdirSync(join('bench', '.data'), { recursive: true });
writeFileSync(join('bench', '.data', 'addon.json'), JSON.stringify(summary));
console.log(JSON.stringify({ bench: 'addon', ...summary }));

// ---- 支援レポートを作成: service calls per Google Doc ----------------------------------------------------------
/**
 * One month's reports for 10 and 60 clients: calls of the whole run, and per document the difference
 * between the two runs divided by the 50 extra documents (the per-run reading of the sheet cancels out).
 * Documents per minute at an assumed cost per call: Apps Script gives no figure; 100 ms per document-service
 * call and 1.5 s for each DocumentApp.create / openById / saveAndClose are cautious round-trip guesses.
 */
function reportsRun(clients: number) {
  const wb = generateCaseload({ clients, contactsPerMonth: 4, asOf: ASOF });
  const a = loadAddon(code, { today: ASOF });
  loadWorkbook(a, wb);
  const t = performance.now();
  const p = a.call('teichakuReportsStart', '2025-02', []) as {
    done: number;
    total: number;
    running: boolean;
  };
  const ms = Math.round(performance.now() - t);
  if (p.running || p.done !== p.total) throw new Error('the reports run did not finish in one execution');
  const heavy = ['DocumentApp.create', 'DocumentApp.openById', 'Document.saveAndClose'].reduce(
    (n, k) => n + a.calls.count(k),
    0,
  );
  return { docs: p.total, ms, heavy, ...a.calls.totals() };
}
const r10 = reportsRun(10);
const r60 = reportsRun(60);
const extra = r60.docs - r10.docs;
const perDoc = (r60.total - r10.total) / extra;
const heavyPerDoc = (r60.heavy - r10.heavy) / extra;
const msPerDoc = (perDoc - heavyPerDoc) * 100 + heavyPerDoc * 1500;
const docsPerMinute = Math.floor(60_000 / msPerDoc);
for (const r of [r10, r60])
  console.log(
    `add-on reports, ${r.docs} documents: ${r.read} reads, ${r.write} writes, ${r.total} calls in all; ${r.ms} ms in the vm`,
  );
console.log(
  `add-on reports: ${perDoc.toFixed(1)} calls per document (${heavyPerDoc} create/open/save); at 100 ms a call and 1.5 s a create/save ≈ ${docsPerMinute} documents per minute, ${Math.floor((4.5 * 60_000) / msPerDoc)} per 4.5-minute execution`,
);
writeFileSync(
  join('bench', '.data', 'addon-reports.json'),
  JSON.stringify({ callsPerDocument: perDoc, docsPerMinute }),
);
console.log(JSON.stringify({ bench: 'addon-reports', callsPerDocument: perDoc, docsPerMinute }));
