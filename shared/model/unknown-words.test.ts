import { describe, expect, it } from 'vitest';
import { parseMethod, parseParties } from '../codecs/vocab.ts';
import { finding } from './make-finding.ts';
import { groupUnknownWords, teachLine, unknownWordLine, unknownWordMessage } from './unknown-words.ts';

/** A data.unknown-value finding as FieldReader.vocab writes it. */
function unread(row: number, text: string, parse: (v: string) => { ok: boolean; reason?: string }) {
  const r = parse(text);
  if (r.ok) throw new Error(`${text} was read`);
  return finding({
    rule: 'data.unknown-value',
    clientId: 'C001',
    clientName: '山田 太郎',
    message: unknownWordMessage(`「ケース記録」${row}行目 E列「手段」`, r.reason!),
    at: { sheet: 'ケース記録', row, column: 'E', header: '手段' },
  });
}

describe('groupUnknownWords', () => {
  it('gives one line per distinct word and column, with its count and first rows', () => {
    const fs = [
      unread(5, '定期フォロー', parseMethod),
      unread(2, '定期フォロー', parseMethod),
      unread(9, '巡回', parseMethod),
      unread(7, '定期フォロー', parseMethod),
      finding({ rule: 'report.missing', clientId: 'C001', clientName: null, message: 'x' }),
    ];
    const { words, rest } = groupUnknownWords(fs);
    expect(rest.map((f) => f.rule)).toEqual(['report.missing']);
    expect(words.map(unknownWordLine)).toEqual([
      'ケース記録 E列「手段」の「定期フォロー」（3件、2行目ほか）を連絡方法として読めません',
      'ケース記録 E列「手段」の「巡回」（1件、9行目）を連絡方法として読めません',
    ]);
    expect(words[0]!.findings).toHaveLength(3);
    expect(teachLine(words[0]!)).toContain('{"words":{"method":{"定期フォロー":"face"}}}');
  });

  it('groups a party cell by the part not understood, and teaches it as a party', () => {
    const { words } = groupUnknownWords([
      unread(3, '本人・友人', parseParties),
      unread(4, '友人・本人', parseParties),
    ]);
    expect(words).toHaveLength(1);
    expect(words[0]).toMatchObject({ word: '友人', teach: 'party', rows: [3, 4] });
    expect(teachLine(words[0]!)).toContain('"party"');
  });
});
