import { ageOn } from '../date/plain-date.ts';
import type { Finding } from '../model/finding.ts';
import { clientFinding, d, type Rule, rosterCell } from './context.ts';

/** A worker is at least 15 (労働基準法56条) and, in practice, not over 100. */
export const MIN_WORKER_AGE = 15;
export const MAX_WORKER_AGE = 100;

/**
 * data.implausible-value — a date that reads but cannot be right: a birth date that makes the worker younger
 * than 15 or older than 100 when hired (or at the start), a hire date after the as-of date. A warning: the
 * value is shown as written, never changed, and the client is still checked.
 */
export const dataImplausibleValue: Rule = (ctx) => {
  const { client } = ctx.facts;
  const out: Finding[] = [];
  const on = client.hireDate ?? client.startDate;
  if (client.birthDate && on) {
    const age = ageOn(client.birthDate, on);
    if (age < MIN_WORKER_AGE || age > MAX_WORKER_AGE)
      out.push(
        clientFinding(client, {
          rule: 'data.implausible-value',
          message: `生年月日（${d(client.birthDate)}）では${client.hireDate ? '就職' : '支援開始'}の時に${age}歳になります。生年月日を確かめてください`,
          at: rosterCell(ctx, 'birthDate'),
        }),
      );
  }
  if (client.hireDate && client.hireDate > ctx.asOf)
    out.push(
      clientFinding(client, {
        rule: 'data.implausible-value',
        message: `就職日（${d(client.hireDate)}）が点検基準日より後です。就職日を確かめてください`,
        at: rosterCell(ctx, 'hireDate'),
      }),
    );
  return out;
};
