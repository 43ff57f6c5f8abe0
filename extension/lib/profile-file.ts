import * as z from 'zod';
import { ITEM_IDS, type ItemId } from './items.ts';
import { TRANSFORMS, type Transform } from './match.ts';
import type { Profile } from './profile.ts';

export const PROFILE_SCHEMA_ID = 'teichaku.portal-profiles/v1';

const ProfileFieldSchema = z.object({
  selector: z.string().min(1),
  item: z.enum(ITEM_IDS as [ItemId, ...ItemId[]]),
  part: z.enum(['whole', 'era', 'year', 'month', 'day']),
  transform: z.enum(Object.keys(TRANSFORMS) as [Transform, ...Transform[]]),
  /** The label the field had when taught (for people reading the file). */
  label: z.string().default(''),
});

/** A taught screen: fields of the frames whose URL has this origin and path. */
export const ProfileSchema = z.object({
  name: z.string().min(1),
  origin: z.string().regex(/^https?:\/\/[^/]+$/),
  path: z.string().startsWith('/'),
  fields: z.array(ProfileFieldSchema),
});

export const ProfilesFileSchema = z.object({
  schema: z.literal(PROFILE_SCHEMA_ID),
  profiles: z.array(ProfileSchema),
});

export function exportProfiles(profiles: Profile[]): string {
  return JSON.stringify({ schema: PROFILE_SCHEMA_ID, profiles }, null, 2);
}

export type ProfilesImport = { ok: true; profiles: Profile[] } | { ok: false; message: string };

/** Reads an exported profiles file, all or nothing, with a Japanese message when it is not one. */
export function importProfiles(text: string): ProfilesImport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'JSONとして読めません。書き出したプロファイルのファイルを選んでください。' };
  }
  const r = ProfilesFileSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    return {
      ok: false,
      message: `ポータルのプロファイルのファイルではないか、内容が正しくありません（${i ? i.path.join('.') || '全体' : '全体'}）。何も読み込んでいません。`,
    };
  }
  return { ok: true, profiles: r.data.profiles };
}

/** Imported profiles replace those of the same screen; others are kept. */
export function mergeProfiles(current: Profile[], incoming: Profile[]): Profile[] {
  const key = (p: Profile) => `${p.origin}${p.path}`;
  const keys = new Set(incoming.map(key));
  return [...current.filter((p) => !keys.has(key(p))), ...incoming];
}
