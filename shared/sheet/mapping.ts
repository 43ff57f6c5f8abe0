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

/**
 * A month grid (domain §10): the row of its month headers, the fiscal year of 4月…3月 headers (its April's
 * year), the legend's marks (○ → 来所面談), and what its cells hold (contacts, or 支援レポート dates: monthly).
 * {"月別": {"role": "contacts", "grid": {"headerRow": 3, "fiscalYear": 2024, "legend": {"○": "来所面談"}}}}
 */
export const GridMappingSchema = z.strictObject({
  headerRow: z.number().int().positive().optional(),
  fiscalYear: z.number().int().min(1989).max(2100).optional(),
  legend: z.record(z.string().trim().min(1), z.string().trim().min(1)).optional(),
});

export const TabMappingSchema = z.object({
  role: z.enum(['office', 'roster', 'contacts', 'monthly', 'ignore']),
  headerRow: z.number().int().positive().optional(),
  /** A narrative log names its text column as content: {"D": "content"} (no method column needed). */
  columns: z.record(z.string(), z.enum(fieldNames)).optional(),
  grid: GridMappingSchema.optional(),
  /** The tab is one client's record (個人ケース記録): label/value block above a dated table. */
  record: z.literal(true).optional(),
});

/**
 * Words the office taught: whole cell texts of the contact log and what they mean, when the key
 * words (shared/codecs/key-words.ts) do not read them. {"words": {"method": {"ケース面談": "face"}}}
 */
export const METHOD_KINDS = ['face', 'video', 'phone', 'mail', 'other-remote', 'other'] as const;
export const PARTY_KINDS = ['client', 'employer', 'family', 'agency'] as const;
export const PLACE_KINDS = ['employer', 'office', 'other'] as const;

export const TaughtWordsSchema = z.strictObject({
  method: z.record(z.string().trim().min(1), z.enum(METHOD_KINDS)).optional(),
  party: z.record(z.string().trim().min(1), z.enum(PARTY_KINDS)).optional(),
  place: z.record(z.string().trim().min(1), z.enum(PLACE_KINDS)).optional(),
});
export type TaughtWordTables = z.infer<typeof TaughtWordsSchema>;

const WORD_FIELD_LABEL: Record<string, string> = { method: '方法', party: '相手', place: '場所' };
const WORD_KINDS: Record<string, readonly string[]> = {
  method: METHOD_KINDS,
  party: PARTY_KINDS,
  place: PLACE_KINDS,
};

export const MappingSchema = z.object({
  tabs: z.record(z.string(), TabMappingSchema).default({}),
  words: TaughtWordsSchema.optional(),
});
export type Mapping = z.infer<typeof MappingSchema>;
export type TabMapping = z.infer<typeof TabMappingSchema>;

/** Parse a mapping document; the error names what is wrong in Japanese. */
export function parseMapping(json: unknown): { ok: true; value: Mapping } | { ok: false; reason: string } {
  const r = MappingSchema.safeParse(json);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  if (issue?.path[0] === 'words') return { ok: false, reason: wordsError(issue) };
  const where = issue?.path.join('.') || '(全体)';
  return { ok: false, reason: `対応表（マッピング）の「${where}」が正しくありません` };
}

/** A Japanese message naming the bad entry of `words`, and what may be written there. */
function wordsError(issue: z.core.$ZodIssue): string {
  const [, field, word] = issue.path.map(String);
  if (field === undefined || issue.code === 'unrecognized_keys') {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => `「${k}」`).join('') : '';
    return `対応表（マッピング）の words に読めない項目があります${keys}。書けるのは method（方法）・party（相手）・place（場所）です`;
  }
  const label = WORD_FIELD_LABEL[field] ?? field;
  if (word === undefined)
    return `対応表（マッピング）の words.${field} は {"言葉": "意味"} の形で書いてください`;
  return `対応表（マッピング）の words.${field} の「${word}」の意味が正しくありません。${label}として書けるのは ${(WORD_KINDS[field] ?? []).join('・')} のどれかです`;
}
