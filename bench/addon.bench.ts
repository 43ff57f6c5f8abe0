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
