import * as z from 'zod';
import { CONTACT_FIELDS, MONTHLY_FIELDS, ROSTER_FIELDS } from './fields.ts';

/**
 * An explicit mapping: which tab plays which role, where its header row is, and which column
 * holds which field. It overrides the guess for the tabs it names.
 *
 * {
 *   "tabs": {
 *     "利用者一覧": { "role": "roster", "headerRow": 3, "columns": { "利用者コード": "id", "C": "name" } },
 *     "メモ": { "role": "ignore" }
 *   }
 * }
 * A column is named by its header text or by its letter.
 */
const fieldNames = [
  ...new Set([...Object.keys(ROSTER_FIELDS), ...Object.keys(CONTACT_FIELDS), ...Object.keys(MONTHLY_FIELDS)]),
] as [string, ...string[]];

export const TabMappingSchema = z.object({
  role: z.enum(['office', 'roster', 'contacts', 'monthly', 'ignore']),
  headerRow: z.number().int().positive().optional(),
  columns: z.record(z.string(), z.enum(fieldNames)).optional(),
});

export const MappingSchema = z.object({
  tabs: z.record(z.string(), TabMappingSchema),
});
export type Mapping = z.infer<typeof MappingSchema>;
export type TabMapping = z.infer<typeof TabMappingSchema>;

/** Parse a mapping document; the error names what is wrong in Japanese. */
export function parseMapping(json: unknown): { ok: true; value: Mapping } | { ok: false; reason: string } {
  const r = MappingSchema.safeParse(json);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  const where = issue?.path.join('.') || '(全体)';
  return { ok: false, reason: `対応表（マッピング）の「${where}」が正しくありません` };
}
