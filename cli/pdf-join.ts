import { PDFDocument, type PDFPage } from 'pdf-lib';

/** One PDF to join: its name (for the caller's messages) and its bytes. */
export interface PdfPart {
  name: string;
  bytes: Uint8Array;
}

export interface JoinedPdf {
  /** Every page of every readable part, in the order given; null when no part could be read. */
  pdf: Uint8Array | null;
  /** The names of the parts that could not be read as PDF (left out of `pdf`). */
  unreadable: string[];
}

/**
 * Joins PDFs into one, page by page in the order given (pdf-lib copies each page with the fonts and images
 * it uses). A part that is not a readable PDF is left out and named, so the rest are still joined.
 */
export async function joinPdfs(parts: PdfPart[], title: string): Promise<JoinedPdf> {
  const joined = await PDFDocument.create();
  const unreadable: string[] = [];
  let read = 0;
  for (const part of parts) {
    let pages: PDFPage[];
    try {
      // pdf-lib parses leniently: a damaged file may load and fail only when its pages are copied
      const source = await PDFDocument.load(part.bytes, { updateMetadata: false });
      pages = await joined.copyPages(source, source.getPageIndices());
    } catch {
      unreadable.push(part.name);
      continue;
    }
    for (const page of pages) joined.addPage(page);
    read++;
  }
  if (!read) return { pdf: null, unreadable };
  joined.setTitle(title);
  joined.setCreator('teichaku');
  joined.setProducer('teichaku (pdf-lib)');
  joined.setLanguage('ja-JP');
  return { pdf: await joined.save(), unreadable };
}
