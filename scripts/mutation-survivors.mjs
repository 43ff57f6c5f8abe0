// Lists the mutants that survived (or had no coverage) in the last `npm run test:mutation` report,
// one line each, and the score per folder: what to kill next or to list as equivalent.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? '.test-results/mutation.json', 'utf8'));
const perFolder = new Map();
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  const folder = file.split('/').slice(0, 2).join('/');
  const s = perFolder.get(folder) ?? { killed: 0, total: 0 };
  const lines = source.split('\n');
  for (const m of mutants) {
    if (m.status === 'CompileError' || m.status === 'RuntimeError' || m.status === 'Ignored') continue;
    s.total++;
    if (m.status === 'Killed' || m.status === 'Timeout') {
      s.killed++;
      continue;
    }
    const l = m.location.start.line;
    const orig = (lines[l - 1] ?? '').trim().slice(0, 100);
    console.log(
      `${m.status}\t${file}:${l}:${m.location.start.column}\t${m.mutatorName}\t${orig}\t=> ${String(m.replacement).slice(0, 80)}`,
    );
  }
  perFolder.set(folder, s);
}
for (const [folder, s] of [...perFolder].sort()) {
  console.log(`${folder}\t${((100 * s.killed) / s.total).toFixed(1)}%\t(${s.killed}/${s.total})`);
}
