import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { PlainDate } from '../../shared/date/plain-date.ts';

/**
 * What `teichaku reports` wrote into an --out folder, so a later run can tell a report it wrote and nobody
 * touched (safe to bring up to date) from one staff have edited since (kept, never written over). Kept in
 * the folder as a small hidden JSON file, one entry per client and month ("YYYY-MM id"). `teichaku stats
 * --docx` keeps its annual documents in the same file under keys of their own ("annual YYYY report …"),
 * which the reports never read.
 */
export const MANIFEST = '.teichaku-reports.json';

export interface WrittenReport {
  /** The file's name in the folder (the latest version we wrote). */
  file: string;
  /** sha256 of the bytes we wrote: the file is untouched while its bytes still hash to this. */
  bytes: string;
  /** sha256 of what the document shows (every part but the zip's time stamps): the same report again? */
  content: string;
  /** The day the report was first written: its 作成日 on later runs when the sheet has none. */
  generatedOn: PlainDate;
}

export interface Manifest {
  schema: 'teichaku.reports-written/v1';
  reports: Record<string, WrittenReport>;
}

export const manifestKey = (month: string, clientId: string) => `${month} ${clientId}`;

export function readManifest(dir: string): Manifest {
  const empty: Manifest = { schema: 'teichaku.reports-written/v1', reports: {} };
  try {
    const m = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
    return m?.schema === empty.schema && m.reports && typeof m.reports === 'object' ? m : empty;
  } catch {
    return empty;
  }
}

export async function writeManifest(dir: string, m: Manifest): Promise<void> {
  await writeFile(join(dir, MANIFEST), `${JSON.stringify(m, null, 1)}\n`);
}

export const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** The hash of what a .docx shows: every part except docProps/core.xml (its created/modified stamps). */
export function docxContentHash(bytes: Uint8Array): string {
  const h = createHash('sha256');
  try {
    const parts = unzipSync(bytes);
    for (const name of Object.keys(parts).sort()) {
      if (name === 'docProps/core.xml') continue;
      h.update(name).update('\0').update(parts[name]!);
    }
  } catch {
    h.update(bytes);
  }
  return h.digest('hex');
}

export type FileAction =
  /** No file yet: write it. */
  | { kind: 'create'; file: string }
  /** Ours and untouched, and the sheet now says something else: brought up to date in place. */
  | { kind: 'update'; file: string }
  /** Ours, untouched, already what the sheet says: left as it is. */
  | { kind: 'same'; file: string }
  /** Edited since we wrote it (or not ours) and the sheet says the same as before: left as it is. */
  | { kind: 'kept'; file: string }
  /** Edited since we wrote it (or not ours) and the sheet says something new: kept, the new one beside it. */
  | { kind: 'version'; file: string; kept: string }
  /** --force: written over. */
  | { kind: 'overwrite'; file: string; edited: boolean };

/**
 * What to do with one report's file. `stem` is its name without `ext` (`.docx` unless the name asked for
 * ends otherwise); `entry` what we wrote last time; `content` the hash of the new document. A file we
 * cannot show to be ours and untouched is never written over without --force.
 */
export function decideFile(
  dir: string,
  stem: string,
  entry: WrittenReport | undefined,
  content: string,
  force: boolean,
  ext = '.docx',
): FileAction {
  const target = entry && existsSync(join(dir, entry.file)) ? entry.file : `${stem}${ext}`;
  const path = join(dir, target);
  if (!existsSync(path)) return { kind: 'create', file: target };
  const untouched =
    entry !== undefined && entry.file === target && sha256(readFileSync(path)) === entry.bytes;
  if (force) return { kind: 'overwrite', file: target, edited: !untouched };
  if (untouched)
    return entry.content === content ? { kind: 'same', file: target } : { kind: 'update', file: target };
  if (entry && entry.file === target && entry.content === content) return { kind: 'kept', file: target };
  let n = 2;
  while (existsSync(join(dir, `${stem}_${n}${ext}`))) n++;
  return { kind: 'version', file: `${stem}_${n}${ext}`, kept: target };
}

/** The action in one word, for the start of a report's line. */
export const ACTION_WORD: Record<FileAction['kind'], string> = {
  create: '作成',
  update: '更新',
  same: '変更なし',
  kept: '保持',
  version: '新しい版',
  overwrite: '上書き',
};

/** The action and its reason, in the words of the console list and the month's list file. */
export function actionLabel(a: FileAction): string {
  switch (a.kind) {
    case 'create':
      return '作成';
    case 'update':
      return '更新（前回書き出したまま手が加わっていないため、シートの内容で書き直しました）';
    case 'same':
      return '変更なし（前回と同じ内容のため、そのままにしました）';
    case 'kept':
      return '保持（書き出した後に手が加えられているため、書き直していません。シートの内容は前回と同じです）';
    case 'version':
      return `新しい版（「${a.kept}」は手が加えられているため残し、シートの新しい内容を別のファイルに書き出しました）`;
    case 'overwrite':
      return a.edited ? '上書き（--force。手が加えられていた内容は失われました）' : '上書き（--force）';
  }
}

/**
 * One document into its folder by the rule of decideFile: written (and recorded in the manifest, saved at
 * once so a run stopped half-way still knows what it wrote) unless it is the same or an edited one is kept.
 * `fail` turns a write error into the caller's message. Answers what was done.
 */
export async function placeFile(
  dir: string,
  stem: string,
  ext: string,
  bytes: Uint8Array,
  manifest: Manifest,
  key: string,
  o: { force: boolean; generatedOn: PlainDate },
  fail: (path: string, e: unknown) => Error,
): Promise<FileAction> {
  const content = docxContentHash(bytes);
  const action = decideFile(dir, stem, manifest.reports[key], content, o.force, ext);
  if (action.kind === 'same' || action.kind === 'kept') return action;
  const path = join(dir, action.file);
  try {
    await writeFile(path, bytes);
  } catch (e) {
    throw fail(path, e);
  }
  manifest.reports[key] = {
    file: action.file,
    bytes: sha256(bytes),
    content,
    generatedOn: manifest.reports[key]?.generatedOn ?? o.generatedOn,
  };
  await writeManifest(dir, manifest).catch((e) => {
    throw fail(join(dir, MANIFEST), e);
  });
  return action;
}
