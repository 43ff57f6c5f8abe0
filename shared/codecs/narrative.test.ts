import { describe, expect, it } from 'vitest';
import { partiesInText, readContactText, whatHappened } from './narrative.ts';

/*
 * Narrative texts as offices write them in a 支援内容 column (synthetic, in the spellings seen in real sheets).
 * Each expected reading is worked out by hand from domain.md §2 and §10: the method by what happened, the
 * parties by who was met; a party not named is the client.
 */
const CASES: [text: string, kind: string | null, parties: string[], why: string][] = [
  [
    '職場を訪問し本人・上司と面談',
    'face',
    ['client', 'employer'],
    'domain §10 example: a visit, client and employer',
  ],
  ['電話にて近況確認', 'phone', ['client'], 'domain §10 example: phone, the client (no party named)'],
  ['来所。体調と睡眠について面談', 'face', ['client'], 'came to the office'],
  [
    'Zoomにて面談。職場の人間関係の相談',
    'video',
    ['client'],
    '職場の… is a topic, not a person met; Zoom is video',
  ],
  ['職場に電話し店長と話す', 'phone', ['employer'], '職場に電話: the employer was called'],
  ['ｚｏｏｍで面談（本人）', 'video', ['client'], 'full-width Latin is the same word'],
  ['ＴＥＬで本人に状況確認', 'phone', ['client'], 'ＴＥＬ is TEL'],
  ['ﾒｰﾙで勤務表を受け取った', 'mail', ['client'], 'half-width katakana is メール'],
  ['LINEで連絡あり', 'other-remote', ['client'], 'chat does not count'],
  ['LINEビデオ通話で面談', 'video', ['client'], 'a chat app’s video call is video'],
  ['母親より電話あり、最近の様子を聞く', 'phone', ['family'], 'family alone is not the client'],
  [
    '本人（家族同席）と来所面談',
    'face',
    ['client', 'family'],
    'who else was present does not change who was met',
  ],
  ['人事担当者と電話で雇用契約の確認', 'phone', ['employer'], 'the employer’s 人事 担当者'],
  ['ハローワーク担当者と情報共有（電話）', 'phone', ['agency'], 'an agency’s 担当者 names the agency'],
  [
    '来所予定だったが体調不良のため電話に変更',
    'phone',
    ['client'],
    'a changed plan counts as what it changed to',
  ],
  ['予定：訪問 → 実際：電話', 'phone', ['client'], '予定 → 実際: what happened'],
  ['電話で近況確認。次回は来所面談予定', 'phone', ['client'], 'the next meeting has not happened'],
  ['職場訪問予定', null, ['client'], 'only a plan: no method that happened'],
  [
    '訪問したが本人は休暇で不在、上司と面談',
    'face',
    ['employer'],
    'domain §10: absent client, the employer was met',
  ],
  ['家庭訪問するも本人不在', 'face', [], 'nobody was met: cancelled (below)'],
  ['面談（キャンセル）', 'other', ['client'], 'called off: no face-to-face, cancelled (below)'],
  ['音声のみでオンライン面談', 'phone', ['client'], 'voice only is not a video call'],
  ['勤務状況について', null, ['client'], 'no method word: unknown, never "no contact"'],
];

describe('readContactText: a narrative text read by meaning', () => {
  for (const [text, kind, parties, why] of CASES)
    it(`「${text}」 → ${kind ?? 'unknown'} with ${parties.join('+') || 'nobody'} (${why})`, () => {
      const r = readContactText(text)!;
      expect(r.method?.kind ?? null).toBe(kind);
      expect(r.parties).toEqual(parties);
    });

  it('a visit where the client was absent and nobody else is named met nobody: cancelled', () => {
    expect(readContactText('家庭訪問するも本人不在')).toMatchObject({
      clientAbsent: true,
      method: { cancelled: true },
    });
    expect(readContactText('訪問したが本人は休暇で不在、上司と面談')?.method?.cancelled).toBeUndefined();
    expect(readContactText('面談（キャンセル）')?.method?.cancelled).toBe(true);
  });

  it('a blank text is no reading; the text as written is kept as the word', () => {
    expect(readContactText(null)).toBeNull();
    expect(readContactText('  ')).toBeNull();
    expect(readContactText('電話にて近況確認')?.method?.word).toBe('電話にて近況確認');
  });

  it('words the office taught for a whole text win over the key words', () => {
    expect(readContactText('定例', { method: { 定例: 'face' } })?.method?.kind).toBe('face');
    expect(readContactText('定例', { party: { 定例: 'employer' } })?.parties).toEqual(['employer']);
  });
});

describe('whatHappened and partiesInText', () => {
  it('keeps what follows a change of plan, drops clauses that only plan', () => {
    expect(whatHappened('来所予定→電話に変更')).toBe('→電話に変更');
    expect(whatHappened('電話で確認、次回訪問予定')).toBe('電話で確認、');
    expect(whatHappened('面談予定どおり実施')).toBe('面談予定どおり実施');
  });

  it('reads each name by the precedence of the party column: 本人の母 is family, not the client', () => {
    expect(partiesInText('本人の母から電話')).toEqual(['family']);
    expect(partiesInText('本人と店長に面談')).toEqual(['client', 'employer']);
    expect(partiesInText('就業・生活支援センターと同行')).toEqual(['agency']);
    expect(partiesInText('勤務状況について')).toEqual([]);
  });
});
