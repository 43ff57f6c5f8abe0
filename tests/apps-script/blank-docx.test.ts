import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blankDocx } from '../../apps-script/src/blank-docx.ts';
import { convertToPdf, findSoffice } from '../../cli/pdf.ts';
import { importDocx } from './fakes/drive-import.ts';

const dir = mkdtempSync(join(tmpdir(), 'teichaku-blank-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hasPoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the blank form as a Word file (what Drive imports for page numbers)', () => {
  it('is the same bytes every time', () => {
    expect(Buffer.from(blankDocx()).equals(Buffer.from(blankDocx()))).toBe(true);
  });

  it.skipIf(!findSoffice() || !hasPoppler)(
    'another program reads it as an A4 page whose footer shows 「　1 / 1」 (LibreOffice, pdfinfo, pdftotext)',
    () => {
      const docx = join(dir, 'blank.docx');
      writeFileSync(docx, blankDocx());
      expect(convertToPdf([docx], dir, findSoffice()!)).toBeNull();
      const pdf = join(dir, 'blank.pdf');
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+1\n/);
      // A4 is 595.28 × 841.89 pt; LibreOffice rounds the twips (11906 × 16838) to 595.3 × 841.9
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      // pdftotext may close up the spaces around the slash
      expect(text.trim()).toMatch(/^1 ?\/ ?1$/);
    },
    600_000,
  );

  it('the fake import reads it as Google documents it: A4 with the .docx margins, the footer 「　n / N」 as page fields', () => {
    const d = importDocx(blankDocx(), 'x', '下地').toJson();
    const st = d.documentStyle as Record<string, { magnitude: number; width?: { magnitude: number } }>;
    // twips by hand: 11906 / 20 = 595.3, 960 / 20 = 48, 794 / 20 = 39.7, 400 / 20 = 20
    expect(st.pageSize!.width!.magnitude).toBe(595.3);
    expect(st.marginLeft!.magnitude).toBe(48);
    expect(st.marginTop!.magnitude).toBe(39.7);
    expect(st.marginFooter!.magnitude).toBe(20);
    const footer = (d.footers as Record<string, GoogleAppsScript.Docs.Schema.Footer>)[
      d.documentStyle!.defaultFooterId!
    ]!;
    const els = footer.content![0]!.paragraph!.elements!;
    expect(els.map((e) => e.autoText?.type ?? e.textRun?.content)).toEqual([
      '　',
      'PAGE_NUMBER',
      ' / ',
      'PAGE_COUNT',
      '\n',
    ]);
    expect(els.map((e) => e.startIndex)).toEqual([0, 1, 2, 5, 6]);
    expect(footer.content![0]!.paragraph!.paragraphStyle!.alignment).toBe('END');
    // the body: one empty paragraph after the section break (0 … 2)
    expect(d.body!.content!.at(-1)!.endIndex).toBe(2);
  });
});
