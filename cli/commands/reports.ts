import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatEraMonth } from '../../shared/codecs/era.ts';
import type { PlainDate, YearMonth } from '../../shared/date/plain-date.ts';
import type { Caseload } from '../../shared/model/caseload.ts';
import { normalizeClientId } from '../../shared/read/fields.ts';
import type { ReportExtras } from '../../shared/report/extras.ts';
import { reportFileStem, reportForm } from '../../shared/report/form.ts';
import { supportReports, toFillLabel } from '../../shared/report/support-report.ts';
import { formDocx } from '../docx.ts';
import { InputError } from '../load.ts';
import { describeWriteError } from '../output.ts';
import { convertToPdf, findSoffice, INSTALL_LIBREOFFICE } from '../pdf.ts';

export interface ReportsOptions {
  month: YearMonth;
  clientIds: string[];
  out: string | undefined;
  pdf: boolean;
  json: boolean;
  /** The day of generation (--as-of, else today in Japan): the 作成日 of a report whose sheet has none. */
  generatedOn: PlainDate;
}

/**
 * `teichaku reports`: the month's 支援レポート (別紙様式1), one .docx per client in --out, optionally also
 * as PDF; `--json` prints the document model instead of the summary.
 */
export async function runReports(
  caseload: Caseload,
  extras: ReportExtras,
  o: ReportsOptions,
  say: (s: string) => void,
  warn: (s: string) => void,
): Promise<number> {
  const known = new Set(caseload.clients.map((c) => c.id));
  const missing = o.clientIds.filter((id) => !known.has(normalizeClientId(id)));
  if (missing.length)
    throw new InputError(
      `--client の ${missing.join('・')} は利用者の一覧にありません。利用者のタブの利用者IDを確かめて指定し直してください`,
    );
  if (!o.out && !o.json)
    throw new InputError(
      'reports には書き出すフォルダが必要です。--out フォルダ名 を付けてください（--json を付けると画面に出します）',
    );
  const doc = supportReports(caseload, o.month, {
    clientIds: o.clientIds,
    extras,
    generatedOn: o.generatedOn,
  });

  const written: string[] = [];
  if (o.out) {
    for (const r of doc.reports) {
      const path = join(o.out, `${reportFileStem(r)}.docx`);
      const bytes = await formDocx(reportForm(r), `${reportFileStem(r)}`);
      try {
        await mkdir(o.out, { recursive: true });
        await writeFile(path, bytes);
      } catch (e) {
        throw new InputError(`${describeWriteError(path, e)}。--out に書き込めるフォルダを指定してください`, {
          file: path,
        });
      }
      written.push(path);
    }
  }
  if (o.json) say(JSON.stringify(doc, null, 2));
  else {
    say(
      `${caseload.office.name ?? caseload.title}　${formatEraMonth(o.month)}の支援レポート ${doc.reports.length}件を書き出しました（${o.out}）`,
    );
    doc.reports.forEach((r, i) => {
      say(`  ${written[i]}${r.audience === 'client-only' ? '　※ご本人用（障害非開示）' : ''}`);
      if (r.toFill.length) say(`    記入が必要: ${r.toFill.map(toFillLabel).join('・')}`);
    });
  }
  if (o.pdf && written.length) {
    const soffice = findSoffice();
    if (!soffice) {
      warn(INSTALL_LIBREOFFICE);
      return 0;
    }
    const error = convertToPdf(written, o.out!, soffice);
    if (error) {
      warn(`PDF への変換に失敗しました（.docx はできています）: ${error}`);
      return 0;
    }
    const pdfs = written.map((p) => p.replace(/\.docx$/, '.pdf')).filter((p) => existsSync(p));
    if (!o.json) say(`PDF も書き出しました: ${pdfs.length}件`);
  }
  return 0;
}
