import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CARD_GRADES,
  CARD_KIND_LABELS,
  CARD_WORDS,
  type CardKind,
  type DisabilityCard,
  formatCards,
  parseCards,
} from './cards.ts';
import { type CellValue, dateCell } from './cell.ts';
import { conflictingWords } from './words.ts';

const card = (kind: CardKind, grade: string | null, word: string): DisabilityCard => ({ kind, grade, word });

describe('parseCards', () => {
  it.each([
    ['身体4級', [card('physical', '4級', '身体')]],
    ['身体障害者手帳 1級', [card('physical', '1級', '身体障害者手帳')]],
    ['身体障害者手帳7級', [card('physical', '7級', '身体障害者手帳')]],
    ['身体障害者手帳1種2級', [card('physical', '2級', '身体障害者手帳')]],
    ['療育手帳B1', [card('intellectual', 'B1', '療育手帳')]],
    ['療育 4度', [card('intellectual', '4度', '療育')]],
    ['療育手帳（A）', [card('intellectual', 'A', '療育手帳')]],
    ['療育 b2', [card('intellectual', 'B2', '療育')]],
    ['愛の手帳4度', [card('intellectual', '4度', '愛の手帳')]],
    ['みどりの手帳B', [card('intellectual', 'B', 'みどりの手帳')]],
    ['愛護手帳A2', [card('intellectual', 'A2', '愛護手帳')]],
    ['精神 3級', [card('mental', '3級', '精神')]],
    ['精神障害者保健福祉手帳2級', [card('mental', '2級', '精神障害者保健福祉手帳')]],
    ['精神保健福祉手帳 1級', [card('mental', '1級', '精神保健福祉手帳')]],
    ['精神２', [card('mental', '2級', '精神')]],
    ['精神', [card('mental', null, '精神')]],
    ['療育手帳', [card('intellectual', null, '療育手帳')]],
    ['愛の手帳4度・身体4級', [card('intellectual', '4度', '愛の手帳'), card('physical', '4級', '身体')]],
    ['身体4級、精神2級', [card('physical', '4級', '身体'), card('mental', '2級', '精神')]],
    ['身体4級 精神2級', [card('physical', '4級', '身体'), card('mental', '2級', '精神')]],
    ['身体4級精神2級', [card('physical', '4級', '身体'), card('mental', '2級', '精神')]],
    ['精神・療育B2', [card('mental', null, '精神'), card('intellectual', 'B2', '療育')]],
    ['身体４級', [card('physical', '4級', '身体')]],
  ])('%j is %j', (text, cards) => {
    expect(parseCards(text)).toEqual({ ok: true, value: cards });
  });
  it.each([null, '', '\u3000', 'なし', '無', '-'])('%j is no card', (v) => {
    expect(parseCards(v)).toEqual({ ok: true, value: [] });
  });
  it('fails on a grade the card does not have', () => {
    const r = parseCards('身体8級');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('身体障害者手帳の等級「8級」が読めません');
    expect(parseCards('精神4級').ok).toBe(false);
    expect(parseCards('療育C').ok).toBe(false);
    expect(parseCards('療育5度').ok).toBe(false);
  });
  it('fails on text that names no card', () => {
    expect(parseCards('手帳あり')).toEqual({ ok: false, reason: '「手帳あり」は障害者手帳として読めません' });
    expect(parseCards('申請中 身体4級').ok).toBe(false);
    expect(parseCards(dateCell('2024-04-01')).ok).toBe(false);
  });
  it('takes extended grade tables', () => {
    const grades = { ...CARD_GRADES, intellectual: [...CARD_GRADES.intellectual, 'C'] };
    expect(parseCards('療育C', CARD_WORDS, grades)).toEqual({
      ok: true,
      value: [card('intellectual', 'C', '療育')],
    });
  });
  it('has Japanese labels for each kind', () => {
    expect(CARD_KIND_LABELS).toEqual({
      physical: '身体障害者手帳',
      intellectual: '療育手帳',
      mental: '精神障害者保健福祉手帳',
    });
  });
  it('has no name under two kinds', () => {
    expect(conflictingWords(CARD_WORDS)).toEqual([]);
  });
});

describe('properties', () => {
  const cardArb = fc.constantFrom<CardKind>('physical', 'intellectual', 'mental').chain((kind) =>
    fc.record({
      kind: fc.constant(kind),
      grade: fc.option(fc.constantFrom(...CARD_GRADES[kind]), { nil: null }),
      word: fc.constantFrom(...CARD_WORDS[kind]),
    }),
  );
  it('formatCards round-trips through parseCards', () => {
    fc.assert(
      fc.property(fc.array(cardArb, { minLength: 1, maxLength: 3 }), (cards) => {
        expect(parseCards(formatCards(cards))).toEqual({ ok: true, value: cards });
      }),
    );
  });
  it('never throws', () => {
    const anyCell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({
        unit: fc.constantFrom('身体', '療育', '精神', '4', '級', '度', 'A', '・', ' ', '手帳', 'x'),
      }),
      fc.double(),
      fc.constant(null),
      fc.anything(),
    ) as fc.Arbitrary<CellValue>;
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = parseCards(v);
        if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});
