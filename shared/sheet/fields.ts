/**
 * The canonical fields of each kind of tab, with the header words offices use for them.
 * Headers are compared after normalisation (see normalizeHeader), so 'ＩＤ', 'ID ' and 'ID（必須）' match 'ID'.
 * An office whose words are not here can name its columns in a mapping file (see mapping.ts).
 */
export type Role = 'office' | 'roster' | 'contacts' | 'monthly';

/** What each role is called in messages. */
export const ROLE_LABEL: Record<Role, string> = {
  office: '事業所の設定',
  roster: '利用者の一覧',
  contacts: '支援記録',
  monthly: '月次の記録',
};

export const ROSTER_FIELDS = {
  id: [
    '利用者ID',
    '利用者No',
    '利用者番号',
    'ID',
    'No',
    '番号',
    'ケース番号',
    '管理番号',
    '利用者コード',
    'ケースNo',
    'コード',
  ],
  name: ['氏名', '利用者名', '利用者氏名', '名前', 'お名前', '対象者名'],
  kana: ['ふりがな', 'フリガナ', 'よみがな', 'ヨミガナ', 'かな', 'カナ', '氏名カナ', '氏名かな'],
  sex: ['性別'],
  birthDate: ['生年月日', '誕生日'],
  recipientNumber: ['受給者証番号', '受給者証No', '受給者番号', '受給者証'],
  municipalityNumber: ['支給市町村番号', '市町村番号', '支給決定市町村番号', '市町村コード', '支給市町村'],
  disabilityType: ['障害種別', '障害種類', '障害の種類', '障害'],
  cards: ['手帳', '障害者手帳', '手帳種別', '手帳等級', '手帳の種類'],
  residence: ['居住', '居住地', '管内外', '管内管外', '住所地'],
  hireDate: [
    '就職日',
    '雇用開始日',
    '入社日',
    '就労開始日',
    '採用日',
    '雇用日',
    '雇用開始年月日',
    '就職年月日',
    '雇用開始',
    '入社年月日',
  ],
  usageType: ['利用類型', '類型', '支援類型', '利用区分'],
  baseDate: ['起算日', '基準日', '起算年月日'],
  returnDate: ['復職日'],
  sendingEndDate: ['移行支援終了日', '就労移行支援終了日', '前サービス終了日', '送出しサービス終了日'],
  startDate: [
    '支援開始日',
    '定着支援開始日',
    '利用開始日',
    'サービス開始日',
    '開始日',
    '支援期間開始',
    '利用期間開始',
    '支援開始',
  ],
  endDate: [
    '支援終了日',
    '定着支援終了日',
    '利用終了日',
    '終了予定日',
    '終了日',
    '支援期間終了',
    '利用期間終了',
    '支援終了予定日',
    '支援終了',
  ],
  endReason: ['終了理由', '終了事由'],
  leftJobDate: ['離職日', '退職日'],
  employer: ['雇用事業主', '勤務先', '就職先', '就労先', '企業名', '事業主名', '会社名', '事業主'],
  employerContact: [
    '事業主担当者',
    '企業担当者',
    '勤務先担当者',
    'ご担当者',
    '職場担当者',
    '企業側担当者',
    '会社担当者',
    '勤務先ご担当者',
  ],
  disclosure: ['障害開示', '開示', '開示非開示', 'オープンクローズ', '開示状況'],
  employerContactExempt: ['事業主連絡不要理由', '事業主連絡不可', '事業主連絡不要'],
  staff: [
    '担当者',
    '担当',
    '担当支援員',
    '支援員',
    '担当職員',
    '対応者',
    '記録者',
    '担当スタッフ',
    '定着支援員',
  ],
  copayCap: ['負担上限月額', '利用者負担上限月額', '上限月額', '負担上限額', '上限額'],
  planCreated: ['計画作成日', '支援計画作成日', '個別支援計画作成日', '計画書作成日'],
  planReviewed: [
    '計画見直し日',
    '見直し日',
    '計画更新日',
    '計画見直日',
    '直近見直し日',
    '計画の見直し日',
    'モニタリング日',
  ],
  needsContinued: ['要継続支援', '継続支援', '要継続支援利用者', '継続支援要否'],
  handoverTo: ['引継ぎ先', '引継先', '引き継ぎ先', '移行先'],
  handoverSharedDate: ['引継ぎ情報共有日', '情報共有日', '引継ぎ日', '引継日', '引き継ぎ情報共有日'],
} as const;

export const CONTACT_FIELDS = {
  date: [
    '日付',
    '支援日',
    '実施日',
    '年月日',
    '対応日',
    '記録日',
    '支援実施日',
    '連絡日',
    '実施年月日',
    '面談日',
    '支援年月日',
  ],
  clientId: ROSTER_FIELDS.id,
  name: ROSTER_FIELDS.name,
  parties: ['対象', '相手', '対象者', '連絡先', '相手方', '支援対象', '相手先', '連絡相手', '面談相手'],
  method: ['方法', '支援方法', '手段', '連絡方法', '形態', '実施方法', '支援形態', '連絡手段', '方式'],
  place: ['場所', '実施場所', '支援場所'],
  goal: ['目標', '支援目標', '目標番号'],
  content: ['支援実施内容', '支援内容', '実施内容', '内容'],
  result: ['支援結果', '結果'],
  staff: ROSTER_FIELDS.staff,
} as const;

export const MONTHLY_FIELDS = {
  month: ['年月', '対象月', '支援月', '月', '対象年月'],
  clientId: ROSTER_FIELDS.id,
  name: ROSTER_FIELDS.name,
  // a single goal column (目標, 当月の支援目標) is the first goal
  goal1: [
    '目標1',
    '目標①',
    '支援目標1',
    '支援目標①',
    '当月の目標1',
    '主な支援目標1',
    '目標',
    '支援目標',
    '当月の支援目標',
    '当月の主な支援目標',
  ],
  goal2: ['目標2', '目標②', '支援目標2', '支援目標②', '当月の目標2', '主な支援目標2'],
  goal3: ['目標3', '目標③', '支援目標3', '支援目標③', '当月の目標3', '主な支援目標3'],
  nextSupport: ['今後の支援内容', '支援の方向性', '今後の支援'],
  clientEffort: ['本人の取組', '対象者の取組', '本人の取り組み', '対象者の取り組み'],
  employerEffort: ['事業主の取組', '事業主の取り組み', '企業の取組'],
  agencyEffort: ['関係機関の取組', '関係機関等の取組', '関係機関の取り組み'],
  shared: ['共有事項'],
  reportShownDate: [
    'レポート提示日',
    '支援レポート提示日',
    '対象者提示日',
    '提示日',
    '支援レポート共有日',
    'レポート共有日',
    '共有日',
    'レポート提示',
    '支援レポート提示',
  ],
  jobcoach: ['職場適応援助者助成金', 'ジョブコーチ助成金', 'JC助成金', '職場適応援助者助成金申請'],
  onLeave: ['休職', '休職中', '休職月'],
  caseMeeting: ['地域連携会議', '地域連携会議実施', 'ケース会議'],
} as const;

/** The key words of a key/value settings tab (事業所). */
export const OFFICE_KEYS = {
  name: ['事業所名', '事業所の名称', '名称'],
  number: ['事業所番号'],
  region: ['地域区分', '級地'],
  unitPrice: ['単価', '1単位単価', '一単位単価', '単位単価', '1単位の単価'],
  filedRate: ['就労定着率', '届出定着率'],
  filedUnits: ['基本報酬', '基本報酬単位', '届出単位'],
  prevYearAverage: ['前年度平均利用者数', '前年度の平均利用者数', '平均利用者数'],
  staffFte: ['就労定着支援員数', '就労定着支援員', '支援員数', '常勤換算'],
  prefecture: ['都道府県', '所在都道府県'],
  openedOn: ['指定日', '開設日', '事業開始日'],
  achievementAddition: ['就労定着実績体制加算'],
  jobcoachStaffAddition: ['職場適応援助者養成研修修了者配置体制加算', 'ジョブコーチ配置加算'],
  specialRegionAddition: ['特別地域加算'],
  noHandoverSystem: ['支援体制構築未実施', '支援体制構築未実施減算'],
  noPublicInfo: ['情報公表未報告', '情報公表未報告減算'],
  noBcp: ['業務継続計画未策定', '業務継続計画未策定減算'],
  noAbusePrevention: ['虐待防止措置未実施', '虐待防止措置未実施減算'],
} as const;

export const KEY_HEADERS = ['項目', '設定項目', 'キー'];
export const VALUE_HEADERS = ['値', '設定値', '内容', '入力'];

export type RosterField = keyof typeof ROSTER_FIELDS;
export type ContactField = keyof typeof CONTACT_FIELDS;
export type MonthlyField = keyof typeof MONTHLY_FIELDS;
export type OfficeKey = keyof typeof OFFICE_KEYS;

export const ROLE_FIELDS = {
  roster: ROSTER_FIELDS,
  contacts: CONTACT_FIELDS,
  monthly: MONTHLY_FIELDS,
} as const;

/** Fold width, case, spaces, brackets and marks so that '受給者証 No.' and '受給者証No' meet. */
export function normalizeHeader(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[（(][^）)]*[）)]/g, (m) => (/^[（(][①-⑳0-9]+[）)]$/.test(m) ? m : ''))
    .replace(/[\s・/／:：.．、,。※*＊\-_'"「」【】[\]]/g, '')
    .replace(/[①②③④⑤⑥⑦⑧⑨]/g, (c) => String('①②③④⑤⑥⑦⑧⑨'.indexOf(c) + 1))
    .toLowerCase();
}

/**
 * Key words: a header that contains one of these (and no exact or contained synonym of a better field)
 * is read as the field. Listed in precedence order: when one header holds two key words
 * (「復職日・起算日」), the field listed first wins (起算 over 復職: the column is the base date).
 */
export const FIELD_KEYWORDS: readonly (readonly [field: string, words: readonly string[]])[] = [
  ['baseDate', ['起算']],
  ['returnDate', ['復職']],
  ['hireDate', ['就職', '雇用', '入社', '採用']],
  ['startDate', ['開始']],
  ['endDate', ['終了']],
  ['recipientNumber', ['受給者']],
  ['reportShownDate', ['提示']],
  ['municipalityNumber', ['市町村']],
  ['birthDate', ['生年', '誕生']],
  ['leftJobDate', ['離職', '退職']],
  ['planReviewed', ['見直', 'モニタリング']],
  ['planCreated', ['計画']],
  ['handoverSharedDate', ['引継', '引き継']],
  ['sendingEndDate', ['移行']],
  ['usageType', ['類型']],
  ['disclosure', ['開示', 'オープン']],
  ['kana', ['カナ', 'かな', 'ふりがな']],
  ['copayCap', ['上限']],
  ['cards', ['手帳']],
  ['employer', ['企業', '会社', '勤務先', '事業主']],
  ['staff', ['担当', '支援員']],
  ['method', ['方法', '手段', '形態']],
  ['parties', ['相手', '対象']],
  ['place', ['場所']],
  ['date', ['日付', '年月日']],
  ['month', ['年月', '対象月']],
  ['content', ['内容', '記録']],
  ['result', ['結果']],
  ['jobcoach', ['ジョブコーチ', '援助者', 'jc']],
  ['onLeave', ['休職']],
  ['caseMeeting', ['会議']],
];

/** Fields that hold a date: a header naming a reason, a memo, a time, a number or a person is not one. */
export const DATE_FIELDS = new Set([
  'birthDate',
  'hireDate',
  'baseDate',
  'returnDate',
  'sendingEndDate',
  'startDate',
  'endDate',
  'leftJobDate',
  'planCreated',
  'planReviewed',
  'handoverSharedDate',
  'date',
  'reportShownDate',
]);

/** Free-text fields: a memo or note column may be read as one; coded fields (dates, words, numbers) not. */
export const TEXT_FIELDS = new Set([
  'employer',
  'employerContact',
  'employerContactExempt',
  'handoverTo',
  'content',
  'result',
  'goal',
  'goal1',
  'goal2',
  'goal3',
  'nextSupport',
  'clientEffort',
  'employerEffort',
  'agencyEffort',
  'shared',
  'disabilityType',
]);

/** Words that keep a header away from a field even when it contains the field's words. */
export const FIELD_NOT: Partial<Record<string, RegExp>> = {
  // the next review is a plan, not a review that happened
  planReviewed: /次回|予定/,
  // a guardian's, a staff member's or the employer's name is not the client's
  name: /保護者|家族|緊急|職員|担当|企業|会社|事業主|上司|作成者|記入者|勤務先|ふりがな|フリガナ|カナ|かな/,
  kana: /企業|会社|勤務先|担当/,
  // the staff member is ours; the employer's person is the employer contact
  staff: /企業|会社|事業主|勤務先|職場|先方|ご担当/,
  employer: /担当|連絡不要|連絡不可|住所|電話|所在地|業種/,
  recipientNumber: /有効|期限|交付|期間/,
  id: /電話|郵便|受給者|市町村|事業所/,
};

/** A header that names something other than a date. */
export const NOT_A_DATE =
  /理由|事由|メモ|備考|時刻|時間|番号|no$|者$|者名|先$|方法|手段|内容|場所|回数|有無|区分|種別|状況|期間$|年齢|予定者|コメント/;
/** A note column: only free-text fields may be read from it. */
export const NOTE_HEADER = /メモ|備考|コメント|特記|詳細/;
/** A header ending like a date: not an identifier or a word field. */
export const DATE_LIKE_HEADER = /(日|日付|年月日|期限)$/;

/** Like normalizeHeader, but the words in brackets are kept: 「レポート提示（日付）」 → レポート提示日付. */
export function normalizeHeaderFull(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s・/／:：.．、,。※*＊\-_'"「」【】[\]（）()]/g, '')
    .replace(/[①②③④⑤⑥⑦⑧⑨]/g, (c) => String('①②③④⑤⑥⑦⑧⑨'.indexOf(c) + 1))
    .toLowerCase();
}
