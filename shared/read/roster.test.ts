import { describe, expect, it } from 'vitest';
import { type CellValue, dateCell } from '../codecs/index.ts';
import { columnLetter } from '../model/column.ts';
import type { Finding } from '../model/finding.ts';
import type { ColumnRef, TableLayout } from '../sheet/detect.ts';
import { readRoster } from './roster.ts';

const D = dateCell;

function layout(fields: string[]): TableLayout {
  const columns: Record<string, ColumnRef> = {};
  fields.forEach((f, i) => {
    columns[f] = { col: i + 1, letter: columnLetter(i + 1), header: f };
  });
  return { kind: 'table', tab: '利用者', role: 'roster', headerRow: 1, columns, unknownHeaders: [] };
}
const read = (fields: string[], rows: CellValue[][]) => readRoster(layout(fields), [fields, ...rows]);
const where = (fs: readonly Finding[]) => fs.map((f) => [f.rule, f.severity, f.row, f.column, f.clientId]);

const FULL = ['id', 'name', 'usageType', 'hireDate', 'baseDate', 'returnDate', 'sendingEndDate', 'startDate'];

describe('readRoster: the base date by usage type', () => {
  it.each<[CellValue, CellValue, CellValue, CellValue, CellValue, string | null]>([
    // usage type, hire, explicit base, return, sending end → base
    ['通常', D('2024-04-01'), null, null, null, '2024-04-01'],
    [null, D('2024-04-01'), null, null, null, '2024-04-01'],
    ['通常', D('2024-04-01'), D('2024-04-15'), null, null, '2024-04-15'],
    ['復職支援型', D('2015-04-01'), null, D('2024-05-10'), null, '2024-05-10'],
    ['労働時間延長支援型', D('2024-01-15'), null, null, D('2024-06-30'), '2024-07-01'],
    ['延長型', D('2024-01-15'), D('2024-07-02'), null, D('2024-06-30'), '2024-07-02'],
    ['延長型', D('2024-01-15'), null, null, null, null],
  ])('%s, hired %j, base %j, return %j, sending end %j → base %s', (type, hire, base, ret, sending, want) => {
    const r = read(FULL, [['U1', '青空', type, hire, base, ret, sending, D('2025-01-01')]]);
    expect(r.clients[0]!.baseDate).toBe(want);
  });

  it('a 復職支援型 client without a return day: one finding at the base column, the months still checked', () => {
    const r = read(FULL, [['U1', '青空', '復職支援型', D('2015-04-01'), null, null, null, D('2025-01-01')]]);
    expect(r.clients).toHaveLength(1);
    expect(r.clients[0]!.startDate).toBe('2025-01-01');
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 2, 'E', 'U1']]);
  });

  it('without a base column the finding for a 復職支援型 client is at the return column', () => {
    const fields = ['id', 'name', 'usageType', 'hireDate', 'returnDate', 'startDate'];
    const r = read(fields, [['U1', '青空', '復職支援型', D('2015-04-01'), null, D('2025-01-01')]]);
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 2, 'E', 'U1']]);
  });

  it('an ordinary client without a hire date: the finding is at the hire column', () => {
    const r = read(['id', 'name', 'hireDate', 'startDate'], [['U1', '青空', null, D('2025-01-01')]]);
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 2, 'C', 'U1']]);
  });

  it('a blank start date is a finding at the start cell', () => {
    const r = read(['id', 'name', 'hireDate', 'startDate'], [['U1', '青空', D('2024-04-01'), null]]);
    expect(r.clients[0]!.startDate).toBeNull();
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 2, 'D', 'U1']]);
  });

  it('an unreadable start date is one finding (invalid date), not also a blank one', () => {
    const r = read(['id', 'name', 'hireDate', 'startDate'], [['U1', '青空', D('2024-04-01'), '来月から']]);
    expect(where(r.findings)).toEqual([['data.invalid-date', 'error', 2, 'D', 'U1']]);
  });
});

describe('readRoster: missing columns and rows', () => {
  it('without a start column: one finding for the tab, at the header row, not one per row', () => {
    const r = read(
      ['id', 'name', 'hireDate'],
      [
        ['U1', '青空', D('2024-04-01')],
        ['U2', '山田', D('2024-04-01')],
      ],
    );
    expect(r.clients).toHaveLength(2);
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 1, null, null]]);
  });

  it('without a hire column but with a base column: no finding for the hire column', () => {
    const r = read(
      ['id', 'name', 'baseDate', 'startDate'],
      [['U1', '青空', D('2024-04-01'), D('2024-10-01')]],
    );
    expect(r.findings).toEqual([]);
    expect(r.clients[0]!.baseDate).toBe('2024-04-01');
  });

  it('without hire and base columns: one finding for the tab; rows are not each reported', () => {
    const r = read(['id', 'name', 'startDate'], [['U1', '青空', D('2024-10-01')]]);
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 1, null, null]]);
  });

  it('a tab with headers and no client rows is a finding', () => {
    const r = read(['id', 'name', 'hireDate', 'startDate'], [[], ['※記入例']]);
    expect(r.clients).toEqual([]);
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 1, null, null]]);
  });

  it('a row without an id in a tab with an id column is a finding and not read', () => {
    const r = read(
      ['id', 'name', 'hireDate', 'startDate'],
      [[null, '青空', D('2024-04-01'), D('2024-10-01')]],
    );
    expect(r.clients).toEqual([]);
    expect(where(r.findings)).toEqual([['data.missing-required', 'error', 2, 'A', null]]);
    expect(r.findings[0]!.clientName).toBe('青空');
  });
});

describe('readRoster: identities', () => {
  it('without an id column the name is the id; namesakes stay two clients, told apart by row', () => {
    const r = read(
      ['name', 'hireDate', 'startDate'],
      [
        ['青空 一郎', D('2024-04-01'), D('2024-10-01')],
        ['山田 花子', D('2024-04-01'), D('2024-10-01')],
        ['青空一郎', D('2024-04-01'), D('2024-10-01')],
      ],
    );
    const ids = r.clients.map((c) => c.id);
    expect(ids[1]).toBe('山田花子');
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toMatch(/^青空一郎.*2行目/);
    expect(ids[2]).toMatch(/^青空一郎.*4行目/);
    expect(r.findings).toEqual([]);
  });

  it('ids are folded (width, spaces); a repeated id is reported once and the first row kept', () => {
    const r = read(
      ['id', 'name', 'hireDate', 'startDate'],
      [
        ['Ｕ１', '青空', D('2024-04-01'), D('2024-10-01')],
        ['U1', '青空（重複）', D('2024-04-01'), D('2024-10-01')],
        [' U1', '青空（三度目）', D('2024-04-01'), D('2024-10-01')],
      ],
    );
    expect(r.clients.map((c) => [c.id, c.name, c.source.row])).toEqual([['U1', '青空', 2]]);
    expect(where(r.findings)).toEqual([['data.duplicate-client', 'error', 3, 'A', 'U1']]);
    expect(r.aliases.size).toBe(0);
  });

  it('the same 受給者証番号 under another id: reported at the number, and the new id is an alias of the first', () => {
    const fields = ['id', 'name', 'recipientNumber', 'hireDate', 'startDate'];
    const r = read(fields, [
      ['U1', '青空', '1234567890', D('2024-04-01'), D('2024-10-01')],
      ['U7', '青空', '1234567890', D('2024-04-01'), D('2024-10-01')],
    ]);
    expect(r.clients.map((c) => c.id)).toEqual(['U1']);
    expect(r.aliases.get('U7')?.id).toBe('U1');
    expect(where(r.findings)).toEqual([['data.duplicate-client', 'error', 3, 'C', 'U7']]);
  });

  it('bad 受給者証番号 and 市町村番号 are findings at their cells and left out', () => {
    const fields = ['id', 'name', 'recipientNumber', 'municipalityNumber', 'hireDate', 'startDate'];
    const r = read(fields, [
      ['U1', '青空', '12345', '13101X', D('2024-04-01'), D('2024-10-01')],
      ['U2', '山田', '0123456789', '131016', D('2024-04-01'), D('2024-10-01')],
    ]);
    expect(r.clients.map((c) => [c.recipientNumber, c.municipalityNumber])).toEqual([
      [null, null],
      ['0123456789', '131016'],
    ]);
    expect(where(r.findings)).toEqual([
      ['data.invalid-recipient-number', 'error', 2, 'C', 'U1'],
      ['data.invalid-recipient-number', 'error', 2, 'D', 'U1'],
    ]);
  });

  it('reads the other fields of the row', () => {
    const fields = [
      'id',
      'name',
      'hireDate',
      'startDate',
      'endDate',
      'leftJobDate',
      'needsContinued',
      'copayCap',
      'employer',
    ];
    const r = read(fields, [
      [
        'U1',
        '青空',
        D('2024-04-01'),
        D('2024-10-01'),
        D('2027-09-30'),
        D('2025-01-15'),
        '要',
        '9,300',
        '株式会社あおば',
      ],
    ]);
    expect(r.clients[0]).toMatchObject({
      endDate: '2027-09-30',
      leftJobDate: '2025-01-15',
      needsContinued: true,
      copayCap: 9300,
      employer: '株式会社あおば',
      source: { sheet: '利用者', row: 2 },
    });
  });
});
