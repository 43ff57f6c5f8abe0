import { describe, expect, it } from 'vitest';
import { sofficeCandidates } from './pdf.ts';

// Install locations from LibreOffice's own installers (Windows MSI: %ProgramFiles%\LibreOffice\program;
// macOS: the LibreOffice.app bundle), written out by hand.
describe('sofficeCandidates: where LibreOffice is looked for', () => {
  it('Windows: PATH, then both Program Files folders', () => {
    expect(
      sofficeCandidates('win32', {
        ProgramFiles: 'D:\\Apps',
        'ProgramFiles(x86)': 'C:\\Program Files (x86)',
      }),
    ).toEqual([
      'soffice.exe',
      'D:\\Apps\\LibreOffice\\program\\soffice.exe',
      'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
      'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
    ]);
  });
  it('macOS: PATH, then the application bundle in /Applications and in the user’s own', () => {
    expect(sofficeCandidates('darwin', { HOME: '/Users/staff' })).toEqual([
      'soffice',
      '/Applications/LibreOffice.app/Contents/MacOS/soffice',
      '/Users/staff/Applications/LibreOffice.app/Contents/MacOS/soffice',
    ]);
  });
  it('Linux: PATH first; TEICHAKU_SOFFICE alone when set', () => {
    expect(sofficeCandidates('linux', {}).slice(0, 2)).toEqual(['soffice', 'libreoffice']);
    expect(sofficeCandidates('win32', { TEICHAKU_SOFFICE: 'X:\\lo\\soffice.exe' })).toEqual([
      'X:\\lo\\soffice.exe',
    ]);
  });
});
