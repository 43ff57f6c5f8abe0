import type { Tab } from '../shared/sheet/tab.ts';
import { CellError } from './ooxml/cell-value.ts';
import { PackageError, ReadPackage } from './ooxml/package.ts';
import { readSharedStrings } from './ooxml/shared-strings.ts';
import { readSheetRows, SheetError } from './ooxml/sheet.ts';
import { readDateStyles } from './ooxml/styles.ts';
import { readWorkbookPart, relIs } from './ooxml/workbook.ts';
import { XmlError } from './ooxml/xml.ts';

export { BUILTIN_DATE_FORMATS, isDateFormat, serialToCell } from './ooxml/dates.ts';

/**
 * The cells of an .xlsx, read straight from its XML parts (unzipped with fflate, tokenized by saxes; one
 * module per part under cli/ooxml/): what `check` needs and nothing more. A date cell (a number whose
 * format shows a date or time) becomes a date; every other cell keeps its value: text, number,
 * TRUE/FALSE, a formula's last result, an error such as #N/A as its text.
 *
 * This is the only reader: a package it cannot read is damaged (or no workbook), and throws a
 * PackageError saying which part and why; the caller turns that into one Japanese line, exit 2.
 */
export function readXlsxBytes(data: Uint8Array): Tab[] {
  const pkg = new ReadPackage(data);
  const partOf = <T>(what: () => T, part: string): T => {
    try {
      return what();
    } catch (e) {
      if (e instanceof XmlError) throw new PackageError('bad-xml', e.message, part);
      if (e instanceof SheetError || e instanceof CellError)
        throw new PackageError('bad-content', e.message, part);
      throw e;
    }
  };
  const wbPath = pkg.workbookPath;
  const { sheets, date1904, ours } = partOf(() => readWorkbookPart(pkg.read(wbPath)), wbPath);
  const rels = pkg.partRels(wbPath);
  const partFor = (kind: string) => rels.find((r) => relIs(r.type, kind) && pkg.has(r.path))?.path;
  const sst = partFor('sharedStrings');
  const styles = partFor('styles');
  const ctx = {
    strings: sst ? partOf(() => readSharedStrings(pkg.read(sst)), sst) : [],
    dates: styles ? partOf(() => readDateStyles(pkg.read(styles)), styles) : [],
    date1904,
  };
  const tabs: Tab[] = [];
  for (const s of sheets) {
    // the tabs an earlier --write added (点検結果, 月次接触状況) are our output, not the office's record
    if (ours.includes(s.name)) continue;
    const rel = rels.find((r) => r.id === s.rid);
    if (!rel) throw new PackageError('missing-part', `sheet ${s.name} has no relationship ${s.rid}`, wbPath);
    // chart sheets, dialog sheets and macro sheets hold no cells
    if (!relIs(rel.type, 'worksheet')) continue;
    if (!pkg.has(rel.path))
      throw new PackageError('missing-part', `worksheet ${rel.path} missing`, rel.path, undefined, s.name);
    tabs.push({
      name: s.name,
      rows: partOf(() => readSheetRows(pkg.read(rel.path), ctx), rel.path),
      hidden: s.state === 'hidden' || s.state === 'veryHidden',
    });
  }
  if (tabs.length === 0) throw new PackageError('bad-content', 'no worksheets', wbPath);
  return tabs;
}

/** The one Japanese line for a package that cannot be read (the caller adds what to do). */
export function damageReason(e: PackageError): string {
  switch (e.kind) {
    case 'bad-zip':
      return 'ファイルが壊れています（ZIP として開けません。ダウンロードや保存が途中で止まった可能性があります）';
    case 'not-a-workbook':
      return e.instead === 'docx'
        ? '中身は Word の文書（.docx）で、Excel のブックではありません'
        : e.instead === 'pptx'
          ? '中身は PowerPoint のプレゼンテーション（.pptx）で、Excel のブックではありません'
          : '中身は Excel のブックではない ZIP ファイルです';
    case 'missing-part': {
      return e.tab
        ? `タブ「${e.tab}」の中身（${e.part}）がファイルにありません。ファイルが壊れています`
        : `ブックの一部（${e.part ?? '不明'}）がファイルにありません。ファイルが壊れています`;
    }
    case 'bad-xml':
    case 'bad-content':
      return `ブックの一部（${e.part ?? '不明'}）が壊れていて読めません`;
  }
}
