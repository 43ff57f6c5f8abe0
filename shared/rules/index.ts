import type { PlainDate } from '../date/plain-date.ts';
import type { Caseload, RecordKind } from '../model/caseload.ts';
import type { Finding } from '../model/finding.ts';
import { billingJobcoachMonth } from './billing-jobcoach-month.ts';
import { billingLeaveMonth } from './billing-leave-month.ts';
import { faceToFaceMissing } from './contact-face-to-face-missing.ts';
import { contactMethodUnknown } from './contact-method-unknown.ts';
import type { Rule } from './context.ts';
import { dataImplausibleValue } from './data-implausible-value.ts';
import { employerContactMissing } from './employer-contact-missing.ts';
import { employerVisitMissing } from './employer-visit-missing.ts';
import { handoverInfoSharingLate } from './handover-info-sharing-late.ts';
import { officeRateMismatch } from './office-rate-mismatch.ts';
import { officeSettingMissing } from './office-setting-missing.ts';
import { periodContactOutside } from './period-contact-outside.ts';
import { periodStartTooEarly } from './period-start-too-early.ts';
import { periodTooLong } from './period-too-long.ts';
import { planMissing } from './plan-missing.ts';
import { planReviewOverdue } from './plan-review-overdue.ts';
import { reportLate } from './report-late.ts';
import { reportMissing } from './report-missing.ts';

/** The per-client rules, by the id they report. */
export const CLIENT_RULES: Record<string, Rule> = {
  'period.start-too-early': periodStartTooEarly,
  'period.too-long': periodTooLong,
  'plan.missing': planMissing,
  'plan.review-overdue': planReviewOverdue,
  'handover.info-sharing-late': handoverInfoSharingLate,
  'contact.face-to-face-missing': faceToFaceMissing,
  'contact.method-unknown': contactMethodUnknown,
  'report.missing': reportMissing,
  'report.late': reportLate,
  'employer.contact-missing': employerContactMissing,
  'employer.visit-missing': employerVisitMissing,
  'period.contact-outside': periodContactOutside,
  'billing.jobcoach-month': billingJobcoachMonth,
  'billing.leave-month': billingLeaveMonth,
  'data.implausible-value': dataImplausibleValue,
};

/**
 * The per-month rules that judge a kind of record: when those records could not be read (for the workbook, or
 * for one client), the rule does not run there; the reader has said once that the duty cannot be checked.
 */
export const RULE_RECORDS: Partial<Record<keyof typeof CLIENT_RULES, RecordKind>> = {
  'contact.face-to-face-missing': 'contacts',
  'contact.method-unknown': 'contacts',
  'employer.contact-missing': 'contacts',
  'employer.visit-missing': 'contacts',
  'period.contact-outside': 'contacts',
  'report.missing': 'monthly',
  'report.late': 'monthly',
  'billing.jobcoach-month': 'monthly',
  'billing.leave-month': 'monthly',
};

/** The rules about the office as a whole (its settings and its band). */
export const OFFICE_RULES: Record<string, (caseload: Caseload, asOf: PlainDate) => Finding[]> = {
  'office.setting-missing': officeSettingMissing,
  'office.rate-mismatch': officeRateMismatch,
};
