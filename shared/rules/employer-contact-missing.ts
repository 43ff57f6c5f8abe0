import type { Client } from '../model/caseload.ts';
import { clientFinding, m, monthCell, monthSeverity, type Rule } from './context.ts';

/** No employer contact is expected of a client who works without disclosing, or with a recorded reason. */
export function employerContactExpected(c: Client): boolean {
  return c.disclosure !== 'closed' && !c.employerContactExempt;
}

/**
 * employer.contact-missing — grasp the workplace through the employer once a month (effort duty, N1 1-(4)②):
 * any contact counts. Skipped for 障害非開示 clients and recorded reasons, and for a month where a contact
 * names someone we cannot read (it may be the employer: the word is reported as data.unknown-value).
 */
export const employerContactMissing: Rule = (ctx) => {
  if (!employerContactExpected(ctx.facts.client)) return [];
  return ctx.facts.months
    .filter((month) => month.employerContacts.length === 0 && month.employerUndecided.length === 0)
    .map((month) =>
      clientFinding(ctx.facts.client, {
        rule: 'employer.contact-missing',
        severity: monthSeverity(month, 'warning'),
        month: month.month,
        message: month.inProgress
          ? `${m(month.month)}: 事業主との連絡はまだありません。月1回以上、職場の状況を聞いてください`
          : `${m(month.month)}: 事業主（勤務先）との連絡の記録がありません。月1回以上、職場の状況を把握するよう努めることになっています。連絡したなら支援記録に書き足してください`,
        at: monthCell(ctx, month, 'month'),
      }),
    );
};
