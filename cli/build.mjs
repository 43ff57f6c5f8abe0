// Builds the `teichaku` command into plain JavaScript (cli/dist/), so nothing compiles TypeScript when it runs.
// Runs at `npm ci` through `prepare` (esbuild is a runtime dependency for that reason: `npm ci --omit=dev`
// builds too) and before the tests (vitest globalSetup). exceljs and docx stay outside the bundle and
// are loaded by `import()` only when an .xlsx is read or a document written. pdf-lib is bundled, but into
// a chunk of its own (cli/pdf-join.ts) that `reports --pdf` alone loads by `import()`.
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** Build cli/main.ts into `outdir` (default cli/dist): ESM for Node 20, code split at each dynamic import. */
export async function buildCli(outdir = join(here, 'dist')) {
  await rm(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { main: join(here, 'main.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // the big packages load only when needed; the small ones are bundled (one file parses faster than many)
    external: ['exceljs', 'docx'],
    // bundled CommonJS packages (iconv-lite, cfb) call require() for Node's own modules
    banner: {
      js: "import { createRequire as __teichakuRequire } from 'node:module';\nconst require = __teichakuRequire(import.meta.url);",
    },
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outdir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
