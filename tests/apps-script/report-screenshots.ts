/**
 * node --import tsx tests/apps-script/report-screenshots.ts — the README's pictures of 支援レポートを作成:
 * the built Code.js run on the hand-worked month (令和7年1月, generated on 2025-02-03) in the fakes; the
 * Google Doc it wrote for K01 (the Docs API requests applied by the fake) is drawn from documents.get's
 * answer (its paragraphs with their styles, its tables with the column widths in points and the shaded
 * cells, the A4 page and margins, the footer) as HTML, and photographed in Chromium; and the sidebar as
 * Sheets shows it.
 */
import { mkdirSync } from 'node:fs';
import { escapeHtml } from '../../apps-script/src/html.ts';
import { HAND_WORKED } from '../../shared/report/hand-worked.fixture.ts';
import { launch, openSidebar } from './browser.ts';
import type { ApiDocument } from './fakes/docs-api.ts';
import { builtCode, loadAddon, loadWorkbook } from './harness.ts';

const PX = 96 / 72; // points → CSS pixels

// biome-ignore lint/suspicious/noExplicitAny: documents.get JSON walked loosely, for a picture only
type Json = Record<string, any>;
const mag = (d: Json | undefined, dflt = 0) => (d?.magnitude as number | undefined) ?? dflt;
const rgb = (c: Json | undefined) => {
  const v = c?.color?.rgbColor as Json | undefined;
  if (!v) return null;
  const h = (x: number | undefined) =>
    Math.round((x ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${h(v.red)}${h(v.green)}${h(v.blue)}`;
};
const ALIGN: Record<string, string> = { START: 'left', CENTER: 'center', END: 'right', JUSTIFIED: 'justify' };

/**
 * The fake Google Doc, as documents.get answers it, drawn as a page: only what the requests set is drawn
 * (page size and margins, paragraph alignment, spacing and borders, font sizes and weights, column widths,
 * cell shading, padding and borders, minimum row heights, the footer).
 */
export function docHtml(d: ApiDocument): string {
  const j = d.toJson() as Json;
  const ds = j.documentStyle as Json;
  // a page field as Google Docs shows it on this one-page drawing: page 1 of 1
  const AUTO: Record<string, string> = { PAGE_NUMBER: '1', PAGE_COUNT: '1' };
  const run = (e: Json) => {
    const ts = (e.textRun?.textStyle ?? e.autoText?.textStyle ?? {}) as Json;
    const text = e.autoText
      ? (AUTO[e.autoText.type] ?? '')
      : String(e.textRun?.content ?? '').replace(/\n$/, '');
    const style = [
      `font-size:${mag(ts.fontSize, 11) * PX}px`,
      ts.bold ? 'font-weight:bold' : '',
      ts.weightedFontFamily?.fontFamily
        ? `font-family:'${ts.weightedFontFamily.fontFamily}','Noto Serif CJK JP',serif`
        : '',
    ].join(';');
    return `<span style="${style}">${escapeHtml(text)}</span>`;
  };
  const para = (el: Json) => {
    const ps = (el.paragraph.paragraphStyle ?? {}) as Json;
    const border = ps.borderTop
      ? `border:${mag(ps.borderTop.width) * PX}px solid #000;padding:${mag(ps.borderTop.padding) * PX}px;`
      : '';
    const els = (el.paragraph.elements ?? []) as Json[];
    const size = Math.max(...els.map((e) => mag((e.textRun ?? e.autoText)?.textStyle?.fontSize, 11)));
    const style = `text-align:${ALIGN[ps.alignment] ?? 'left'};margin:${mag(ps.spaceAbove) * PX}px 0 ${mag(ps.spaceBelow) * PX}px;font-size:${size * PX}px;line-height:1.35;${border}`;
    return `<p style="${style}">${els.map(run).join('') || '&#8203;'}</p>`;
  };
  const content = (list: Json[]): string =>
    list.map((el) => (el.paragraph ? para(el) : el.table ? table(el.table) : '')).join('\n');
  const table = (t: Json) => {
    const cols = ((t.tableStyle?.tableColumnProperties ?? []) as Json[])
      .map((c) => `<col style="width:${mag(c.width) * PX}px">`)
      .join('');
    const rows = ((t.tableRows ?? []) as Json[])
      .map((r) => {
        const h = mag(r.tableRowStyle?.minRowHeight);
        const cells = ((r.tableCells ?? []) as Json[])
          .map((c) => {
            const cs = (c.tableCellStyle ?? {}) as Json;
            const bg = rgb(cs.backgroundColor);
            const b = cs.borderTop ? `${mag(cs.borderTop.width) * PX}px solid #000` : '1px solid #000';
            const style = [
              bg ? `background:${bg}` : '',
              `border:${b}`,
              `padding:${mag(cs.paddingTop) * PX}px ${mag(cs.paddingRight) * PX}px ${mag(cs.paddingBottom) * PX}px ${mag(cs.paddingLeft) * PX}px`,
              `vertical-align:${cs.contentAlignment === 'MIDDLE' ? 'middle' : 'top'}`,
            ].join(';');
            return `<td style="${style}">${content(c.content ?? [])}</td>`;
          })
          .join('');
        return `<tr style="height:${h * PX}px">${cells}</tr>`;
      })
      .join('');
    return `<table><colgroup>${cols}</colgroup>${rows}</table>`;
  };
  const footerId = ds.defaultFooterId as string | undefined;
  const footer = footerId ? content(j.footers[footerId].content) : '';
  const pg = {
    width: mag(ds.pageSize?.width),
    height: mag(ds.pageSize?.height),
    top: mag(ds.marginTop),
    bottom: mag(ds.marginBottom),
    left: mag(ds.marginLeft),
    right: mag(ds.marginRight),
    footer: mag(ds.marginFooter, 36),
  };
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>
html { background: #f1f3f4; }
body { margin: 0; padding: 16px 0; font-family: 'Noto Serif CJK JP', serif; }
.page { position: relative; background: #fff; width: ${pg.width * PX}px; height: ${pg.height * PX}px; box-sizing: border-box;
  padding: ${pg.top * PX}px ${pg.right * PX}px ${pg.bottom * PX}px ${pg.left * PX}px; margin: 0 auto; box-shadow: 0 1px 3px rgba(0,0,0,.3); overflow: hidden; }
.footer { position: absolute; left: ${pg.left * PX}px; right: ${pg.right * PX}px; bottom: ${pg.footer * PX}px; }
p { margin: 0; }
td p { margin: 0; }
table { border-collapse: collapse; table-layout: fixed; }
td { word-break: break-all; }
</style></head><body><div class="page">${content(j.body.content)}<div class="footer">${footer}</div></div></body></html>`;
}

const code = await builtCode();
const a = loadAddon(code, { today: '2025-02-03', title: HAND_WORKED.title });
loadWorkbook(a, HAND_WORKED);
a.call('teichakuReportsStart', '2025-01', ['K01']);
const doc = [...a.drive.apiDocs.values()].find((d) => d.name.startsWith('2025-01_'))!;
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
