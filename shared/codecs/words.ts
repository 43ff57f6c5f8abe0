import { wordKey } from './width.ts';

/** A vocabulary as data: for each kind, the words that mean it. Offices extend it by passing a copy. */
export type WordTable<K extends string> = Readonly<Record<K, readonly string[]>>;

type Index<K extends string> = {
  readonly byKey: ReadonlyMap<string, K>;
  /** keys longest first, for prefix scans */
  readonly keys: readonly string[];
};

const cache = new WeakMap<object, Index<string>>();

function indexOf<K extends string>(table: WordTable<K>): Index<K> {
  let index = cache.get(table) as Index<K> | undefined;
  if (!index) {
    const byKey = new Map<string, K>();
    for (const kind of Object.keys(table) as K[]) {
      for (const word of table[kind]) {
        const key = wordKey(word);
        if (key !== '' && !byKey.has(key)) byKey.set(key, kind);
      }
    }
    const keys = [...byKey.keys()].sort((a, b) => b.length - a.length);
    index = { byKey, keys };
    cache.set(table, index);
  }
  return index;
}

/** The kind a word means (compared by wordKey: width, spaces and Latin case do not matter). */
export function lookupWord<K extends string>(table: WordTable<K>, text: string): K | undefined {
  return indexOf(table).byKey.get(wordKey(text));
}

/** The longest word of the table that `key` (a wordKey) starts with at `from`. */
export function longestWordAt<K extends string>(
  table: WordTable<K>,
  key: string,
  from: number,
): { kind: K; length: number } | undefined {
  const index = indexOf(table);
  for (const k of index.keys) {
    if (key.startsWith(k, from)) return { kind: index.byKey.get(k)!, length: k.length };
  }
  return undefined;
}

/** Words that appear under two kinds of one table (the first kind wins); for tests of the data. */
export function conflictingWords<K extends string>(table: WordTable<K>): string[] {
  const seen = new Map<string, K>();
  const out: string[] = [];
  for (const kind of Object.keys(table) as K[]) {
    for (const word of table[kind]) {
      const key = wordKey(word);
      const first = seen.get(key);
      if (first !== undefined && first !== kind) out.push(word);
      else seen.set(key, kind);
    }
  }
  return out;
}
