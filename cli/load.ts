import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ExcelJS from 'exceljs';
import { type CellValue, dateCell } from '../shared/codecs/index.ts';
import { fromEpochDay } from '../shared/date/plain-date.ts';
import type { Tab, Workbook } from '../shared/sheet/tab.ts';
import { parseCsv } from './csv.ts';

export class InputError extends Error {}

/**
 * exceljs gives a date cell as a Date at UTC midnight of the date the sheet shows. Take the UTC day,
 * allowing a few seconds of float error either side of midnight; never the process time zone.
 */
export function dateToPlain(d: Date): CellValue {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return null;
  return dateCell(fromEpochDay(Math.floor((ms + 5_000) / 86_400_000)));
}

/** One exceljs cell value as a plain cell: formulas give their result, rich text its text. */
export function toCell(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return dateToPlain(v);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v)
      return toCell((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return String(v.error);
  }
  return String(v);
}

/**
 * A full garbage collection, when this Node allows one. The streaming reader leaves its parsed XML behind
 * faster than V8 collects it on its own; collecting every so many rows keeps the peak memory of a large
 * caseload (1,000 clients, ~90,000 rows) under 300 MB without capping the heap.
 */
const collect: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return () => {};
  }
})();
const ROWS_PER_COLLECT = 5_000;

/**
 * Read an .xlsx with exceljs's streaming reader: one pass, row by row, so a large caseload does not hold
 * the whole object model in memory (about a fifth of the memory of a full load).
 */
export async function readXlsx(path: string): Promise<Workbook> {
  const tabs: Tab[] = [];
  let seen = 0;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    for await (const ws of reader) {
      const rows: CellValue[][] = [];
      for await (const row of ws) {
        const cells: CellValue[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          cells[col - 1] = toCell(cell.value);
        });
        for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
        rows[row.number - 1] = cells;
        if (++seen % ROWS_PER_COLLECT === 0) collect();
      }
      for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
      const sheet = ws as unknown as { name: string; state?: string };
      tabs.push({ name: sheet.name, rows, hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden' });
    }
  } catch {
    throw new InputError(`「${path}」を Excel ファイル（.xlsx）として読めません`);
  }
  return { title: basename(path), tabs };
}

/** The whole workbook object model, for writing an annotated copy. */
export async function loadExcel(path: string): Promise<ExcelJS.Workbook> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(path);
  return excel;
}

/**
 * A folder of CSV files, one per tab, as Google Sheets downloads them ("ブック名 - タブ名.csv"):
 * UTF-8 with or without BOM. Every cell arrives as text.
 */
export async function readCsvFolder(dir: string): Promise<Workbook> {
  const files = (await readdir(dir)).filter((f) => extname(f).toLowerCase() === '.csv').sort();
  if (files.length === 0) throw new InputError(`フォルダ「${dir}」に CSV ファイルがありません`);
  const tabs: Tab[] = [];
  for (const f of files) {
    const buf = await readFile(join(dir, f));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    } catch {
      throw new InputError(
        `「${join(dir, f)}」が UTF-8 ではありません（Google スプレッドシートの「CSV形式でダウンロード」で保存してください）`,
      );
    }
    const name = basename(f, extname(f)).replace(/^.* - /, '');
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new InputError(`「${join(dir, f)}」の${parsed.row}行目: ${parsed.reason}`);
    tabs.push({ name, rows: parsed.rows.map((r) => r.map((c) => (c === '' ? null : c))) });
  }
  return { title: basename(dir), tabs };
}

export async function loadWorkbook(path: string): Promise<{ workbook: Workbook; isXlsx: boolean }> {
  let s: Awaited<ReturnType<typeof stat>>;
  try {
    s = await stat(path);
  } catch {
    throw new InputError(`「${path}」が見つかりません`);
  }
  if (s.isDirectory()) return { workbook: await readCsvFolder(path), isXlsx: false };
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') {
    throw new InputError(
      `「${path}」は CSV ファイル1つです。タブごとの CSV を1つのフォルダに入れ、そのフォルダを指定してください`,
    );
  }
  if (ext !== '.xlsx') throw new InputError(`「${path}」は .xlsx ファイルでも CSV のフォルダでもありません`);
  return { workbook: await readXlsx(path), isXlsx: true };
}
