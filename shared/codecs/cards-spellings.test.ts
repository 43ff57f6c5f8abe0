import { describe, expect, it } from 'vitest';
import { CARD_GRADES, CARD_WORDS, type CardKind, NO_CARD_WORDS, parseCards } from './cards.ts';
import type { WordTable } from './words.ts';

/*
 * 障害者手帳 cells as offices write them (domain §10), written by hand and NOT derived from CARD_WORDS or
 * CARD_GRADES: the tables are tested against them, and every word and grade of the tables must be needed
 * by one of them (a word removed from a table fails a test here). Each case is the kinds and grades read,
 * in order ('physical 4級'), [] for no card, or null when the cell cannot be read.
 */
const SPELLINGS: [string, string[] | null][] = [
  // 身体障害者手帳 and how it is shortened
  ['身体障害者手帳4級', ['physical 4級']],
  ['身体障害者手帳 1種1級', ['physical 1級']],
  ['身体障害者 3級', ['physical 3級']],
  ['身体手帳2級', ['physical 2級']],
  ['身障手帳6級', ['physical 6級']],
  ['身障5級', ['physical 5級']],
  ['身体7級', ['physical 7級']],
  ['身体４級', ['physical 4級']],
  ['身体', ['physical -']],
  // 療育手帳 and its local names
  ['療育手帳A', ['intellectual A']],
  ['療育手帳 A1', ['intellectual A1']],
  ['療育A2', ['intellectual A2']],
  ['療育手帳Ｂ', ['intellectual B']],
  ['療育 B1', ['intellectual B1']],
  ['療育b2', ['intellectual B2']],
  ['愛の手帳1度', ['intellectual 1度']],
  ['愛の手帳 2度', ['intellectual 2度']],
  ['愛の手帳３度', ['intellectual 3度']],
  ['愛の手帳4', ['intellectual 4度']],
  ['みどりの手帳A', ['intellectual A']],
  ['愛護手帳B', ['intellectual B']],
  // 精神障害者保健福祉手帳 and how it is shortened
  ['精神障害者保健福祉手帳1級', ['mental 1級']],
  ['精神保健福祉手帳2級', ['mental 2級']],
  ['精神障害者手帳3級', ['mental 3級']],
  ['精神手帳 2級', ['mental 2級']],
  ['精神3', ['mental 3級']],
  // two cards in one cell
  ['愛の手帳4度・身体4級', ['intellectual 4度', 'physical 4級']],
  ['身体障害者手帳2級、療育手帳B', ['physical 2級', 'intellectual B']],
  ['精神2級/身障4級', ['mental 2級', 'physical 4級']],
  // no card
  ['なし', []],
  ['無', []],
  ['無し', []],
  ['-', []],
  ['ー', []],
  ['非該当', []],
  // not readable: no card named, or a grade the card does not have
  ['手帳あり', null],
  ['申請中', null],
  ['身体8級', null],
  ['精神4級', null],
  ['療育C', null],
  ['愛の手帳5度', null],
];

function read(text: string, words: WordTable<CardKind> = CARD_WORDS, grades = CARD_GRADES) {
  const r = parseCards(text, words, grades);
  return r.ok ? r.value.map((c) => `${c.kind} ${c.grade ?? '-'}`) : null;
}

/** The card names as written in the cell, for the word-removal test (a shorter name would still read the kind). */
function readWords(text: string, words: WordTable<CardKind>) {
  const r = parseCards(text, words);
  return r.ok ? r.value.map((c) => `${c.kind} ${c.grade ?? '-'} ${c.word}`) : null;
}

describe('disability cards: real spellings', () => {
  it.each(SPELLINGS)('%s → %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('every card name of CARD_WORDS is needed by a spelling above', () => {
    const unneeded: string[] = [];
    for (const kind of Object.keys(CARD_WORDS) as CardKind[]) {
      for (const word of CARD_WORDS[kind]) {
        const without = { ...CARD_WORDS, [kind]: CARD_WORDS[kind].filter((w) => w !== word) };
        const changes = SPELLINGS.some(([text]) => {
          const a = readWords(text, CARD_WORDS);
          const b = readWords(text, without);
          return JSON.stringify(a) !== JSON.stringify(b);
        });
        if (!changes) unneeded.push(word);
      }
    }
    expect(unneeded).toEqual([]);
  });

  it('every grade of CARD_GRADES is needed by a spelling above', () => {
    const unneeded: string[] = [];
    for (const kind of Object.keys(CARD_GRADES) as CardKind[]) {
      for (const grade of CARD_GRADES[kind]) {
        const without = { ...CARD_GRADES, [kind]: CARD_GRADES[kind].filter((g) => g !== grade) };
        if (
          !SPELLINGS.some(
            ([text]) => JSON.stringify(read(text, CARD_WORDS, without)) !== JSON.stringify(read(text)),
          )
        )
          unneeded.push(`${kind} ${grade}`);
      }
    }
    expect(unneeded).toEqual([]);
  });

  it('every no-card word is needed by a spelling above', () => {
    const noCards = SPELLINGS.filter(([, want]) => want !== null && want.length === 0).map(([t]) => t);
    expect([...NO_CARD_WORDS.none].sort()).toEqual([...noCards].sort());
  });
});
