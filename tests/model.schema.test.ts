import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../cli/load.ts';
import { checkWorkbook } from '../shared/check.ts';
import { ClientSchema, ContactSchema, MonthlyRecordSchema, OfficeSchema } from '../shared/model/caseload.ts';
import { FindingSchema } from '../shared/model/finding.ts';

describe('what the reader builds is the domain model the zod schemas describe', () => {
  for (const path of [
    'samples/caseload-sample.xlsx',
    'samples/variant-title-era.xlsx',
    'samples/variant-csv',
  ]) {
    it(path, async () => {
      const { workbook } = await loadWorkbook(path);
      const out = checkWorkbook(workbook, { asOf: '2025-03-31' });
      if (!out.ok) throw new Error(out.error);
      const { caseload, result } = out;
      expect(OfficeSchema.safeParse(caseload.office).success).toBe(true);
      for (const c of caseload.clients) expect(ClientSchema.parse(c)).toEqual(c);
      for (const c of caseload.contacts) expect(ContactSchema.safeParse(c).error).toBeUndefined();
      for (const m of caseload.monthly) expect(MonthlyRecordSchema.safeParse(m).error).toBeUndefined();
      for (const f of result.findings) expect(FindingSchema.safeParse(f).error).toBeUndefined();
    });
  }
});
