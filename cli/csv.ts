import { CsvError, parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

/**
 * CSV as offices save it. Google Sheets writes UTF-8; Excel on Japanese Windows writes Shift_JIS
 * (CP932) for「CSV (コンマ区切り)」, UTF-8 with a BOM for「CSV UTF-8」, and UTF-16 with a BOM (tab
 * separated) for「Unicode テキスト」. The encoding is detected, never assumed: a BOM first, then
 * strict UTF-8, then CP932 (Shift_JIS with Microsoft's extensions: ①, ㈱, 髙 …).
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp932';

export const ENCODING_LABEL: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  cp932: 'Shift_JIS',
};

export function detectEncoding(buf: Uint8Array): CsvEncoding {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return 'utf-8';
  } catch {
    // UTF-16 without a BOM: ASCII text has a zero byte in every other place
    const sample = buf.subarray(0, 2000);
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddZero++ : evenZero++;
    if (oddZero > sample.length / 8 && evenZero === 0) return 'utf-16le';
    if (evenZero > sample.length / 8 && oddZero === 0) return 'utf-16be';
    return 'cp932';
  }
}

/** The text of a CSV file in whatever encoding it was saved, without its BOM; fails on bytes no encoding reads. */
export function decodeCsv(
  buf: Uint8Array,
): { ok: true; text: string; encoding: CsvEncoding } | { ok: false; reason: string } {
  const encoding = detectEncoding(buf);
  const text = iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), encoding, {
    stripBOM: true,
  });
  if (encoding === 'cp932' && text.includes('\uFFFD'))
    return {
      ok: false,
      reason:
        '文字コードを判別できません（UTF-8・Shift_JIS・UTF-16 のどれでもありません）。Excel の「名前を付けて保存」で「CSV UTF-8 (コンマ区切り)」を選んで保存し直してください',
    };
  return { ok: true, text, encoding };
}

/**
 * RFC 4180 CSV (csv-parse): "quoted" fields with "" for a quote, newlines inside quotes, CRLF or LF
 * line ends, an optional BOM. A file whose first line has tabs and no commas is tab separated
 * (Excel's「Unicode テキスト」). Every line is a row, blank lines too, so row numbers stay the sheet's.
 */
export function parseCsv(
  input: string,
): { ok: true; rows: string[][] } | { ok: false; row: number; reason: string } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  try {
    const rows = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as string[][];
    return { ok: true, rows };
  } catch (e) {
    if (e instanceof CsvError && e.code === 'CSV_QUOTE_NOT_CLOSED') {
      const row = quoteStartLine(text);
      return { ok: false, row, reason: '引用符（"）が閉じられていません' };
    }
    return { ok: false, row: e instanceof CsvError ? Number(e.lines) || 1 : 1, reason: String(e) };
  }
}

/** The line where the unclosed quoted field starts (csv-parse reports the end of the file). */
function quoteStartLine(text: string): number {
  let quoted = false;
  let line = 1;
  let start = 1;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      start = line;
    }
    fieldStart = ch === ',' || ch === '\t' || ch === '\n' || ch === '\r';
  }
  return start;
}
