import type { ItemId } from './items.ts';
import type { Match, Part, Transform } from './match.ts';

/**
 * Portal profiles: what teach mode learned about one screen (origin + path): which field, by selector,
 * takes which data item, which part of it and how written. Pure helpers; the zod schema of the
 * export file is in profile-file.ts (kept out of the content script's bundle).
 */
export interface ProfileField {
  selector: string;
  item: ItemId;
  part: Part;
  transform: Transform;
  /** The label the field had when taught (for people reading the file). */
  label: string;
}

export interface Profile {
  name: string;
  origin: string;
  path: string;
  fields: ProfileField[];
}

/** The profile for a frame's URL: same origin and path (the screen), or null. */
export function profileFor(profiles: Profile[], url: string): Profile | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  return profiles.find((p) => p.origin === u.origin && p.path === u.pathname) ?? null;
}

/** Adds or replaces one field in the profile of a screen (creating the profile), returning new lists. */
export function teach(profiles: Profile[], url: string, field: ProfileField): Profile[] {
  const u = new URL(url);
  const existing = profileFor(profiles, url);
  const base: Profile = existing ?? {
    name: `${u.host}${u.pathname}`,
    origin: u.origin,
    path: u.pathname,
    fields: [],
  };
  const next: Profile = {
    ...base,
    fields: [...base.fields.filter((f) => f.selector !== field.selector), field],
  };
  return existing ? profiles.map((p) => (p === existing ? next : p)) : [...profiles, next];
}

export function profileMatch(f: ProfileField): Match {
  return { item: f.item, part: f.part, transform: f.transform, reason: `プロファイル（${f.selector}）` };
}
