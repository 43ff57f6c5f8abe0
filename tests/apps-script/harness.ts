/// <reference types="google-apps-script" />
/**
 * The built add-on (apps-script/dist/Code.js) in a node:vm context with the fake services as globals:
 * the closest stand-in for Apps Script's V8 runtime on a machine without a Google account.
 */
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { build } from '../../apps-script/build.ts';
import type { CellValue } from '../../shared/codecs/cell.ts';
import type { Workbook } from '../../shared/sheet/tab.ts';
import { type Fakes, makeFakes } from './fakes/services.ts';
import { midnightIn } from './fakes/spreadsheet.ts';

export const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'teichakuValidate',
  'teichakuClear',
  'teichakuShowMapping',
  'teichakuShowSummary',
  'teichakuSelectCell',
  'teichakuSaveMapping',
  'teichakuResetMapping',
  'teichakuShowBilling',
  'teichakuBillingData',
  'teichakuRenewToken',
  'doGet',
  'teichakuReports',
  'teichakuReportsStart',
  'teichakuReportsContinue',
  'teichakuReportsProgress',
  'teichakuReportsSetTemplate',
  'teichakuAnnualReport',
  'teichakuSelfTest',
  'teichakuSelfTestTrigger',
] as const;
export type EntryPoint = (typeof ENTRY_POINTS)[number];

let built: Promise<string> | null = null;
/** Build once per test file, then read the built file (never the sources). */
export function builtCode(): Promise<string> {
  built ??= build().then((r) => readFileSync(r.file, 'utf8'));
  return built;
}

export interface Addon extends Fakes {
  call(name: EntryPoint, ...args: unknown[]): unknown;
  /** The top-level function names the script defines. */
  topLevel: string[];
  /** Simulated time (ms) passed since the script's clock started; with opts.latencyMs every service call adds to it. */
  clock: { ms: number };
  /** Run a live time-driven trigger's handler as Apps Script would once its delay passed (a new execution). */
  fire(trigger: { handler: string; afterMs: number }): unknown;
}

/**
 * opts.today (YYYY-MM-DD): the script's clock stands at noon of that day in the spreadsheet's zone
 * (a `new Date()` with no argument inside the context), so "today" is a fixed as-of date in tests; it moves
 * only by `clock.ms`, which opts.latencyMs advances on every service call (a simulated round trip), so a
 * run that checks its elapsed time meets its budget after a known number of calls.
 */
export function loadAddon(
  code: string,
  opts: {
    timeZone?: string;
    title?: string;
    today?: string;
    latencyMs?: number;
    /** Services a copy of the script lacks (an advanced service not enabled in its project). */
    without?: string[];
  } = {},
): Addon {
  const clock = { ms: 0 };
  const context = createContext({ __fakeClock: clock });
  if (opts.today) {
    const noon = midnightIn(opts.today, opts.timeZone ?? 'Asia/Tokyo', Date).getTime() + 12 * 3600_000;
    runInContext(
      `Date = (function (D) { class FixedDate extends D { constructor(...a) { if (a.length === 0) super(${noon} + __fakeClock.ms); else super(...a); } static now() { return ${noon} + __fakeClock.ms; } } return FixedDate; })(Date);`,
      context,
    );
  }
  const DateCtor = runInContext('Date', context) as DateConstructor;
  const fakes = makeFakes({ DateCtor, timeZone: opts.timeZone, title: opts.title });
  Object.assign(context, fakes.globals);
  for (const name of opts.without ?? []) delete (context as Record<string, unknown>)[name];
  const latency = opts.latencyMs ?? 0;
  if (latency > 0)
    fakes.calls.onHit = () => {
      clock.ms += latency;
    };
  runInContext(code, context, { filename: 'Code.js' });
  const topLevel = Object.keys(context).filter(
    (k) => typeof (context as Record<string, unknown>)[k] === 'function',
  );
  const call = (name: string, ...args: unknown[]) => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no top-level ${name}`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  };
  return {
    ...fakes,
    topLevel,
    clock,
    call,
    fire(trigger) {
      clock.ms += trigger.afterMs;
      // a time-driven trigger's handler receives an event object
      return call(trigger.handler, { triggerUid: 'fake' });
    },
  };
}

/**
 * A GET on the web app: doGet runs as Apps Script runs a web app, outside the spreadsheet (no active
 * spreadsheet, no document properties), with `e.parameter` built from the query. Answers the text and
 * MIME type of the TextOutput it returned.
 */
export function webGet(addon: Addon, params: Record<string, string>): { mime: string; text: string } {
  const was = addon.context.current;
  addon.context.current = 'webapp';
  try {
    const parameters = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, [v]]));
    const out = addon.call('doGet', { parameter: { ...params }, parameters, queryString: '' }) as {
      getContent(): string;
      getMimeType(): string;
    };
    return { mime: out.getMimeType(), text: out.getContent() };
  } finally {
    addon.context.current = was;
  }
}

/** A workbook as read by the CLI (plain cells) → the office's tabs in the fake spreadsheet. */
export function loadWorkbook(addon: Addon, wb: Workbook) {
  const toValue = (c: CellValue): unknown => (c === null ? '' : typeof c === 'object' ? { day: c.value } : c);
  for (const tab of wb.tabs) addon.ss.addTab({ name: tab.name, rows: tab.rows.map((r) => r.map(toValue)) });
}

/** Everything the office had: values, notes, backgrounds, rules, frozen panes, filters, tabs. */
export function snapshot(addon: Addon) {
  return addon.ss.sheets.map((s) => ({
    name: s.name,
    id: s.id,
    maxRows: s.maxRows,
    maxCols: s.maxCols,
    cells: Object.fromEntries(
      s.cells.flatMap((row, r) =>
        (row ?? []).flatMap((c, i) =>
          c && (c.v !== '' || c.note !== '' || c.bg !== null || c.bold)
            ? [[`${r + 1}:${i + 1}`, JSON.stringify([c.v, c.note, c.bg, c.bold])]]
            : [],
        ),
      ),
    ),
    rules: s.rules.map((r) => r.describe()),
    frozen: [s.frozenRows, s.frozenCols],
    filter: s.filter,
  }));
}
