import { describe, expect, it } from 'vitest';
import { checkCaseload } from '../check.ts';
import { dateCell } from '../codecs/index.ts';
import { buildFacts } from '../evaluate/facts.ts';
import { type Mapping, parseMapping } from '../sheet/mapping.ts';
import type { Workbook } from '../sheet/tab.ts';
import { readWorkbook } from './workbook.ts';

/** A client supported from 2024-10-01 whose October contacts are all written 「定期フォロー」. */
function workbook(method: string): Workbook {
  return {
    title: 'test',
    tabs: [
      {
        name: '利用者',
        rows: [
          ['利用者ID', '氏名', '就職日', '支援開始日', '計画作成日', '雇用事業主', '障害開示'],
          [
            'C001',
            '山田 太郎',
            dateCell('2024-04-01'),
            dateCell('2024-10-01'),
            dateCell('2024-10-01'),
            '株式会社テスト',
            '開示',
          ],
        ],
      },
      {
        name: '月次',
        rows: [
          ['年月', '利用者ID', 'レポート提示日'],
          ['2024-10', 'C001', dateCell('2024-10-31')],
        ],
      },
      {
        name: '支援記録',
        rows: [
          ['日付', '利用者ID', '氏名', '対象', '方法', '場所'],
          [dateCell('2024-10-10'), 'C001', '山田 太郎', '本人', method, '事業所内'],
          [dateCell('2024-10-20'), 'C001', '山田 太郎', '本人・上司', method, '職場'],
        ],
      },
    ],
  };
}

function check(wb: Workbook, mapping?: Mapping) {
  const read = readWorkbook(wb, mapping);
  if (!read.ok) throw new Error(read.error);
  const asOf = '2024-10-31';
  return [...read.findings, ...checkCaseload(read.caseload, asOf, buildFacts(read.caseload, asOf))].filter(
    (f) => f.rule.startsWith('contact.') || f.rule === 'data.unknown-value',
  );
}

const rules = (fs: { rule: string }[]) => [...new Set(fs.map((f) => f.rule))].sort();

describe('words the reader does not understand, and words the office teaches', () => {
  it('an unknown method word gives one finding per cell and a month warning, not a missing contact', () => {
    const found = check(workbook('定期フォロー'));
    expect(found.filter((f) => f.rule === 'data.unknown-value').map((f) => [f.row, f.column])).toEqual([
      [2, 'E'],
      [3, 'E'],
    ]);
    expect(rules(found)).toContain('contact.method-unknown');
    expect(rules(found)).not.toContain('contact.face-to-face-missing');
  });

  it('a method read by its key words needs no teaching', () => {
    expect(rules(check(workbook('Zoomにて面談')))).not.toContain('contact.face-to-face-missing');
    expect(rules(check(workbook('訪問（不在）')))).toContain('contact.face-to-face-missing');
  });

  it('the mapping file teaches the word: the month is judged by it', () => {
    const face = parseMapping({ words: { method: { 定期フォロー: 'face' } } });
    const phone = parseMapping({ words: { method: { 定期フォロー: 'phone' } } });
    if (!face.ok || !phone.ok) throw new Error('mapping');
    expect(check(workbook('定期フォロー'), face.value)).toEqual([]);
    expect(rules(check(workbook('定期フォロー'), phone.value))).toEqual(['contact.face-to-face-missing']);
  });
});

describe('mapping words', () => {
  it('accepts words alone (no tabs) and keeps tabs empty', () => {
    const r = parseMapping({ words: { method: { ケース面談: 'face' }, party: { 支援者: 'agency' } } });
    expect(r).toEqual({
      ok: true,
      value: { tabs: {}, words: { method: { ケース面談: 'face' }, party: { 支援者: 'agency' } } },
    });
  });
  it.each([
    [
      { words: { method: { ケース面談: '対面' } } },
      '対応表（マッピング）の words.method の「ケース面談」の意味が正しくありません。方法として書けるのは face・video・phone・mail・other-remote・other のどれかです',
    ],
    [
      { words: { party: { 支援者: 'friend' } } },
      '対応表（マッピング）の words.party の「支援者」の意味が正しくありません。相手として書けるのは client・employer・family・agency のどれかです',
    ],
    [
      { words: { methods: { a: 'face' } } },
      '対応表（マッピング）の words に読めない項目があります「methods」。書けるのは method（方法）・party（相手）・place（場所）です',
    ],
    [
      { words: { method: ['face'] } },
      '対応表（マッピング）の words.method は {"言葉": "意味"} の形で書いてください',
    ],
  ])('%j is refused in Japanese, naming the entry', (json, reason) => {
    expect(parseMapping(json)).toEqual({ ok: false, reason });
  });
});
