import { clientFinding, m, monthCell, monthSeverity, type Rule } from './context.ts';

/**
 * contact.face-to-face-missing — every active month needs at least one contact with the client face to
 * face or by video call (テレビ電話装置等). Phone, e-mail and chat do not count (N1 1-(4)②).
 * A month with a contact whose word could not be read is not judged here (contact.method-unknown).
 */
export const faceToFaceMissing: Rule = (ctx) =>
  ctx.facts.months
    .filter((month) => month.faceToFace.length === 0 && month.undecided.length === 0)
    .map((month) => {
      const other = month.clientContacts.length;
      return clientFinding(ctx.facts.client, {
        rule: 'contact.face-to-face-missing',
        severity: monthSeverity(month, 'error'),
        month: month.month,
        message: month.inProgress
          ? `${m(month.month)}: 本人との対面（またはテレビ電話）の支援がまだありません。月末までに1回以上必要です`
          : `${m(month.month)}: 本人との対面（またはテレビ電話）の支援の記録がありません。` +
            (other ? `電話・メール等の${other}件は対面に数えません。` : '') +
            '対面で支援したなら支援記録に書き足してください。なければこの月は請求できません',
        at: monthCell(ctx, month, 'month'),
      });
    });
