import type { RuleId } from '../rules/catalog.ts';
import { RULES } from '../rules/catalog.ts';
import type { Finding, Severity } from './finding.ts';

export interface FindingInput {
  rule: RuleId;
  message: string;
  severity?: Severity;
  clientId?: string | null;
  clientName?: string | null;
  month?: string | null;
  at?: { sheet: string; row: number; column?: string | null; header?: string | null } | null;
}

/** Build a finding with its rule's default severity and source. */
export function finding(i: FindingInput): Finding {
  const info = RULES[i.rule];
  return {
    rule: i.rule,
    severity: i.severity ?? info.severity,
    clientId: i.clientId ?? null,
    clientName: i.clientName ?? null,
    month: i.month ?? null,
    sheet: i.at?.sheet ?? null,
    row: i.at?.row ?? null,
    column: i.at?.column ?? null,
    header: i.at?.header ?? null,
    message: i.message,
    source: info.source,
  };
}
