import { describe, expect, it } from 'vitest';
import { KEY_WORDS, type KeyWordTable } from './key-words.ts';
import {
  type MethodKind,
  type PartyKind,
  type PlaceKind,
  parseMethod,
  parseParties,
  parsePlace,
} from './vocab.ts';

/*
 * Spellings seen in real offices' sheets (domain §2, issue 5), written by hand and NOT derived from
 * KEY_WORDS: the table is tested against them, and every key word must be needed by one of them.
 * `null` means the cell cannot be read (no key word).
 */
const METHOD_SPELLINGS: [string, MethodKind | null][] = [
  // face to face
  ['来所', 'face'],
  ['来所面談', 'face'],
  ['面談（来所）', 'face'],
  ['面談', 'face'],
  ['面接', 'face'],
  ['職場訪問', 'face'],
  ['家庭訪問', 'face'],
  ['同行支援', 'face'],
  ['対面', 'face'],
  ['面会', 'face'],
  ['ケース面談', 'face'],
  ['電話→来所', 'face'],
  ['来所・電話', 'face'],
  ['ﾒｰﾙ・訪問', 'face'],
  // video calls, any case, width or words around them
  ['Zoom面談', 'video'],
  ['ZOOMにて面談', 'video'],
  ['ｚｏｏｍ', 'video'],
  ['オンライン(Teams)', 'video'],
  ['Teams面談', 'video'],
  ['オンライン', 'video'],
  ['Online面談', 'video'],
  ['ビデオ通話(LINE)', 'video'],
  ['LINEビデオ', 'video'],
  ['テレビ電話', 'video'],
  ['テレビ電話で面談', 'video'],
  ['テレビ会議', 'video'],
  ['Web会議', 'video'],
  ['Web面談', 'video'],
  ['リモート面談', 'video'],
  ['Google Meet', 'video'],
  ['Webex', 'video'],
  ['Skype', 'video'],
  ['FaceTime', 'video'],
  ['その他（オンライン）', 'video'],
  // phone
  ['電話', 'phone'],
  ['TEL', 'phone'],
  ['ＴＥＬ', 'phone'],
  ['tel', 'phone'],
  ['架電', 'phone'],
  ['着電あり', 'phone'],
  ['電話連絡', 'phone'],
  ['電話面談', 'phone'],
  ['LINE通話', 'phone'],
  ['オンライン（音声のみ）', 'phone'],
  ['家庭訪問（電話で対応）', 'phone'],
  // e-mail
  ['ﾒｰﾙ', 'mail'],
  ['メール', 'mail'],
  ['E-mail', 'mail'],
  // chat and other remote
  ['LINE', 'other-remote'],
  ['ライン', 'other-remote'],
  ['チャット', 'other-remote'],
  ['SMS', 'other-remote'],
  ['FAX', 'other-remote'],
  ['ファックス', 'other-remote'],
  ['ファクス送信', 'other-remote'],
  ['手紙', 'other-remote'],
  ['郵送', 'other-remote'],
  ['文書送付', 'other-remote'],
  // details that take the contact away: not face to face
  ['訪問（不在）', 'other'],
  ['面談（中止）', 'other'],
  ['来所キャンセル', 'other'],
  ['来所(cancel)', 'other'],
  ['職場訪問（延期）', 'other'],
  ['面談（欠席）', 'other'],
  ['訪問（取消）', 'other'],
  ['訪問（取り消し）', 'other'],
  ['同行（取りやめ）', 'other'],
  ['来所（キャンセル）→電話', 'phone'],
  ['その他', 'other'],
  ['その他（作業所見学）', 'other'],
  // not understood
  ['定期フォロー', null],
  ['巡回', null],
];

const PARTY_SPELLINGS: [string, PartyKind[] | null][] = [
  ['本人', ['client']],
  ['利用者', ['client']],
  ['対象者', ['client']],
  ['利用者本人', ['client']],
  ['本人・事業主', ['client', 'employer']],
  ['本人と上司', ['client', 'employer']],
  ['本人及び人事', ['client', 'employer']],
  ['上司', ['employer']],
  ['上長', ['employer']],
  ['店長', ['employer']],
  ['課長', ['employer']],
  ['部長', ['employer']],
  ['係長', ['employer']],
  ['社長', ['employer']],
  ['人事', ['employer']],
  ['人事担当者', ['employer']],
  ['総務', ['employer']],
  ['先方担当者', ['employer']],
  ['企業', ['employer']],
  ['会社', ['employer']],
  ['勤務先', ['employer']],
  ['職場', ['employer']],
  ['雇用事業主', ['employer']],
  ['雇用先', ['employer']],
  ['就職先', ['employer']],
  ['家族', ['family']],
  ['保護者', ['family']],
  ['母', ['family']],
  ['母親', ['family']],
  ['祖父', ['family']],
  ['本人の母', ['family']],
  ['両親', ['family']],
  ['配偶者', ['family']],
  ['妻', ['family']],
  ['夫', ['family']],
  ['兄', ['family']],
  ['姉', ['family']],
  ['弟', ['family']],
  ['妹', ['family']],
  ['関係機関', ['agency']],
  ['医療機関', ['agency']],
  ['病院', ['agency']],
  ['クリニック', ['agency']],
  ['医師', ['agency']],
  ['主治医', ['agency']],
  ['ドクター', ['agency']],
  ['相談支援専門員', ['agency']],
  ['ハローワーク', ['agency']],
  ['ハローワーク担当者', ['agency']],
  ['職安', ['agency']],
  ['就労支援センター', ['agency']],
  ['就業・生活支援センター', ['agency']],
  ['なかぽつ', ['agency']],
  ['ナカポツ', ['agency']],
  ['地域障害者職業センター', ['agency']],
  ['市役所', ['agency']],
  ['障害福祉課', ['agency']],
  ['グループホーム', ['agency']],
  ['就労移行支援事業所', ['agency']],
  ['ジョブコーチ', ['agency']],
  ['本人・就業・生活支援センター', ['client', 'agency']],
  ['ｹｰｽﾜｰｶｰ', null],
  ['本人・友人', null],
];

const PLACE_SPELLINGS: [string, PlaceKind][] = [
  ['雇用事業主内', 'employer'],
  ['職場', 'employer'],
  ['勤務先', 'employer'],
  ['会社', 'employer'],
  ['企業内', 'employer'],
  ['店舗内', 'employer'],
  ['事業所内', 'office'],
  ['来所', 'office'],
  ['当所', 'office'],
  ['その他（自宅）', 'other'],
  ['自宅', 'other'],
];

type Tables = Partial<KeyWordTable>;
const methodOf = (text: string, t: Tables = {}) => {
  const r = parseMethod(text, undefined, t.method ?? KEY_WORDS.method);
  return r.ok ? r.value.kind : null;
};
const partiesOf = (text: string, t: Tables = {}) => {
  const r = parseParties(text, undefined, t.party ?? KEY_WORDS.party);
  return r.ok ? r.value : null;
};
const placeOf = (text: string, t: Tables = {}) => {
  const r = parsePlace(text, undefined, t.place ?? KEY_WORDS.place);
  return r.ok ? r.value.kind : null;
};

describe('method words by meaning (domain §2)', () => {
  it.each(METHOD_SPELLINGS)('%j is %s', (text, kind) => {
    expect(methodOf(text)).toBe(kind);
  });
});

describe('party words by meaning (domain §2)', () => {
  it.each(PARTY_SPELLINGS)('%j is %j', (text, kinds) => {
    expect(partiesOf(text)).toEqual(kinds);
  });
});

describe('place words by meaning', () => {
  it.each(PLACE_SPELLINGS)('%j is %s', (text, kind) => {
    expect(placeOf(text)).toBe(kind);
  });
});

describe('every key word is needed by a real spelling', () => {
  const without = <T>(list: readonly T[], i: number) => list.filter((_, j) => j !== i);
  it.each(KEY_WORDS.method.map((k, i) => [k[0], i] as const))('method key %j', (_key, i) => {
    const t = { method: without(KEY_WORDS.method, i) };
    expect(METHOD_SPELLINGS.some(([text, kind]) => methodOf(text, t) !== kind)).toBe(true);
  });
  it.each(KEY_WORDS.party.map((k, i) => [k[0], i] as const))('party key %j', (_key, i) => {
    const t = { party: without(KEY_WORDS.party, i) };
    expect(
      PARTY_SPELLINGS.some(([text, kinds]) => JSON.stringify(partiesOf(text, t)) !== JSON.stringify(kinds)),
    ).toBe(true);
  });
  it.each(KEY_WORDS.place.map((k, i) => [k[0], i] as const))('place key %j', (_key, i) => {
    const t = { place: without(KEY_WORDS.place, i) };
    expect(PLACE_SPELLINGS.some(([text, kind]) => placeOf(text, t) !== kind)).toBe(true);
  });
});

/** Whether the cell's contact happened at all (domain §2: a cancelled or missed visit is no contact). */
const CANCELLED_SPELLINGS: [string, boolean][] = [
  ['訪問（不在）', true],
  ['面談（中止）', true],
  ['来所キャンセル', true],
  ['職場訪問（延期）', true],
  ['面談（欠席）', true],
  ['同行（取りやめ）', true],
  ['その他（中止）', true],
  ['来所（キャンセル）→電話', false], // the call was made
  ['電話→訪問（中止）', false],
  ['訪問', false],
  ['面談（来所）', false],
  ['Zoom面談', false],
  ['TEL', false],
];

describe('cancelled contacts are marked, so that they count for no duty', () => {
  it.each(CANCELLED_SPELLINGS)('%s → cancelled %s', (word, cancelled) => {
    const r = parseMethod(word);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.cancelled === true).toBe(cancelled);
  });
});
