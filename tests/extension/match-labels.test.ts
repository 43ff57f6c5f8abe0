import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../../extension/lib/fields.ts';
import { matchField } from '../../extension/lib/match.ts';

function field(label: string, over: Partial<FieldInfo> = {}): FieldInfo {
  return {
    key: 0,
    selector: '#x',
    tag: 'input',
    type: 'text',
    name: '',
    id: '',
    labels: [{ text: label, source: 'label' }],
    placeholder: '',
    before: '',
    after: '',
    maxLength: null,
    options: [],
    readOnly: false,
    disabled: false,
    hidden: false,
    value: '',
    checked: false,
    choiceLabel: '',
    ...over,
  };
}

// Spellings seen on real screens (portals, municipal forms, e-application sites), with the item meant.
const TABLE: [string, string][] = [
  ['受給者証番号', 'recipientNumber'],
  ['受給者番号', 'recipientNumber'],
  ['受給者証の番号', 'recipientNumber'],
  ['※受給者証番号（必須）', 'recipientNumber'],
  ['市町村番号', 'municipalityNumber'],
  ['支給決定市町村番号', 'municipalityNumber'],
  ['市区町村番号', 'municipalityNumber'],
  ['事業所番号', 'officeNumber'],
  ['氏名', 'name'],
  ['受給者氏名', 'name'],
  ['利用者名', 'name'],
  ['お名前', 'name'],
  ['氏　名', 'name'],
  ['フリガナ', 'kana'],
  ['氏名（カナ）', 'kana'],
  ['受給者氏名（全角カナ）', 'kana'],
  ['ふりがな', 'kana'],
  ['ﾌﾘｶﾞﾅ', 'kana'],
  ['サービス提供年月', 'serviceMonth'],
  ['提供年月', 'serviceMonth'],
  ['単位数', 'units'],
  ['合計単位数', 'units'],
  ['利用者負担額', 'copay'],
  ['利用者負担上限月額', 'copayCap'],
  ['負担上限月額', 'copayCap'],
  ['上限月額', 'copayCap'],
  ['総費用額', 'totalCost'],
  ['給付費', 'benefit'],
  ['支援レポート共有日', 'reportSharedDate'],
  ['算定日', 'firstSupportDay'],
];

describe('Japanese label heuristics', () => {
  it.each(TABLE)('「%s」 → %s', (label, item) => {
    expect(matchField(field(label))?.item).toBe(item);
  });

  it('labels that name nothing we hold match nothing', () => {
    for (const l of ['備考', '電話番号', '住所', '担当者', 'メールアドレス'])
      expect(matchField(field(l))).toBeNull();
  });

  it('a weaker source is used when the stronger says nothing', () => {
    const f = field('', {
      labels: [
        { text: 'jyukyusya', source: 'name' },
        { text: '受給者証番号', source: 'title' },
      ],
    });
    expect(matchField(f)).toMatchObject({ item: 'recipientNumber', reason: 'title「受給者証番号」' });
  });

  it('widths and kana forms follow the label', () => {
    expect(matchField(field('受給者証番号（全角）'))?.transform).toBe('digits-full');
    expect(matchField(field('フリガナ（半角カナ）'))?.transform).toBe('katakana-half');
    expect(matchField(field('ふりがな（ひらがな）'))?.transform).toBe('hiragana');
    expect(matchField(field('利用者負担額', { placeholder: '例: 1,000' }))?.transform).toBe('yen-comma');
  });

  it('date fields: type=date is ISO, a YYYY/MM/DD placeholder is the whole date, 年 after a box is the year', () => {
    expect(matchField(field('支援レポート共有日', { type: 'date' }))).toMatchObject({
      part: 'whole',
      transform: 'date-iso',
    });
    expect(matchField(field('支援レポート共有日', { placeholder: 'YYYY/MM/DD' }))).toMatchObject({
      part: 'whole',
      transform: 'date-slash',
    });
    expect(matchField(field('サービス提供年月', { after: '年', maxLength: 4 }))).toMatchObject({
      part: 'year',
      transform: 'western-year',
    });
    expect(matchField(field('サービス提供年月', { after: '年' }), true)).toMatchObject({
      transform: 'era-year',
    });
  });

  it('radios are matched only for yes/no items', () => {
    expect(matchField(field('氏名', { type: 'radio' }))).toBeNull();
    expect(matchField(field('算定の有無', { type: 'radio', choiceLabel: 'あり' }))?.item).toBe('billable');
  });
});
