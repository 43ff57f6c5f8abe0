/**
 * Drive's import of a Word file as a Google Doc (files.create with the Google Docs mimeType: "Drive
 * converts the uploaded file", developers.google.com/drive/api/guides/manage-uploads#import_docs), as far as
 * the add-on's blank form needs it, parsed with saxes: the page size and margins of the section (twips),
 * the body's paragraphs as text, and the default footer with its runs and its PAGE / NUMPAGES fields, which
 * Google Docs shows as its own page number and page count (autoText PAGE_NUMBER, PAGE_COUNT) and right
 * alignment. How Google converts the rest of a .docx is not modelled: anything else is refused, so the
 * add-on cannot come to rely on a conversion the fake only pretends to do. The 動作確認 checks the real
 * import on the office's account.
 */
import { unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ApiDocument, ApiSegment, type Unit } from './docs-api.ts';

const ALLOWED = new Set([
  '[Content_Types].xml',
  '_rels/.rels',
  'word/document.xml',
  'word/_rels/document.xml.rels',
  'word/footer1.xml',
]);

type Para = { runs: ({ text: string } | { field: 'PAGE_NUMBER' | 'PAGE_COUNT' })[]; align?: string };

/** The paragraphs of a body or footer part (text runs and simple page fields). */
function paragraphs(xml: string, refuse: (what: string) => never): { paras: Para[]; tags: SaxesTagPlain[] } {
  const p = new SaxesParser({ xmlns: false });
  const paras: Para[] = [];
  const tags: SaxesTagPlain[] = [];
  let cur: Para | null = null;
  let inText = false;
  let field: 'PAGE_NUMBER' | 'PAGE_COUNT' | null = null;
  p.on('opentag', (t) => {
    tags.push(t);
    if (t.name === 'w:p') cur = { runs: [] };
    else if (t.name === 'w:jc' && cur) cur.align = String(t.attributes['w:val']);
    else if (t.name === 'w:t') inText = true;
    else if (t.name === 'w:fldSimple') {
      const instr = String(t.attributes['w:instr']).trim();
      field =
        instr === 'PAGE' ? 'PAGE_NUMBER' : instr === 'NUMPAGES' ? 'PAGE_COUNT' : refuse(`field ${instr}`);
      cur?.runs.push({ field });
    }
  });
  p.on('text', (t) => {
    // a field's shown result is not text of the Doc: the autoText stands for it
    if (inText && cur && !field) cur.runs.push({ text: t });
  });
  p.on('closetag', (t) => {
    if (t.name === 'w:t') inText = false;
    else if (t.name === 'w:fldSimple') field = null;
    else if (t.name === 'w:p' && cur) {
      paras.push(cur);
      cur = null;
    }
  });
  p.write(xml).close();
  return { paras, tags };
}

function units(paras: Para[]): Unit[] {
  const out: Unit[] = [];
  for (const para of paras) {
    const ps = para.align === 'right' ? { alignment: 'END' } : {};
    for (const r of para.runs)
      if ('field' in r) out.push({ k: 'char', ch: '', ts: {}, auto: r.field });
      else for (const ch of r.text) for (const c of ch.split('')) out.push({ k: 'char', ch: c, ts: {} });
    out.push({ k: 'char', ch: '\n', ts: {}, ps });
  }
  return out;
}

let nextImported = 1;

/** A Google Doc made from the .docx bytes, or an error for what the fake does not model. */
export function importDocx(bytes: Uint8Array, id: string, name: string): ApiDocument {
  const refuse = (what: string): never => {
    throw new Error(`fake Drive import: ${what} is not modelled`);
  };
  const parts = unzipSync(bytes);
  for (const n of Object.keys(parts)) if (!ALLOWED.has(n)) refuse(`part ${n}`);
  const text = (n: string) => new TextDecoder().decode(parts[n] ?? refuse(`a package without ${n}`));
  const body = paragraphs(text('word/document.xml'), refuse);
  const d = new ApiDocument(id, name);
  d.body = new ApiSegment([{ k: 'sb' }, ...units(body.paras.length ? body.paras : [{ runs: [] }])]);
  const pt = (twips: unknown) => ({ magnitude: Number(twips) / 20, unit: 'PT' });
  const size = body.tags.find((t) => t.name === 'w:pgSz');
  const mar = body.tags.find((t) => t.name === 'w:pgMar');
  if (size)
    d.documentStyle.pageSize = { width: pt(size.attributes['w:w']), height: pt(size.attributes['w:h']) };
  if (mar) {
    d.documentStyle.marginTop = pt(mar.attributes['w:top']);
    d.documentStyle.marginBottom = pt(mar.attributes['w:bottom']);
    d.documentStyle.marginLeft = pt(mar.attributes['w:left']);
    d.documentStyle.marginRight = pt(mar.attributes['w:right']);
    d.documentStyle.marginFooter = pt(mar.attributes['w:footer']);
  }
  if (body.tags.some((t) => t.name === 'w:footerReference')) {
    const footer = paragraphs(text('word/footer1.xml'), refuse);
    const fid = `kix.imported${nextImported++}`;
    d.footers.set(fid, new ApiSegment(units(footer.paras)));
    d.documentStyle.defaultFooterId = fid;
  }
  return d;
}
