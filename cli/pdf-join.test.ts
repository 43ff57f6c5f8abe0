import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { joinPdfs } from './pdf-join.ts';

const tmp = mkdtempSync(join(tmpdir(), 'teichaku-pdf-join-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;

/** A PDF of `pages` pages, page i reading "<label> page <i>" (made here with pdf-lib, not by the code under test). */
async function makePdf(label: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++)
    doc.addPage([595, 842]).drawText(`${label} page ${i}`, { x: 72, y: 700, size: 24, font });
  return doc.save();
}

/** Page count and each page's text, read by poppler (pdfinfo, pdftotext): programs other than pdf-lib. */
function readBack(bytes: Uint8Array, name: string) {
  const file = join(tmp, name);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const text = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], {
      encoding: 'utf8',
    }).trim(),
  );
  return { pages, text, info };
}

describe.skipIf(!hasPoppler)('joinPdfs: one PDF of the parts, page by page in the order given', () => {
  it('two PDFs (1 page, then 2 pages) give 3 pages: the first part’s, then the second’s', async () => {
    const a = await makePdf('ALPHA', 2);
    const b = await makePdf('BRAVO', 1);
    const r = await joinPdfs(
      [
        { name: 'bravo.pdf', bytes: b },
        { name: 'alpha.pdf', bytes: a },
      ],
      '2025-01_支援レポート_まとめ（印刷用）',
    );
    expect(r.unreadable).toEqual([]);
    const back = readBack(r.pdf!, 'joined.pdf');
    expect(back.pages).toBe(3);
    expect(back.text).toEqual(['BRAVO page 1', 'ALPHA page 1', 'ALPHA page 2']);
    expect(back.info).toMatch(/Title:\s+2025-01_支援レポート_まとめ（印刷用）/);
  });

  it('a part that is not a PDF is left out and named; the others are still joined', async () => {
    const r = await joinPdfs(
      [
        { name: 'first.pdf', bytes: await makePdf('ONE', 1) },
        { name: 'broken.pdf', bytes: new TextEncoder().encode('%PDF-1.7 not really') },
        { name: 'third.pdf', bytes: await makePdf('THREE', 2) },
      ],
      'x',
    );
    expect(r.unreadable).toEqual(['broken.pdf']);
    const back = readBack(r.pdf!, 'partial.pdf');
    expect(back.text).toEqual(['ONE page 1', 'THREE page 1', 'THREE page 2']);
  });

  it('no readable part: no PDF, every part named', async () => {
    const r = await joinPdfs([{ name: 'zip.pdf', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) }], 'x');
    expect(r).toEqual({ pdf: null, unreadable: ['zip.pdf'] });
  });
});
