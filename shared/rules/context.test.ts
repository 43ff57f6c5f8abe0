import { describe, expect, it } from 'vitest';
import type { YearMonth } from '../date/plain-date.ts';
import type { TableLayout } from '../sheet/detect.ts';
import { contactCell, missingMonthPlace, monthCell, type RuleContext, rosterCell } from './context.ts';
import { contextOf, type Scenario } from './test-kit.ts';

// The default client started on 2024-10-01; the monthly tab 「月次」 has its header on row 1 and 年月 in column B.
const AS_OF = '2025-01-31';

function monthOf(ctx: RuleContext, month: YearMonth) {
  const found = ctx.facts.months.find((m) => m.month === month);
  if (!found) throw new Error(`${month} is not an active month`);
  return found;
}

/** The place for a month with no row, in a caseload whose monthly rows are the given months (rows 2, 3 …). */
function placeFor(month: YearMonth, monthly: Scenario['monthly']) {
  const ctx = contextOf({ monthly, asOf: AS_OF });
  return missingMonthPlace(ctx, monthOf(ctx, month));
}

/** The same context with one layout of the caseload replaced. */
function withLayout(ctx: RuleContext, role: 'roster' | 'contacts' | 'monthly', change: Partial<TableLayout>) {
  const layouts = ctx.caseload.layouts;
  return {
    ...ctx,
    caseload: { ...ctx.caseload, layouts: { ...layouts, [role]: { ...layouts[role], ...change } } },
  };
}

describe('missingMonthPlace', () => {
  it('a month with no row goes below the nearest earlier month of the client, not below the last row', () => {
    const monthly = [{ month: '2024-10' }, { month: '2024-12' }];
    expect(placeFor('2024-11', monthly)).toEqual({
      cell: { sheet: '月次', row: 2, column: 'B', header: '年月' },
      where: '「月次」の2行目（令和6年10月）の下',
    });
    expect(placeFor('2025-01', monthly)?.where).toBe('「月次」の3行目（令和6年12月）の下');
  });

  it('with no earlier month it goes above the nearest later one', () => {
    expect(placeFor('2024-10', [{ month: '2024-11' }, { month: '2024-12' }])).toEqual({
      cell: { sheet: '月次', row: 2, column: 'B', header: '年月' },
      where: '「月次」の2行目（令和6年11月）の上',
    });
  });

  it('with no row of the client in the tab it goes under the header', () => {
    expect(placeFor('2024-11', [])).toEqual({
      cell: { sheet: '月次', row: 1, column: 'B', header: '年月' },
      where: '「月次」の1行目の見出しの下',
    });
  });

  it("only rows of the tab the row goes into are neighbours: a row in an old year's tab is not", () => {
    const monthly = [{ month: '2024-10', source: { sheet: '月次2024', row: 7 } }];
    expect(placeFor('2024-11', monthly)).toEqual({
      cell: { sheet: '月次', row: 1, column: 'B', header: '年月' },
      where: '「月次」の1行目の見出しの下',
    });
  });

  it('a monthly tab without a 年月 column: the row, with no column', () => {
    const ctx = withLayout(contextOf({ monthly: [{ month: '2024-10' }], asOf: AS_OF }), 'monthly', {
      columns: {},
    });
    expect(missingMonthPlace(ctx, monthOf(ctx, '2024-11'))?.cell).toEqual({
      sheet: '月次',
      row: 2,
      column: null,
      header: null,
    });
  });

  it('null when the workbook has no monthly tab at all', () => {
    const ctx = withLayout(contextOf({ asOf: AS_OF }), 'monthly', { tab: '' });
    expect(missingMonthPlace(ctx, monthOf(ctx, '2024-11'))).toBeNull();
  });
});

describe('the cell of a finding', () => {
  it("a month with its row: the row's cell, in the layout of the tab the row came from", () => {
    const ctx = contextOf({
      monthly: [{ month: '2024-10' }, { month: '2024-11', source: { sheet: '月次2024', row: 5 } }],
      asOf: AS_OF,
    });
    const other: TableLayout = {
      kind: 'table',
      tab: '月次2024',
      role: 'monthly',
      headerRow: 1,
      columns: { reportShownDate: { col: 7, letter: 'G', header: '提示日' } },
      unknownHeaders: [],
    };
    const split = { ...ctx, caseload: { ...ctx.caseload, tabLayouts: { 月次2024: other } } };
    expect(monthCell(split, monthOf(split, '2024-10'), 'reportShownDate')).toEqual({
      sheet: '月次',
      row: 2,
      column: 'C',
      header: '対象者提示日',
    });
    expect(monthCell(split, monthOf(split, '2024-11'), 'reportShownDate')).toEqual({
      sheet: '月次2024',
      row: 5,
      column: 'G',
      header: '提示日',
    });
    // a column that tab does not have: the row, with no column
    expect(monthCell(split, monthOf(split, '2024-11'), 'jobcoach')).toEqual({
      sheet: '月次2024',
      row: 5,
      column: null,
      header: null,
    });
  });

  it("a month without its row: the client's roster row, at the id", () => {
    const ctx = contextOf({ asOf: AS_OF });
    expect(monthCell(ctx, monthOf(ctx, '2024-10'), 'reportShownDate')).toEqual({
      sheet: '利用者',
      row: 2,
      column: 'A',
      header: '利用者ID',
    });
  });

  it('a contact: its row, at the column of the field, or no column when the log has none', () => {
    const ctx = contextOf({ contacts: [{ date: '2024-10-10' }, { date: '2024-10-11' }], asOf: AS_OF });
    const second = monthOf(ctx, '2024-10').clientContacts[1]!;
    expect(contactCell(ctx, second, 'method')).toEqual({
      sheet: '支援記録',
      row: 3,
      column: 'D',
      header: '方法',
    });
    expect(contactCell(ctx, second, 'staff')).toEqual({
      sheet: '支援記録',
      row: 3,
      column: null,
      header: null,
    });
  });

  it('a roster field: the client row, at its column, or no column when the roster has none', () => {
    const ctx = contextOf({ client: { source: { sheet: '利用者', row: 9 } }, asOf: AS_OF });
    expect(rosterCell(ctx, 'startDate')).toEqual({
      sheet: '利用者',
      row: 9,
      column: 'F',
      header: '支援開始日',
    });
    expect(rosterCell(ctx, 'kana')).toEqual({ sheet: '利用者', row: 9, column: null, header: null });
  });
});
