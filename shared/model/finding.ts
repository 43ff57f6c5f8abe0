import * as z from 'zod';
import type { Unread } from './caseload.ts';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'エラー', warning: '警告', info: '情報' };

/** Where a finding points in the office's workbook: the tab, the sheet's own 1-based row, a column letter. */
export interface CellRef {
  sheet: string;
  row: number;
  column: string | null;
}

export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  month: z.string().nullable(),
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  /** The header of that column as the office wrote it. */
  header: z.string().nullable(),
  message: z.string(),
  /** Where the rule comes from (N1 … of docs/domain.md). */
  source: z.string().nullable(),
});
export type Finding = z.infer<typeof FindingSchema>;

/**
 * A finding that says a duty or a kind of check cannot be done at all (a tab or a column not found, a log with
 * no readable record): not about one cell. Output says these first (domain §10). With the caseload's `unread`,
 * also the one finding of a client whose own record tab could not be read ("said once for that client"): the
 * data.missing-required of that client that points where the reader said it (`unread.clients`).
 */
export function isNotCheckable(f: Finding, unread?: Unread): boolean {
  if (f.rule !== 'data.missing-required' || f.column !== null) return false;
  if (f.clientId === null) return f.clientName === null;
  if (f.month !== null) return false;
  const said = unread?.clients?.[f.clientId];
  return (
    !!said && Object.values(said).some((p) => typeof p === 'object' && p.sheet === f.sheet && p.row === f.row)
  );
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.clientId ?? '\uffff').localeCompare(b.clientId ?? '\uffff') ||
    (a.month ?? '').localeCompare(b.month ?? '') ||
    ORDER[a.severity] - ORDER[b.severity] ||
    a.rule.localeCompare(b.rule) ||
    (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
    (a.row ?? 0) - (b.row ?? 0)
  );
}

export function summarize(findings: readonly Finding[]) {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const f of findings) {
    bySeverity[f.severity] += 1;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return { total: findings.length, ...bySeverity, byRule };
}
