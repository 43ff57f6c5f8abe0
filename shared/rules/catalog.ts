import type { Severity } from '../model/finding.ts';

export interface RuleInfo {
  severity: Severity;
  /** A short Japanese title for lists and legends. */
  title: string;
  /** Where the rule comes from (docs/domain.md sources). */
  source: string;
}

/**
 * Every rule id the checker can report. The ids are a public contract (architecture.md): add, never rename.
 */
export const RULES = {
  'contact.face-to-face-missing': {
    severity: 'error',
    title: '対面（またはテレビ電話）の支援なし',
    source: 'N1 1-(4)②',
  },
  'contact.method-unknown': {
    severity: 'warning',
    title: '方法・相手の言葉が読めず、対面の支援があったか判断できない月',
    source: 'N1 1-(4)②, docs/domain.md §2',
  },
  'report.missing': { severity: 'error', title: '支援レポートの提示なし', source: 'N1 1-(4)②, N2' },
  'report.late': {
    severity: 'warning',
    title: '支援レポートの提示が翌月10日より後',
    source: 'N1 1-(4)②, N6 J611',
  },
  'employer.contact-missing': { severity: 'warning', title: '事業主との連絡なし', source: 'N1 1-(4)②' },
  'employer.visit-missing': {
    severity: 'info',
    title: '事業主への訪問なし（連絡のみ）',
    source: 'N1 1-(4)②',
  },
  'plan.review-overdue': { severity: 'error', title: '就労定着支援計画の見直し期限切れ', source: 'N1 1-(6)' },
  'plan.missing': { severity: 'error', title: '就労定着支援計画の作成日なし', source: 'N1 1-(6)' },
  'period.start-too-early': {
    severity: 'error',
    title: '支援開始が早すぎる（就職後6か月以内）',
    source: 'N1 1-(1), N3',
  },
  'period.too-long': { severity: 'error', title: '支援期間が上限を超えている', source: 'N1 1-(4)①' },
  'period.contact-outside': { severity: 'info', title: '支援期間外の記録', source: 'N1 1-(4)①' },
  'handover.info-sharing-late': {
    severity: 'warning',
    title: '引継ぎ先への情報共有が期限（終了3か月前）までにない',
    source: 'N1 1-(4)③, 2-(4)',
  },
  'billing.jobcoach-month': {
    severity: 'info',
    title: 'ジョブコーチ助成金の月（請求できません）',
    source: 'N1 4-(1)①',
  },
  'billing.leave-month': {
    severity: 'warning',
    title: '休職中の月の請求（市町村に確認）',
    source: 'docs/domain.md §1',
  },
  'data.invalid-date': {
    severity: 'error',
    title: '日付が読めない・存在しない',
    source: 'docs/domain.md §10',
  },
  'data.invalid-recipient-number': {
    severity: 'error',
    title: '受給者証番号・市町村番号の形式誤り',
    source: 'N6',
  },
  'data.duplicate-client': { severity: 'error', title: '利用者の重複', source: 'docs/domain.md §10' },
  'data.unknown-client': { severity: 'error', title: '名簿にない利用者の記録', source: 'docs/domain.md §11' },
  'data.unknown-value': { severity: 'warning', title: '読み取れない値', source: 'docs/domain.md §2, §10' },
  'data.missing-required': { severity: 'error', title: '必要な項目が空欄', source: 'docs/domain.md §1' },
  'data.conflicting-value': {
    severity: 'warning',
    title: '利用者の一覧と個人の記録のタブで値が違う',
    source: 'docs/domain.md §10',
  },
  'data.implausible-value': {
    severity: 'warning',
    title: 'ありえない値（年齢・未来の就職日・先頭の0が消えた番号）',
    source: 'docs/domain.md §10',
  },
  'office.rate-mismatch': {
    severity: 'warning',
    title: '届出の報酬区分と計算した就労定着率の区分が違う',
    source: 'N1 2-(1), N2',
  },
  'office.setting-missing': { severity: 'warning', title: '事業所の設定が不足', source: 'docs/domain.md §5' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;
