/**
 * node --import tsx tests/apps-script/report-screenshots.ts — the README's pictures of 支援レポートを作成:
 * the built Code.js run on the hand-worked month (令和7年1月, generated on 2025-02-03) in the fakes; the
 * Google Doc it wrote for K01 is drawn from the fake document's structure (its paragraphs with their
 * attributes, its tables with the column widths in points and the shaded cells, the A4 page and margins it
 * set) as HTML, and photographed in Chromium; and the sidebar as Sheets shows it.
 */
import { mkdirSync } from 'node:fs';
import { escapeHtml } from '../../apps-script/src/html.ts';
import { HAND_WORKED } from '../../shared/report/hand-worked.fixture.ts';
import { launch, openSidebar } from './browser.ts';
import { type FakeDocument, type FakeParagraph, FakeTable } from './fakes/docs.ts';
import { builtCode, loadAddon, loadWorkbook } from './harness.ts';

const PX = 96 / 72; // points → CSS pixels

/** The fake Google Doc as a page: only what the script set on it is drawn. */
export function docHtml(d: FakeDocument): string {
  const pg = d.body.page;
  const para = (p: FakeParagraph) => {
    const a = p.attrs;
    const style = [
      `font-size:${Number(a.FONT_SIZE ?? 11) * PX}px`,
      a.BOLD ? 'font-weight:bold' : '',
      a.HORIZONTAL_ALIGNMENT ? `text-align:${String(a.HORIZONTAL_ALIGNMENT).toLowerCase()}` : '',
      a.SPACING_BEFORE ? `margin-top:${Number(a.SPACING_BEFORE) * PX}px` : '',
    ].join(';');
    return `<p style="${style}">${escapeHtml(p.text) || '&nbsp;'}</p>`;
  };
  const table = (t: FakeTable) => {
    const size = Number(t.attrs.FONT_SIZE ?? 11) * PX;
    const cols = t.widths.map((w) => `<col style="width:${(w ?? 0) * PX}px">`).join('');
    const rows = t.rows
      .map(
        (r) =>
          `<tr>${r.cells
            .map(
              (c) =>
                `<td style="${c.background ? `background:${c.background};` : ''}font-size:${size}px">${c.paragraphs
                  .map((p) => escapeHtml(p.text) || '&nbsp;')
                  .join('<br>')}</td>`,
            )
            .join('')}</tr>`,
      )
      .join('');
    return `<table><colgroup>${cols}</colgroup>${rows}</table>`;
  };
  const body = d.body.children
    .map((c) => (c instanceof FakeTable ? table(c) : para(c as FakeParagraph)))
    .join('\n');
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>
html { background: #f1f3f4; }
body { margin: 0; padding: 16px 0; font-family: 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif; }
.page { background: #fff; width: ${pg.width * PX}px; min-height: ${pg.height * PX}px; box-sizing: border-box;
  padding: ${pg.top * PX}px ${pg.right * PX}px ${pg.bottom * PX}px ${pg.left * PX}px; margin: 0 auto; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
p { margin: 0 0 4px; line-height: 1.5; }
table { border-collapse: collapse; table-layout: fixed; margin: 2px 0 6px; }
td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; line-height: 1.5; word-break: break-all; }
</style></head><body><div class="page">${body}</div></body></html>`;
}

const code = await builtCode();
const a = loadAddon(code, { today: '2025-02-03', title: HAND_WORKED.title });
loadWorkbook(a, HAND_WORKED);
a.call('teichakuReportsStart', '2025-01', ['K01']);
const doc = [...a.drive.docs.values()].find((d) => d.name.startsWith('2025-01_'))!;
a.call('teichakuReports');
const sidebar = a.ui.sidebars.at(-1)!.html;

mkdirSync('docs', { recursive: true });
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 860, height: 1160 }, deviceScaleFactor: 1 });
await page.setContent(docHtml(doc), { waitUntil: 'load' });
await page.screenshot({ path: 'docs/addon-report-doc.png', fullPage: true });
await page.close();
console.log('docs/addon-report-doc.png', doc.name);
const side = await openSidebar(browser, sidebar);
await side.page.setViewportSize({ width: 300, height: 720 });
await side.page.screenshot({ path: 'docs/addon-reports-sidebar.png' });
await side.page.close();
console.log('docs/addon-reports-sidebar.png');
await browser.close();
