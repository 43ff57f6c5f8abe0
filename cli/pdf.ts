import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const INSTALL_LIBREOFFICE =
  'PDF にするには LibreOffice が必要です。Debian/Ubuntu: sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk ／ macOS: brew install --cask libreoffice ／ Windows: https://ja.libreoffice.org/ からインストールしてください（.docx はそのまま使えます）';

/** The soffice command (TEICHAKU_SOFFICE names another), or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  const env = process.env.TEICHAKU_SOFFICE;
  for (const cmd of env ? [env] : ['soffice', 'libreoffice']) {
    const r = spawnSync(cmd, ['--version'], { stdio: 'ignore', timeout: 120_000 });
    if (!r.error && r.status === 0) return cmd;
  }
  return null;
}

/**
 * A fontconfig file that maps the Mincho names a .docx asks for to Noto Serif CJK JP (Debian's
 * fonts-noto-cjk), so LibreOffice draws a Mincho-like face instead of falling back to a gothic one.
 */
export const FONTCONFIG = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${['MS Mincho', 'ＭＳ 明朝', 'MS PMincho', 'Yu Mincho', '游明朝']
  .map(
    (f) =>
      `  <alias binding="same"><family>${f}</family><prefer><family>Noto Serif CJK JP</family><family>IPAexMincho</family></prefer></alias>`,
  )
  .join('\n')}
</fontconfig>
`;

/** Convert .docx files to PDF beside them (or into outDir). Returns the error text, or null on success. */
export function convertToPdf(files: string[], outDir: string, soffice: string): string | null {
  if (!files.length) return null;
  const tmp = mkdtempSync(join(tmpdir(), 'teichaku-pdf-'));
  try {
    const fontconfig = join(tmp, 'fonts.conf');
    writeFileSync(fontconfig, FONTCONFIG);
    const r = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(tmp, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { env: { ...process.env, FONTCONFIG_FILE: fontconfig }, encoding: 'utf8', timeout: 600_000 },
    );
    if (r.error) return String(r.error.message);
    if (r.status !== 0) return (r.stderr || r.stdout || `終了コード ${r.status}`).trim();
    return null;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
