/**
 * npm run bench (first part) — the built add-on (apps-script/dist/Code.js) validating a synthetic caseload
 * in the fake spreadsheet: service calls (reads, writes, builder calls, total) for 10 and 1,000 clients, and
 * the time of the run in this process (the fakes are in memory, so this is the script's own work, not
 * Google's). The calls must not grow with rows. Writes bench/.data/addon.json for the last-line summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { officeTemplate } from '../tests/apps-script/fakes/office-template.ts';
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
 * One month's reports for 10 and 60 clients, with the built-in form and with an office template: calls of
 * the whole run, and per document the difference between the two runs divided by the 50 extra documents
 * (the per-run reading of the sheet cancels out). "Doc calls" are the ones the ≤ 10 rule counts
 * (DocumentApp, DriveApp, Docs, Properties); "all" adds the 作成ログ row (Sheets). Documents per execution
 * at an assumed cost per call: Apps Script gives no figure; 1.5 s for each Docs API call and File.makeCopy
 * (documents.create / get / batchUpdate, a Drive copy) and 100 ms for any other call are cautious
 * round-trip guesses, and two slower settings show how far the figure moves. A run starts no new document
 * after 4.5 minutes of Apps Script's 6.
 */
const DOC_SERVICES =
  /^(DocumentApp|Document|Body|Paragraph|Table|TableRow|TableCell|DriveApp|Drive\.Files|File|Folder|Docs|PropertiesService|Properties)\./;
const HEAVY = [
  'Docs.create',
  'Docs.get',
  'Docs.batchUpdate',
  'File.makeCopy',
  'Drive.Files.create',
  'DocumentApp.create',
  'DocumentApp.openById',
  'Document.saveAndClose',
];
function reportsRun(clients: number, template: boolean) {
  const wb = generateCaseload({ clients, contactsPerMonth: 4, asOf: ASOF });
  const a = loadAddon(code, { today: ASOF });
  loadWorkbook(a, wb);
  if (template) {
    const tpl = officeTemplate(a.drive);
    a.call('teichakuReportsSetTemplate', `https://docs.google.com/document/d/${tpl.id}/edit`);
  }
  a.calls.reset();
  const t = performance.now();
  const p = a.call('teichakuReportsStart', '2025-02', []) as {
    done: number;
    total: number;
    running: boolean;
  };
  const ms = Math.round(performance.now() - t);
  if (p.running || p.done !== p.total) throw new Error('the reports run did not finish in one execution');
  const heavy = HEAVY.reduce((n, k) => n + a.calls.count(k), 0);
  const docCalls = [...a.calls.byName].filter(([k]) => DOC_SERVICES.test(k)).reduce((n, [, v]) => n + v, 0);
  return { docs: p.total, ms, heavy, docCalls, ...a.calls.totals() };
}
const reportFigures: Record<string, unknown> = {};
for (const template of [false, true]) {
  const form = template ? 'office template' : 'built-in form';
  const r10 = reportsRun(10, template);
  const r60 = reportsRun(60, template);
  const extra = r60.docs - r10.docs;
  const perDoc = (r60.docCalls - r10.docCalls) / extra;
  const allPerDoc = (r60.total - r10.total) / extra;
  const heavyPerDoc = (r60.heavy - r10.heavy) / extra;
  const msPerDoc = (allPerDoc - heavyPerDoc) * 100 + heavyPerDoc * 1500;
  const perExecution = Math.floor((4.5 * 60_000) / msPerDoc) + 1;
  for (const r of [r10, r60])
    console.log(
      `add-on reports (${form}), ${r.docs} documents: ${r.docCalls} Doc calls, ${r.total} calls in all; ${r.ms} ms in the vm`,
    );
  console.log(
    `add-on reports (${form}): ${perDoc.toFixed(1)} Doc calls per document (${allPerDoc.toFixed(1)} with the 作成ログ row; ${heavyPerDoc} Docs API / copy calls); at 1.5 s a Docs API call and 100 ms any other ≈ ${(msPerDoc / 1000).toFixed(1)} s a document, ${perExecution} documents per 6-minute execution`,
  );
  // how the figure moves should Google's calls be slower than guessed
  const at = (slowMs: number, otherMs: number) =>
    Math.floor((4.5 * 60_000) / ((allPerDoc - heavyPerDoc) * otherMs + heavyPerDoc * slowMs)) + 1;
  console.log(
    `add-on reports (${form}): documents per execution at 2.5 s / 300 ms a call: ${at(2500, 300)}; at 3 s / 500 ms: ${at(3000, 500)}`,
  );
  reportFigures[template ? 'template' : 'builtIn'] = {
    callsPerDocument: perDoc,
    allCallsPerDocument: allPerDoc,
    docsPerExecution: perExecution,
  };
}
writeFileSync(join('bench', '.data', 'addon-reports.json'), JSON.stringify(reportFigures));
console.log(JSON.stringify({ bench: 'addon-reports', ...reportFigures }));
