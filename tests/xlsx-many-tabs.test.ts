import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../cli/load.ts';

/*
 * exceljs's streaming reader fails on a valid workbook whose xl/workbook.xml comes after the sheets in the
 * zip (exceljs itself writes such files from six tabs on). The CLI reads such a file whole instead of calling
 * it unreadable (samples/variant-office-c.xlsx has seven tabs).
 */
const dir = mkdtempSync(join(tmpdir(), 'teichaku-tabs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readXlsx on a workbook of many tabs', () => {
  it('reads every tab, its rows and its hidden state', async () => {
    const wb = new ExcelJS.Workbook();
    for (let i = 1; i <= 7; i++) {
      const ws = wb.addWorksheet(`タブ${i}`);
      ws.addRow(['見出し', i]);
      ws.addRow([]);
      ws.addRow(['三行目', new Date(Date.UTC(2024, 3, i))]);
      if (i === 3) ws.state = 'hidden';
    }
    const path = join(dir, 'seven.xlsx');
    await wb.xlsx.writeFile(path);
    const read = await readXlsx(path);
    expect(read.tabs.map((t) => t.name)).toEqual([
      'タブ1',
      'タブ2',
      'タブ3',
      'タブ4',
      'タブ5',
      'タブ6',
      'タブ7',
    ]);
    expect(read.tabs.map((t) => !!t.hidden)).toEqual([false, false, true, false, false, false, false]);
    expect(read.tabs[4]!.rows).toEqual([
      ['見出し', 5],
      [],
      ['三行目', { type: 'date', value: '2024-04-05' }],
    ]);
  });
});
