import { describe, expect, it } from 'vitest';
import { bestField, scoreHeader, type TableRole } from './match.ts';

/** Header spellings seen in offices' sheets, and the field each must (or must not: null) be read as. */
const TABLE: [TableRole, string, string | null][] = [
  // the roster: spellings from the issue
  ['roster', '起算日（延長・復職）', 'baseDate'],
  ['roster', '復職日・起算日', 'baseDate'],
  ['roster', '定着支援 開始日', 'startDate'],
  ['roster', '雇用開始年月日', 'hireDate'],
  ['roster', '受給者証 番号', 'recipientNumber'],
  ['roster', '支援終了(予定)日', 'endDate'],
  ['roster', '計画の見直し日（直近）', 'planReviewed'],
  // the roster: other spellings
  ['roster', '利用者ＩＤ', 'id'],
  ['roster', '利用者No.', 'id'],
  ['roster', 'ケース番号', 'id'],
  ['roster', 'No', 'id'],
  ['roster', '氏 名', 'name'],
  ['roster', '利用者氏名', 'name'],
  ['roster', 'お名前', 'name'],
  ['roster', 'フリガナ', 'kana'],
  ['roster', '氏名（カナ）', 'kana'],
  ['roster', '氏名カナ', 'kana'],
  ['roster', 'ふりがな（ひらがな）', 'kana'],
  ['roster', '性別', 'sex'],
  ['roster', '生年月日', 'birthDate'],
  ['roster', '生年月日(西暦)', 'birthDate'],
  ['roster', '受給者証No', 'recipientNumber'],
  ['roster', '受給者番号（10桁）', 'recipientNumber'],
  ['roster', '支給市町村番号', 'municipalityNumber'],
  ['roster', '市町村番号(6桁)', 'municipalityNumber'],
  ['roster', '障害種別', 'disabilityType'],
  ['roster', '障害者手帳', 'cards'],
  ['roster', '手帳（種類・等級）', 'cards'],
  ['roster', '就職日', 'hireDate'],
  ['roster', '入社年月日', 'hireDate'],
  ['roster', '雇用開始日', 'hireDate'],
  ['roster', '利用類型', 'usageType'],
  ['roster', '支援類型（通常/延長/復職）', 'usageType'],
  ['roster', '起算日', 'baseDate'],
  ['roster', '復職日', 'returnDate'],
  ['roster', '就労移行支援終了日', 'sendingEndDate'],
  ['roster', '支援開始日', 'startDate'],
  ['roster', '利用開始日', 'startDate'],
  ['roster', 'サービス開始年月日', 'startDate'],
  ['roster', '支援期間開始', 'startDate'],
  ['roster', '支援終了日', 'endDate'],
  ['roster', '終了予定日', 'endDate'],
  ['roster', '支援期間終了', 'endDate'],
  ['roster', '終了理由', 'endReason'],
  ['roster', '離職日', 'leftJobDate'],
  ['roster', '退職年月日', 'leftJobDate'],
  ['roster', '勤務先', 'employer'],
  ['roster', '就職先企業名', 'employer'],
  ['roster', '就労先', 'employer'],
  ['roster', '就労先企業名', 'employer'],
  ['roster', '勤務先ご担当者', 'employerContact'],
  ['roster', '企業担当者', 'employerContact'],
  ['roster', '障害開示', 'disclosure'],
  ['roster', '開示／非開示', 'disclosure'],
  ['roster', '担当支援員', 'staff'],
  ['roster', '担当者', 'staff'],
  ['roster', '負担上限月額', 'copayCap'],
  ['roster', '利用者負担上限月額（円）', 'copayCap'],
  ['roster', '計画作成日', 'planCreated'],
  ['roster', '個別支援計画 作成日', 'planCreated'],
  ['roster', '前回見直し日', 'planReviewed'],
  ['roster', '要継続支援', 'needsContinued'],
  ['roster', '引継ぎ先', 'handoverTo'],
  ['roster', '引継ぎ情報共有日', 'handoverSharedDate'],
  // the roster: headers that must NOT be read as the field their words suggest
  ['roster', '終了理由メモ', null],
  ['roster', '備考', null],
  ['roster', '次回見直し予定日', null],
  ['roster', '受給者証有効期限', null],
  ['roster', '電話番号', null],
  ['roster', '緊急連絡先', null],
  ['roster', '保護者氏名', null],
  ['roster', '開始時刻', null],
  ['roster', '勤務時間', null],
  ['roster', '年齢', null],
  ['roster', '支援期間', null],
  // the contact log
  ['contacts', '日付', 'date'],
  ['contacts', '支援日', 'date'],
  ['contacts', '実施年月日', 'date'],
  ['contacts', '記録日付', 'date'],
  ['contacts', '相手方（本人/企業）', 'parties'],
  ['contacts', '対象', 'parties'],
  ['contacts', '相手先', 'parties'],
  ['contacts', '支援方法', 'method'],
  ['contacts', '連絡手段', 'method'],
  ['contacts', '方法（面談・電話・メール）', 'method'],
  ['contacts', '形態', 'method'],
  ['contacts', '場所', 'place'],
  ['contacts', '実施場所', 'place'],
  ['contacts', '支援内容', 'content'],
  ['contacts', '面談内容', 'content'],
  ['contacts', '支援結果', 'result'],
  ['contacts', '担当者', 'staff'],
  ['contacts', '対応者', 'staff'],
  ['contacts', '利用者ID', 'clientId'],
  ['contacts', '利用者名', 'name'],
  ['contacts', '開始時刻', null],
  ['contacts', 'メモ', null],
  // the monthly record
  ['monthly', '年月', 'month'],
  ['monthly', '目標', 'goal1'],
  ['monthly', '当月の支援目標', 'goal1'],
  ['monthly', '対象年月', 'month'],
  ['monthly', '提供年月', 'month'],
  ['monthly', 'レポート提示（日付）', 'reportShownDate'],
  ['monthly', '支援レポート提示日', 'reportShownDate'],
  ['monthly', '本人への提示日', 'reportShownDate'],
  ['monthly', '目標①', 'goal1'],
  ['monthly', '支援目標２', 'goal2'],
  ['monthly', 'ジョブコーチ助成金', 'jobcoach'],
  ['monthly', '休職', 'onLeave'],
  ['monthly', '地域連携会議', 'caseMeeting'],
  ['monthly', '月額', null],
];

describe('scoreHeader: a header is read by what it contains, after normalising', () => {
  it('gives the same answer for the same header in each role, and no caller can change a remembered answer', () => {
    const first = scoreHeader('contacts', '支援方法');
    expect(scoreHeader('contacts', '支援方法')).toEqual(first);
    expect(scoreHeader('roster', '支援方法')).not.toEqual(first);
    expect(Object.isFrozen(first) && first.every((c) => Object.isFrozen(c))).toBe(true);
  });

  it(`holds at least 80 spellings`, () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(80);
  });
  it.each(TABLE)('%s 「%s」 → %s', (role, header, field) => {
    expect(bestField(role, header)).toBe(field);
  });

  it('an exact synonym beats a contained one, and a contained one beats a key word', () => {
    const [a] = scoreHeader('roster', '支援開始日');
    const [b] = scoreHeader('roster', '定着支援の開始日');
    const [c] = scoreHeader('roster', '開始年月日');
    expect(a).toMatchObject({ field: 'startDate', how: 'exact' });
    expect(b).toMatchObject({ field: 'startDate', how: 'contains' });
    expect(c).toMatchObject({ field: 'startDate', how: 'keyword' });
    expect(a!.score).toBeGreaterThan(b!.score);
    expect(b!.score).toBeGreaterThan(c!.score);
  });

  it('of two contained words the longer wins: 雇用開始 over 開始', () => {
    const cands = scoreHeader('roster', '雇用開始年月日');
    expect(cands.map((c) => c.field)).toEqual(expect.arrayContaining(['hireDate', 'startDate']));
    expect(cands[0]!.field).toBe('hireDate');
  });

  it('a column that could be two fields lists both, best first (the base date before the return date)', () => {
    expect(scoreHeader('roster', '復職日・起算日').map((c) => c.field)).toEqual(['baseDate', 'returnDate']);
  });

  it('width and marks never change the reading: ＴＥＬ-style full width, brackets, spaces', () => {
    expect(bestField('roster', '受給者証ＮＯ．')).toBe('recipientNumber');
    expect(bestField('roster', '【生年月日】')).toBe('birthDate');
    expect(bestField('roster', '　就職日　')).toBe('hireDate');
  });
});
