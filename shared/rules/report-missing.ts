import { clientFinding, m, monthCell, monthSeverity, type Rule } from './context.ts';

/**
 * report.missing — a 支援レポート must be shown to the client in every active month; it is a condition of
 * billing the base fee (N1 1-(4)②, N2). The report of month M is M's monthly record with a shown date.
 */
export const reportMissing: Rule = (ctx) =>
  ctx.facts.months
    .filter((month) => !month.reportShownDate)
    .map((month) =>
      clientFinding(ctx.facts.client, {
        rule: 'report.missing',
        severity: monthSeverity(month, 'error'),
        month: month.month,
        message: month.inProgress
          ? `${m(month.month)}: 支援レポートはまだ提示されていません`
          : month.record
            ? `${m(month.month)}: 支援レポートの提示日が空欄です（提示がないと基本報酬を請求できません）`
            : `${m(month.month)}: 月次の記録（支援レポート）の行がありません（提示がないと基本報酬を請求できません）`,
        at: monthCell(ctx, month, 'reportShownDate'),
      }),
    );
