import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { formatEraDate, formatEraMonth } from '../../shared/codecs/index.ts';
import type { PlainDate } from '../../shared/date/plain-date.ts';
import type { Caseload } from '../../shared/model/caseload.ts';
import {
  ageBandLabel,
  annualAppendixForm,
  annualReport,
  annualReportForm,
  headline,
} from '../../shared/report/annual.ts';
import { annualStats } from '../../shared/stats/annual.ts';
import { formDocx } from '../docx.ts';
import { InputError } from '../load.ts';
import { describeWriteError } from '../output.ts';
import {
  ACTION_WORD,
  actionLabel,
  type FileAction,
  type Manifest,
  placeFile,
  readManifest,
} from './reports-files.ts';

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const eraYear = (fy: number) => formatEraMonth(`${fy}-04`).replace(/年4月$/, '年度');

/**
 * The appendix beside the report: 「R6事業報告.docx」 → 「R6事業報告_別添_利用者一覧.docx」 in the same folder.
 */
export function appendixPath(docx: string): string {
  const stem = basename(docx).replace(/\.docx$/i, '');
  return join(dirname(docx), `${stem}_別添_利用者一覧.docx`);
}

const writeError = (path: string, e: unknown) =>
  new InputError(`${describeWriteError(path, e)}。--docx に書き込める場所とファイル名を指定してください`, {
    file: path,
  });

export interface DocxOptions {
  /** The report's file as given to --docx; the appendix goes beside it. */
  path: string;
  /** Write over existing files, even edited ones. */
  force: boolean;
  /** The day of this run: recorded as the day a document was first written. */
  generatedOn: PlainDate;
}

/** Which of the two annual documents. */
type Part = 'report' | 'appendix';

/**
 * The manifest entry of one annual document: the fiscal year, which document, and the report's name as
 * given (two --docx names in one folder are two documents, each with its own history).
 */
export const annualManifestKey = (fiscalYear: number, part: Part, requested: string) =>
  `annual ${fiscalYear} ${part} ${basename(requested)}`;

/**
 * Write one annual document by the reports' rule (reports-files.ts): a file we wrote and nobody touched
 * is brought up to date, an edited one or one not ours is kept and a new version written beside it when
 * the content differs; --force writes over. The manifest is saved after the file.
 */
async function placeDocx(
  manifest: Manifest,
  key: string,
  path: string,
  bytes: Uint8Array,
  o: DocxOptions,
): Promise<FileAction> {
  const dir = dirname(path);
  const name = basename(path);
  const ext = /\.docx$/i.exec(name)?.[0] ?? '';
  const stem = name.slice(0, name.length - ext.length);
  // a folder of that name is not a document to keep beside: the same error as writing onto it
  const isDir = (() => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  })();
  if (isDir) throw writeError(path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  return placeFile(dir, stem, ext, bytes, manifest, key, o, writeError);
}

/** The closing line's note on a document: what happened to the file a person had edited. */
const keptNote = (a: FileAction) =>
  a.kind === 'version' ? `（手が加えられた「${a.kept}」も残っています）` : '';

/**
 * `teichaku stats`: the figures of an office's annual report (事業報告) for one fiscal year; with --docx
 * also the report and its named appendix as Word documents, never writing over one staff have edited.
 */
export async function runStats(
  caseload: Caseload,
  fiscalYear: number,
  json: boolean,
  say: (s: string) => void,
  docx?: DocxOptions,
) {
  const s = annualStats(caseload, fiscalYear);
  const files: { part: Part; action: FileAction }[] = [];
  if (docx) {
    const report = annualReport(caseload, fiscalYear);
    const manifest = readManifest(dirname(docx.path));
    // the document meant for publication names nobody; the named list is a file of its own
    const docs: [Part, string, Uint8Array][] = [
      ['report', docx.path, await formDocx(annualReportForm(report), `${fiscalYear}年度 事業報告`)],
      [
        'appendix',
        appendixPath(docx.path),
        await formDocx(annualAppendixForm(report), `${fiscalYear}年度 事業報告 別添 利用者一覧`),
      ],
    ];
    for (const [part, path, bytes] of docs) {
      const key = annualManifestKey(fiscalYear, part, docx.path);
      files.push({ part, action: await placeDocx(manifest, key, path, bytes, docx) });
    }
  }
  if (json) {
    say(JSON.stringify(s, null, 2));
    return 0;
  }
  const people = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${v}人`)
      .join('・');
  say(
    `${caseload.office.name ?? caseload.title}　${eraYear(fiscalYear)}（${formatEraDate(`${fiscalYear}-04-01`)}〜${formatEraDate(`${fiscalYear + 1}-03-31`)}）の実績`,
  );
  say('');
  say(`利用者延人員 ${s.clientMonths}人　月平均利用者数 ${s.monthlyAverage.toFixed(1)}人`);
  say(`  月別: ${s.monthlyCounts.map((m) => `${Number(m.month.slice(5))}月 ${m.count}`).join('・')}`);
  say(
    `年度初め ${s.activeAtStart}人 ＋ 新規 ${s.newInYear}人 − 終了 ${s.endedInYear}人 ＝ 年度末 ${s.activeAtEnd}人`,
  );
  say(`  終了の理由: ${people(s.endedByReason)}`);
  say(`  ${headline(s)}`);
  say(
    `開始以来: 利用者 ${s.cumulativeClients}人・離職 ${s.cumulativeLeftJob}人・就労継続の割合 ${pct(s.cumulativeRetention)}`,
  );
  say('');
  say(`年度末の利用者（${s.activeAtEnd}人）`);
  say(
    `  年齢（3月31日現在）: ${[...s.ageBands.map((b) => `${ageBandLabel(b)} ${b.count}人`), ...(s.ageUnknown ? [`不明 ${s.ageUnknown}人`] : [])].join('・')}`,
  );
  say(
    `  障害者手帳: ${s.cards.map((c) => `${c.name}${c.grade ? ` ${c.grade}` : ''} ${c.count}人`).join('・') || 'なし'}${s.noCard ? `・手帳の記載なし ${s.noCard}人` : ''}`,
  );
  if (s.multipleCards)
    say(`    ※2種類以上の手帳をお持ちの方が${s.multipleCards}人いるため、手帳の合計は人数より多くなります`);
  say(`  居住: ${people(s.residence)}　性別: ${people({ ...s.sexCounts })}`);
  say('');
  say(
    s.contactLog
      ? `支援の回数: 年間 ${s.contacts.year}件（上半期 ${s.contacts.firstHalf}・下半期 ${s.contacts.secondHalf}）、うち訪問 ${s.visits.year}件（上半期 ${s.visits.firstHalf}・下半期 ${s.visits.secondHalf}）`
      : '支援の回数: 支援記録のタブがないため数えていません。支援記録のタブを足すと数えます',
  );
  say(
    `就労定着率（翌年度の基本報酬の区分）: ${pct(s.retentionRate)}${s.band ? ` → ${s.band.label}・${s.band.units.toLocaleString('ja-JP')}単位` : ''}`,
  );
  const st = s.staffing;
  say(
    `就労定着支援員: 必要 ${st.requiredFte}人（前年度の月平均 ${st.clients}人 ÷ 40）${st.staffFte === null ? '' : `　配置 ${st.staffFte}人`}${st.shortfall ? '　※不足しています' : ''}`,
  );
  if (docx) {
    const dir = dirname(docx.path);
    const [r, a] = files.map((f) => f.action) as [FileAction, FileAction];
    say('');
    say(`Word 文書（${dir}）:`);
    for (const { action } of files) {
      say(`  ${ACTION_WORD[action.kind]}　${action.file}`);
      if (action.kind !== 'create') say(`    ${actionLabel(action)}`);
    }
    const written = (k: FileAction['kind']) => k !== 'same' && k !== 'kept';
    say(
      written(r.kind)
        ? `年次報告を Word 文書で書き出しました: ${join(dir, r.file)}${keptNote(r)}`
        : `年次報告の Word 文書（書き換えていません）: ${join(dir, r.file)}`,
    );
    say(
      `  別添（利用者の氏名入り。公表・提出する書類には添付しないでください）: ${join(dir, a.file)}${keptNote(a)}`,
    );
  }
  return 0;
}
