import { randomBytes } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { readdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';

/** A reason a copy cannot be written, in words a person reads (never Node's errno text). */
export class OutputError extends Error {}

type Stat = { dev: number; ino: number; isDirectory(): boolean };
const statOrNull = async (p: string): Promise<Stat | null> => {
  try {
    return await stat(p);
  } catch {
    return null;
  }
};

/**
 * The files the input consists of: the .xlsx itself, or a CSV folder and every CSV file in it.
 */
async function inputFiles(input: string): Promise<string[]> {
  const s = await statOrNull(input);
  if (!s?.isDirectory()) return [input];
  const names = await readdir(input).catch(() => [] as string[]);
  return [input, ...names.filter((n) => extname(n).toLowerCase() === '.csv').map((n) => join(input, n))];
}

/**
 * Refuse an output path that is the input by any route: the same path written differently (./, ../),
 * a symbolic or hard link to it, or a name differing only in letter case on a file system that ignores
 * case. Two names are one file when stat (which follows links and folds case where the file system does)
 * gives the same device and inode; realpath catches the rest of the spellings.
 */
export async function assertNotInput(input: string, output: string): Promise<void> {
  const out = await statOrNull(output);
  const outReal = await realpath(output).catch(async () =>
    join(await realpath(dirname(resolve(output))).catch(() => dirname(resolve(output))), basename(output)),
  );
  for (const file of await inputFiles(input)) {
    const s = await statOrNull(file);
    const real = await realpath(file).catch(() => resolve(file));
    if ((out && s && out.dev === s.dev && out.ino === s.ino) || real === outReal)
      throw new OutputError(
        file === input
          ? `--write の「${output}」は点検する元のファイルそのものです。元のファイルとは別の名前を指定してください（元のファイルは変更しません）`
          : `--write の「${output}」は点検する元の CSV「${file}」そのものです。元のファイルとは別の名前を指定してください（元のファイルは変更しません）`,
      );
  }
}

/**
 * Refuse a --write name that is empty or would not open as what it holds: the copy is the input's own
 * package, so a workbook with macros (.xlsm) is written as .xlsm and any other as .xlsx (Excel will not
 * open a package whose name and content type disagree).
 */
export function assertCopyName(input: string, output: string): void {
  if (output.trim() === '')
    throw new OutputError(
      '--write のファイル名が空です。書き出すファイル名を指定してください（例: --write 点検済み.xlsx）',
    );
  // an existing folder is told as such when the write meets it (the findings are printed first)
  if (statSync(output, { throwIfNoEntry: false })?.isDirectory()) return;
  const want = extname(input).toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
  if (/[/\\]$/.test(output) || extname(output).toLowerCase() !== want)
    throw new OutputError(
      want === '.xlsm'
        ? `--write の「${output}」は .xlsm の名前ではありません。マクロ付きブックのコピーは .xlsm の名前にしてください（例: --write 点検済み.xlsm）`
        : `--write の「${output}」は .xlsx の名前ではありません。書き出すのは Excel のブックなので、.xlsx の名前にしてください（例: --write 点検済み.xlsx）`,
    );
}

/** The one-line Japanese reason a write failed. */
export function describeWriteError(output: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const dir = dirname(resolve(output));
  if (e instanceof OutputError) return e.message;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `書き出し先のフォルダ「${dirname(output)}」がありません`;
    case 'EISDIR':
    case 'ENOTEMPTY':
    case 'EEXIST':
      return `「${output}」はフォルダです。ファイル名（例: 点検済み.xlsx）を指定してください`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `「${dir}」に書き込む権限がありません`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `ディスクの空きが足りず「${output}」を書き出せません`;
    case 'ENAMETOOLONG':
      return `「${output}」はファイル名が長すぎます`;
    default:
      return `「${output}」を書き出せませんでした`;
  }
}

/**
 * While `path` exists as our temporary file or folder: remove it if the process is interrupted (Ctrl-C,
 * SIGTERM), then end as that signal would have. It holds clients' personal data: nothing may be left behind.
 * Returns the function that stops watching.
 */
export function removeOnSignal(path: string): () => void {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const handler = (signal: NodeJS.Signals) => {
    stop();
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // cannot be removed: nothing more to do while ending
    }
    process.kill(process.pid, signal);
  };
  const stop = () => {
    for (const s of signals) process.removeListener(s, handler);
  };
  for (const s of signals) process.on(s, handler);
  return stop;
}

/**
 * Write through a temporary file in the same folder, renamed into place: a failed or interrupted write
 * leaves the old file (if any) as it was and no half-written or temporary file behind.
 */
export async function writeAtomically(output: string, data: Uint8Array): Promise<void> {
  const s = await statOrNull(output);
  if (s?.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  const dir = dirname(resolve(output));
  const tmp = join(dir, `.${basename(output)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const stop = removeOnSignal(tmp);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, resolve(output));
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  } finally {
    stop();
  }
}
