/**
 * npm run bench — start-up time of the built command: `node cli/bin.mjs check samples/caseload-sample.xlsx`
 * (16 clients) in a fresh process, wall clock, median of several runs; also `--help` (no workbook read)
 * and a CSV folder (no exceljs). Targets: the .xlsx check under 0.8 s (issue 9) and at most 5 × a bare
 * `node -e 0` on the same machine (issue 18, so the figure means the same on a slow machine). Last line:
 * one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../cli/build.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGET_MS = 800;
const TARGET_RATIO = 5;

await buildCli();
const csv = mkdtempSync(join(tmpdir(), 'teichaku-bench-'));
writeFileSync(
  join(csv, '利用者.csv'),
  '利用者ID,氏名,就職日,支援開始日,受給者証番号,支給市町村番号\nU001,鈴木 一郎,2024/04/01,2024/10/01,1234567890,131016\n',
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function timeRun(args: string[], script = 'cli/bin.mjs'): { ms: number; code: number | null } {
  const times: number[] = [];
  let code: number | null = null;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, script ? [script, ...args] : args, { encoding: 'utf8' });
    times.push(performance.now() - t);
    code = r.status;
  }
  return { ms: Math.round(median(times)), code };
}

const bare = timeRun(['-e', '0'], '');
const xlsx = timeRun(['check', 'samples/caseload-sample.xlsx', '--as-of', '2025-03-31']);
const ratio = Math.round((xlsx.ms / bare.ms) * 10) / 10;
const help = timeRun(['--help']);
const folder = timeRun(['check', csv, '--as-of', '2025-03-31']);
console.log(
  `check samples/caseload-sample.xlsx: ${xlsx.ms} ms (exit ${xlsx.code}; target < ${TARGET_MS} ms)`,
);
console.log(`bare node: ${bare.ms} ms; the check is ${ratio} × that (target ≤ ${TARGET_RATIO} ×)`);
console.log(`--help: ${help.ms} ms · check on a CSV folder: ${folder.ms} ms (exit ${folder.code})`);
console.log(
  JSON.stringify({
    bench: 'cli-start',
    ms: xlsx.ms,
    helpMs: help.ms,
    csvMs: folder.ms,
    bareNodeMs: bare.ms,
    ratio,
    target: TARGET_MS,
    targetRatio: TARGET_RATIO,
    ok: xlsx.ms < TARGET_MS && ratio <= TARGET_RATIO,
  }),
);
