import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsv, detectEncoding, parseCsv } from './csv.ts';

describe('parseCsv (csv-parse)', () => {
  it('reads quoted fields, doubled quotes, newlines inside quotes and CRLF or LF line ends', () => {
    expect(
      parseCsv(
        '日付,内容\r\n2024/10/1,"業務量の調整を相談\n次回も確認"\r\n2024/10/2,"彼は""大丈夫""と話す"\r\n',
      ),
    ).toEqual({
      ok: true,
      rows: [
        ['日付', '内容'],
        ['2024/10/1', '業務量の調整を相談\n次回も確認'],
        ['2024/10/2', '彼は"大丈夫"と話す'],
      ],
    });
    expect(parseCsv('a,b\nc,d')).toEqual({
      ok: true,
      rows: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
  });
  it('keeps blank lines as rows, so row numbers stay the sheet’s', () => {
    expect(parseCsv('a,b\n\nc,d\n')).toEqual({ ok: true, rows: [['a', 'b'], [''], ['c', 'd']] });
  });
  it('drops a UTF-8 BOM and keeps rows of different lengths', () => {
    expect(parseCsv('\uFEFFa,b,c\nd\n')).toEqual({ ok: true, rows: [['a', 'b', 'c'], ['d']] });
  });
  it('reads a quote inside an unquoted field as a character', () => {
    expect(parseCsv('5"3,x\n')).toEqual({ ok: true, rows: [['5"3', 'x']] });
  });
  it('reads tab-separated text (Excel「Unicode テキスト」)', () => {
    expect(parseCsv('日付\t方法\n2024/10/1\t来所, 面談\n')).toEqual({
      ok: true,
      rows: [
        ['日付', '方法'],
        ['2024/10/1', '来所, 面談'],
      ],
    });
  });
  it('names the line of a quote never closed', () => {
    expect(parseCsv('a,b\nc,"d\n\ne\n')).toEqual({
      ok: false,
      row: 2,
      reason: '引用符（"）が閉じられていません',
    });
  });
});

describe('decodeCsv: the encoding is detected, not assumed', () => {
  const text = '日付,氏名,方法\r\n2024/10/1,髙橋 ①,ﾒｰﾙ\r\n';
  it.each([
    ['utf-8', Buffer.from(text, 'utf8')],
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['cp932', iconv.encode(text, 'cp932')],
    ['utf-16le', iconv.encode(text, 'utf-16le', { addBOM: true })],
    ['utf-16be', iconv.encode(text, 'utf-16be', { addBOM: true })],
    ['utf-16le', iconv.encode(text, 'utf-16le')],
  ] as const)('%s (%#)', (encoding, bytes) => {
    expect(detectEncoding(bytes)).toBe(encoding);
    expect(decodeCsv(bytes)).toEqual({ ok: true, text, encoding });
  });
  it('reads Shift_JIS that is also not valid UTF-8 (plain katakana and kanji)', () => {
    const sjis = iconv.encode('方法\r\n来所\r\n', 'shift_jis');
    expect(decodeCsv(sjis)).toMatchObject({ ok: true, text: '方法\r\n来所\r\n', encoding: 'cp932' });
  });
  it('refuses bytes that no encoding reads, saying how to save the file', () => {
    const r = decodeCsv(Buffer.from([0x82, 0xa0, 0x85, 0xff, 0xfd, 0x0a]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('CSV UTF-8');
  });
});
