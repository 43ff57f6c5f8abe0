import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { needsPdf, pdfBeside } from './reports-bundle.ts';

const tmp = mkdtempSync(join(tmpdir(), 'teichaku-needs-pdf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A .docx and (optionally) a PDF beside it, with modification times in seconds since the epoch. */
function files(name: string, docxAt: number, pdfAt?: number) {
  const docx = join(tmp, `${name}.docx`);
  writeFileSync(docx, 'docx');
  utimesSync(docx, docxAt, docxAt);
  if (pdfAt !== undefined) {
    writeFileSync(join(tmp, `${name}.pdf`), 'pdf');
    utimesSync(join(tmp, `${name}.pdf`), pdfAt, pdfAt);
  }
  return docx;
}

describe('needsPdf: which report files are converted (again) for the bundle', () => {
  it('the PDF beside a file is its name with .pdf', () => {
    expect(pdfBeside('/out/2025-01_001_K01_山本花子_支援レポート.docx')).toBe(
      '/out/2025-01_001_K01_山本花子_支援レポート.pdf',
    );
  });
  it('no PDF beside it: made', () => {
    expect(needsPdf(files('none', 1_700_000_000), false)).toBe(true);
  });
  it('a PDF made after the file was last saved: used as it is', () => {
    expect(needsPdf(files('current', 1_700_000_000, 1_700_000_060), false)).toBe(false);
  });
  it('a PDF older than the file (staff saved the file after it was made): made again', () => {
    expect(needsPdf(files('stale', 1_700_000_060, 1_700_000_000), false)).toBe(true);
  });
  it('the same time stamp (a file system that keeps whole seconds): made again, never a stale page', () => {
    expect(needsPdf(files('tie', 1_700_000_000, 1_700_000_000), false)).toBe(true);
  });
  it('written this run: made, whatever PDF is beside it', () => {
    expect(needsPdf(files('written', 1_700_000_000, 1_700_000_060), true)).toBe(true);
  });
});

describe('the bundle’s temporary folder (the list and PDFs name clients)', () => {
  it('is removed, with what is in it, when the run is interrupted (Ctrl-C) while it exists', () => {
    const folder = join(tmp, 'teichaku-bundle-x');
    mkdirSync(join(folder, 'pdf'), { recursive: true });
    writeFileSync(join(folder, 'pdf', '一覧.pdf'), 'personal data');
    // as makeBundle watches its folder; a child process interrupted before it removes the folder itself
    const script = `import { removeOnSignal } from ${JSON.stringify(join(process.cwd(), 'cli/output.ts'))};
removeOnSignal(${JSON.stringify(folder)});
setTimeout(() => {}, 60_000);
process.kill(process.pid, 'SIGINT');`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stderr).toBe('');
    expect(r.signal).toBe('SIGINT');
    expect(existsSync(folder)).toBe(false);
  });
});
