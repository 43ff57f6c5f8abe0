import { formatEraMonth } from '../../shared/codecs/era.ts';
import { fiscalYearOf, isYearMonth, type PlainDate, type YearMonth } from '../../shared/date/plain-date.ts';
import type { Caseload } from '../../shared/model/caseload.ts';
import { readWorkbook } from '../../shared/read/workbook.ts';
import { annualAppendixForm, annualReport, annualReportForm } from '../../shared/report/annual.ts';
import { readReportExtras } from '../../shared/report/extras.ts';
import { CLIENT_ONLY_MARK, type FormBlock, reportFileStem, reportForm } from '../../shared/report/form.ts';
import { NO_SUPPORT } from '../../shared/report/month-list.ts';
import { type SupportReport, supportReports, toFillLabel } from '../../shared/report/support-report.ts';
import { savedMapping, UserError } from './app.ts';
import { blankDocx, DOCX_MIME } from './blank-docx.ts';
import {
  blankCopy,
  blankRequests,
  type DocsRequest,
  docRequests,
  docText,
  type ExistingDoc,
  existingOf,
} from './doc-writer.ts';
import { readSpreadsheet } from './read-sheet.ts';
import { templateRequests, templateText, templateWarnings } from './report-template.ts';
import { reportsHtml } from './reports-html.ts';
import { LOG_TAB, LOG_TAB_KEY, ourTabIds } from './tabs.ts';
import { stampIn, todayIn } from './zone.ts';

/**
 * 支援レポートを作成: one Google Doc per client for a month, in a folder the add-on made (its id kept in the
 * document properties), recorded row by row in the 作成ログ tab.
 *
 * Nothing typed into a Doc is lost: each Doc we made is remembered in a document property of its own
 * (its id, a hash of the text we left in it, a hash of the report it shows, the day it was first made), so
 * a rerun can tell a Doc nobody touched (brought up to date, or left alone when the report is the same)
 * from one staff have typed into (kept as it is; when the sheet now says something new, a new version is
 * made beside it). The 作成日 stays the day the Doc was first made. Resumable: a run checks its elapsed
 * time before each document against a budget well below Apps Script's 6 minutes, records its position
 * after each document, and stops; a time-driven trigger (and the open sidebar, which polls) runs the rest.
 * A Doc is remembered before it is filled, so a cut anywhere never leaves a document made twice.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Props = GoogleAppsScript.Properties.Properties;

const RUN_KEY = 'teichaku.reports.run';
/** Runs of other months waiting their turn (a run never blocks another month: it waits behind it). */
const QUEUE_KEY = 'teichaku.reports.queue';
const LAST_KEY = 'teichaku.reports.last';
const FOLDER_KEY = 'teichaku.reports.folder';
const TEMPLATE_KEY = 'teichaku.reports.template';
/** The per-month map of file ids earlier versions kept in one property (read only, to find their Docs). */
const legacyFilesKey = (month: YearMonth) => `teichaku.reports.files.${month}`;
/** One property per document: it can never grow past the 9 KB a property value may hold. */
const DOC_PREFIX = 'teichaku.reports.doc.';
export const docKey = (month: YearMonth, clientId: string) => `${DOC_PREFIX}${month}.${clientId}`;
const annualKey = (fy: number) => `teichaku.annual.${fy}`;
export const CONTINUE_HANDLER = 'teichakuReportsContinue';

/** A run stops starting new documents after this long (Apps Script stops an execution at 6 minutes). */
export const BUDGET_MS = 4.5 * 60_000;
/** Apps Script's hard limit on one execution, and the lease a working execution holds (a margin beyond). */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
export const LEASE_MS = EXECUTION_LIMIT_MS + 30_000;
/**
 * A paused run continues from a trigger after this delay. Apps Script lets an add-on's time-driven triggers
 * run at most once an hour; should the short delay be refused, the trigger is set for an hour later. While
 * the sidebar is open it continues the run at once (each of its calls is a new execution).
 */
export const CONTINUE_AFTER_MS = 60_000;
const CONTINUE_AFTER_ADDON_MS = 60 * 60_000;

export interface RunState {
  month: YearMonth;
  /** The clients of the run, in order; `next` is the position of the first not yet written. */
  ids: string[];
  next: number;
  generatedOn: PlainDate;
  template: string | null;
  created: number;
  updated: number;
  /** Left as they were: the same report, or edited by hand with nothing new on the sheet. */
  kept?: number;
  /** New versions made beside a Doc staff had edited. */
  versions?: number;
  failed: number;
  /**
   * The lease of the execution working on the run (ms since the epoch): it cannot outlive Apps Script's
   * 6-minute limit, so after this moment a run found unfinished was cut (by the limit or by a failure) and
   * anyone may continue it. 0 while paused for its trigger.
   */
  leaseUntil?: number;
  /** When the paused run's trigger will make the rest (ms since the epoch), for the sidebar. */
  resumeAt?: number | null;
  /** The run's blank form (page setup and footer) each new Doc is copied from; trashed when the run ends. */
  blank?: Blank;
}

/** What the add-on remembers of one Doc it made (a document property of its own). */
export interface DocRecord {
  id: string;
  /**
   * Hash of the Doc's body text as we left it (docText of documents.get). Null for a copy of an office
   * template (its text is the template's, known only to Google) and while the Doc is being filled.
   */
  text: string | null;
  /**
   * The Doc's revision after our last batch (the reply's writeControl). documents.get answers the same id
   * while nobody has changed the Doc. Absent while the Doc is being filled: with text null too, a cut run's
   * Doc is still ours to fill.
   */
  rev?: string;
  /** Hash of the report (and template) it shows. */
  content: string;
  generatedOn: PlainDate;
  /** 1 for the first Doc of the client and month, 2 for the next version … */
  version: number;
}

export interface Progress {
  running: boolean;
  /** A run is unfinished and nobody is working on it: the sidebar offers 今すぐ続ける. */
  canContinue: boolean;
  /** Months waiting behind the current run. */
  queued: YearMonth[];
  month: YearMonth | null;
  done: number;
  total: number;
  created: number;
  updated: number;
  failed: number;
  folderUrl: string | null;
  message: string;
}

const ss = () => {
  const s = SpreadsheetApp.getActiveSpreadsheet();
  if (!s) throw new UserError('スプレッドシートを開いてから実行してください。');
  return s;
};
const props = () => PropertiesService.getDocumentProperties();

function readJson<T>(p: Props, key: string): T | null {
  const raw = p.getProperty(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** The office's caseload and report-only columns, read with the saved mapping. */
export function readCaseload(s: Spreadsheet) {
  const wb = readSpreadsheet(s, ourTabIds(props()));
  const read = readWorkbook(wb, savedMapping());
  if (!read.ok)
    throw new UserError(`${read.error}\n「列の対応を確認・変更…」で、どのタブ・列を読むかを指定できます。`);
  return { caseload: read.caseload as Caseload, extras: readReportExtras(wb, read.caseload) };
}

// ---- the folder -------------------------------------------------------------------------------------------

/** The folder the add-on made for its documents; made on first use and remembered (drive.file reaches it). */
export function reportFolder(s: Spreadsheet, p: Props): GoogleAppsScript.Drive.Folder {
  const id = p.getProperty(FOLDER_KEY);
  if (id) {
    try {
      const f = DriveApp.getFolderById(id);
      if (!f.isTrashed()) return f;
    } catch {
      // deleted or no longer reachable: make a new one
    }
  }
  const f = DriveApp.createFolder(`定着 支援レポート（${s.getName()}）`);
  p.setProperty(FOLDER_KEY, f.getId());
  return f;
}

function folderUrl(p: Props): string | null {
  const id = p.getProperty(FOLDER_KEY);
  return id ? `https://drive.google.com/drive/folders/${id}` : null;
}

// ---- the 作成ログ tab ----------------------------------------------------------------------------------------

const LOG_HEAD = ['利用者ID', '氏名', '対象月', '文書', '日時', '状態', '区分'];

/** The log tab (the add-on's own, known by its sheet id): found or made, with its rows by client and month. */
function logTab(s: Spreadsheet, p: Props) {
  const id = Number(p.getProperty(LOG_TAB_KEY) ?? Number.NaN);
  let sheet = Number.isNaN(id) ? null : (s.getSheets().find((x) => x.getSheetId() === id) ?? null);
  if (!sheet) {
    const names = new Set(s.getSheets().map((x) => x.getName()));
    let name = LOG_TAB;
    for (let i = 2; names.has(name); i++) name = `${LOG_TAB}（定着${i > 2 ? i - 1 : ''}）`;
    sheet = s.insertSheet(name, s.getNumSheets());
    sheet
      .getRange(1, 1, 1, LOG_HEAD.length)
      .setValues([LOG_HEAD])
      .setFontWeight('bold')
      .setBackground('#e8eaed');
    sheet.setFrozenRows(1);
    p.setProperty(LOG_TAB_KEY, String(sheet.getSheetId()));
  }
  const values = sheet.getDataRange().getValues();
  // a log made by an earlier version lacks the last column's heading
  if ((values[0] ?? []).length < LOG_HEAD.length || values[0]![LOG_HEAD.length - 1] !== LOG_HEAD.at(-1))
    sheet.getRange(1, 1, 1, LOG_HEAD.length).setValues([LOG_HEAD]).setFontWeight('bold');
  const rows = new Map<string, number>();
  values.forEach((r, i) => {
    if (i > 0) rows.set(`${plain(r[0])} ${plain(r[2])}`, i + 1);
  });
  let last = values.length;
  let maxRows = sheet.getMaxRows();
  const tab = sheet;
  return {
    /** One setValues per document: its row is updated when the client and month are already logged. */
    write(
      clientId: string,
      clientName: string,
      month: YearMonth,
      name: string,
      url: string,
      time: string,
      status: string,
      audience = '',
    ) {
      const key = `${clientId} ${monthLabel(month)}`;
      let row = rows.get(key);
      if (!row) {
        row = ++last;
        if (row > maxRows) {
          tab.insertRowsAfter(maxRows, 100);
          maxRows += 100;
        }
        rows.set(key, row);
      }
      const link = url ? `=HYPERLINK("${url}","${name.replace(/"/g, '""')}")` : '';
      tab
        .getRange(row, 1, 1, LOG_HEAD.length)
        .setValues([
          [
            asText(clientId),
            text(clientName),
            asText(monthLabel(month)),
            link,
            asText(time),
            status,
            audience,
          ],
        ]);
    },
  };
}

const monthLabel = (m: YearMonth) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
/**
 * The id, the month and the time are written as text (a leading apostrophe): Sheets would read 001 as the
 * number 1 and 2025年2月 as a date, and the next run would not find the row. Read back without it.
 */
const asText = (t: string) => `'${t}`;
const plain = (v: unknown) => String(v ?? '').replace(/^'/, '');
const text = (t: string) => (/^[=+\-@]/.test(t) ? `'${t}` : t);
// ---- one document -----------------------------------------------------------------------------------------

type DocJson = GoogleAppsScript.Docs.Schema.Document;

/** The Docs advanced service (appsscript.json enables it); a clear message when a copy of the script lacks it. */
export function docsApi(): GoogleAppsScript.Docs.Collection.DocumentsCollection {
  if (typeof Docs === 'undefined' || !Docs)
    throw new UserError(
      'Google ドキュメントの高度なサービス（Docs API）が有効になっていません。Apps Script の「サービス」で Google Docs API を追加してください。',
    );
  return Docs.Documents;
}

export const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

/** The document as documents.get answers it, or null when it no longer exists (or cannot be read). */
function fetchDoc(id: string | undefined): DocJson | null {
  if (!id) return null;
  try {
    return docsApi().get(id);
  } catch (e) {
    if (e instanceof UserError) throw e;
    return null;
  }
}

/**
 * A short hash of a text (FNV-1a, 32 bits, over UTF-16 units): enough to tell whether a Doc's text is still
 * what we left in it, with no service call.
 */
export function textHash(t: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) {
    h ^= t.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${t.length.toString(36)}.${h.toString(36)}`;
}

/** The Doc was written to the end (a record made before filling has neither a text hash nor a revision). */
const filled = (rec: DocRecord) => rec.rev !== undefined || rec.text !== null;

/**
 * Nobody has changed the Doc since we wrote it: its revision is the one our batch left ("If the revision ID
 * is unchanged between calls, then the document has not changed"), or its text is the text we left. The
 * Docs API warns that a revision id is not comparable across users and may change for internal reasons, so
 * the text decides when the revisions differ; a template copy has no text hash, and a differing revision
 * makes it count as edited (kept; a new version beside it), never written over. A Doc cut while being
 * filled is still ours.
 */
function untouched(rec: DocRecord, doc: DocJson): boolean {
  if (!filled(rec)) return true;
  if (rec.rev !== undefined && doc.revisionId === rec.rev) return true;
  return rec.text !== null && textHash(docText(doc)) === rec.text;
}

export type DocAction = 'create' | 'update' | 'same' | 'kept' | 'version';

/** The 作成ログ's 状態 for each action. */
export const DOC_ACTION_WORDS: Record<DocAction, string> = {
  create: '作成',
  update: '更新',
  same: '変更なし',
  kept: '保持（手が加えられているため書き直していません）',
  version: '新しい版（手が加えられた文書は残し、新しい内容を別の文書にしました）',
};

/**
 * What a run needs to write Docs: the folder (made on first use), the blank form new Docs are copied from
 * (made once a run), the office template (read once a run).
 */
export interface Writer {
  folder: () => GoogleAppsScript.Drive.Folder;
  blank: () => { file: GoogleAppsScript.Drive.File; blank: Blank };
  template: { file: () => GoogleAppsScript.Drive.File; doc: () => DocJson } | null;
}

/** What a written Doc is remembered by: its revision after our last batch and the hash of its text. */
interface Written {
  rev: string | undefined;
  text: string | null;
}

export type BatchReply = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;
export const footerIdOf = (res: BatchReply) =>
  ((res.replies ?? []) as { createFooter?: { footerId?: string } }[]).find((r) => r.createFooter)
    ?.createFooter?.footerId;
export const revOf = (res: BatchReply) => res.writeControl?.requiredRevisionId ?? undefined;

/** One batch, and for a Doc without a footer the footer's batch (its id comes from the createFooter reply). */
function fillBuiltIn(id: string, blocks: FormBlock[], before: DocJson | null): Written {
  const built = docRequests(blocks, before ? existingOf(before) : null);
  let res = batch(id, built.requests);
  if (built.footer) {
    const footerId = footerIdOf(res);
    if (footerId) res = batch(id, built.footer(footerId));
  }
  return { rev: revOf(res), text: textHash(built.text) };
}

/**
 * A copy of the run's blank form filled in one batch, its footer addressed by the blank's footer id. Should
 * the copy's footer have another id (the batch is then refused whole: "If any request is not valid, then no
 * requests will be applied"), the copy is read once and written as the Doc it is.
 */
function fillCopy(id: string, blocks: FormBlock[], blank: Blank): Written {
  const built = docRequests(blocks, blank.existing);
  try {
    return { rev: revOf(batch(id, built.requests)), text: textHash(built.text) };
  } catch (e) {
    if (e instanceof UserError) throw e;
    return fillBuiltIn(id, blocks, docsApi().get(id));
  }
}

/** The blank form of a run: a Doc with the page set up and a footer, in My Drive until the run ends. */
const BLANK_NAME = '定着_支援レポートの下地（作成中だけ使う一時ファイルです）';
/** The blank as its copies are written: its id, and its body and footer as docRequests sees them. */
export interface Blank {
  id: string;
  existing: ExistingDoc;
}

/** The Drive advanced service (v3) as far as the add-on uses it: files.create with an upload to import. */
interface DriveV3 {
  Files: {
    create(resource: { name: string; mimeType: string }, blob: GoogleAppsScript.Base.Blob): { id?: string };
  };
}
declare const Drive: DriveV3 | undefined;
const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';

/**
 * The blank with page numbers: the blank .docx (blank-docx.ts) imported by Drive as a Google Doc (files.create
 * with a Google Docs mimeType converts the upload), read once for its footer. Null when the Drive service is
 * not enabled, the import fails, or its footer has no page field (the blank is then made with the Docs API,
 * without page numbers).
 */
export function importedBlank(name: string): Blank | null {
  if (typeof Drive === 'undefined' || !Drive?.Files) return null;
  let id: string | undefined;
  try {
    id = Drive.Files.create(
      { name, mimeType: GOOGLE_DOC_MIME },
      // Apps Script's bytes are Java's, signed
      Utilities.newBlob(
        Array.from(blankDocx(), (b) => (b > 127 ? b - 256 : b)),
        DOCX_MIME,
        'blank.docx',
      ),
    ).id;
    if (!id) return null;
    const existing = existingOf(docsApi().get(id));
    if (existing.footer?.fieldsAt !== undefined) return { id, existing };
  } catch (e) {
    if (e instanceof UserError) throw e;
  }
  if (id)
    try {
      DriveApp.getFileById(id).setTrashed(true);
    } catch {
      // not reachable: nothing to tidy
    }
  return null;
}

function makeBlank(): Blank {
  const imported = importedBlank(BLANK_NAME);
  if (imported) return imported;
  const id = docsApi().create({ title: BLANK_NAME }).documentId!;
  const footerId = footerIdOf(batch(id, blankRequests()));
  if (!footerId) throw new Error('createFooter gave no footer id');
  return { id, existing: blankCopy(footerId) };
}

/** documents.batchUpdate with requests as the API reference spells them (see DocsRequest). */
export const batch = (id: string, requests: DocsRequest[]): BatchReply =>
  docsApi().batchUpdate({ requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, id);

/**
 * Write one report. A Doc we remember and nobody touched (see untouched) is rewritten (or left alone when
 * it already shows this report); one that was changed is kept, and when the report changed a new version
 * is made beside it; a Doc we cannot find is made again. Records made by the earlier DocumentApp writer
 * hashed another rendering of the text: their Docs count as edited (kept, never written over), as the
 * per-month map of still earlier versions does.
 *
 * Service calls for a new Doc of the built-in form: File.makeCopy of the run's blank form straight into
 * the folder, File.getId, the first record (setProperty), one batchUpdate; the caller then saves the record
 * with the run's position in one setProperties — 5, two of them slow (the copy and the batch). With an
 * office template the same 5. Nothing is read back: the reply's revision and the text the batch leaves
 * are what the next run compares.
 */
function writeReport(
  r: SupportReport,
  rec: DocRecord | null,
  content: string,
  generatedOn: PlainDate,
  w: Writer,
  remember: (rec: DocRecord) => void,
): { rec: DocRecord | null; url: string; name: string; action: DocAction; moved: boolean } {
  let doc = rec ? fetchDoc(rec.id) : null;
  let version = rec?.version ?? 1;
  let action: DocAction = 'create';
  if (doc && rec) {
    const mine = untouched(rec, doc);
    if (filled(rec) && rec.content === content)
      return {
        // a template copy's text is known once Google shows it unchanged (its revision ours): kept in its
        // record, so a rerun by another staff member (another revision id) can still tell it untouched
        rec:
          rec.text === null && rec.rev !== undefined && doc.revisionId === rec.rev
            ? { ...rec, text: textHash(docText(doc)) }
            : null,
        url: docUrl(rec.id),
        name: doc.title ?? '',
        action: mine ? 'same' : 'kept',
        moved: true,
      };
    if (mine) action = 'update';
    else {
      action = 'version';
      version++;
      doc = null;
    }
  }
  const name = `${reportFileStem(r)}${version > 1 ? `_${version}` : ''}`;
  let moved = true;
  let id: string;
  let written: Written;
  /** A copy into the folder (into My Drive should Drive refuse the folder). */
  const copyOf = (file: GoogleAppsScript.Drive.File) => {
    try {
      return file.makeCopy(name, w.folder());
    } catch (e) {
      if (e instanceof UserError) throw e;
      moved = false;
      return file.makeCopy(name);
    }
  };
  if (w.template) {
    // a fresh copy of the template each time (its rows and placeholders are where the template has them);
    // an untouched earlier copy goes to the trash (it is ours: nobody typed into it)
    id = copyOf(w.template.file()).getId();
    // remembered before it is filled: a cut after this point finds this Doc (still ours to fill)
    remember({ id, text: null, content, generatedOn, version });
    written = { rev: revOf(batch(id, templateRequests(w.template.doc(), r))), text: null };
    if (doc && rec) {
      try {
        DriveApp.getFileById(rec.id).setTrashed(true);
      } catch {
        // already gone: nothing to tidy
      }
    }
  } else if (!doc) {
    const { file, blank } = w.blank();
    id = copyOf(file).getId();
    remember({ id, text: null, content, generatedOn, version });
    written = fillCopy(id, reportForm(r), blank);
  } else {
    id = rec!.id;
    if (doc.title !== name) DriveApp.getFileById(id).setName(name);
    written = fillBuiltIn(id, reportForm(r), doc);
  }
  const done: DocRecord = { id, ...written, content, generatedOn, version };
  return { rec: done, url: docUrl(id), name, action, moved };
}

/** Into the add-on's folder; should Drive refuse, the document stays in My Drive (the 作成ログ links it). */
export function moveToFolder(id: string, folder: () => GoogleAppsScript.Drive.Folder): boolean {
  try {
    DriveApp.getFileById(id).moveTo(folder());
    return true;
  } catch {
    return false;
  }
}

/**
 * The Docs remembered for a month, by client id: one document property each (read with one
 * getProperties), and the per-month map of earlier versions for Docs made before (their text is unknown,
 * so they are treated as edited: kept, never written over).
 */
function monthRecords(p: Props, month: YearMonth): Map<string, DocRecord> {
  const out = new Map<string, DocRecord>();
  const all = p.getProperties();
  const legacy = readJson<Record<string, string>>(p, legacyFilesKey(month)) ?? {};
  for (const [clientId, id] of Object.entries(legacy))
    out.set(clientId, { id, text: 'unknown', content: '', generatedOn: '0000-01-01', version: 1 });
  const prefix = `${DOC_PREFIX}${month}.`;
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(prefix)) continue;
    try {
      out.set(key.slice(prefix.length), JSON.parse(raw) as DocRecord);
    } catch {
      // a damaged record: that client's Doc is made again
    }
  }
  return out;
}

/** Client id → the day its Doc of the month was first made (the 作成日 a rerun keeps). */
function firstGeneratedOn(records: Map<string, DocRecord>): Map<string, PlainDate> {
  const out = new Map<string, PlainDate>();
  for (const [id, r] of records)
    if (/^\d{4}-\d\d-\d\d$/.test(r.generatedOn) && r.generatedOn > '0000-01-01') out.set(id, r.generatedOn);
  return out;
}

// ---- the run ----------------------------------------------------------------------------------------------

function withDocumentLock<T>(busy: string, fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(1000)) throw new UserError(busy);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

const BUSY =
  'ほかの方（または自動の続き）が支援レポートを作成中です。終わるまで少し待ってから、もう一度お試しください。';

function deleteContinueTriggers() {
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
}

/** Start a month's run (sidebar): refused while another run of this spreadsheet is under way. */
export function startReports(month: unknown, ids: unknown): Progress {
  if (typeof month !== 'string' || !isYearMonth(month)) throw new UserError('対象の月を選んでください。');
  const started = Date.now();
  const wanted = Array.isArray(ids) ? ids.map(String) : [];
  const s = ss();
  const p = props();
  return withDocumentLock(BUSY, () => {
    // Holding the document lock, no other execution is writing: an unfinished run is paused or was cut.
    const running = readJson<RunState>(p, RUN_KEY);
    if (running && running.month === month) return continueState(s, p, running, started);
    if (running && (running.leaseUntil ?? 0) > Date.now())
      throw new UserError(
        `${formatEraMonth(running.month)}の支援レポートを作成中です（${running.next} / ${running.ids.length}）。${stampOf(s, running.leaseUntil!)}を過ぎても進まないときは、もう一度お試しください。`,
      );
    if (running) {
      // the other month waits its turn, with what it has done so far (its Docs are remembered one by one)
      const queue = readJson<RunState[]>(p, QUEUE_KEY) ?? [];
      p.setProperty(QUEUE_KEY, JSON.stringify([...queue.filter((q) => q.month !== running.month), running]));
      p.deleteProperty(RUN_KEY);
    }
    const { caseload, extras } = readCaseload(s);
    const generatedOn = todayIn(s.getSpreadsheetTimeZone());
    const doc = supportReports(caseload, month, {
      clientIds: wanted,
      extras,
      generatedOn,
      firstGeneratedOn: firstGeneratedOn(monthRecords(p, month)),
    });
    if (doc.reports.length === 0)
      throw new UserError(
        `${formatEraMonth(month)}に支援の記録がある利用者がいません。月を確かめてください。`,
      );
    const state: RunState = {
      month,
      ids: doc.reports.map((r) => r.clientId),
      next: 0,
      generatedOn,
      template: p.getProperty(TEMPLATE_KEY),
      created: 0,
      updated: 0,
      failed: 0,
    };
    p.setProperty(RUN_KEY, JSON.stringify(state));
    p.deleteProperty(LAST_KEY);
    return runSome(s, p, state, started, doc.reports);
  });
}

/** Continue a paused run (the trigger, or the sidebar while it is open). Quietly nothing when none is paused. */
export function continueReports(): Progress {
  const s = ss();
  const p = props();
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(1000)) return progress(); // the other execution is writing: the sidebar keeps polling
  try {
    const state = readJson<RunState>(p, RUN_KEY);
    if (!state) {
      deleteContinueTriggers();
      return progress();
    }
    return continueState(s, p, state, Date.now());
  } finally {
    lock.releaseLock();
  }
}

/** Go on with an unfinished run: its reports made again from the sheet, from where it stopped. */
function continueState(s: Spreadsheet, p: Props, state: RunState, started: number): Progress {
  const { caseload, extras } = readCaseload(s);
  const doc = supportReports(caseload, state.month, {
    clientIds: state.ids,
    extras,
    generatedOn: state.generatedOn,
    firstGeneratedOn: firstGeneratedOn(monthRecords(p, state.month)),
  });
  return runSome(s, p, state, started, doc.reports);
}

/** 「14:05」: the time of a moment in the spreadsheet's zone (the day too when Intl lacks the zone). */
const stampOf = (s: Spreadsheet, ms: number) => {
  const t = stampIn(s.getSpreadsheetTimeZone(), new Date(ms));
  return t.length > 11 ? t.slice(11) : t;
};

function runSome(
  s: Spreadsheet,
  p: Props,
  state: RunState,
  started: number,
  reports: SupportReport[],
): Progress {
  const byId = new Map(reports.map((r) => [r.clientId, r]));
  const records = monthRecords(p, state.month);
  const log = logTab(s, p);
  const tz = s.getSpreadsheetTimeZone();
  let folder: GoogleAppsScript.Drive.Folder | null = null;
  const getFolder = () => {
    folder ??= reportFolder(s, p);
    return folder;
  };
  let templateFile: GoogleAppsScript.Drive.File | null = null;
  let templateDoc: DocJson | null = null;
  const tpl = state.template;
  let blankFile: GoogleAppsScript.Drive.File | null = null;
  const writer: Writer = {
    folder: getFolder,
    // made on the first new Doc of the run and kept in the run's state, so a continued run copies it too
    blank: () => {
      // a blank without its shape (an earlier version's) is made again
      if (!blankFile && state.blank?.existing) {
        try {
          const f = DriveApp.getFileById(state.blank.id);
          if (!f.isTrashed()) blankFile = f;
        } catch {
          // gone: made again
        }
      }
      if (!blankFile) {
        state.blank = makeBlank();
        blankFile = DriveApp.getFileById(state.blank.id);
      }
      return { file: blankFile, blank: state.blank! };
    },
    // the office's template: its file (to copy) and its structure (rows, placeholders), once a run
    template: tpl
      ? {
          file: () => {
            templateFile ??= DriveApp.getFileById(tpl);
            return templateFile;
          },
          doc: () => {
            templateDoc ??= docsApi().get(tpl);
            return templateDoc;
          },
        }
      : null,
  };

  state.leaseUntil = started + LEASE_MS;
  state.resumeAt = null;
  while (state.next < state.ids.length) {
    if (Date.now() - started > BUDGET_MS) {
      deleteContinueTriggers();
      let after = CONTINUE_AFTER_MS;
      try {
        ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
      } catch {
        after = CONTINUE_AFTER_ADDON_MS;
        ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_ADDON_MS).create();
      }
      // the lease is given back: the sidebar (今すぐ続ける) or the trigger may go on
      state.leaseUntil = 0;
      state.resumeAt = Date.now() + after;
      p.setProperty(RUN_KEY, JSON.stringify(state));
      return progress();
    }
    const id = state.ids[state.next]!;
    const r = byId.get(id);
    /** The Doc's record as it ends, saved with the run's position in one call. */
    let done: DocRecord | null = null;
    if (!r) {
      log.write(id, '', state.month, '', '', stampIn(tz), '失敗: 利用者の一覧に見つかりません');
      state.failed++;
    } else {
      const mark = r.audience === 'client-only' ? `${CLIENT_ONLY_MARK}（勤務先に渡さない）` : '';
      try {
        const content = textHash(JSON.stringify([state.template, r]));
        const first = records.get(id);
        const generatedOn = first && first.generatedOn > '0000-01-01' ? first.generatedOn : state.generatedOn;
        const out = writeReport(r, first ?? null, content, generatedOn, writer, (rec) => {
          records.set(id, rec);
          p.setProperty(docKey(state.month, id), JSON.stringify(rec));
        });
        if (out.rec) {
          records.set(id, out.rec);
          done = out.rec;
        }
        if (out.action === 'create') state.created++;
        else if (out.action === 'update') state.updated++;
        else if (out.action === 'version') state.versions = (state.versions ?? 0) + 1;
        else state.kept = (state.kept ?? 0) + 1;
        // what staff still have to write in, by name, and a month with nothing recorded said plainly
        const todo = [
          r.fields.contacts.length === 0 ? `（${NO_SUPPORT}）` : '',
          r.toFill.length ? `（記入が必要: ${r.toFill.map(toFillLabel).join('・')}）` : '',
        ].join('');
        const where = out.moved ? '' : '（フォルダに移せなかったため、マイドライブにあります）';
        log.write(
          id,
          r.clientName,
          state.month,
          out.name,
          out.url,
          stampIn(tz),
          `${DOC_ACTION_WORDS[out.action]}${todo}${where}`,
          mark,
        );
      } catch {
        state.failed++;
        log.write(
          id,
          r.clientName,
          state.month,
          '',
          '',
          stampIn(tz),
          '失敗: 文書を作れませんでした（もう一度作成すると続きから作ります）',
          mark,
        );
      }
    }
    state.next++;
    if (done)
      p.setProperties({ [docKey(state.month, id)]: JSON.stringify(done), [RUN_KEY]: JSON.stringify(state) });
    else p.setProperty(RUN_KEY, JSON.stringify(state));
  }
  p.deleteProperty(RUN_KEY);
  state.leaseUntil = 0;
  trashBlank(state);
  p.setProperty(LAST_KEY, JSON.stringify(state));
  deleteContinueTriggers();
  // the next month waiting its turn, in this execution while the budget lasts
  const queue = readJson<RunState[]>(p, QUEUE_KEY) ?? [];
  const next = queue.shift();
  if (next) {
    if (queue.length) p.setProperty(QUEUE_KEY, JSON.stringify(queue));
    else p.deleteProperty(QUEUE_KEY);
    p.setProperty(RUN_KEY, JSON.stringify(next));
    return continueState(s, p, next, started);
  }
  return progress();
}

/** The run's blank form to the trash once its last Doc is made (a run cut before keeps it for its rest). */
function trashBlank(state: RunState) {
  if (!state.blank) return;
  try {
    DriveApp.getFileById(state.blank.id).setTrashed(true);
  } catch {
    // already gone
  }
  delete state.blank;
}

/** What the sidebar shows while it polls: n / total of the run under way, or of the last one. */
export function progress(): Progress {
  const p = props();
  const running = readJson<RunState>(p, RUN_KEY);
  const state = running ?? readJson<RunState>(p, LAST_KEY);
  const queued = (readJson<RunState[]>(p, QUEUE_KEY) ?? []).map((q) => q.month);
  const canContinue = running !== null && (running.leaseUntil ?? 0) <= Date.now();
  const base = {
    running: running !== null,
    canContinue,
    queued,
    month: state?.month ?? null,
    done: state?.next ?? 0,
    total: state?.ids.length ?? 0,
    created: state?.created ?? 0,
    updated: state?.updated ?? 0,
    failed: state?.failed ?? 0,
    folderUrl: folderUrl(p),
  };
  const m = state ? formatEraMonth(state.month) : '';
  const when =
    running?.resumeAt && canContinue
      ? `残りは ${stampOf(ss(), running.resumeAt)}ごろから自動で作成します。すぐに作るときは「今すぐ続ける」を押してください。`
      : canContinue
        ? '途中で止まりました。「今すぐ続ける」を押すと、続きから作成します（作成済みの文書は重複しません）。'
        : '（サイドバーを閉じても、後で自動的に続きを作成します）';
  const waiting = queued.length
    ? `このあと ${queued.map(formatEraMonth).join('・')}の続きを作成します。`
    : '';
  const message = !state
    ? ''
    : running
      ? `${m}の支援レポートを作成中です: ${base.done} / ${base.total}。${when}${waiting}`
      : `${m}の支援レポート ${base.total}件: 新規 ${base.created}・更新 ${base.updated}${state.versions ? `・新しい版 ${state.versions}` : ''}${state.kept ? `・そのまま ${state.kept}` : ''}${base.failed ? `・失敗 ${base.failed}` : ''}。「${LOG_TAB}」タブに一覧があります。`;
  return { ...base, message };
}

// ---- the template -----------------------------------------------------------------------------------------

/** The Google Doc id in a URL (…/document/d/ID/edit) or the id itself. */
export function docIdOf(input: string): string | null {
  const t = input.trim();
  const m = /\/document\/d\/([\w-]{20,})/.exec(t);
  if (m) return m[1]!;
  return /^[\w-]{20,}$/.test(t) ? t : null;
}

/** The add-on's own Doc an office pastes its template into when Drive will not copy theirs (its id). */
const TEMPLATE_DRAFT_KEY = 'teichaku.reports.templateDraft';
const TEMPLATE_DRAFT_NAME = '定着_ひな形（ここに元のひな形を貼り付けてください）';

/** Can the add-on copy this file? Tried once with a copy put straight into the trash. */
function copyable(id: string, folder: () => GoogleAppsScript.Drive.Folder): boolean {
  try {
    DriveApp.getFileById(id)
      .makeCopy('定着 ひな形のコピーの確認（自動で削除されます）', folder())
      .setTrashed(true);
    return true;
  } catch {
    return false;
  }
}

/** The draft Doc (made once, in the add-on's folder, A4 with a footer), found again while it is not trashed. */
function templateDraft(s: Spreadsheet, p: Props): string {
  const known = p.getProperty(TEMPLATE_DRAFT_KEY);
  if (known) {
    try {
      if (!DriveApp.getFileById(known).isTrashed()) return known;
    } catch {
      // gone: made again
    }
  }
  const id = docsApi().create({ title: TEMPLATE_DRAFT_NAME }).documentId!;
  batch(id, blankRequests());
  moveToFolder(id, () => reportFolder(s, p));
  p.setProperty(TEMPLATE_DRAFT_KEY, id);
  return id;
}

/**
 * Sidebar: use the office's own template (a Google Doc), or the built-in form when the input is blank. The
 * add-on reads Docs with the documents scope but reaches Drive files only through drive.file ("the specific
 * files you use with this app"): a template made elsewhere may be readable and still not copyable. That is
 * tried when the template is saved, not found out on every report of a run; when Drive refuses, the add-on
 * makes a Doc of its own for the template to be pasted into and gives its address.
 */
export function setTemplate(input: unknown): {
  ok: boolean;
  message: string;
  warnings: string[];
  url?: string;
} {
  const p = props();
  const raw = String(input ?? '').trim();
  if (!raw) {
    p.deleteProperty(TEMPLATE_KEY);
    return { ok: true, message: '標準の様式（別紙様式1）で作成します。', warnings: [] };
  }
  const id = docIdOf(raw);
  if (!id) return { ok: false, message: 'Google ドキュメントの URL を貼り付けてください。', warnings: [] };
  let doc: DocJson;
  try {
    doc = docsApi().get(id);
  } catch (e) {
    if (e instanceof UserError) throw e;
    return {
      ok: false,
      message: 'そのドキュメントを開けませんでした。URL と共有の設定を確かめてください。',
      warnings: [],
    };
  }
  const s = ss();
  if (!copyable(id, () => reportFolder(s, p))) {
    const draft = templateDraft(s, p);
    return {
      ok: false,
      message: `このひな形は読めましたが、Google ドライブの権限のためアドオンからはコピーできません（アドオンが作った文書か、アドオンで開いた文書だけをコピーできます）。代わりに、アドオンのフォルダに「${TEMPLATE_DRAFT_NAME}」を作りました。元のひな形の中身（ヘッダーとフッターも）をこの文書に貼り付けてから、下の URL のまま「ひな形を保存」を押してください。`,
      warnings: [],
      url: docUrl(draft),
    };
  }
  const warnings = templateWarnings(templateText(doc));
  p.setProperty(TEMPLATE_KEY, id);
  return { ok: true, message: 'このひな形で作成します。', warnings };
}

export function templateId(): string | null {
  return props().getProperty(TEMPLATE_KEY);
}

// ---- the annual report ------------------------------------------------------------------------------------

/** The appendix Doc of a fiscal year (the named client list), remembered beside the report's own. */
const annualAppendixKey = (fy: number) => `teichaku.annual.${fy}.appendix`;

/** The annual Doc remembered under `key`: a record, or the bare id earlier versions kept (its text unknown). */
function annualRecord(p: Props, key: string): DocRecord | null {
  const raw = p.getProperty(key);
  if (!raw) return null;
  try {
    const rec = JSON.parse(raw) as DocRecord;
    if (rec && typeof rec.id === 'string') return rec;
  } catch {
    // not JSON: a bare id
  }
  return { id: raw, text: 'unknown', content: '', generatedOn: '0000-01-01', version: 1 };
}

/**
 * One annual Doc, by the rule the monthly reports follow: the Doc remembered under `key` is rewritten in
 * place while nobody has changed it (left alone when it already says this); one staff have typed into is
 * kept, and when the figures changed a new version is made beside it (…_2); a Doc we cannot find is made
 * again. Docs remembered by earlier versions (a bare id) count as edited.
 */
function annualDocument(
  key: string,
  stem: string,
  blocks: ReturnType<typeof annualReportForm>,
  today: PlainDate,
  s: GoogleAppsScript.Spreadsheet.Spreadsheet,
  p: GoogleAppsScript.Properties.Properties,
): { url: string; name: string; action: DocAction } {
  const rec = annualRecord(p, key);
  const doc = fetchDoc(rec?.id);
  const content = textHash(JSON.stringify(blocks));
  let version = rec?.version ?? 1;
  const save = (id: string, w: Written | null) =>
    p.setProperty(
      key,
      JSON.stringify({ id, text: w?.text ?? null, rev: w?.rev, content, generatedOn: today, version }),
    );
  if (rec && doc) {
    const mine = untouched(rec, doc);
    if (filled(rec) && rec.content === content)
      return { url: docUrl(rec.id), name: doc.title ?? stem, action: mine ? 'same' : 'kept' };
    if (mine) {
      save(rec.id, fillBuiltIn(rec.id, blocks, doc));
      return { url: docUrl(rec.id), name: doc.title ?? stem, action: 'update' };
    }
    version++;
  }
  const name = version > 1 ? `${stem}_${version}` : stem;
  // a Doc with a footer line (the appendix) gets 「n / N」 after it, as the .docx has: the imported blank
  const blank = blocks.some((b) => b.kind === 'running') ? importedBlank(name) : null;
  const id = blank?.id ?? docsApi().create({ title: name }).documentId!;
  // remembered before it is filled: a cut finds this Doc (still ours to fill)
  save(id, null);
  moveToFolder(id, () => reportFolder(s, p));
  save(id, blank ? fillCopy(id, blocks, blank) : fillBuiltIn(id, blocks, null));
  return { url: docUrl(id), name, action: rec && doc ? 'version' : 'create' };
}

/** The annual dialog's words for what was done with a Doc. */
const ANNUAL_ACTION_WORDS: Record<DocAction, string> = {
  create: '作成しました',
  update: '更新しました',
  same: '前回と同じ内容のため、そのままにしました',
  kept: '手が加えられているため、書き直していません（シートの内容は前回と同じです）',
  version: '手が加えられた文書はそのまま残し、新しい内容を別の文書にしました',
};

/**
 * 年次報告を作成: two Google Docs of a fiscal year. In April–June the year just ended (the season of the
 * 事業報告), otherwise the current one. The report names nobody (it may be published or handed in); the
 * clients behind next year's 就労定着率 are in the appendix Doc beside it (…_別添_利用者一覧). Each is made
 * once per fiscal year and brought up to date in place; one staff typed into is kept (see annualDocument).
 * Both go through the same Docs API writer as the reports (one batchUpdate, two for a new Doc with a footer).
 */
export function annualDoc(): {
  url: string;
  appendixUrl: string;
  fiscalYear: number;
  created: boolean;
  name: string;
  appendixName: string;
  action: DocAction;
  appendixAction: DocAction;
} {
  const s = ss();
  const p = props();
  return withDocumentLock(BUSY, () => {
    const { caseload } = readCaseload(s);
    const today = todayIn(s.getSpreadsheetTimeZone());
    const month = Number(today.slice(5, 7));
    const fy = fiscalYearOf(today) - (month >= 4 && month <= 6 ? 1 : 0);
    const report = annualReport(caseload, fy);
    const main = annualDocument(annualKey(fy), `${fy}年度_年次報告`, annualReportForm(report), today, s, p);
    const appendix = annualDocument(
      annualAppendixKey(fy),
      `${fy}年度_年次報告_別添_利用者一覧`,
      annualAppendixForm(report),
      today,
      s,
      p,
    );
    return {
      url: main.url,
      appendixUrl: appendix.url,
      fiscalYear: fy,
      created: main.action === 'create',
      name: main.name,
      appendixName: appendix.name,
      action: main.action,
      appendixAction: appendix.action,
    };
  });
}

// ---- the menu's entry points ------------------------------------------------------------------------------

function previousMonth(today: PlainDate): YearMonth {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** 支援レポートを作成…: the sidebar. */
export function showReports() {
  const s = ss();
  const { caseload } = readCaseload(s);
  const seen = new Set<string>();
  const clients = caseload.clients
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .map((c) => ({ id: c.id, name: c.name }));
  const html = HtmlService.createHtmlOutput(
    reportsHtml({
      month: previousMonth(todayIn(s.getSpreadsheetTimeZone())),
      clients,
      template: templateId(),
      progress: progress(),
    }),
  ).setTitle('支援レポートを作成');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** 年次報告を作成…: the documents, then a dialog with what was done with each, its name and address. */
export function showAnnual() {
  const r = annualDoc();
  const ui = SpreadsheetApp.getUi();
  const year = formatEraMonth(`${r.fiscalYear}-04`).replace(/年4月$/, '年度');
  ui.alert(
    '年次報告',
    `${year}の年次報告「${r.name}」: ${ANNUAL_ACTION_WORDS[r.action]}。\n${r.url}\n\n別添「${r.appendixName}」（利用者の氏名入り。公表・提出する書類には添付しないでください）: ${ANNUAL_ACTION_WORDS[r.appendixAction]}。\n${r.appendixUrl}`,
    ui.ButtonSet.OK,
  );
}
