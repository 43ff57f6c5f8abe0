import { describe, expect, it } from 'vitest';
import { withHonorific } from './honorific.ts';

// Real spellings of the ご担当者 cell (synthetic names), and what the form prints, worked out by hand.
describe('withHonorific: 様 after a name, never after a job title or an honorific already written', () => {
  it.each([
    ['人事部 佐々木', '人事部 佐々木　様'],
    ['佐々木', '佐々木　様'],
    ['山本 花子', '山本 花子　様'],
    ['●● 課長', '●● 課長'],
    ['総務課 田中課長', '総務課 田中課長'],
    ['店長', '店長'],
    ['製造部 部長 鈴木', '製造部 部長 鈴木　様'], // the name comes last: 様 after the name
    ['鈴木様', '鈴木様'],
    ['鈴木 様', '鈴木 様'],
    ['鈴木さん', '鈴木さん'],
    ['人事部御中', '人事部御中'],
    ['ライン リーダー', 'ライン リーダー'],
    ['物流センター長', '物流センター長'],
    ['ｻｻｷ ﾏﾈｰｼﾞｬｰ', 'ｻｻｷ ﾏﾈｰｼﾞｬｰ'], // half-width katakana: read by meaning, printed as written
    ['  佐々木　', '佐々木　様'],
    ['', ''],
  ])('%s → %s', (cell, want) => {
    expect(withHonorific(cell)).toBe(want);
  });
});
