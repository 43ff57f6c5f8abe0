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
  id: ['利用者ID', '利用者No', '利用者番号', 'ID', 'No', '番号', 'ケース番号', '管理番号'],
  name: ['氏名', '利用者名', '利用者氏名', '名前', 'お名前', '対象者名'],
  kana: ['ふりがな', 'フリガナ', 'よみがな', 'ヨミガナ', 'かな', 'カナ', '氏名カナ', '氏名かな'],
  sex: ['性別'],
  birthDate: ['生年月日', '誕生日'],
  recipientNumber: ['受給者証番号', '受給者証No', '受給者番号', '受給者証'],
  municipalityNumber: ['支給市町村番号', '市町村番号', '支給決定市町村番号', '市町村コード', '支給市町村'],
  disabilityType: ['障害種別', '障害種類', '障害の種類', '障害'],
  cards: ['手帳', '障害者手帳', '手帳種別', '手帳等級', '手帳の種類'],
  residence: ['居住', '居住地', '管内外', '管内管外', '住所地'],
  hireDate: ['就職日', '雇用開始日', '入社日', '就労開始日', '採用日', '雇用日'],
  usageType: ['利用類型', '類型', '支援類型', '利用区分'],
  baseDate: ['起算日', '基準日'],
  returnDate: ['復職日'],
  sendingEndDate: ['移行支援終了日', '就労移行支援終了日', '前サービス終了日', '送出しサービス終了日'],
  startDate: ['支援開始日', '定着支援開始日', '利用開始日', 'サービス開始日', '開始日'],
  endDate: ['支援終了日', '定着支援終了日', '利用終了日', '終了予定日', '終了日'],
  endReason: ['終了理由', '終了事由'],
  leftJobDate: ['離職日', '退職日'],
  employer: ['雇用事業主', '勤務先', '就職先', '企業名', '事業主名', '会社名', '事業主'],
  employerContact: ['事業主担当者', '企業担当者', '勤務先担当者', 'ご担当者', '職場担当者'],
  disclosure: ['障害開示', '開示', '開示非開示', 'オープンクローズ', '開示状況'],
  employerContactExempt: ['事業主連絡不要理由', '事業主連絡不可', '事業主連絡不要'],
  staff: ['担当者', '担当', '担当支援員', '支援員', '担当職員'],
  copayCap: ['負担上限月額', '利用者負担上限月額', '上限月額', '負担上限額', '上限額'],
  planCreated: ['計画作成日', '支援計画作成日', '個別支援計画作成日', '計画書作成日'],
  planReviewed: ['計画見直し日', '見直し日', '計画更新日', '計画見直日', '直近見直し日'],
  needsContinued: ['要継続支援', '継続支援', '要継続支援利用者', '継続支援要否'],
  handoverTo: ['引継ぎ先', '引継先', '引き継ぎ先', '移行先'],
  handoverSharedDate: ['引継ぎ情報共有日', '情報共有日', '引継ぎ日', '引継日', '引き継ぎ情報共有日'],
} as const;

export const CONTACT_FIELDS = {
  date: ['日付', '支援日', '実施日', '年月日', '対応日', '記録日', '支援実施日', '連絡日'],
  clientId: ROSTER_FIELDS.id,
  name: ROSTER_FIELDS.name,
  parties: ['対象', '相手', '対象者', '連絡先', '相手方', '支援対象'],
  method: ['方法', '支援方法', '手段', '連絡方法', '形態', '実施方法'],
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
  goal1: ['目標1', '目標①', '支援目標1', '支援目標①', '当月の目標1', '主な支援目標1'],
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
