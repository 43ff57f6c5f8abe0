import { type CellValue, cellText, isBlank, normalizeWidth } from '../codecs/index.ts';
import type { Client } from '../model/caseload.ts';
import { columnLetter } from '../model/column.ts';
import { type ColumnRef, hasSignature, matchRow, type TableLayout } from '../sheet/detect.ts';
import { scoreHeader } from '../sheet/match.ts';
import type { Tab } from '../sheet/tab.ts';
import { normalizeName } from './fields.ts';
import type { Resolver } from './resolve.ts';
import { RowView } from './row.ts';

/*
 * A client record tab (個人ケース記録, domain §10): one tab per client, a block of label/value pairs (氏名,
 * 受給者証番号, 就職日 … label left of its value or above it, several pairs on a row) and a dated table of that
 * client's contacts below. Its facts are roster facts; its rows are that client's log.
 */

/** One label/value pair of the block: where the value is, and the label as written. */
export interface BlockCell {
  field: string;
  label: string;
  value: CellValue;
  /** 1-based row and column of the value. */
  row: number;
  col: number;
}

export interface ClientRecord {
  tab: string;
  block: BlockCell[];
  /** The contact table below the block (role contacts, no client column: every row is this client's). */
  table: TableLayout;
}

const BLOCK_SCAN_ROWS = 25;
const TABLE_SCAN_ROWS = 40;
/** A label is short: a longer text is a note or a value. */
const MAX_LABEL = 12;

/** The roster field a cell's text names as a label, when it names one well (its words, not a key word alone). */
function labelField(v: CellValue): string | null {
  if (isBlank(v) || typeof v !== 'string') return null;
  const t = v.trim().replace(/[:：]$/, '');
  if (t.length === 0 || t.length > MAX_LABEL) return null;
  const best = scoreHeader('roster', t)[0];
  return best && best.how !== 'keyword' ? best.field : null;
}

/** A tab name as a client: 「山田 太郎」, 「001_山田」, 「山田様」 → its id (the number) and name. */
export function clientOfTabName(name: string): { id: string | null; name: string } {
  const t = normalizeWidth(name).trim();
  const m = /^(\d+)\s*[_\-－・.\s]\s*(.+)$/.exec(t);
  const rest = (m ? m[2]! : t).replace(/\s*(様|さん|殿)$/, '').trim();
  return { id: m ? m[1]! : null, name: rest };
}

/** The contact table of a record tab: the first row below `from` whose headers make a log without a client column. */
function contactTable(tab: Tab, from: number): TableLayout | null {
  for (let r = from; r < Math.min(tab.rows.length, TABLE_SCAN_ROWS); r++) {
    const { columns, ignored, score } = matchRow('contacts', tab.rows[r] ?? []);
    // the table has no client column: every row is the tab's client
    if (!hasSignature('contacts', { ...columns, name: { col: 0, letter: '', header: '' } })) continue;
    delete columns.clientId;
    delete columns.name;
    return {
      kind: 'table',
      tab: tab.name,
      role: 'contacts',
      headerRow: r + 1,
      columns,
      unknownHeaders: ignored.map((i) => i.header),
      ignored,
      alternatives: {},
      score,
    };
  }
  return null;
}

/**
 * Recognise a client record tab: at least two label/value pairs naming the client (氏名 or an id) and a fact, and
 * a dated table below them. Null when the tab is not one.
 */
export function detectClientRecord(tab: Tab): ClientRecord | null {
  const rows = tab.rows;
  const block: BlockCell[] = [];
  const seen = new Set<string>();
  let lastRow = -1;
  for (let r = 0; r < Math.min(rows.length, BLOCK_SCAN_ROWS); r++) {
    const row = rows[r] ?? [];
    // a row that is itself a table header (日付 | 方法 …) ends the block
    if (block.length && contactTable({ ...tab, rows: [row] }, 0)) break;
    for (let c = 0; c < row.length; c++) {
      const field = labelField(row[c] ?? null);
      if (!field || seen.has(field)) continue;
      // the value: the next cell to the right (past one blank, a merged label), else the cell below
      let at: { r: number; c: number } | null = null;
      for (const k of [c + 1, c + 2]) {
        const v = row[k] ?? null;
        if (isBlank(v)) continue;
        if (labelField(v) === null) at = { r, c: k };
        break;
      }
      if (!at) {
        const below = rows[r + 1]?.[c] ?? null;
        if (!isBlank(below) && labelField(below) === null) at = { r: r + 1, c };
      }
      if (!at) continue;
      seen.add(field);
      block.push({
        field,
        label: cellText(row[c]!).trim(),
        value: rows[at.r]![at.c]!,
        row: at.r + 1,
        col: at.c + 1,
      });
      lastRow = Math.max(lastRow, at.r);
    }
  }
  const who = block.some((b) => b.field === 'name' || b.field === 'id');
  if (!who || block.length < 2) return null;
  const table = contactTable(tab, lastRow + 1);
  if (!table) return null;
  table.recordBlock = block.map((b) => ({
    field: b.field,
    label: b.label,
    letter: columnLetter(b.col),
    row: b.row,
  }));
  return { tab: tab.name, block, table };
}

/** The block as one roster row: each field reads its own cell, and a finding names that cell. */
export class BlockRow extends RowView {
  private readonly cellOf: Map<string, BlockCell>;

  constructor(
    readonly record: ClientRecord,
    tabName: string,
  ) {
    const columns: Record<string, ColumnRef> = {};
    for (const b of record.block)
      columns[b.field] = { col: b.col, letter: columnLetter(b.col), header: b.label };
    const layout: TableLayout = {
      kind: 'table',
      tab: tabName,
      role: 'roster',
      headerRow: Math.min(...record.block.map((b) => b.row)),
      columns,
      unknownHeaders: [],
    };
    super(
      layout,
      record.block.map((b) => b.value),
      layout.headerRow,
    );
    this.cellOf = new Map(record.block.map((b) => [b.field, b]));
  }

  override get(field: string): CellValue {
    return this.cellOf.get(field)?.value ?? null;
  }

  override at(field?: string) {
    const b = field ? this.cellOf.get(field) : undefined;
    return {
      sheet: this.layout.tab,
      row: b?.row ?? this.row,
      column: b ? columnLetter(b.col) : null,
      header: b?.label ?? null,
    };
  }

  override cellName(field: string): string {
    const b = this.cellOf.get(field);
    return b
      ? `「${this.layout.tab}」${b.row}行目 ${columnLetter(b.col)}列「${b.label}」`
      : `「${this.layout.tab}」${this.row}行目`;
  }
}

/** Every row of a record tab's table is its client's. */
export const ownClient = (client: Client): Resolver => ({ resolve: () => client });

/** The roster client a record tab is about: by id, 受給者証番号, or a name no one else has (namesakes never merged). */
export function matchRecordClient(
  own: Client,
  roster: readonly Client[],
): { client: Client; by: 'id' | 'recipientNumber' | 'name' } | { client: null; namesakes: Client[] } {
  const byId = roster.find((c) => c.id === own.id);
  if (byId && own.id !== own.name) return { client: byId, by: 'id' };
  if (own.recipientNumber) {
    const byRn = roster.find((c) => c.recipientNumber === own.recipientNumber);
    if (byRn) return { client: byRn, by: 'recipientNumber' };
  }
  const named = roster.filter((c) => normalizeName(c.name) === normalizeName(own.name));
  if (named.length === 1) return { client: named[0]!, by: 'name' };
  return { client: null, namesakes: named };
}

/** Facts the rules use, compared between a record tab and the roster: a disagreement is one finding. */
export const COMPARED_FACTS = [
  'recipientNumber',
  'hireDate',
  'startDate',
  'endDate',
  'leftJobDate',
  'planCreated',
  'planReviewed',
  'disclosure',
] as const satisfies readonly (keyof Client)[];
