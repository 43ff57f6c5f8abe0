import { dateCell as D } from '../shared/codecs/index.ts';
import type { Workbook } from '../shared/sheet/tab.ts';

/*
 * A synthetic workbook with both kinds of "cannot be checked" (domain §10): no monthly tab at all (said once
 * for the workbook) and one client, 鈴木 花, whose own record tab holds no readable contact (said once for that
 * client). 山田 太郎 has a readable record tab. Worked out by hand (as of 2024-09-30):
 * - 鈴木 花's tab: a title row, two block rows, a blank row, the table header on row 5, one row without a date;
 * - both clients start 2024-07-01 (on the roster), so July–September are due: both findings are errors.
 */
export const NOT_CHECKABLE_AS_OF = '2024-09-30';

export const notCheckableWorkbook = (title = 'テスト.xlsx'): Workbook => ({
  title,
  tabs: [
    {
      name: '利用者一覧',
      rows: [
        ['利用者ID', '氏名', '就職日', '支援開始日', '計画作成日'],
        ['U01', '山田 太郎', D('2024-01-10'), D('2024-07-01'), D('2024-07-01')],
        ['U02', '鈴木 花', D('2024-01-05'), D('2024-07-01'), D('2024-07-01')],
      ],
    },
    {
      name: '山田 太郎',
      rows: [
        ['個人ケース記録'],
        ['氏名', '山田 太郎', '', '就職日', D('2024-01-10')],
        ['支援開始日', D('2024-07-01')],
        [],
        ['支援日', '方法', '相手', '支援内容', '担当'],
        [D('2024-07-20'), '来所', '本人', '体調確認', '佐藤'],
        [D('2024-08-22'), '訪問', '本人・上司', '職場で面談', '佐藤'],
        [D('2024-09-12'), '面談', '本人', '近況確認', '佐藤'],
      ],
    },
    {
      name: '鈴木 花',
      rows: [
        ['個人ケース記録'],
        ['氏名', '鈴木 花', '', '支援開始日', D('2024-07-01')],
        ['就職日', D('2024-01-05')],
        [],
        ['支援日', '方法', '相手', '支援内容', '担当'],
        [null, '来所', '', '', ''],
      ],
    },
  ],
});

/** The two messages, as worked out by hand from the reader's wording (workbook first, then the client). */
export const notCheckableMessages = (title = 'テスト.xlsx') => [
  `「${title}」に月次の記録のタブが見つかりません。支援レポートの提示は点検できません。見出しに「年月」、「利用者ID」か「氏名」、「レポート提示日」がある表のタブを作るか、列の対応の設定でどのタブかを指定してください`,
  '「鈴木 花」（鈴木 花さんの記録のタブ）の5行目の表に、読める支援の記録が1件もありません。この方の対面の支援と事業主との連絡は点検できません。表に日付と方法（または支援内容）を書いてください',
];
