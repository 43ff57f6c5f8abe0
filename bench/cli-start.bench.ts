/**
 * npm run bench — start-up time of the built command: `node cli/bin.mjs check samples/caseload-sample.xlsx`
 * (16 clients) in a fresh process, wall clock, median of several runs; also `--help` (no workbook read)
 * and a CSV folder (no exceljs). Target (issue 9): the .xlsx check under 0.8 s. Last line: one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../cli/build.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGET_MS = 800;

await buildCli();
const csv = mkdtempSync(join(tmpdir(), 'teichaku-bench-'));
writeFileSync(
  join(csv, '利用者.csv'),
  '利用者ID,氏名,就職日,支援開始日,受給者証番号,支給市町村番号\nU001,鈴木 一郎,2024/04/01,2024/10/01,1234567890,131016\n',
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function timeRun(args: string[]): { ms: number; code: number | null } {
  const times: number[] = [];
  let code: number | null = null;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['cli/bin.mjs', ...args], { encoding: 'utf8' });
    times.push(performance.now() - t);
    code = r.status;
  }
  return { ms: Math.round(median(times)), code };
}

const xlsx = timeRun(['check', 'samples/caseload-sample.xlsx', '--as-of', '2025-03-31']);
const help = timeRun(['--help']);
const folder = timeRun(['check', csv, '--as-of', '2025-03-31']);
console.log(
  `check samples/caseload-sample.xlsx: ${xlsx.ms} ms (exit ${xlsx.code}; target < ${TARGET_MS} ms)`,
);
console.log(`--help: ${help.ms} ms · check on a CSV folder: ${folder.ms} ms (exit ${folder.code})`);
console.log(
  JSON.stringify({
    bench: 'cli-start',
    ms: xlsx.ms,
    helpMs: help.ms,
    csvMs: folder.ms,
    target: TARGET_MS,
    ok: xlsx.ms < TARGET_MS,
  }),
);
