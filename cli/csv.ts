/**
 * RFC 4180 CSV as Google Sheets writes it: comma separated, "quoted" fields with "" for a quote,
 * newlines inside quotes, CRLF or LF line ends, an optional UTF-8 BOM.
 */
export function parseCsv(
  input: string,
): { ok: true; rows: string[][] } | { ok: false; row: number; reason: string } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      startLine = line;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += ch;
  }
  if (quoted) return { ok: false, row: startLine, reason: '引用符（"）が閉じられていません' };
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows };
}
