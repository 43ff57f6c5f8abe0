import { describe, expect, it } from 'vitest';
import { wordsView } from '../../apps-script/src/words-view.ts';
import { dateCell } from '../../shared/codecs/index.ts';
import { parseMapping } from '../../shared/sheet/mapping.ts';
import type { Workbook } from '../../shared/sheet/tab.ts';

/** A client and three contacts whose 方法 / 相手 / 場所 hold the office's own words. */
function workbook(): Workbook {
  return {
    title: 'test',
    tabs: [
      {
        name: '利用者',
        rows: [
          ['利用者ID', '氏名', '就職日', '支援開始日'],
          ['C001', '山田 太郎', dateCell('2024-04-01'), dateCell('2024-10-01')],
        ],
      },
      {
        name: '支援記録',
        rows: [
          ['日付', '利用者ID', '氏名', '対象', '方法', '場所'],
          [dateCell('2024-10-10'), 'C001', '山田 太郎', '本人', '定期フォロー', '事業所内'],
          [dateCell('2024-10-20'), 'C001', '山田 太郎', '本人', '定期フォロー', 'カフェ'],
          [dateCell('2024-10-21'), 'C001', '山田 太郎', 'ぴあ担当', '電話', '職場'],
        ],
      },
    ],
  };
}

const pick = (v: ReturnType<typeof wordsView>) => v.words.map((w) => [w.field, w.word, w.taught]);

describe('the words the mapping sidebar offers to teach', () => {
  it('lists method and party words not read, place words read only as その他, with where they are', () => {
    const v = wordsView(workbook());
    expect(pick(v)).toEqual([
      ['method', '定期フォロー', ''],
      ['party', 'ぴあ担当', ''],
      ['place', 'カフェ', ''],
    ]);
    expect(v.words[0]!.where).toBe('支援記録 E列、2行目ほか（2件）');
    expect(v.words[2]!.where).toContain('3行目');
    expect(v.kinds.method.map((k) => k.value)).toEqual([
      'face',
      'video',
      'phone',
      'mail',
      'other-remote',
      'other',
    ]);
    expect(v.kinds.method[0]!.label).toBe('対面');
    expect(v.kinds.party.map((k) => k.value)).toEqual(['client', 'employer', 'family', 'agency']);
    expect(v.kinds.place.map((k) => k.value)).toEqual(['employer', 'office', 'other']);
  });

  it('a taught word is read and listed as taught (so it can be changed or taken back), not as unknown', () => {
    const m = parseMapping({ words: { method: { 定期フォロー: 'face' }, place: { カフェ: 'other' } } });
    if (!m.ok) throw new Error(m.reason);
    const v = wordsView(workbook(), m.value);
    expect(pick(v)).toEqual([
      ['party', 'ぴあ担当', ''],
      ['method', '定期フォロー', 'face'],
      ['place', 'カフェ', 'other'],
    ]);
    expect(v.words.find((w) => w.word === '定期フォロー')!.where).toBe('教えた言葉');
  });

  it('nothing to teach in a log the key words read', () => {
    const wb = workbook();
    wb.tabs[1]!.rows = wb.tabs[1]!.rows.slice(0, 1);
    expect(wordsView(wb).words).toEqual([]);
  });
});
