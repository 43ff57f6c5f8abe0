import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const INSTALL_LIBREOFFICE =
  'PDF にするには LibreOffice が必要です。Debian/Ubuntu: sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk ／ macOS: brew install --cask libreoffice ／ Windows: https://ja.libreoffice.org/ からインストールしてください（.docx はそのまま使えます）';

/**
 * Where LibreOffice is looked for, in order: TEICHAKU_SOFFICE alone when set; else the commands on PATH,
 * then where its installers put it (Windows: Program Files, both; macOS: the application bundle, in
 * /Applications or the user's own).
 */
export function sofficeCandidates(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  if (env.TEICHAKU_SOFFICE) return [env.TEICHAKU_SOFFICE];
  if (platform === 'win32') {
    const roots = [
      env.ProgramFiles,
      env['ProgramFiles(x86)'],
      'C:\\Program Files',
      'C:\\Program Files (x86)',
    ];
    return [
      'soffice.exe',
      ...[...new Set(roots.filter((r): r is string => !!r))].map(
        (r) => `${r}\\LibreOffice\\program\\soffice.exe`,
      ),
    ];
  }
  if (platform === 'darwin')
    return [
      'soffice',
      '/Applications/LibreOffice.app/Contents/MacOS/soffice',
      ...(env.HOME ? [`${env.HOME}/Applications/LibreOffice.app/Contents/MacOS/soffice`] : []),
    ];
  return [
    'soffice',
    'libreoffice',
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
  ];
}

/** The soffice command, or null when LibreOffice is not installed where it is looked for. */
export function findSoffice(): string | null {
  for (const cmd of sofficeCandidates()) {
    if (/[\\/]/.test(cmd) && !existsSync(cmd)) continue;
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
