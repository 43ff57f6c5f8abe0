import { randomBytes } from 'node:crypto';
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
 * Write through a temporary file in the same folder, renamed into place: a failed write leaves the old
 * file (if any) as it was and no half-written file behind.
 */
export async function writeAtomically(output: string, data: Uint8Array): Promise<void> {
  const s = await statOrNull(output);
  if (s?.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  const dir = dirname(resolve(output));
  const tmp = join(dir, `.${basename(output)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, resolve(output));
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}
