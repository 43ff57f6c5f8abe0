/**
 * Deliberate one-line mistakes in cli/, each applied alone to a temporary copy of the repository, with the
 * cli tests run against it (tests/cli*.test.ts, tests/xlsx-*.test.ts, cli/**\/*.test.ts; the vitest
 * globalSetup rebuilds cli/dist inside the copy, so the tests of the built command see the mistake too).
 * A mutant the tests still pass on is a survivor: a hole in the suite. Not part of `npm test` (it runs the
 * cli tests once per mutant, about a minute each on a quiet 2-core machine).
 *
 *   node --import tsx scripts/cli-mutants.ts            every mutant
 *   node --import tsx scripts/cli-mutants.ts args-3 ... only these
 *   node --import tsx scripts/cli-mutants.ts --list     list them and check each still applies
 *
 * cli/ of the worktree is never written: the mistakes go into the copy (restored after each mutant all
 * the same), and the run ends by checking `git diff --exit-code cli/`.
 *
 * Results (2026-12-02, 40 mutants):
 *   before: 13 of the first 37 survived: args-5, load-2, load-3, load-4, output-3, main-2, main-3, patch-1,
 *     patch-2 (an escaped line break &#10; left behind when our note is removed), patch-3, patch-5, ooxml-1,
 *     ooxml-6. Already killed before: csv-1, output-1, main-1 (the issue's other named ones).
 *   after (the 13, plus patch-6, ooxml-9, read-1 added): 0 survived; patch-5 and ooxml-6 pass every test
 *     and are equivalent (see their `what`), the other 14 are killed by tests/cli-survivors.test.ts,
 *     tests/xlsx-patch-office.test.ts, cli/ooxml/xml.test.ts, tests/xlsx-write-twice.test.ts.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

interface Mutant {
  id: string;
  file: string;
  /** Text that occurs exactly once in the file, and what it becomes. */
  from: string;
  to: string;
  what: string;
  /** Behaves as the original on every input (why, in `what`): listed, not counted as a survivor. */
  equivalent?: true;
}

export const MUTANTS: Mutant[] = [
  // ---- args.ts ----
  {
    id: 'args-1',
    file: 'cli/args.ts',
    from: 'if (!best || best.d > Math.max(2',
    to: 'if (!best || best.d < Math.max(2',
    what: 'the "did you mean" distance test flipped',
  },
  {
    id: 'args-2',
    file: 'cli/args.ts',
    from: 'if (spec.commands && !spec.commands.includes(cmd))',
    to: 'if (spec.commands && spec.commands.includes(cmd))',
    what: 'an option of another command: the condition negated',
  },
  {
    id: 'args-3',
    file: 'cli/args.ts',
    from: '  if (extra.length)\n',
    to: '  if (!extra.length)\n',
    what: 'an extra positional argument: the condition negated',
  },
  {
    id: 'args-4',
    file: 'cli/args.ts',
    from: 'return best && best.d <= 2 ? best.c : null;',
    to: 'return best && best.d >= 2 ? best.c : null;',
    what: 'the closest command: <= flipped to >=',
  },
  {
    id: 'args-5',
    file: 'cli/args.ts',
    from: 'if (/^\\d{4}$/.test(t)) return Number(t);',
    to: 'if (/\\d{4}$/.test(t)) return Number(t);',
    what: '--fiscal-year: the ^ anchor of the four-digit year dropped',
  },
  // ---- csv.ts ----
  {
    id: 'csv-1',
    file: 'cli/csv.ts',
    from: "firstLine.includes('\\t') && !firstLine.includes(',')",
    to: "firstLine.includes('\\t')",
    what: 'a comma CSV whose first line has a tab read as TSV',
  },
  {
    id: 'csv-2',
    file: 'cli/csv.ts',
    from: "if (encoding === 'cp932' && text.includes('\\uFFFD'))",
    to: "if (encoding === 'cp932' || text.includes('\\uFFFD'))",
    what: 'undecodable text: && changed to ||',
  },
  {
    id: 'csv-3',
    file: 'cli/csv.ts',
    from: "if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';",
    to: "if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16be';",
    what: 'a UTF-16 LE byte order mark read as big-endian',
  },
  {
    id: 'csv-4',
    file: 'cli/csv.ts',
    from: "if (oddZero > sample.length / 8 && evenZero === 0) return 'utf-16le';",
    to: "if (oddZero > sample.length / 8 && evenZero === 0) return 'utf-16be';",
    what: 'UTF-16 LE without a BOM read as big-endian',
  },
  {
    id: 'csv-5',
    file: 'cli/csv.ts',
    from: '      start = line;\n',
    to: '      start = line + 1;\n',
    what: 'the row of an unclosed quote off by one',
  },
  // ---- load.ts ----
  {
    id: 'load-1',
    file: 'cli/load.ts',
    from: "const files = all.filter((f) => extname(f).toLowerCase() === '.csv').sort();",
    to: "const files = all.filter((f) => extname(f) === '.csv').sort();",
    what: 'a folder of .CSV files not read (case of the extension)',
  },
  {
    id: 'load-2',
    file: 'cli/load.ts',
    from: "e.kind === 'not-a-workbook'",
    to: "e.kind !== 'not-a-workbook'",
    what: 'what to do for a damaged package and for a zip that is no workbook swapped',
  },
  {
    id: 'load-3',
    file: 'cli/load.ts',
    from: "&& !f.startsWith('~$')",
    to: "&& f.startsWith('~$')",
    what: "Excel's ~$ lock files: the condition negated",
  },
  {
    id: 'load-4',
    file: 'cli/load.ts',
    from: "const name = basename(f, extname(f)).replace(/^.* - /, '');",
    to: "const name = basename(f, extname(f)).replace(/^.*? - /, '');",
    what: 'a CSV tab name "ブック - タブ": the last " - " taken as the first',
  },
  // ---- output.ts ----
  {
    id: 'output-1',
    file: 'cli/output.ts',
    from: "...names.filter((n) => extname(n).toLowerCase() === '.csv')",
    to: "...names.filter((n) => extname(n) === '.csv')",
    what: 'a .CSV folder not protected from --write',
  },
  {
    id: 'output-2',
    file: 'cli/output.ts',
    from: 'if (/[/\\\\]$/.test(output) ||',
    to: 'if (/[/\\\\]/.test(output) ||',
    what: '--write: the $ anchor of the trailing slash dropped',
  },
  {
    id: 'output-3',
    file: 'cli/output.ts',
    from: "const want = extname(input).toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';",
    to: "const want = extname(input) === '.xlsm' ? '.xlsm' : '.xlsx';",
    what: 'a workbook named .XLSM copied under an .xlsx name',
  },
  {
    id: 'output-4',
    file: 'cli/output.ts',
    from: '      unlinkSync(path);\n',
    to: '      // unlinkSync(path);\n',
    what: 'the temporary file left on Ctrl-C',
  },
  // ---- main.ts ----
  {
    id: 'main-1',
    file: 'cli/main.ts',
    from: 'return values.help ? 0 : 2;',
    to: 'return values.help ? 0 : 0;',
    what: 'no command exiting 0 instead of 2',
  },
  {
    id: 'main-2',
    file: 'cli/main.ts',
    from: 'return m === 1 ? ',
    to: 'return m === 12 ? ',
    what: 'the default month: January compared as December',
  },
  {
    id: 'main-3',
    file: 'cli/main.ts',
    from: '(Number(asOf.slice(5, 7)) < 4 ? 1 : 0)',
    to: '(Number(asOf.slice(5, 7)) <= 4 ? 1 : 0)',
    what: 'the default fiscal year: April counted in the year before',
  },
  {
    id: 'main-4',
    file: 'cli/main.ts',
    from: '    return 2;\n  }\n}',
    to: '    return 1;\n  }\n}',
    what: 'an input error exiting 1 instead of 2',
  },
  // ---- write.ts ----
  {
    id: 'write-1',
    file: 'cli/write.ts',
    from: "const worst = list.some((f) => f.severity === 'error') ? 'error' : 'warning';",
    to: "const worst = list.every((f) => f.severity === 'error') ? 'error' : 'warning';",
    what: 'a cell with an error and a warning painted yellow',
  },
  {
    id: 'write-2',
    file: 'cli/write.ts',
    from: 'SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]',
    to: 'SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity]',
    what: 'the 点検結果 tab: errors last',
  },
  // ---- xlsx-patch.ts ----
  {
    id: 'patch-1',
    file: 'cli/xlsx-patch.ts',
    from: 'const OUR_LINE = /^【点検】',
    to: 'const OUR_LINE = /【点検】',
    what: 'our note line: the ^ anchor dropped (an office line containing 【点検】【エラー】 taken for ours)',
  },
  {
    id: 'patch-2',
    file: 'cli/xlsx-patch.ts',
    from: "if (visible + out === '') skipNewline = true;",
    to: "if (visible + out === '') skipNewline = false;",
    what: 'an escaped line break &#10; left behind when our note is removed',
  },
  {
    id: 'patch-3',
    file: 'cli/xlsx-patch.ts',
    from: 'for (let i = 2; taken.has(n.toLowerCase()); i++)',
    to: 'for (let i = 2; taken.has(n); i++)',
    what: 'a free tab name compared with regard to case',
  },
  {
    id: 'patch-4',
    file: 'cli/xlsx-patch.ts',
    from: "r.attrs.type === 'expression' &&",
    to: "r.attrs.type !== 'expression' &&",
    what: 'our rules not recognised on a re-run',
  },
  {
    id: 'patch-5',
    file: 'cli/xlsx-patch.ts',
    from: '} else if (local !== undefined && Number(local) > index)',
    to: '} else if (local !== undefined && Number(local) >= index)',
    what: 'a removed tab: > made >= in renumbering local names (equivalent: the branch before takes = index)',
    equivalent: true,
  },
  {
    id: 'patch-6',
    file: 'cli/xlsx-patch.ts',
    from: "nameEdits.push(setAttr(xml, d, 'localSheetId', String(Number(local) - 1)));",
    to: "nameEdits.push(setAttr(xml, d, 'localSheetId', String(Number(local))));",
    what: 'a removed tab: the local defined names of the tabs after it not renumbered',
  },
  // ---- ooxml/ ----
  {
    id: 'ooxml-1',
    file: 'cli/ooxml/xml.ts',
    from: ".replace(/</g, '&lt;')",
    to: ".replace(/</, '&lt;')",
    what: 'only the first < escaped (an entity left unescaped)',
  },
  {
    id: 'ooxml-2',
    file: 'cli/ooxml/strings.ts',
    from: "else if (local === 't' && (this.depth === 1 || this.depth === 2)) this.inT = true;",
    to: "else if (local === 't' && this.depth === 1) this.inT = true;",
    what: 'the text of rich-text runs lost',
  },
  {
    id: 'ooxml-3',
    file: 'cli/ooxml/strings.ts',
    from: '/_x([0-9A-Fa-f]{4})_/g',
    to: '/_x([0-9A-Fa-f]{4})/g',
    what: 'an _xHHHH_ escape read without its closing _',
  },
  {
    id: 'ooxml-4',
    file: 'cli/ooxml/cell-value.ts',
    from: "return v.trim() === '1' || v.trim().toLowerCase() === 'true';",
    to: "return v.trim() === '0' || v.trim().toLowerCase() === 'true';",
    what: 'TRUE/FALSE cells read the wrong way round',
  },
  {
    id: 'ooxml-5',
    file: 'cli/ooxml/sheet.ts',
    from: 'rowNumber = r ? Number(r) : rowNumber + 1;',
    to: 'rowNumber = r ? Number(r) : rowNumber;',
    what: 'a row without its r attribute overwrites the row before',
  },
  {
    id: 'ooxml-6',
    file: 'cli/ooxml/styles.ts',
    from: "else if (inCellXfs && name.local === 'xf' && depth === cellXfsDepth + 1)",
    to: "else if (inCellXfs && name.local === 'xf' && depth >= cellXfsDepth + 1)",
    what: 'cell formats counted below their level (equivalent: no <xf> is nested in an <xf>)',
    equivalent: true,
  },
  {
    id: 'ooxml-9',
    file: 'cli/ooxml/styles.ts',
    from: "else if (name.local === 'cellXfs') {",
    to: "else if (name.local === 'cellXfs' || name.local === 'cellStyleXfs') {",
    what: 'the cell style formats (cellStyleXfs) counted as cell formats',
  },
  {
    id: 'read-1',
    file: 'cli/xlsx-read.ts',
    from: '    if (ours.includes(s.name)) continue;',
    to: '',
    what: "the tabs an earlier --write added read as the office's records",
  },
  {
    id: 'ooxml-7',
    file: 'cli/ooxml/workbook.ts',
    from: "date1904 = ['1', 'true'].includes",
    to: "date1904 = ['true'].includes",
    what: 'the 1904 date system written date1904="1" missed',
  },
  {
    id: 'ooxml-8',
    file: 'cli/ooxml/package.ts',
    from: "if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le')",
    to: "if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16be')",
    what: 'a UTF-16 LE part read as big-endian',
  },
];

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const TEST_GLOBS = ['tests/cli', 'tests/xlsx-', 'cli/'];

/** The mutant's file text with the mistake in it; throws unless `from` occurs exactly once. */
function mutate(text: string, m: Mutant): string {
  const at = text.indexOf(m.from);
  if (at < 0 || text.indexOf(m.from, at + 1) >= 0)
    throw new Error(`${m.id}: "${m.from}" must occur exactly once in ${m.file}`);
  return text.slice(0, at) + m.to + text.slice(at + m.from.length);
}

/** A copy of the worktree's files (tracked and new, not ignored) beside the same node_modules. */
function copyOfRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'teichaku-mutants-'));
  const ls = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (ls.status !== 0) throw new Error(`git ls-files failed: ${ls.stderr}`);
  for (const f of ls.stdout.split('\0').filter(Boolean)) {
    if (f === 'node_modules') continue;
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    try {
      cpSync(join(ROOT, f), join(dir, f));
    } catch {
      // a file deleted in the worktree but not yet from the index
    }
  }
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'));
  return dir;
}

/** Run the cli tests in `dir`; the first failure ends the run. */
function runTests(dir: string): { passed: boolean; failedFile: string | null; seconds: number } {
  const t0 = Date.now();
  const out = join(dir, '.test-results', 'mutant.json');
  rmSync(out, { force: true });
  const r = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--bail=1',
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=${out}`,
      ...TEST_GLOBS,
    ],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Tokyo' }, timeout: 1_800_000 },
  );
  let failedFile: string | null = null;
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      testResults: { name: string; status: string }[];
    };
    const f = report.testResults.find((t) => t.status === 'failed');
    failedFile = f ? f.name.replace(`${realpathSync(dir)}/`, '').replace(`${dir}/`, '') : null;
  } catch {
    // no report: a crash, counted as a failure
  }
  return { passed: r.status === 0, failedFile, seconds: Math.round((Date.now() - t0) / 1000) };
}

function main(argv: string[]) {
  const list = argv.includes('--list');
  const only = argv.filter((a) => !a.startsWith('--'));
  const chosen = only.length ? MUTANTS.filter((m) => only.includes(m.id)) : MUTANTS;
  if (only.length && chosen.length !== only.length) throw new Error(`unknown mutant in ${only.join(' ')}`);
  // every mistake must apply to today's source, or the run proves nothing
  for (const m of chosen) mutate(readFileSync(join(ROOT, m.file), 'utf8'), m);
  if (list) {
    for (const m of chosen) console.log(`${m.id}\t${m.file}\t${m.what}`);
    return;
  }
  const dir = copyOfRepo();
  const results: { id: string; what: string; killed: boolean; by: string | null; seconds: number }[] = [];
  try {
    console.log(`copy: ${dir}`);
    const base = runTests(dir);
    if (!base.passed)
      throw new Error(`the cli tests fail without any mutant (${base.failedFile}): fix them first`);
    console.log(`baseline: the cli tests pass (${base.seconds} s)`);
    for (const m of chosen) {
      const path = join(dir, m.file);
      const original = readFileSync(path, 'utf8');
      try {
        writeFileSync(path, mutate(original, m));
        const r = runTests(dir);
        results.push({ id: m.id, what: m.what, killed: !r.passed, by: r.failedFile, seconds: r.seconds });
        console.log(
          `${r.passed ? 'SURVIVED' : 'killed  '}\t${m.id}\t${m.what}\t${r.failedFile ?? ''}\t${r.seconds} s`,
        );
      } finally {
        writeFileSync(path, original);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const diff = spawnSync('git', ['diff', '--exit-code', '--stat', 'cli/'], { cwd: ROOT, encoding: 'utf8' });
    if (diff.status !== 0) {
      console.error(`cli/ differs from the index after the run:\n${diff.stdout}`);
      process.exitCode = 3;
    }
  }
  const equivalent = new Set(MUTANTS.filter((m) => m.equivalent).map((m) => m.id));
  const survivors = results.filter((r) => !r.killed && !equivalent.has(r.id));
  mkdirSync(join(ROOT, '.test-results'), { recursive: true });
  writeFileSync(join(ROOT, '.test-results', 'cli-mutants.json'), JSON.stringify(results, null, 2));
  console.log(
    `${results.length} mutants, ${results.length - survivors.length} killed, ${survivors.length} survived`,
  );
  for (const s of survivors) console.log(`  survived: ${s.id} — ${s.what}`);
  if (survivors.length && !process.exitCode) process.exitCode = 1;
}

main(process.argv.slice(2));
