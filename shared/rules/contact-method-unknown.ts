import { clientFinding, contactCell, m, monthSeverity, type Rule } from './context.ts';

/**
 * contact.method-unknown — a month with no contact known to be face to face, where some contact
 * might be one but its method (or who was met) is a word we cannot read. The month cannot be judged
 * until the word is known, so it is a warning, not a contact.face-to-face-missing error (domain §2).
 */
export const contactMethodUnknown: Rule = (ctx) =>
  ctx.facts.months
    .filter((month) => month.faceToFace.length === 0 && month.undecided.length > 0)
    .map((month) => {
      const first = month.undecided[0]!;
      const words = [
        // Stryker disable next-line OptionalChaining: equivalent, every undecided contact has an unreadable word (facts.ts)
        ...new Set(month.undecided.flatMap((c) => [c.unreadable?.method, c.unreadable?.parties])),
      ].filter((w): w is string => w !== undefined);
      // Stryker disable next-line OptionalChaining: equivalent, every undecided contact has an unreadable word (facts.ts)
      // a narrative log's method was read from its text: point at the text
      const field =
        first.unreadable?.method === undefined
          ? 'parties'
          : first.fromText?.includes('method')
            ? 'content'
            : 'method';
      return clientFinding(ctx.facts.client, {
        rule: 'contact.method-unknown',
        severity: monthSeverity(month, 'warning'),
        month: month.month,
        message:
          `${m(month.month)}: 本人との対面（またはテレビ電話）の支援があったか判断できません。` +
          `支援記録の${words.map((w) => `「${w}」`).join('')}（${month.undecided.length}件）が読めないためです。` +
          '対応表（--mapping）の words でこの言葉の意味を教えると判定します',
        at: contactCell(ctx, first, field),
      });
    });
