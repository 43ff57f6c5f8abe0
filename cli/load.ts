import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
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
    if ('formula' in v || 'sharedFormula' in v) return toCell((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return String(v.error);
  }
  return String(v);
}

export function tabFromWorksheet(ws: ExcelJS.Worksheet): Tab {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = toCell(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[n - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return { name: ws.name, rows };
}

export async function readXlsx(path: string): Promise<{ workbook: Workbook; excel: ExcelJS.Workbook }> {
  const excel = new ExcelJS.Workbook();
  try {
    await excel.xlsx.readFile(path);
  } catch {
    throw new InputError(`「${path}」を Excel ファイル（.xlsx）として読めません`);
  }
  return { workbook: { title: basename(path), tabs: excel.worksheets.map(tabFromWorksheet) }, excel };
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
      throw new InputError(`「${join(dir, f)}」が UTF-8 ではありません（Google スプレッドシートの「CSV形式でダウンロード」で保存してください）`);
    }
    const name = basename(f, extname(f)).replace(/^.* - /, '');
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new InputError(`「${join(dir, f)}」の${parsed.row}行目: ${parsed.reason}`);
    tabs.push({ name, rows: parsed.rows.map((r) => r.map((c) => (c === '' ? null : c))) });
  }
  return { title: basename(dir), tabs };
}

export async function loadWorkbook(path: string): Promise<{ workbook: Workbook; excel: ExcelJS.Workbook | null }> {
  let s: Awaited<ReturnType<typeof stat>>;
  try {
    s = await stat(path);
  } catch {
    throw new InputError(`「${path}」が見つかりません`);
  }
  if (s.isDirectory()) return { workbook: await readCsvFolder(path), excel: null };
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') {
    throw new InputError(`「${path}」は CSV ファイル1つです。タブごとの CSV を1つのフォルダに入れ、そのフォルダを指定してください`);
  }
  if (ext !== '.xlsx') throw new InputError(`「${path}」は .xlsx ファイルでも CSV のフォルダでもありません`);
  return readXlsx(path);
}
