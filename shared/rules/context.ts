import { formatEraDate, formatEraMonth } from '../codecs/index.ts';
import type { PlainDate, YearMonth } from '../date/plain-date.ts';
import type { ClientFacts, ClientMonth } from '../evaluate/facts.ts';
import type { Caseload, Client, Contact } from '../model/caseload.ts';
import type { Finding } from '../model/finding.ts';
import { type FindingInput, finding } from '../model/make-finding.ts';

export interface RuleContext {
  facts: ClientFacts;
  asOf: PlainDate;
  caseload: Pick<Caseload, 'office' | 'layouts' | 'tabLayouts'>;
}

/** A rule looks at one client's facts and returns its findings. */
export type Rule = (ctx: RuleContext) => Finding[];

/** The roster cell of a client's field. */
export function rosterCell(ctx: RuleContext, field: string) {
  const c = ctx.facts.client;
  // a client found in their own record tab: the block's cell of that field
  const block = ctx.caseload.tabLayouts?.[c.source.sheet]?.recordBlock;
  if (block) {
    const b = block.find((x) => x.field === field);
    return {
      sheet: c.source.sheet,
      row: b?.row ?? c.source.row,
      column: b?.letter ?? null,
      header: b?.label ?? null,
    };
  }
  const col = ctx.caseload.layouts.roster.columns[field];
  return {
    sheet: c.source.sheet,
    row: c.source.row,
    column: col?.letter ?? null,
    header: col?.header ?? null,
  };
}

/** The cell a monthly finding points at: the month's record if the sheet has one, else the client's roster row. */
export function monthCell(ctx: RuleContext, m: ClientMonth, field: string) {
  // a month grid: the month's own cell in the client's row (contacts in the contacts grid, reports in theirs)
  const grid = field === 'month' ? gridCell(ctx, m.month, 'contacts') : null;
  if (grid) return grid;
  if (m.record?.cell && field !== 'month')
    return { sheet: m.record.source.sheet, row: m.record.source.row, ...m.record.cell };
  if (m.record) {
    const col = (ctx.caseload.tabLayouts?.[m.record.source.sheet] ?? ctx.caseload.layouts.monthly).columns[
      field
    ];
    return {
      sheet: m.record.source.sheet,
      row: m.record.source.row,
      column: col?.letter ?? null,
      header: col?.header ?? null,
    };
  }
  return clientCell(ctx);
}

/**
 * The client's own cell, for a finding that has no cell of its own (a month with no row in any log): the id cell
 * of the roster (or of the client record tab), else the name cell, so the add-on paints it and --write notes it.
 */
export function clientCell(ctx: RuleContext) {
  const id = rosterCell(ctx, 'id');
  if (id.column) return id;
  const name = rosterCell(ctx, 'name');
  return name.column ? name : id;
}

/** The cell of a month in the client's row of a month grid of that role, if the workbook has one. */
export function gridCell(ctx: RuleContext, month: YearMonth, role: 'contacts' | 'monthly') {
  for (const l of Object.values(ctx.caseload.tabLayouts ?? {})) {
    if (!l.grid || l.role !== role) continue;
    const row = l.grid.clientRows[ctx.facts.client.id];
    const col = l.grid.months.find((x) => x.month === month);
    if (row && col) return { sheet: l.tab, row, column: col.letter, header: col.header };
  }
  return null;
}

/**
 * Where a month that has no row in the monthly tab should get one: beside the client's nearest row of
 * another month in that tab (below an earlier month, else above a later one), or under the tab's header
 * when the client has no row there at all. Null when the workbook has no monthly tab (then the roster row).
 */
export function missingMonthPlace(
  ctx: RuleContext,
  month: ClientMonth,
): { cell: ReturnType<typeof rosterCell>; where: string; grid?: true } | null {
  const layout = ctx.caseload.layouts.monthly;
  if (!layout.tab) return null;
  const grid = gridCell(ctx, month.month, 'monthly');
  if (grid)
    return {
      cell: grid,
      where: `「${grid.sheet}」の${grid.row}行目 ${grid.column}列「${grid.header}」`,
      grid: true as const,
    };
  const monthCol = layout.columns.month;
  const records = ctx.facts.months
    .map((x) => x.record)
    .filter((r): r is NonNullable<typeof r> => r !== null && r.source.sheet === layout.tab);
  // Stryker disable next-line EqualityOperator: equivalent, called only for a month with no row, so no row is of that month
  const before = records.filter((r) => r.month < month.month).at(-1);
  // no earlier row: every row of the client in the tab is later (rows are in month order), the first the nearest
  const near = before ?? records[0];
  const cell = (row: number) => ({
    sheet: layout.tab,
    row,
    column: monthCol?.letter ?? null,
    header: monthCol?.header ?? null,
  });
  if (near)
    return {
      cell: cell(near.source.row),
      where: `「${layout.tab}」の${near.source.row}行目（${formatEraMonth(near.month)}）の${before ? '下' : '上'}`,
    };
  return { cell: cell(layout.headerRow), where: `「${layout.tab}」の${layout.headerRow}行目の見出しの下` };
}

export function contactCell(ctx: RuleContext, c: Contact, field: string) {
  if (c.cell) return { sheet: c.source.sheet, row: c.source.row, ...c.cell };
  const col = (ctx.caseload.tabLayouts?.[c.source.sheet] ?? ctx.caseload.layouts.contacts).columns[field];
  return {
    sheet: c.source.sheet,
    row: c.source.row,
    column: col?.letter ?? null,
    header: col?.header ?? null,
  };
}

/** A finding about this client, with its id and name filled in. */
export function clientFinding(client: Client, i: Omit<FindingInput, 'clientId' | 'clientName'>): Finding {
  return finding({ ...i, clientId: client.id, clientName: client.name });
}

/** A month for a message: 令和6年9月. */
export const m = (ym: YearMonth) => formatEraMonth(ym);
/** A date for a message: 令和6年9月1日. */
export const d = (date: PlainDate) => formatEraDate(date);

/** Missing duties of a month still in progress are reminders, not errors. */
export function monthSeverity(month: ClientMonth, severity: Finding['severity']): Finding['severity'] {
  return month.inProgress ? 'info' : severity;
}
