import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import CFB from 'cfb';
import type ExcelJS from 'exceljs';
import type { Tab, Workbook } from '../shared/sheet/tab.ts';
import { decodeCsv, parseCsv } from './csv.ts';
import { PackageError } from './ooxml/package.ts';
import { damageReason, readXlsxBytes } from './xlsx-read.ts';

/** Where an input error is, as far as it is known: the file, the tab, the sheet's own row and column letter. */
export interface ErrorWhere {
  file?: string | null;
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
}

/** Input that cannot be read: exit 2 with a Japanese line saying where, what and what to do. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly where: ErrorWhere = {},
  ) {
    super(message);
  }
}

/** An input error as the JSON object `--json` prints on stdout. */
export function errorJson(message: string, where: ErrorWhere) {
  return {
    error: {
      message,
      file: where.file ?? null,
      sheet: where.sheet ?? null,
      row: where.row ?? null,
      column: where.column ?? null,
    },
  };
}

/** exceljs is loaded only to write a CSV folder's --write copy: nothing else starts it. */
export async function excelModule(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

/**
 * Read an .xlsx: its cells straight from the XML parts (cli/xlsx-read.ts, the only reader). A package it
 * cannot read is damaged or is no workbook: one Japanese line saying which, exit 2.
 */
export async function readXlsx(path: string): Promise<Workbook> {
  const data = await readFile(path);
  try {
    return { title: basename(path), tabs: readXlsxBytes(data) };
  } catch (e) {
    if (e instanceof PackageError) throw unreadableXlsx(path, e);
    throw e;
  }
}

function unreadableXlsx(path: string, e: PackageError) {
  const what =
    e.kind === 'not-a-workbook'
      ? '正しい Excel のブック（.xlsx）を指定してください'
      : `Excel で開けるか確かめ、開けたら「名前を付けて保存」で .xlsx として保存し直してください`;
  return new InputError(
    `「${path}」を Excel ファイル（.xlsx）として読めません。${damageReason(e)}。${what}`,
    {
      file: path,
      sheet: e.tab ?? null,
    },
  );
}

/**
 * A folder of CSV files, one per tab, as Google Sheets downloads them ("ブック名 - タブ名.csv"), or
 * as Excel saves them (Shift_JIS, UTF-8 with a BOM, UTF-16): the encoding is detected per file.
 * Every cell arrives as text.
 */
export async function readCsvFolder(dir: string): Promise<Workbook> {
  const all = await readdir(dir);
  const files = all.filter((f) => extname(f).toLowerCase() === '.csv').sort();
  const books = all.filter((f) => /\.xls[xm]$/i.test(f) && !f.startsWith('~$')).sort();
  if (files.length === 0 && books.length) return readWorkbookFolder(dir, books);
  if (files.length === 0)
    throw new InputError(
      `フォルダ「${dir}」に CSV ファイルがありません。タブごとに CSV で書き出したファイルをこのフォルダに入れてください`,
      { file: dir },
    );
  const tabs: Tab[] = [];
  for (const f of files) {
    const buf = await readFile(join(dir, f));
    const decoded = decodeCsv(buf);
    if (!decoded.ok) throw new InputError(`「${join(dir, f)}」: ${decoded.reason}`, { file: join(dir, f) });
    const name = basename(f, extname(f)).replace(/^.* - /, '');
    const parsed = parseCsv(decoded.text);
    if (!parsed.ok)
      throw new InputError(`「${join(dir, f)}」の${parsed.row}行目: ${parsed.reason}`, {
        file: join(dir, f),
        sheet: name,
        row: parsed.row,
      });
    tabs.push({ name, rows: parsed.rows.map((r) => r.map((c) => (c === '' ? null : c))) });
  }
  return { title: basename(dir), tabs };
}

/** What a file is by its first bytes: a zip (.xlsx, .xlsm), an OLE compound file (.xls, encrypted), or else. */
async function magicOf(path: string): Promise<'zip' | 'cfb' | 'other'> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(8);
    await fh.read(head, 0, 8, 0);
    if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'zip';
    if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'cfb';
    return 'other';
  } finally {
    await fh.close();
  }
}

const SAVE_AS_XLSX =
  'Excel で開き、「ファイル」→「名前を付けて保存」で、ファイルの種類に「Excel ブック (*.xlsx)」を選んで保存し直してから、そのファイルを指定してください';

/**
 * An OLE compound file is either an old binary workbook (.xls, Excel 97-2003) or an .xlsx/.xlsm
 * encrypted with a password (its EncryptionInfo and EncryptedPackage streams). Neither can be read:
 * say which it is and how to save a readable copy.
 */
export function compoundFileError(path: string, bytes: Uint8Array): InputError {
  let names: string[] = [];
  try {
    names = CFB.read(bytes, { type: 'buffer' }).FullPaths.map(
      (p) => p.replace(/\/$/, '').split('/').pop() ?? '',
    );
  } catch {
    // not a readable container: treat as an old workbook
  }
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage'))
    return new InputError(
      `「${path}」はパスワードで保護（暗号化）された Excel ファイルなので読めません。Excel でパスワードを入れて開き、` +
        '「ファイル」→「情報」→「ブックの保護」→「パスワードを使用して暗号化」でパスワードを消すか、' +
        '「名前を付けて保存」→「Excel ブック (*.xlsx)」でパスワードのないコピーを保存して、そのファイルを指定してください',
    );
  return new InputError(
    `「${path}」は古い形式の Excel ファイル（.xls、Excel 97-2003 ブック）なので読めません。${SAVE_AS_XLSX}`,
  );
}

/**
 * A folder of workbooks, as offices that keep one workbook per client have it (001_山田.xlsx …, beside an
 * optional roster workbook): every tab of every file, read as one workbook. A file's only tab is named after
 * the file (its client); a file of several tabs names each 「file・tab」.
 */
async function readWorkbookFolder(dir: string, books: readonly string[]): Promise<Workbook> {
  const tabs: Tab[] = [];
  for (const f of books) {
    const wb = await readXlsx(join(dir, f));
    const base = basename(f, extname(f));
    for (const t of wb.tabs) tabs.push({ ...t, name: wb.tabs.length === 1 ? base : `${base}・${t.name}` });
  }
  return { title: basename(dir), tabs };
}

export async function loadWorkbook(path: string): Promise<{ workbook: Workbook; isXlsx: boolean }> {
  let s: Awaited<ReturnType<typeof stat>>;
  try {
    s = await stat(path);
  } catch {
    throw new InputError(`「${path}」が見つかりません。ファイル名とフォルダを確かめてください`, {
      file: path,
    });
  }
  if (s.isDirectory()) return { workbook: await readCsvFolder(path), isXlsx: false };
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') {
    throw new InputError(
      `「${path}」は CSV ファイル1つです。タブごとの CSV を1つのフォルダに入れ、そのフォルダを指定してください`,
    );
  }
  if (!['.xlsx', '.xlsm', '.xls'].includes(ext))
    throw new InputError(
      `「${path}」は Excel ファイル（.xlsx・.xlsm）でも CSV のフォルダでもありません。Excel のブックか、タブごとの CSV を入れたフォルダを指定してください`,
      { file: path },
    );
  // by content, not by name: an encrypted workbook keeps its .xlsx name, and a .xls may be a renamed .xlsx
  const magic = await magicOf(path);
  if (magic === 'cfb') throw compoundFileError(path, await readFile(path));
  if (magic !== 'zip')
    throw new InputError(
      `「${path}」を Excel ファイル（.xlsx）として読めません。名前は .xlsx でも中身が Excel のブックではありません。${SAVE_AS_XLSX}`,
      { file: path },
    );
  return { workbook: await readXlsx(path), isXlsx: true };
}
