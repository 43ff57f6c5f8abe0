/**
 * npm run build — bundle apps-script/src/index.ts (with shared/ and zod) into apps-script/dist/Code.js
 * for Apps Script, and copy appsscript.json beside it.
 *
 * esbuild makes an IIFE that assigns the public surface to one global (`Teichaku`); Apps Script only sees
 * top-level function declarations, so one stub per export is appended. The stubs are generated from the
 * bundle's own export list: a new export of index.ts is an entry point without a second list to keep.
 */
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, 'dist');
export const GLOBAL_NAME = 'Teichaku';

/**
 * menu 'top' (the default): the script bound to the office's sheet shows its own 定着 点検 menu;
 * 'addon': the build for a Workspace Marketplace listing, whose menu sits under 拡張機能 (src/index.ts).
 */
export async function build(
  outDir = DIST,
  opts: { menu?: 'top' | 'addon' } = {},
): Promise<{ file: string; exports: string[]; bytes: number }> {
  const define = { __TEICHAKU_MENU__: JSON.stringify(opts.menu ?? 'top') };
  const common = {
    entryPoints: [join(here, 'src', 'index.ts')],
    bundle: true,
    platform: 'neutral' as const,
    mainFields: ['module', 'main'],
    target: 'es2020',
    write: false,
    logLevel: 'silent' as const,
    define,
  };
  // the export list of index.ts, from an ESM build's metafile (an IIFE build lists none)
  const esm = await esbuild({ ...common, format: 'esm', metafile: true });
  const exports = [...Object.values(esm.metafile.outputs)[0]!.exports].sort();
  const r = await esbuild({
    entryPoints: [join(here, 'src', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    define,
    write: false,
    logLevel: 'silent',
  });
  const out = r.outputFiles[0]!;
  const stubs = exports
    .map((n) => `function ${n}() { return ${GLOBAL_NAME}.${n}.apply(this, arguments); }`)
    .join('\n');
  const code = `${out.text}\n// Entry points (Apps Script sees only top-level functions)\n${stubs}\n`;
  mkdirSync(outDir, { recursive: true });
  // several test workers may build at once: write beside, then rename (atomic on one file system)
  const file = join(outDir, 'Code.js');
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, file);
  const manifest = join(outDir, 'appsscript.json');
  const mtmp = `${manifest}.${process.pid}.tmp`;
  copyFileSync(join(here, 'appsscript.json'), mtmp);
  renameSync(mtmp, manifest);
  return { file, exports, bytes: Buffer.byteLength(code) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // npm run build → dist/Code.js (bound script: its own 定着 点検 menu); npm run build -- --addon →
  // dist/addon/Code.js (a Marketplace listing: the menu under 拡張機能)
  const addon = process.argv.includes('--addon');
  const r = await build(addon ? join(DIST, 'addon') : DIST, { menu: addon ? 'addon' : 'top' });
  console.log(`${r.file}: ${(r.bytes / 1024).toFixed(0)} KB, entry points: ${r.exports.join(', ')}`);
}
