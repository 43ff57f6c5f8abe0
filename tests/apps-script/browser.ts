/**
 * Sidebars in Debian's Chromium (playwright-core, no downloads), with a stub google.script.run that records
 * each call and answers like the server would. Also renders a tab of the fake spreadsheet as an HTML table
 * (values and backgrounds as the add-on wrote them), for the README's pictures.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import type { FakeSheet } from './fakes/spreadsheet.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}

/** Installed before the sidebar's own script: google.script.run records calls in window.__calls. */
export const STUB_RUN = `
window.__calls = [];
window.__answers = window.__answers || {};
(function () {
  function runner(ok, fail) {
    return new Proxy({}, {
      get: function (_t, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, fail); };
        if (name === 'withFailureHandler') return function (f) { return runner(ok, f); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          window.__calls.push([name].concat(args));
          var a = window.__answers[name];
          setTimeout(function () { if (ok) ok(a === undefined ? null : a); }, 0);
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();
`;

/** A sidebar as Sheets shows it: 300 px wide. */
export async function openSidebar(browser: Browser, html: string, answers: Record<string, unknown> = {}) {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 }, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Apps Script serves the page inside its own frame, where google.script.run exists before any script
  // of the page runs: put the stub first in <head> (setContent does not run init scripts)
  // the answers are JSON inside a <script>: `<` escaped so a stubbed answer holding </script> stays data
  const json = JSON.stringify(answers)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const stub = `<script>window.__answers = ${json};\n${STUB_RUN}</script>`;
  if (!html.includes('<head>')) throw new Error('sidebar HTML without <head>');
  // a function replacement: `$'` or `$&` in an answer is text, not a replacement pattern
  await page.setContent(
    html.replace('<head>', () => `<head>${stub}`),
    { waitUntil: 'load' },
  );
  return { page, errors };
}

export const calls = (page: Page) => page.evaluate('window.__calls') as Promise<unknown[][]>;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A tab of the fake spreadsheet as an HTML table, as Sheets would show it (frozen header shaded). */
export function sheetHtml(sheet: FakeSheet, opts: { maxRows?: number; title?: string } = {}): string {
  const rows = sheet.cells.slice(0, opts.maxRows ?? 30);
  const width = Math.max(...rows.map((r) => r?.length ?? 0));
  // the add-on's own conditional-format rules are always true: paint their ranges as Sheets would
  const painted = new Map<string, string>();
  for (const rule of sheet.rules) {
    if (!String(rule.values[0] ?? '').includes('teichaku:') || !rule.background) continue;
    for (const b of rule.ranges)
      for (let i = 0; i < b.rows; i++)
        for (let j = 0; j < b.cols; j++) painted.set(`${b.row + i}:${b.col + j}`, rule.background);
  }
  const letters = Array.from({ length: width }, (_, i) => String.fromCharCode(65 + i));
  const body = rows
    .map((row, r) => {
      const tds = Array.from({ length: width }, (_, c) => {
        const cell = row?.[c];
        const raw = cell?.v;
        // a date cell shows as Sheets shows it in a Japanese locale
        const v =
          raw && typeof raw === 'object' && 'day' in raw
            ? String((raw as { day: string }).day).replace(/-/g, '/')
            : String(raw ?? '');
        const bg =
          painted.get(`${r + 1}:${c + 1}`) ?? cell?.bg ?? (r < sheet.frozenRows ? '#f8f9fa' : '#ffffff');
        const bold = cell?.bold ? 'font-weight:bold;' : '';
        const note = cell?.note ? '<span class="note"></span>' : '';
        return `<td style="background:${bg};${bold}">${esc(v)}${note}</td>`;
      }).join('');
      return `<tr${r === sheet.frozenRows - 1 ? ' class="frozen"' : ''}><th>${r + 1}</th>${tds}</tr>`;
    })
    .join('');
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>
body { margin: 0; font-family: 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif; font-size: 12px; }
.tabname { padding: 6px 10px; background: #fff; border-bottom: 1px solid #dadce0; font-weight: bold; }
table { border-collapse: collapse; }
td, th { border: 1px solid #e2e3e3; padding: 2px 6px; white-space: nowrap; position: relative; }
th { background: #f8f9fa; color: #5f6368; font-weight: normal; }
tr.frozen td, tr.frozen th { border-bottom: 3px solid #c0c0c0; }
td.center { text-align: center; }
.note { position: absolute; right: 0; top: 0; border-top: 6px solid #f29900; border-left: 6px solid transparent; }
</style></head><body><div class="tabname">${esc(opts.title ?? sheet.name)}</div><table><tr><th></th>${letters
    .map((l) => `<th>${l}</th>`)
    .join('')}</tr>${body}</table></body></html>`;
}
