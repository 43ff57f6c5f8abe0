import { clientFinding, m, missingMonthPlace, monthCell, monthSeverity, type Rule } from './context.ts';

/**
 * report.missing — a 支援レポート must be shown to the client in every active month; it is a condition of
 * billing the base fee (N1 1-(4)②, N2). The report of month M is M's monthly record with a shown date.
 */
export const reportMissing: Rule = (ctx) =>
  ctx.facts.months
    .filter((month) => !month.reportShownDate)
    .map((month) => {
      const client = ctx.facts.client;
      // a month with no row: point at the tab where the row must be added, not at the roster
      const place = month.record ? null : missingMonthPlace(ctx, month);
      const add = place?.grid
        ? `${place.where}に、支援レポートを提示した日を書いてください`
        : place
          ? `${place.where}に、利用者ID ${client.id}・年月 ${m(month.month)}の行を足し、支援レポートの提示日を書いてください`
          : `月次の記録のタブに、利用者ID ${client.id}・年月 ${m(month.month)}の行を作り、支援レポートの提示日を書いてください`;
      return clientFinding(client, {
        rule: 'report.missing',
        severity: monthSeverity(month, 'error'),
        month: month.month,
        message: month.inProgress
          ? `${m(month.month)}: 支援レポートはまだ提示されていません。月末までに提示し、提示日を書いてください`
          : month.record
            ? `${m(month.month)}: 支援レポートの提示日が空欄です。提示がないと基本報酬を請求できません。提示した日を書いてください`
            : `${m(month.month)}: ${place?.grid ? '支援レポートの提示日が空欄で' : '月次の記録の行がなく'}、支援レポートを提示したか分かりません。提示がないと基本報酬を請求できません。${add}`,
        at: place?.cell ?? monthCell(ctx, month, 'reportShownDate'),
      });
    });
