import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatEraMonth } from '../../shared/codecs/era.ts';
import type { PlainDate, YearMonth } from '../../shared/date/plain-date.ts';
import type { Caseload } from '../../shared/model/caseload.ts';
import { normalizeClientId } from '../../shared/read/fields.ts';
import type { ReportExtras } from '../../shared/report/extras.ts';
import { reportFileStem, reportForm } from '../../shared/report/form.ts';
import { CLIENT_ONLY_LABEL, monthList, monthListForm, NO_SUPPORT } from '../../shared/report/month-list.ts';
import { supportReports, toFillLabel } from '../../shared/report/support-report.ts';
import { formDocx } from '../docx.ts';
import { InputError } from '../load.ts';
import { describeWriteError } from '../output.ts';
import { findSoffice, INSTALL_LIBREOFFICE } from '../pdf.ts';
import { type BundleResult, makeBundle, pdfBeside } from './reports-bundle.ts';
import {
  ACTION_WORD,
  actionLabel,
  type FileAction,
  manifestKey,
  placeFile,
  readManifest,
} from './reports-files.ts';

/** What a run writes: the other actions leave the file in the folder as it is. */
const WRITES = new Set<FileAction['kind']>(['create', 'update', 'version', 'overwrite']);

/** The console's note under a new version, with --pdf: which file the bundle holds. */
const notInBundle = (kept: string) =>
  `まとめ（印刷用）にはこの新しい版が入ります。手が加えられた「${kept}」はそのまま残してあり、まとめには入っていません`;

export interface ReportsOptions {
  month: YearMonth;
  clientIds: string[];
  out: string | undefined;
  pdf: boolean;
  json: boolean;
  /** Write over existing report files, even edited ones. */
  force: boolean;
  /** The day of generation (--as-of, else today in Japan): the 作成日 of a report whose sheet has none. */
  generatedOn: PlainDate;
}

/**
 * `teichaku reports`: the month's 支援レポート (別紙様式1), one .docx per client in --out, optionally also
 * as PDF; `--json` prints the document model instead of the summary. An existing file is never written
 * over silently: one we wrote and nobody touched is brought up to date, an edited one is kept (a new
 * version is written beside it when the sheet says something new); --force writes over. Each report's
 * line says which.
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
  const manifest = o.out ? readManifest(o.out) : null;
  const firstGeneratedOn = new Map<string, PlainDate>();
  for (const [key, w] of Object.entries(manifest?.reports ?? {}))
    if (key.startsWith(`${o.month} `)) firstGeneratedOn.set(key.slice(o.month.length + 1), w.generatedOn);
  const doc = supportReports(caseload, o.month, {
    clientIds: o.clientIds,
    extras,
    generatedOn: o.generatedOn,
    firstGeneratedOn,
  });

  /** Each report's file and what was done with it. */
  const actions: FileAction[] = [];
  if (o.out && manifest) {
    const out = o.out;
    const fail = (path: string, e: unknown) =>
      new InputError(`${describeWriteError(path, e)}。--out に書き込めるフォルダを指定してください`, {
        file: path,
      });
    try {
      await mkdir(out, { recursive: true });
    } catch (e) {
      throw fail(out, e);
    }
    for (const r of doc.reports) {
      const stem = reportFileStem(r);
      const key = manifestKey(r.month, r.clientId);
      const bytes = await formDocx(reportForm(r), stem);
      actions.push(await placeFile(out, stem, '.docx', bytes, manifest, key, o, fail));
    }
  }
  if (o.json) say(JSON.stringify(doc, null, 2));
  else {
    const office = caseload.office.name ?? caseload.title;
    const n = (k: FileAction['kind']) => actions.filter((a) => a.kind === k).length;
    const kinds = ['create', 'update', 'version', 'overwrite', 'same', 'kept'] as const;
    const counts = kinds
      .map((k) => [ACTION_WORD[k], n(k)] as const)
      .filter(([, c]) => c)
      .map(([l, c]) => `${l} ${c}`)
      .join('・');
    say(
      `${office}　${formatEraMonth(o.month)}の支援レポート ${doc.reports.length}件（${o.out}）: ${counts || 'なし'}`,
    );
    doc.reports.forEach((r, i) => {
      const a = actions[i];
      const mark = r.audience === 'client-only' ? `　※${CLIENT_ONLY_LABEL}` : '';
      if (a) {
        say(`  ${ACTION_WORD[a.kind]}　${a.file}${mark}`);
        if (a.kind !== 'create') say(`    ${actionLabel(a)}`);
        if (a.kind === 'version' && o.pdf) say(`    ${notInBundle(a.kept)}`);
      } else say(`  ${reportFileStem(r)}${mark}`);
      if (r.fields.contacts.length === 0) say(`    ${NO_SUPPORT}`);
      if (r.toFill.length) say(`    記入が必要: ${r.toFill.map(toFillLabel).join('・')}`);
    });
  }
  if (!o.out) return 0;
  const out = o.out;

  // the month's list: every report with what it still needs, in roster order
  const listPath = join(out, `${o.month}_支援レポート一覧.csv`);
  const byId = new Map(doc.reports.map((r, i) => [r.clientId, actions[i]!]));
  const q = (t: string) => (/[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  const csv = [
    ['名簿順', '利用者ID', '氏名', '区分', 'ファイル', '状態', '支援の記録', '記入が必要'],
    ...monthList(doc).map((l) => {
      const a = byId.get(l.clientId)!;
      return [
        String(l.rosterNo),
        l.clientId,
        l.clientName,
        l.clientOnly ? CLIENT_ONLY_LABEL : '',
        a.file,
        a.kind === 'version'
          ? `${ACTION_WORD[a.kind]}（手が加えられた「${a.kept}」はそのまま残してあり${o.pdf ? '、まとめ（印刷用）には入っていません' : 'ます'}）`
          : ACTION_WORD[a.kind],
        l.noSupport ? NO_SUPPORT : 'あり',
        l.toFill.join('・'),
      ];
    }),
  ];
  try {
    await writeFile(listPath, `\ufeff${csv.map((r) => r.map(q).join(',')).join('\r\n')}\r\n`);
  } catch (e) {
    throw new InputError(`${describeWriteError(listPath, e)}。--out に書き込めるフォルダを指定してください`, {
      file: listPath,
    });
  }
  if (!o.json) say(`一覧: ${listPath}`);

  if (o.pdf) {
    const soffice = findSoffice();
    if (!soffice) {
      warn(INSTALL_LIBREOFFICE);
      return 0;
    }
    // the bundle for printing: the list, then each report's file as it is in the folder, in roster order
    const stem = `${o.month}_支援レポート_まとめ（印刷用）`;
    const office = caseload.office.name ?? caseload.title;
    const reports = doc.reports
      .map((r, i) => ({ rosterNo: r.rosterNo, a: actions[i]! }))
      .sort((x, y) => x.rosterNo - y.rosterNo)
      .map(({ a }) => ({ file: a.file, written: WRITES.has(a.kind) }));
    let made: BundleResult;
    try {
      made = await makeBundle(
        out,
        stem,
        await formDocx(monthListForm(doc, office), `${o.month}_支援レポート一覧`),
        reports,
        soffice,
      );
    } catch (e) {
      warn(`まとめの PDF を作れませんでした（.docx はできています）: ${e instanceof Error ? e.message : e}`);
      return 0;
    }
    if (made.made.length && !o.json) say(`PDF も書き出しました: ${made.made.length}件`);
    if (made.error) warn(`PDF への変換に失敗しました（.docx はできています）: ${made.error}`);
    for (const f of made.missing) {
      const stale = made.stale.includes(f)
        ? `（横にある「${pdfBeside(f)}」は前に作った PDF で、今のファイルの内容ではありません）`
        : '';
      warn(
        `「${f}」は PDF にできなかったため、まとめ（印刷用）に入っていません${stale}。Word で開けるか確かめ、保存し直してからもう一度実行してください`,
      );
    }
    if (made.listMissing && made.bundle)
      warn('一覧のページを PDF にできなかったため、まとめ（印刷用）に入っていません');
    if (!made.bundle) {
      const old = existsSync(join(out, `${stem}.pdf`))
        ? `。フォルダにある「${stem}.pdf」は前に作ったもので、今の内容ではありません`
        : '';
      warn(`まとめ（印刷用）の PDF を作れませんでした（PDF にできたものがありません）${old}`);
    } else if (!o.json) say(`まとめ（印刷用・名簿順）: ${made.bundle}`);
  }
  return 0;
}
