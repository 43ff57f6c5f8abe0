import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeOnSignal } from '../output.ts';
import { convertToPdf } from '../pdf.ts';

/** The PDF beside a report's .docx. */
export const pdfBeside = (docx: string) => docx.replace(/\.docx$/i, '.pdf');

/**
 * Whether a report's .docx needs its PDF made (again): always for a file written this run; else when the
 * PDF beside it is missing or older than the .docx (staff edited the file after the PDF was made).
 */
export function needsPdf(docx: string, writtenThisRun: boolean): boolean {
  if (writtenThisRun) return true;
  const pdf = pdfBeside(docx);
  if (!existsSync(pdf)) return true;
  return statSync(pdf).mtimeMs <= statSync(docx).mtimeMs;
}

/** One report in the bundle: the .docx the run leaves as current in the --out folder. */
export interface BundleReport {
  /** The file's name in the folder. */
  file: string;
  /** Written by this run (its PDF is made whatever is beside it). */
  written: boolean;
}

export interface BundleResult {
  /** The report PDFs made beside their .docx this run (paths). */
  made: string[];
  /** Reports whose PDF could not be made or read: not in the bundle (file names, in roster order). */
  missing: string[];
  /** Of those, the ones that could not be converted and still have an older PDF beside them (file names). */
  stale: string[];
  /** The list page could not be made: not in the bundle. */
  listMissing: boolean;
  /** The bundle's path, or null when nothing could go into it. */
  bundle: string | null;
  /** LibreOffice's own error text when the conversion as a whole failed. */
  error: string | null;
}

/**
 * The month's bundle for printing, `stem`.pdf in `out`: the list page (`listDocx`, a document made for the
 * occasion and not kept), then each report's file as it is in the folder, in the order given (roster
 * order). Every .docx without an up-to-date PDF beside it is converted in one LibreOffice call with the
 * list, its PDF written beside it; then the PDFs are joined. A file that cannot be converted or read is
 * left out and named, the rest still make the bundle.
 */
export async function makeBundle(
  out: string,
  stem: string,
  listDocx: Uint8Array,
  reports: BundleReport[],
  soffice: string,
): Promise<BundleResult> {
  // the list and the PDFs name clients: the folder goes even when the run is interrupted
  const tmp = await mkdtemp(join(tmpdir(), 'teichaku-bundle-'));
  const stopWatching = removeOnSignal(tmp);
  try {
    const pdfDir = join(tmp, 'pdf');
    await mkdir(pdfDir);
    const listName = `${stem}_一覧`;
    const listPath = join(tmp, `${listName}.docx`);
    await writeFile(listPath, listDocx);
    const convert = reports.filter((r) => needsPdf(join(out, r.file), r.written));
    // LibreOffice writes every PDF into one folder: a temporary one, copied beside each .docx when made
    const error = convertToPdf([listPath, ...convert.map((r) => join(out, r.file))], pdfDir, soffice);
    const made: string[] = [];
    const failed = new Set<string>();
    for (const r of convert) {
      const from = join(pdfDir, pdfBeside(r.file));
      if (!existsSync(from)) {
        failed.add(r.file);
        continue;
      }
      const to = pdfBeside(join(out, r.file));
      await copyFile(from, to);
      made.push(to);
    }
    const listPdf = join(pdfDir, `${listName}.pdf`);
    const parts = [
      ...(existsSync(listPdf) ? [{ name: listName, bytes: await readFile(listPdf) }] : []),
      ...(await Promise.all(
        reports
          .filter((r) => !failed.has(r.file))
          .map(async (r) => ({ name: r.file, bytes: await readFile(pdfBeside(join(out, r.file))) })),
      )),
    ];
    // pdf-lib is loaded only here (its own chunk in the built command): nothing else needs it
    const { joinPdfs } = await import('../pdf-join.ts');
    const joined = await joinPdfs(parts, stem);
    const unreadable = new Set(joined.unreadable);
    const missing = reports.map((r) => r.file).filter((f) => failed.has(f) || unreadable.has(f));
    const listMissing = !existsSync(listPdf) || unreadable.has(listName);
    let bundle: string | null = null;
    if (joined.pdf) {
      bundle = join(out, `${stem}.pdf`);
      await writeFile(bundle, joined.pdf);
    }
    const stale = [...failed].filter((f) => existsSync(pdfBeside(join(out, f))));
    return { made, missing, stale, listMissing, bundle, error };
  } finally {
    await rm(tmp, { recursive: true, force: true });
    stopWatching();
  }
}
