import { type CellValue, cellText, fail, isBlank, ok, type Parsed } from './cell.ts';
import { lookupWord, type WordTable } from './words.ts';

/** Yes/no words (domain §10). Latin words match in any case and width. */
export const YES_NO_WORDS: WordTable<'yes' | 'no'> = {
  yes: ['はい', '有', '有り', 'あり', '要', '○', '〇', '◯', '✓', '✔', '☑', 'TRUE', '1', 'Y', 'yes'],
  no: ['いいえ', '無', '無し', 'なし', '不要', '×', '✕', '✖', '☐', 'FALSE', '0', 'N', 'no'],
};

const UNREADABLE = 'はい・いいえのどちらとも読めません';

/**
 * A yes/no cell: a boolean, 1/0, or a word of YES_NO_WORDS. Blank means no. Anything else is
 * not read (ok:false) rather than guessed.
 */
export function parseYesNo(v: CellValue, words: WordTable<'yes' | 'no'> = YES_NO_WORDS): Parsed<boolean> {
  if (isBlank(v)) return ok(false);
  if (typeof v === 'boolean') return ok(v);
  const text = cellText(v);
  const kind = lookupWord(words, text);
  if (kind === undefined) return fail(text === '' ? UNREADABLE : `「${text}」は、${UNREADABLE}`);
  return ok(kind === 'yes');
}
