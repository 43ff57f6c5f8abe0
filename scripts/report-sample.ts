/**
 * Draws page 1 of the hand-worked sample 支援レポート as docs/report-sample.png (shown in the README):
 * the model → .docx (cli/docx.ts) → PDF (LibreOffice, as `reports --pdf`) → PNG (pdftoppm).
 * Run: node --import tsx scripts/report-sample.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formDocx } from '../cli/docx.ts';
import { convertToPdf, findSoffice, INSTALL_LIBREOFFICE } from '../cli/pdf.ts';
import { readWorkbook } from '../shared/read/workbook.ts';
import { readReportExtras } from '../shared/report/extras.ts';
import { reportForm } from '../shared/report/form.ts';
import { HAND_WORKED } from '../shared/report/hand-worked.fixture.ts';
import { supportReports } from '../shared/report/support-report.ts';

const read = readWorkbook(HAND_WORKED);
if (!read.ok) throw new Error(read.error);
const report = supportReports(read.caseload, '2025-01', {
  clientIds: ['K01'],
  extras: readReportExtras(HAND_WORKED, read.caseload),
}).reports[0]!;
const soffice = findSoffice();
if (!soffice) throw new Error(INSTALL_LIBREOFFICE);
const dir = mkdtempSync(join(tmpdir(), 'teichaku-sample-'));
try {
  const docx = join(dir, 'sample.docx');
  writeFileSync(docx, await formDocx(reportForm(report), 'sample'));
  const err = convertToPdf([docx], dir, soffice);
  if (err) throw new Error(err);
  const r = spawnSync('pdftoppm', [
    '-png',
    '-r',
    '96',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    join(dir, 'sample.pdf'),
    'docs/report-sample',
  ]);
  if (r.status !== 0) throw new Error(String(r.stderr));
  console.log('docs/report-sample.png');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
