import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from './cell.ts';
import {
  countsAsFaceToFace,
  DISCLOSURE_WORDS,
  END_REASON_WORDS,
  formMethodLabel,
  formPlaceLabel,
  type MethodKind,
  parseDisclosure,
  parseEndReason,
  parseMethod,
  parseParties,
  parsePlace,
  parseResidence,
  parseSex,
  parseUsageType,
  RESIDENCE_WORDS,
  SEX_WORDS,
  splitParenthesised,
  USAGE_TYPE_WORDS,
} from './vocab.ts';
import { conflictingWords, type WordTable } from './words.ts';

describe('the vocabularies', () => {
  it.each<[string, WordTable<string>]>([
    ['USAGE_TYPE_WORDS', USAGE_TYPE_WORDS],
    ['SEX_WORDS', SEX_WORDS],
    ['RESIDENCE_WORDS', RESIDENCE_WORDS],
    ['DISCLOSURE_WORDS', DISCLOSURE_WORDS],
    ['END_REASON_WORDS', END_REASON_WORDS],
  ])('%s has no word under two kinds', (_name, table) => {
    expect(conflictingWords(table)).toEqual([]);
  });
});

describe('splitParenthesised', () => {
  it('splits a word and its bracketed detail', () => {
    expect(splitParenthesised('その他（自宅）')).toEqual({ base: 'その他', detail: '自宅' });
    expect(splitParenthesised('その他 ( カフェ ) ')).toEqual({ base: 'その他', detail: 'カフェ' });
    expect(splitParenthesised('その他（自宅（実家））')).toEqual({ base: 'その他', detail: '自宅（実家）' });
    expect(splitParenthesised('その他')).toBeNull();
  });
});

describe('parseMethod', () => {
  const cases: [MethodKind, string[]][] = [
    ['face', ['面談', '面接', '来所', '来所面談', '訪問', '職場訪問', '家庭訪問', '同行', '対面']],
    [
      'video',
      [
        'オンライン',
        'オンライン面談',
        'ビデオ通話',
        'テレビ電話',
        'Zoom',
        'zoom',
        'ZOOM',
        'Teams',
        'Google Meet',
        'google meet',
        'Meet',
      ],
    ],
    ['phone', ['電話', 'TEL', 'Tel', 'tel', 'ＴＥＬ']],
    ['mail', ['メール', 'e-mail', 'E-Mail', 'Ｅメール']],
    ['other-remote', ['LINE', 'line', 'チャット', 'FAX', '手紙']],
    ['other', ['その他', 'その他（作業所見学）']],
  ];
  for (const [kind, words] of cases) {
    it.each(words)(`%j is ${kind}`, (word) => {
      expect(parseMethod(word)).toEqual({ ok: true, value: { kind, word } });
    });
  }
  it('reads the detail of その他（…） when it is a known word', () => {
    expect(parseMethod('その他（オンライン）')).toEqual({
      ok: true,
      value: { kind: 'video', word: 'その他（オンライン）' },
    });
    expect(parseMethod('その他(LINE)').ok && parseMethod('その他(LINE)')).toMatchObject({
      value: { kind: 'other-remote' },
    });
  });
  it('reads a known word followed by a bracketed detail', () => {
    expect(parseMethod('訪問（職場）')).toEqual({ ok: true, value: { kind: 'face', word: '訪問（職場）' } });
  });
  it('keeps the word trimmed as written', () => {
    expect(parseMethod(' Zoom ')).toEqual({ ok: true, value: { kind: 'video', word: 'Zoom' } });
  });
  it('fails on an unknown word, naming it', () => {
    expect(parseMethod('面段')).toEqual({ ok: false, reason: '「面段」は連絡方法として読めません' });
    expect(parseMethod('')).toEqual({ ok: false, reason: '空欄です' });
  });
  it('only face to face and video count as face to face', () => {
    expect(countsAsFaceToFace('face')).toBe(true);
    expect(countsAsFaceToFace('video')).toBe(true);
    for (const k of ['phone', 'mail', 'other-remote', 'other'] as const)
      expect(countsAsFaceToFace(k)).toBe(false);
  });
  it('takes words an office taught, which win over key words', () => {
    expect(parseMethod('定期フォロー').ok).toBe(false);
    expect(parseMethod('定期フォロー', { 定期フォロー: 'face' })).toEqual({
      ok: true,
      value: { kind: 'face', word: '定期フォロー' },
    });
    // compared by width and spacing too; and a taught word overrides what its key words say
    expect(parseMethod('ｹｰｽ 面談', { ケース面談: 'phone' })).toMatchObject({ value: { kind: 'phone' } });
  });
});

describe('formMethodLabel (the 方法 column of the 支援レポート)', () => {
  it.each([
    ['face', undefined, '面接'],
    ['phone', undefined, '電話'],
    ['mail', undefined, 'メール'],
    ['video', 'Zoom', 'その他（オンライン）'],
    ['other-remote', 'LINE', 'その他（LINE）'],
    ['other-remote', undefined, 'その他'],
    ['other', 'その他', 'その他'],
    ['other', 'その他(作業所見学)', 'その他（作業所見学）'],
  ] as const)('%s (%s) is %s', (kind, word, label) => {
    expect(formMethodLabel(kind, word)).toBe(label);
  });
  it('reads back as the same kind for real spellings', () => {
    const words: [MethodKind, string][] = [
      ['face', '来所'],
      ['face', '職場訪問'],
      ['video', 'Zoom面談'],
      ['video', 'LINEビデオ'],
      ['phone', '架電'],
      ['mail', 'ﾒｰﾙ'],
      ['other-remote', 'LINE'],
      ['other-remote', 'FAX'],
      ['other', 'その他（作業所見学）'],
    ];
    for (const [kind, word] of words) {
      const r = parseMethod(formMethodLabel(kind, word));
      expect(r.ok && r.value.kind).toBe(kind);
    }
  });
});

describe('parseParties', () => {
  it.each([
    ['本人', ['client']],
    ['利用者', ['client']],
    ['本人・事業主', ['client', 'employer']],
    ['本人･事業主', ['client', 'employer']],
    ['本人、家族', ['client', 'family']],
    ['本人,上司', ['client', 'employer']],
    ['本人／人事', ['client', 'employer']],
    ['本人/勤務先', ['client', 'employer']],
    ['本人＆母', ['client', 'family']],
    ['本人 & 父', ['client', 'family']],
    ['本人\u3000会社', ['client', 'employer']],
    ['上司・人事', ['employer']],
    ['保護者', ['family']],
    ['主治医', ['agency']],
    ['就業・生活支援センター', ['agency']],
    ['本人・就業・生活支援センター', ['client', 'agency']],
    ['障害者就業･生活支援センター・本人', ['agency', 'client']],
    ['ハローワーク・相談支援・職場', ['agency', 'employer']],
  ])('%j is %j', (text, kinds) => {
    expect(parseParties(text)).toEqual({ ok: true, value: kinds });
  });
  it('fails on an unknown word, naming it', () => {
    const r = parseParties('本人・友人');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('「友人」');
  });
  it('fails on a blank cell and on separators only', () => {
    expect(parseParties(null)).toEqual({ ok: false, reason: '空欄です' });
    expect(parseParties('・').ok).toBe(false);
  });
  it('stays fast on a long cell', () => {
    expect(parseParties(Array(5000).fill('本人').join('・'))).toEqual({ ok: true, value: ['client'] });
  });
});

describe('parsePlace', () => {
  it.each([
    ['雇用事業主内', { kind: 'employer' }],
    ['職場', { kind: 'employer' }],
    ['勤務先', { kind: 'employer' }],
    ['事業所内', { kind: 'office' }],
    ['事業所', { kind: 'office' }],
    ['来所', { kind: 'office' }],
    ['その他', { kind: 'other' }],
    ['その他（自宅）', { kind: 'other', detail: '自宅' }],
    ['その他(カフェ)', { kind: 'other', detail: 'カフェ' }],
    ['その他（）', { kind: 'other' }],
    ['自宅', { kind: 'other', detail: '自宅' }],
    ['カフェ', { kind: 'other', detail: 'カフェ' }],
  ])('%j is %j', (text, place) => {
    expect(parsePlace(text)).toEqual({ ok: true, value: place });
  });
  it('fails only on a blank cell', () => {
    expect(parsePlace('')).toEqual({ ok: false, reason: '空欄です' });
  });
  it('writes the form labels and reads them back', () => {
    expect(formPlaceLabel({ kind: 'employer' })).toBe('雇用事業主内');
    expect(formPlaceLabel({ kind: 'office' })).toBe('事業所内');
    expect(formPlaceLabel({ kind: 'other', detail: '自宅' })).toBe('その他（自宅）');
    expect(formPlaceLabel({ kind: 'other' })).toBe('その他');
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !/[()（）]/.test(s)),
        (detail) => {
          expect(parsePlace(formPlaceLabel({ kind: 'other', detail }))).toEqual({
            ok: true,
            value: { kind: 'other', detail: detail.trim() },
          });
        },
      ),
    );
  });
});

describe('parseUsageType (利用類型)', () => {
  it.each([
    ['通常', 'normal'],
    ['一般', 'normal'],
    ['', 'normal'],
    [null, 'normal'],
    ['労働時間延長支援型', 'extended'],
    ['延長', 'extended'],
    ['延長型', 'extended'],
    ['労働時間延長', 'extended'],
    ['復職支援型', 'return'],
    ['復職', 'return'],
    ['復職型', 'return'],
  ])('%j is %s', (v, kind) => {
    expect(parseUsageType(v)).toEqual({ ok: true, value: kind });
  });
  it('fails on an unknown word', () => {
    expect(parseUsageType('特別')).toEqual({ ok: false, reason: '「特別」は利用類型として読めません' });
  });
});

describe('small vocabularies', () => {
  it.each([
    ['男', 'male'],
    ['男性', 'male'],
    ['M', 'male'],
    ['m', 'male'],
    ['女', 'female'],
    ['女性', 'female'],
    ['F', 'female'],
    ['その他', 'other'],
    ['無回答', 'other'],
  ])('sex %j is %s', (v, sex) => {
    expect(parseSex(v)).toEqual({ ok: true, value: sex });
  });
  it('residence: 管内 / 管外', () => {
    expect(parseResidence('管内')).toEqual({ ok: true, value: 'inside' });
    expect(parseResidence('管外')).toEqual({ ok: true, value: 'outside' });
    expect(parseResidence('市外').ok).toBe(false);
  });
  it.each([
    ['開示', 'open'],
    ['オープン', 'open'],
    ['あり', 'open'],
    ['非開示', 'closed'],
    ['クローズ', 'closed'],
    ['クローズド', 'closed'],
  ])('disclosure %j is %s', (v, d) => {
    expect(parseDisclosure(v)).toEqual({ ok: true, value: d });
  });
  it('blank sex, residence and disclosure are 空欄です', () => {
    for (const parse of [parseSex, parseResidence, parseDisclosure]) {
      expect(parse(null)).toEqual({ ok: false, reason: '空欄です' });
    }
  });
});

describe('parseEndReason', () => {
  it.each([
    ['期間満了', 'completed'],
    ['満了', 'completed'],
    ['本人希望', 'client-request'],
    ['本人の希望', 'client-request'],
    ['辞退', 'client-request'],
    ['離職', 'left-job'],
    ['退職', 'left-job'],
    ['離職（自己都合）', 'left-job'],
    ['死亡', 'other'],
    ['転居', 'other'],
    ['その他', 'other'],
    ['その他（入院）', 'other'],
  ])('%j is %s, keeping the word', (word, kind) => {
    expect(parseEndReason(word)).toEqual({ ok: true, value: { kind, word } });
  });
  it('fails on an unknown word and on blank', () => {
    expect(parseEndReason('不明').ok).toBe(false);
    expect(parseEndReason('')).toEqual({ ok: false, reason: '空欄です' });
  });
});

describe('every vocabulary parser', () => {
  it('never throws', () => {
    const anyCell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({
        unit: fc.constantFrom('本人', '・', '(', '）', 'その他', ' ', '就業', '生活支援センター', 'x'),
      }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.anything(),
    ) as fc.Arbitrary<CellValue>;
    const parsers = [
      parseMethod,
      parseParties,
      parsePlace,
      parseUsageType,
      parseSex,
      parseResidence,
      parseDisclosure,
      parseEndReason,
    ];
    fc.assert(
      fc.property(anyCell, (v) => {
        for (const parse of parsers) {
          const r = parse(v);
          if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
