import { clientFinding, m, monthCell, type Rule } from './context.ts';
import { employerContactExpected } from './employer-contact-missing.ts';

/** employer.visit-missing — the employer was contacted but not visited; N1 asks for a visit where possible. */
export const employerVisitMissing: Rule = (ctx) => {
  if (!employerContactExpected(ctx.facts.client)) return [];
  return ctx.facts.months
    .filter(
      (month) => !month.inProgress && month.employerContacts.length > 0 && month.employerVisits.length === 0,
    )
    .map((month) =>
      clientFinding(ctx.facts.client, {
        rule: 'employer.visit-missing',
        month: month.month,
        message: `${m(month.month)}: 事業主とは電話等で連絡していますが、訪問はしていません。できるだけ職場を訪問して、働く様子を確かめてください`,
        at: monthCell(ctx, month, 'month'),
      }),
    );
};
