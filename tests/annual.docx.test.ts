import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'teichaku-annual-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * A small synthetic office, worked by hand for 令和6年度 (2024-04-01 – 2025-03-31):
 *
 *   id   sex  born        card                   support            in the year
 *   A01  男   1995-03-31  愛の手帳4度・身体4級    2023-10-01 –       年度当初; at end; 30 on 2025-03-31
 *   A02  女性 2005-04-01  精神3級                2024-07-10 –       年度途中; at end; 19
 *   A03  M    1970-06-15  —                      2024-06-01 –       年度途中; at end; 54
 *   A04  —    1990-01-01  療育B                  2023-03-01 – 2024-08-31  年度当初; ended (期間満了)
 *   A05  —    —           身体2級                2024-09-01 –       年度途中; at end; no birth date
 *
 * headline: 年度当初 2 (A01 A04) + 年度途中 3 (A02 A03 A05) = 延 5; at end 2 + 3 − 1 = 4 (A01 A02 A03 A05)
 * ages of the 4 at the end: 18歳以上20歳未満 1 (A02), 30歳以上40歳未満 1 (A01), 50歳以上60歳未満 1 (A03),
 *   the other bands 0, 不明 1 (A05)
 * sex: 男性 2 (男, M), 女性 1 (女性), 不明 1 (blank)
 * cards: 身体障害者手帳 2級 1 (A05), 4級 1 (A01); 愛の手帳 4度 1 (A01, the office's own word);
 *   精神障害者保健福祉手帳 3級 1 (A02): 4 lines for 3 card holders (A01 holds two); 手帳の記載なし 1 (A03)
 * the rate's clients (support begun 2022-04-01 – 2025-03-31): all five, none left the job.
 */
const ROSTER = [
  '利用者ID,氏名,性別,生年月日,手帳,就職日,支援開始日,支援終了日',
  'A01,青木 一郎,男,1995/3/31,愛の手帳4度・身体4級,2023/4/1,2023/10/1,',
  'A02,井上 花子,女性,2005/4/1,精神3級,2024/1/10,2024/7/10,',
  'A03,上田 次郎,M,1970/6/15,,2023/12/1,2024/6/1,',
  'A04,江藤 三郎,,1990/1/1,療育B,2022/9/1,2023/3/1,2024/8/31',
  'A05,小川 四郎,,,身体2級,2024/3/1,2024/9/1,',
];
const NAMES = ['青木 一郎', '井上 花子', '上田 次郎', '江藤 三郎', '小川 四郎'];

function office(): string {
  const dir = join(tmp, 'office');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '事業所 - 利用者.csv'), `${ROSTER.join('\n')}\n`);
  return dir;
}

/** Every part's text of a .docx (document, footers, properties), and the document's paragraphs. */
function docx(path: string): { paragraphs: string[]; all: string } {
  const parts = unzipSync(readFileSync(path));
  const xml = strFromU8(parts['word/document.xml']!);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
  const all = Object.entries(parts)
    .filter(([n]) => n.endsWith('.xml') || n.endsWith('.rels'))
    .map(([, b]) => strFromU8(b))
    .join('\n');
  return { paragraphs, all };
}

describe('teichaku stats --docx: the 事業報告 and its appendix, read back', () => {
  it('writes the publication document without a name and the named list in a file of its own', async () => {
    const out = join(tmp, 'out');
    mkdirSync(out);
    const file = join(out, '令和6年度事業報告.docx');
    const r = await runCli(['stats', office(), '--fiscal-year', '2024', '--docx', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // beside them, the record of what was written (a rerun keeps a document staff have edited)
    expect(readdirSync(out).sort()).toEqual([
      '.teichaku-reports.json',
      '令和6年度事業報告.docx',
      '令和6年度事業報告_別添_利用者一覧.docx',
    ]);
    const appendixPath = join(out, '令和6年度事業報告_別添_利用者一覧.docx');
    expect(r.stdout).toContain(`年次報告を Word 文書で書き出しました: ${file}`);
    expect(r.stdout).toContain(
      `別添（利用者の氏名入り。公表・提出する書類には添付しないでください）: ${appendixPath}`,
    );

    const pub = docx(file);
    const text = pub.paragraphs.join('\n');
    // nobody is named anywhere in the package meant for publication (not even an id)
    for (const name of NAMES) expect(pub.all).not.toContain(name);
    for (const id of ['A01', 'A02', 'A03', 'A04', 'A05']) expect(pub.all).not.toContain(id);

    expect(pub.paragraphs).toContain('年度当初 2名 ＋ 年度途中 3名 ＝ 延 5名');
    // one band a line, in order, then those without a birth date
    const age = pub.paragraphs.indexOf('年齢（3月31日現在）');
    expect(pub.paragraphs.slice(age + 1, age + 8)).toEqual([
      '18歳以上20歳未満　1人',
      '20歳以上30歳未満　0人',
      '30歳以上40歳未満　1人',
      '40歳以上50歳未満　0人',
      '50歳以上60歳未満　1人',
      '60歳以上　0人',
      '不明　1人（生年月日の記載がない方）',
    ]);
    const cards = pub.paragraphs.indexOf('障害者手帳');
    expect(pub.paragraphs.slice(cards + 1, cards + 7)).toEqual([
      '身体障害者手帳 2級　1人',
      '身体障害者手帳 4級　1人',
      '愛の手帳 4度　1人',
      '精神障害者保健福祉手帳 3級　1人',
      '手帳の記載なし　1人',
      '※2種類以上の手帳をお持ちの方が1人いて、それぞれの手帳で数えているため、合計は人数（4人）より多くなります',
    ]);
    expect(text).not.toContain('療育手帳');
    expect(pub.paragraphs).toContain('男性 2人　女性 1人　不明 1人（性別の記載がない方）');
    expect(text).toContain('別添「利用者一覧」');

    const app = docx(appendixPath);
    const appText = app.paragraphs.join('\n');
    expect(appText).toContain('令和6年度 事業報告 別添 利用者一覧');
    expect(appText).toContain('個人情報を含みます');
    for (const name of NAMES) expect(appText).toContain(name);
    expect(appText.match(/就労継続/g)).toHaveLength(5);
  });

  it('prints the headline and the bands on the console', async () => {
    const r = await runCli(['stats', office(), '--fiscal-year', '2024']);
    expect(r.stdout).toContain('年度当初 2名 ＋ 年度途中 3名 ＝ 延 5名');
    expect(r.stdout).toContain(
      '年齢（3月31日現在）: 18歳以上20歳未満 1人・20歳以上30歳未満 0人・30歳以上40歳未満 1人・40歳以上50歳未満 0人・50歳以上60歳未満 1人・60歳以上 0人・不明 1人',
    );
    expect(r.stdout).toContain(
      '障害者手帳: 身体障害者手帳 2級 1人・身体障害者手帳 4級 1人・愛の手帳 4度 1人・精神障害者保健福祉手帳 3級 1人・手帳の記載なし 1人',
    );
    expect(r.stdout).toContain('性別: 男性 2人・女性 1人・その他 0人・不明 1人');
  });
});
