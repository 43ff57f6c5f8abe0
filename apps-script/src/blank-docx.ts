import { strToU8, zipSync } from 'fflate';
import { A4 } from './doc-writer.ts';

/**
 * The blank form as a Word file, for Drive to import as a Google Doc: A4 with the .docx's margins and a
 * footer 「　n / N」 whose n and N are page fields. The Docs API has no request that inserts a page number,
 * but Drive's import turns a .docx's PAGE and NUMPAGES fields into the Doc's own page number and page
 * count; each report is then a copy of the imported blank with the client's line written before 「　n / N」,
 * as cli/docx.ts draws the .docx footer. Pure: the bytes only (fflate zips them).
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const twips = (pt: number) => Math.round(pt * 20);

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`;

const document = () => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p/><w:sectPr><w:footerReference w:type="default" r:id="rId1"/><w:pgSz w:w="${twips(A4.width)}" w:h="${twips(A4.height)}"/><w:pgMar w:top="${twips(A4.marginY)}" w:right="${twips(A4.margin)}" w:bottom="${twips(A4.marginY)}" w:left="${twips(A4.margin)}" w:header="${twips(A4.footer)}" w:footer="${twips(A4.footer)}" w:gutter="0"/></w:sectPr></w:body></w:document>`;

/** 8 pt (sz is in half points), the size the .docx footer has. */
const small = '<w:rPr><w:sz w:val="16"/></w:rPr>';
const field = (instr: string) =>
  `<w:fldSimple w:instr=" ${instr} "><w:r>${small}<w:t>1</w:t></w:r></w:fldSimple>`;
const FOOTER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r>${small}<w:t xml:space="preserve">　</w:t></w:r>${field('PAGE')}<w:r>${small}<w:t xml:space="preserve"> / </w:t></w:r>${field('NUMPAGES')}</w:p></w:ftr>`;

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The blank form's .docx bytes (the same every time: fixed zip time stamps). */
export function blankDocx(): Uint8Array {
  const mtime = new Date(Date.UTC(2025, 0, 1));
  const part = (xml: string): [Uint8Array, { mtime: Date }] => [strToU8(xml), { mtime }];
  return zipSync({
    '[Content_Types].xml': part(CONTENT_TYPES),
    '_rels/.rels': part(ROOT_RELS),
    'word/document.xml': part(document()),
    'word/_rels/document.xml.rels': part(DOCUMENT_RELS),
    'word/footer1.xml': part(FOOTER),
  });
}
