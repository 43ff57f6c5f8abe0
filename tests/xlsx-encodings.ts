import { strToU8 } from 'fflate';
import { zipParts } from '../cli/zip-write.ts';
import type { CellValue } from '../shared/codecs/index.ts';
import type { Tab } from '../shared/sheet/tab.ts';

/**
 * The same cells written the many ways real programs write an .xlsx (Excel, LibreOffice, Google Sheets'
 * export, exceljs, SheetJS, the OpenXML SDK): each encoding is a set of choices, and every one must read
 * back to the same cells. Written here from plain tabs, by code that shares nothing with the reader.
 */
export interface Encoding {
  name: string;
  /** Strings in the shared-strings part (Excel, LibreOffice, Google) or inline (exceljs streaming, SDK). */
  strings: 'shared' | 'inline' | 'str-formula';
  /** The prefix on every SpreadsheetML element ('' for a default namespace). */
  prefix?: string;
  /** ISO 29500 Strict namespaces. */
  strict?: boolean;
  /** Split each string into rich-text runs, with a phonetic reading (furigana) after them. */
  rich?: boolean;
  /** Text in CDATA sections. */
  cdata?: boolean;
  /** Every non-ASCII character (and &<>) as a decimal or hex character reference. */
  charRefs?: 'dec' | 'hex';
  /** Attributes in single quotes. */
  singleQuotes?: boolean;
  /** Empty cells written as styled self-closing <c/>, between the values. */
  emptyCells?: boolean;
  /** The 1904 date system. */
  date1904?: boolean;
  /** How dates are written: a serial with this number format id (and code, for a custom one), or t="d". */
  dates?: { numFmtId: number; code?: string } | 'iso';
  /** No r attribute on rows and cells (allowed by the schema; some generators omit them). */
  noRefs?: boolean;
  /** Pretty-printed with line breaks and indentation between elements. */
  pretty?: boolean;
  /** Zip entries stored without compression, directory entries included. */
  stored?: boolean;
  /** Targets in the workbook's relationships as absolute part names. */
  absoluteTargets?: boolean;
  /** Extra elements around the cells: LibreOffice's row attributes, dimension, views, cols, an extLst data bar. */
  decorated?: 'libreoffice' | 'google' | 'excel';
  /** The worksheet parts in a different folder and name case (xl/Worksheets/Sheet1.xml). */
  oddNames?: boolean;
  /** No styles part at all (only possible when no date needs a format). */
  noStyles?: boolean;
  /** Numbers written in exponent form or with trailing zeros (1.5E1, 15.0). */
  oddNumbers?: boolean;
  /** A time of day in each date serial (+ 0.25), with a date-time format. */
  timeOfDay?: boolean;
  /** The parts encoded as UTF-16 with a byte order mark (allowed by OPC). */
  utf16?: boolean;
  /** Whether SheetJS 0.18.5 can read this encoding (it is then read by it too, as an independent oracle). */
  sheetjs?: boolean;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_MAIN_STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Days from 1899-12-30 (the 1900 system's day 0, after Excel's fake 1900-02-29) to a date. */
export function serialOf(iso: string, date1904 = false): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const days = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return date1904 ? days - 1462 : days;
}

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function encode(tabs: Tab[], e: Encoding): Uint8Array {
  const p = e.prefix ? `${e.prefix}:` : '';
  const main = e.strict ? NS_MAIN_STRICT : NS_MAIN;
  const rel = e.strict ? NS_REL_STRICT : NS_REL;
  const q = (v: string | number) => (e.singleQuotes ? `'${v}'` : `"${v}"`);
  const nl = e.pretty ? '\n  ' : '';
  const xmlns = e.prefix ? `xmlns:${e.prefix}=${q(main)}` : `xmlns=${q(main)}`;

  const esc = (s: string) => {
    if (e.charRefs)
      return [...s]
        .map((ch) => {
          const c = ch.codePointAt(0)!;
          if (c < 128 && !'&<>'.includes(ch) && (c >= 32 || ch === '\n' || ch === '\t')) return ch;
          if (ch === '\r') return '&#13;';
          return e.charRefs === 'dec' ? `&#${c};` : `&#x${c.toString(16).toUpperCase()};`;
        })
        .join('');
    const x = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return x.replace(/\r/g, '&#13;');
  };
  const textEl = (s: string) => {
    const sp = /^\s|\s$|\n/.test(s) ? ` xml:space=${q('preserve')}` : '';
    if (s === '') return `<${p}t${sp}/>`;
    if (e.cdata && !s.includes(']]>') && !s.includes('\r')) return `<${p}t${sp}><![CDATA[${s}]]></${p}t>`;
    return `<${p}t${sp}>${esc(s)}</${p}t>`;
  };
  const richEl = (s: string) => {
    if (!e.rich || s.length < 2) return textEl(s);
    const chars = [...s];
    const half = Math.ceil(chars.length / 2);
    const a = chars.slice(0, half).join('');
    const b = chars.slice(half).join('');
    return (
      `<${p}r><${p}rPr><${p}b/><${p}sz val=${q(11)}/><${p}rFont val=${q('游ゴシック')}/></${p}rPr>${textEl(a)}</${p}r>` +
      `<${p}r>${textEl(b)}</${p}r><${p}rPh sb=${q(0)} eb=${q(1)}><${p}t>ヨミ</${p}t></${p}rPh>` +
      `<${p}phoneticPr fontId=${q(1)} type=${q('noConversion')}/>`
    );
  };

  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const sst = (s: string) => {
    let i = sharedIndex.get(s);
    if (i === undefined) {
      i = shared.length;
      shared.push(s);
      sharedIndex.set(s, i);
    }
    return i;
  };
  const dateFmt = e.dates ?? { numFmtId: 14 };
  const num = (n: number) => {
    if (!e.oddNumbers) return String(n);
    if (Number.isInteger(n) && Math.abs(n) >= 10) return `${n / 10}E1`;
    if (Number.isInteger(n)) return `${n}.0`;
    return String(n);
  };

  const cellXml = (v: CellValue, ref: string): string => {
    const r = e.noRefs ? '' : ` r=${q(ref)}`;
    if (v === null) return '';
    if (typeof v === 'string') {
      if (e.strings === 'inline')
        return `<${p}c${r} t=${q('inlineStr')}><${p}is>${richEl(v)}</${p}is></${p}c>`;
      if (e.strings === 'str-formula')
        return `<${p}c${r} t=${q('str')}><${p}f>${esc(`"${v.replace(/"/g, '""')}"`)}</${p}f><${p}v>${esc(v)}</${p}v></${p}c>`;
      return `<${p}c${r} t=${q('s')}><${p}v>${sst(v)}</${p}v></${p}c>`;
    }
    if (typeof v === 'number')
      return `<${p}c${r}${e.decorated === 'libreoffice' ? ` s=${q(0)} t=${q('n')}` : ''}><${p}v>${num(v)}</${p}v></${p}c>`;
    if (typeof v === 'boolean') return `<${p}c${r} t=${q('b')}><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
    if (dateFmt === 'iso') return `<${p}c${r} t=${q('d')}><${p}v>${v.value}T00:00:00</${p}v></${p}c>`;
    const serial = serialOf(v.value, e.date1904) + (e.timeOfDay ? 0.25 : 0);
    return `<${p}c${r} s=${q(1)}><${p}v>${serial}</${p}v></${p}c>`;
  };

  const sheetXml = (tab: Tab) => {
    const width = Math.max(1, ...tab.rows.map((r) => r.length));
    const rows: string[] = [];
    let lastRow = 0;
    tab.rows.forEach((row, i) => {
      const cells: string[] = [];
      let any = false;
      row.forEach((v, c) => {
        const x = cellXml(v, `${colName(c)}${i + 1}`);
        if (x) any = true;
        if (x) cells.push(x);
        else if (e.emptyCells)
          cells.push(`<${p}c${e.noRefs ? '' : ` r=${q(`${colName(c)}${i + 1}`)}`} s=${q(0)}/>`);
        else if (e.noRefs) cells.push(`<${p}c/>`); // without references, a gap must be a cell of its own
      });
      if (!any && !e.noRefs) return;
      if (e.noRefs)
        // fill skipped rows: without r, each <row> is the next one
        for (; lastRow < i; lastRow++) rows.push(`<${p}row/>`);
      lastRow = i + 1;
      const attrs = e.noRefs
        ? ''
        : e.decorated === 'libreoffice'
          ? ` r=${q(i + 1)} s=${q(0)} customFormat=${q('false')} ht=${q('12.8')} hidden=${q('false')} customHeight=${q('false')} outlineLevel=${q(0)} collapsed=${q('false')}`
          : e.decorated === 'excel'
            ? ` r=${q(i + 1)} spans=${q(`1:${width}`)} x14ac:dyDescent=${q('0.4')}`
            : ` r=${q(i + 1)}`;
      rows.push(`<${p}row${attrs}>${cells.join(nl)}</${p}row>`);
    });
    const ext =
      e.decorated === 'excel'
        ? ` xmlns:r=${q(rel)} xmlns:mc=${q('http://schemas.openxmlformats.org/markup-compatibility/2006')} mc:Ignorable=${q('x14ac')} xmlns:x14ac=${q('http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac')}`
        : '';
    const before =
      e.decorated === 'libreoffice'
        ? `<${p}sheetPr filterMode=${q('false')}><${p}pageSetUpPr fitToPage=${q('false')}/></${p}sheetPr><${p}dimension ref=${q(`A1:${colName(width - 1)}${tab.rows.length}`)}/><${p}sheetViews><${p}sheetView showFormulas=${q('false')} tabSelected=${q('true')} workbookViewId=${q(0)}/></${p}sheetViews><${p}sheetFormatPr defaultRowHeight=${q('12.8')}/><${p}cols><${p}col min=${q(1)} max=${q(width)} width=${q('11.52')} customWidth=${q('false')}/></${p}cols>`
        : e.decorated === 'google'
          ? `<${p}sheetPr><${p}outlinePr summaryBelow=${q(0)} summaryRight=${q(0)}/></${p}sheetPr><${p}sheetViews><${p}sheetView workbookViewId=${q(0)}/></${p}sheetViews><${p}sheetFormatPr customHeight=${q(1)} defaultColWidth=${q('12.63')} defaultRowHeight=${q('15.75')}/>`
          : e.decorated === 'excel'
            ? `<${p}dimension ref=${q(`A1:${colName(width - 1)}${tab.rows.length}`)}/><${p}sheetViews><${p}sheetView workbookViewId=${q(0)}/></${p}sheetViews><${p}sheetFormatPr defaultRowHeight=${q('18.75')} x14ac:dyDescent=${q('0.4')}/>`
            : '';
    const after =
      e.decorated === 'excel'
        ? `<${p}conditionalFormatting sqref=${q('A2:A3')}><${p}cfRule type=${q('dataBar')} priority=${q(1)}><${p}dataBar><${p}cfvo type=${q('min')}/><${p}cfvo type=${q('max')}/><${p}color rgb=${q('FF638EC6')}/></${p}dataBar><${p}extLst><${p}ext uri=${q('{B025F937-C7B1-47D3-B67F-A62EFF666E3E}')} xmlns:x14=${q('http://schemas.microsoft.com/office/spreadsheetml/2009/9/main')}><x14:id>{00000000-0000-0000-0000-000000000001}</x14:id></${p}ext></${p}extLst></${p}cfRule></${p}conditionalFormatting><${p}pageMargins left=${q('0.7')} right=${q('0.7')} top=${q('0.75')} bottom=${q('0.75')} header=${q('0.3')} footer=${q('0.3')}/>`
        : '';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${xmlns}${ext}>${nl}${before}<${p}sheetData>${nl}${rows.join(nl)}${nl}</${p}sheetData>${nl}${after}</${p}worksheet>`;
  };

  const sheetPath = (i: number) =>
    e.oddNames ? `xl/Worksheets/Sheet${i + 1}.xml` : `xl/worksheets/sheet${i + 1}.xml`;
  const sheetsXml = tabs.map(sheetXml);
  const target = (path: string) => (e.absoluteTargets ? `/${path}` : path.slice(3));
  const hasDates = tabs.some((t) => t.rows.some((r) => r.some((v) => v !== null && typeof v === 'object')));
  const withStyles = !(e.noStyles && (dateFmt === 'iso' || !hasDates));
  const parts: [string, string][] = [];
  const ct = (name: string, type: string) => `<Override PartName="/${name}" ContentType="${type}"/>`;
  const sml = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  parts.push([
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${ct('xl/workbook.xml', `${sml}.sheet.main+xml`)}${tabs.map((_, i) => ct(sheetPath(i), `${sml}.worksheet+xml`)).join('')}${e.strings === 'shared' ? ct('xl/sharedStrings.xml', `${sml}.sharedStrings+xml`) : ''}${withStyles ? ct('xl/styles.xml', `${sml}.styles+xml`) : ''}</Types>`,
  ]);
  parts.push([
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="${e.absoluteTargets ? '/' : ''}xl/workbook.xml"/></Relationships>`,
  ]);
  // the sheets before the workbook part when decorated as Google writes (order is free in a zip)
  const sheetParts = sheetsXml.map((x, i): [string, string] => [sheetPath(i), x]);
  if (e.decorated === 'google') parts.push(...sheetParts);
  const relPrefix = e.prefix === 'r' ? 'rel' : 'r';
  parts.push([
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${xmlns} xmlns:${relPrefix}=${q(rel)}>${nl}<${p}workbookPr${e.date1904 ? ` date1904=${q(1)}` : ''}/>${nl}<${p}bookViews><${p}workbookView activeTab=${q(0)}/></${p}bookViews><${p}sheets>${tabs
      .map(
        (t, i) =>
          `<${p}sheet name=${q(esc(t.name).replace(/'/g, '&apos;').replace(/"/g, '&quot;'))} sheetId=${q(i + 1)}${t.hidden ? ` state=${q('hidden')}` : ''} ${relPrefix}:id=${q(`rId${i + 1}`)}/>`,
      )
      .join(nl)}</${p}sheets>${nl}</${p}workbook>`,
  ]);
  parts.push([
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">${tabs
      .map(
        (_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="${target(sheetPath(i))}"/>`,
      )
      .join(
        '',
      )}${e.strings === 'shared' ? `<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="${target('xl/sharedStrings.xml')}"/>` : ''}${withStyles ? `<Relationship Id="rIdT" Type="${rel}/styles" Target="${target('xl/styles.xml')}"/>` : ''}</Relationships>`,
  ]);
  if (e.decorated !== 'google') parts.push(...sheetParts);
  if (e.strings === 'shared')
    parts.push([
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}sst ${xmlns} count=${q(shared.length)} uniqueCount=${q(shared.length)}>${shared.map((s) => `<${p}si>${richEl(s)}</${p}si>`).join(nl)}</${p}sst>`,
    ]);
  if (withStyles) {
    const fmt = dateFmt === 'iso' ? { numFmtId: 14 } : dateFmt;
    const custom = fmt.code
      ? `<${p}numFmts count=${q(1)}><${p}numFmt numFmtId=${q(fmt.numFmtId)} formatCode=${q(esc(fmt.code).replace(/"/g, '&quot;').replace(/'/g, '&apos;'))}/></${p}numFmts>`
      : '';
    parts.push([
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}styleSheet ${xmlns}>${custom}<${p}fonts count=${q(1)}><${p}font><${p}sz val=${q(11)}/></${p}font></${p}fonts><${p}fills count=${q(1)}><${p}fill><${p}patternFill patternType=${q('none')}/></${p}fill></${p}fills><${p}borders count=${q(1)}><${p}border/></${p}borders><${p}cellStyleXfs count=${q(1)}><${p}xf numFmtId=${q(0)} fontId=${q(0)} fillId=${q(0)} borderId=${q(0)}/></${p}cellStyleXfs><${p}cellXfs count=${q(2)}><${p}xf numFmtId=${q(0)} fontId=${q(0)} fillId=${q(0)} borderId=${q(0)} xfId=${q(0)}/><${p}xf numFmtId=${q(fmt.numFmtId)} fontId=${q(0)} fillId=${q(0)} borderId=${q(0)} xfId=${q(0)} applyNumberFormat=${q(1)}/></${p}cellXfs></${p}styleSheet>`,
    ]);
  }
  const bytes = (s: string) => {
    if (!e.utf16) return strToU8(s);
    const body = s.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const out = new Uint8Array(2 + body.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      out[2 + i * 2] = c & 0xff;
      out[3 + i * 2] = c >> 8;
    }
    return out;
  };
  const entries: [string, Uint8Array][] = parts.map(([n, s]) => [n, bytes(s)]);
  if (e.stored) entries.unshift(['xl/', new Uint8Array(0)], ['_rels/', new Uint8Array(0)]);
  return zipParts(entries);
}

/** The encodings of the differential corpus (at least 30): each a choice some real program makes. */
export const ENCODINGS: Encoding[] = [
  { name: 'shared strings (Excel)', strings: 'shared', sheetjs: true },
  { name: 'inline strings (exceljs streaming, SheetJS)', strings: 'inline', sheetjs: true },
  { name: 'string formula results (t="str")', strings: 'str-formula', sheetjs: true },
  { name: 'OpenXML SDK: x: prefix, shared', strings: 'shared', prefix: 'x', sheetjs: true },
  { name: 'OpenXML SDK: x: prefix, inline', strings: 'inline', prefix: 'x', sheetjs: true },
  { name: 'prefix s: with rich text', strings: 'shared', prefix: 's', rich: true, sheetjs: true },
  { name: 'rich text runs with furigana, shared', strings: 'shared', rich: true, sheetjs: true },
  { name: 'rich text runs with furigana, inline', strings: 'inline', rich: true, sheetjs: true },
  { name: 'CDATA text, shared', strings: 'shared', cdata: true, sheetjs: true },
  { name: 'CDATA text, inline', strings: 'inline', cdata: true, sheetjs: true },
  { name: 'decimal character references', strings: 'shared', charRefs: 'dec', sheetjs: true },
  { name: 'hex character references, inline', strings: 'inline', charRefs: 'hex', sheetjs: true },
  { name: 'single-quoted attributes', strings: 'shared', singleQuotes: true, sheetjs: true },
  { name: 'single quotes and x: prefix', strings: 'inline', singleQuotes: true, prefix: 'x', sheetjs: true },
  { name: 'self-closing empty cells', strings: 'shared', emptyCells: true, sheetjs: true },
  { name: '1904 date system', strings: 'shared', date1904: true, sheetjs: true },
  { name: 'dates built-in 14 (m/d/yyyy)', strings: 'shared', dates: { numFmtId: 14 }, sheetjs: true },
  {
    name: 'dates built-in 22 (m/d/yy h:mm), with a time',
    strings: 'shared',
    dates: { numFmtId: 22 },
    timeOfDay: true,
    sheetjs: true,
  },
  {
    name: 'dates custom yyyy/m/d;@ (Excel ja)',
    strings: 'shared',
    dates: { numFmtId: 176, code: 'yyyy/m/d;@' },
    sheetjs: true,
  },
  {
    name: 'dates custom 和暦 [$-411]ggge"年"m"月"d"日"',
    strings: 'shared',
    dates: { numFmtId: 177, code: '[$-411]ggge"年"m"月"d"日"' },
    sheetjs: true,
  },
  {
    name: 'dates custom yyyy"年"m"月"d"日"',
    strings: 'shared',
    dates: { numFmtId: 178, code: 'yyyy"年"m"月"d"日"' },
    sheetjs: true,
  },
  // SheetJS 0.18.5 takes the Japanese locale built-ins (27–36, 50–58) for dates only in some cells
  {
    name: 'dates built-in 27 (Japanese locale ge.m.d)',
    strings: 'shared',
    dates: { numFmtId: 27 },
    sheetjs: false,
  },
  {
    name: 'dates built-in 31 (Japanese locale yyyy年m月d日)',
    strings: 'shared',
    dates: { numFmtId: 31 },
    sheetjs: false,
  },
  { name: 'dates built-in 57 (Japanese locale)', strings: 'shared', dates: { numFmtId: 57 }, sheetjs: false },
  // SheetJS 0.18.5 reads t="d" as a bare serial in General format (a number): the date is lost
  { name: 'dates as ISO t="d" (exceljs, Strict writers)', strings: 'inline', dates: 'iso', sheetjs: false },
  { name: 'no r on rows and cells', strings: 'shared', noRefs: true, sheetjs: true },
  { name: 'pretty-printed', strings: 'shared', pretty: true, sheetjs: true },
  { name: 'stored zip with directory entries', strings: 'shared', stored: true, sheetjs: true },
  { name: 'absolute relationship targets', strings: 'shared', absoluteTargets: true, sheetjs: true },
  {
    name: 'LibreOffice style (row attributes, t="n", dimension, cols)',
    strings: 'shared',
    decorated: 'libreoffice',
    sheetjs: true,
  },
  {
    name: 'Google Sheets export style (sheets before the workbook, views)',
    strings: 'shared',
    decorated: 'google',
    sheetjs: true,
  },
  {
    name: 'Excel style (mc:Ignorable, x14ac, a data bar with extLst)',
    strings: 'shared',
    decorated: 'excel',
    sheetjs: true,
  },
  { name: 'odd part names (xl/Worksheets/Sheet1.xml)', strings: 'shared', oddNames: true, sheetjs: true },
  { name: 'no styles part, ISO dates', strings: 'inline', noStyles: true, dates: 'iso', sheetjs: false },
  {
    name: 'numbers in exponent form and with trailing zeros',
    strings: 'shared',
    oddNumbers: true,
    sheetjs: true,
  },
  // SheetJS 0.18.5 does not read a Strict styles part: its dates come out as numbers
  { name: 'ISO 29500 Strict namespaces', strings: 'shared', strict: true, sheetjs: false },
  { name: 'UTF-16 parts', strings: 'shared', utf16: true, sheetjs: true },
  // SheetJS 0.18.5 reads CDATA inside rich-text runs as empty text
  {
    name: 'everything at once: x:, single quotes, rich, CDATA, 1904, pretty, no refs',
    strings: 'shared',
    prefix: 'x',
    singleQuotes: true,
    rich: true,
    cdata: true,
    date1904: true,
    pretty: true,
    noRefs: true,
    sheetjs: false,
  },
  {
    name: 'x:, single quotes, CDATA, character references, 1904, empty cells, pretty',
    strings: 'inline',
    prefix: 'x',
    singleQuotes: true,
    cdata: true,
    charRefs: 'hex',
    date1904: true,
    emptyCells: true,
    pretty: true,
    sheetjs: true,
  },
];
