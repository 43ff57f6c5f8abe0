import { type CellValue, cellText, fail, isBlank, ok, type Parsed } from './cell.ts';
import { normalizeWidth } from './width.ts';
import { longestWordAt, lookupWord, type WordTable } from './words.ts';

/** Disability cards (障害者手帳), domain §10. */
export type CardKind = 'physical' | 'intellectual' | 'mental';

export interface DisabilityCard {
  readonly kind: CardKind;
  /** normalised: '4級', '4度', 'A', 'B1'; null when the cell gives no grade */
  readonly grade: string | null;
  /** the card's name as written (width-normalised): 愛の手帳, 身体, 精神障害者保健福祉手帳 … */
  readonly word: string;
}

export const CARD_KIND_LABELS: Readonly<Record<CardKind, string>> = {
  physical: '身体障害者手帳',
  intellectual: '療育手帳',
  mental: '精神障害者保健福祉手帳',
};

/** Card names, including the local names of 療育手帳 (愛の手帳 Tokyo, みどりの手帳 Saitama, 愛護手帳 Aomori/Nagoya). */
export const CARD_WORDS: WordTable<CardKind> = {
  physical: ['身体障害者手帳', '身体障害者', '身体手帳', '身障手帳', '身障', '身体'],
  intellectual: ['療育手帳', '療育', '愛の手帳', 'みどりの手帳', '愛護手帳'],
  mental: ['精神障害者保健福祉手帳', '精神保健福祉手帳', '精神障害者手帳', '精神手帳', '精神'],
};

/** The grades each card has, as normalised. */
export const CARD_GRADES: Readonly<Record<CardKind, readonly string[]>> = {
  physical: ['1級', '2級', '3級', '4級', '5級', '6級', '7級'],
  intellectual: ['A', 'A1', 'A2', 'B', 'B1', 'B2', '1度', '2度', '3度', '4度'],
  mental: ['1級', '2級', '3級'],
};

/** A cell that says there is no card. */
export const NO_CARD_WORDS: WordTable<'none'> = { none: ['なし', '無', '無し', '-', 'ー', '非該当'] };

/** Between and around cards: separators, spaces and brackets. */
const FILLER = /[\s・･·、,/&+;()]/g;

function readGrade(kind: CardKind, tail: string, grades: readonly string[]): Parsed<string | null> {
  let g = tail.replace(FILLER, '').replace(/^手帳/, '').toUpperCase();
  if (g === '') return ok(null);
  if (kind === 'physical') g = g.replace(/^第?[12]種/, ''); // 1種/2種 is a separate attribute
  if (/^\d$/.test(g)) g += kind === 'intellectual' ? '度' : '級';
  if (grades.includes(g)) return ok(g);
  const shown = tail.replace(/^[\s・･·、,/&+;]+|[\s・･·、,/&+;]+$/g, '');
  return fail(`${CARD_KIND_LABELS[kind]}の等級「${shown}」が読めません（${grades.join('・')}）`);
}

/**
 * The disability cards in one cell: '愛の手帳4度・身体4級', '精神 3級', '療育 B1', '身体4級、精神2級',
 * '身体障害者手帳1種2級'. Grades are normalised ('４' after 身体 is '4級'; 'b1' is 'B1'). A blank cell,
 * or なし/無, is no card (ok, []). Unknown text or an impossible grade fails.
 */
export function parseCards(
  v: CellValue,
  words: WordTable<CardKind> = CARD_WORDS,
  grades: Readonly<Record<CardKind, readonly string[]>> = CARD_GRADES,
): Parsed<DisabilityCard[]> {
  if (isBlank(v)) return ok([]);
  const text = normalizeWidth(cellText(v)).trim();
  if (lookupWord(NO_CARD_WORDS, text) !== undefined) return ok([]);
  const key = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const found: { kind: CardKind; word: string; tail: string }[] = [];
  let lead = '';
  for (let i = 0; i < text.length; ) {
    const hit = longestWordAt(words, key, i);
    if (hit) {
      found.push({ kind: hit.kind, word: text.slice(i, i + hit.length), tail: '' });
      i += hit.length;
      continue;
    }
    const last = found[found.length - 1];
    if (last) last.tail += text[i];
    else lead += text[i];
    i++;
  }
  if (found.length === 0 || lead.replace(FILLER, '') !== '')
    return fail(`「${text}」は障害者手帳として読めません`);
  const cards: DisabilityCard[] = [];
  for (const f of found) {
    const grade = readGrade(f.kind, f.tail, grades[f.kind]);
    if (!grade.ok) return grade;
    cards.push({ kind: f.kind, grade: grade.value, word: f.word });
  }
  return ok(cards);
}

/** Cards as cell text ('愛の手帳4度・身体4級'); parseCards reads it back. */
export function formatCards(cards: readonly DisabilityCard[]): string {
  return cards.map((c) => `${c.word}${c.grade ?? ''}`).join('・');
}
