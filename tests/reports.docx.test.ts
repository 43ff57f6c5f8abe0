import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { formDocx } from '../cli/docx.ts';
import { convertToPdf, findSoffice } from '../cli/pdf.ts';
import { readWorkbook } from '../shared/read/workbook.ts';
import { readReportExtras } from '../shared/report/extras.ts';
import { CLIENT_ONLY_NOTICE, reportForm } from '../shared/report/form.ts';
import { C1, C2, C3, HAND_WORKED, R1, R2, R3 } from '../shared/report/hand-worked.fixture.ts';
import { supportReports } from '../shared/report/support-report.ts';
import { runCli } from './run-cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'teichaku-reports-'));
const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The document's text, paragraph by paragraph, read back from word/document.xml. */
async function docxText(buf: Buffer | Uint8Array): Promise<{ text: string; xml: string }> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paras = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
      .join(''),
  );
  return { text: paras.join('\n'), xml };
}

function expectInOrder(text: string, parts: string[]) {
  let at = 0;
  for (const p of parts) {
    const i = text.indexOf(p, at);
    expect(i, `「${p}」 after position ${at}`).toBeGreaterThanOrEqual(0);
    at = i + p.length;
  }
}

function handWorked() {
  const read = readWorkbook(HAND_WORKED);
  if (!read.ok) throw new Error(read.error);
  return supportReports(read.caseload, '2025-01', { extras: readReportExtras(HAND_WORKED, read.caseload) });
}

describe('the .docx of the hand-worked month, read back', () => {
  it('holds every field’s text in the form’s order, dated lines split as in the sheet', async () => {
    const k01 = handWorked().reports[0]!;
    const { text, xml } = await docxText(await formDocx(reportForm(k01), 'k01'));
    expectInOrder(text, [
      '別紙様式1',
      '就労定着支援　支援レポート',
      '作成日：令和7年1月31日',
      '雇用開始日：令和6年4月1日',
      '利用者名',
      '山本 花子　様',
      '雇用事業主',
      '株式会社ことのは出版',
      'ご担当者',
      '人事部 佐々木　様',
      '令和7年1月の支援実績',
      '月日',
      '場所',
      '方法',
      // the form's choice words, the chosen one marked ●
      '1月8日\n○雇用事業主内・●事業所内・○その他（　　）\n●面接・○電話・○メール・○その他（　　）',
      '1月21日\n●雇用事業主内・○事業所内・○その他（　　）\n●面接・○電話・○メール・○その他（　　）',
      '1月29日\n○雇用事業主内・○事業所内・●その他（自宅）\n○面接・○電話・○メール・●その他（オンライン）',
      '当月の主な支援目標',
      '疲れのサインに早めに気づき、休み方を自分で決められるようになる',
      '新しい検品作業の手順を覚え、分からないことを上司に質問できる',
      '昼休みの前に質問をまとめて伝える習慣をつける',
      '当月の支援状況',
      '支援実施内容',
      '支援結果',
      `①\n1月8日 ${C1}\n1月29日 ${C3}\n1月8日 ${R1}\n1月29日 ${R3}`,
      // the ②③ contact once, under ②, with both numbers
      `②\n1月21日（②③） ${C2}\n1月21日（②③） ${R2}`,
      '③\n1月21日の支援は②に記載\n1月21日の支援は②に記載',
      '支援の方向性',
      // side by side: the two headings, then the two boxes
      '今後の支援内容\n対象者・事業主・関係機関等の取組',
      '2月も月2回の面談（来所1回・職場訪問1回）を続け、睡眠と疲労度の記録を一緒に確認します。',
      '（対象者）睡眠時間と疲労度を毎日記録する',
      '（事業主）検品作業の手順書を用意し、質問の時間を昼休みの前に取っていただく',
      '（関係機関等）主治医（さくらクリニック）に睡眠の記録を見せて相談する',
      '共有事項',
      '木曜日の残業は当面なしとすることを三者で確認しました。',
      // boxed at the foot
      '対象者提示日\n令和7年1月31日\n事業所名\nことのは定着支援センター\n担当者\n川口',
    ]);
    expect(text.split(C2)).toHaveLength(2); // printed once
    // no row splits across a page
    const rows = xml.match(/<w:tr>|<w:tr [^>]*>/g)!.length;
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(rows);
    // A4, fixed table layout, and the font named for East Asian text too
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toMatch(/w:eastAsia="MS Mincho"/);
  });

  it('a client-only report says so in its header and holds nothing for the employer', async () => {
    const k02 = handWorked().reports[1]!;
    const { text } = await docxText(await formDocx(reportForm(k02), 'k02'));
    expectInOrder(text, [
      '就労定着支援　支援レポート（ご本人用）',
      CLIENT_ONLY_NOTICE,
      '作成日：令和　　年　　月　　日',
    ]);
    expect(text).not.toContain('総務 田中');
    expect(text).not.toContain('職場での配慮事項');
    expect(text).not.toContain('勤務状況を確認した。');
  });
});

/** The footer line of each page of an A4 PDF: the text in its bottom 62 points, spaces dropped. */
function pdfFooters(pdf: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, i) =>
    execFileSync(
      'pdftotext',
      ['-f', String(i + 1), '-l', String(i + 1), '-x', '0', '-y', '780', '-W', '596', '-H', '62', pdf, '-'],
      { encoding: 'utf8' },
    ).replace(/\s+/g, ''),
  );
}

/** Pages of a PDF, and the text of each (pdftotext, part of poppler-utils beside LibreOffice). */
function pdfPages(pdf: string): string[] {
  const n = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: n }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
    }),
  );
}

async function toPdf(name: string, bytes: Buffer): Promise<string> {
  const dir = join(tmp, `pdf-${name}`);
  mkdirSync(dir, { recursive: true });
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  const err = convertToPdf([docx], dir, findSoffice()!);
  expect(err).toBeNull();
  return join(dir, `${name}.pdf`);
}

describe.skipIf(!findSoffice() || !hasPoppler)('the 作成例 on paper (LibreOffice)', () => {
  it('the MHLW 作成例 rebuilt from the sheet is one A4 page, and so is the client-only report', async () => {
    const [k01, k02] = handWorked().reports;
    for (const [name, r] of [
      ['k01', k01!],
      ['k02', k02!],
    ] as const) {
      const pages = pdfPages(await toPdf(name, await formDocx(reportForm(r), name)));
      expect(pages, name).toHaveLength(1);
      expect(pages[0]!.replace(/\s+/g, '')).toContain('1/1');
    }
  }, 180_000);

  it('a report too long for one page goes on: each page names the client and the month and carries n / N', async () => {
    const long = HAND_WORKED.tabs.map((t) =>
      t.name === '月次'
        ? { ...t, rows: t.rows.map((r, i) => (i === 1 ? r.map((c, j) => (j === 6 ? C1.repeat(14) : c)) : r)) }
        : t,
    );
    const wb = { ...HAND_WORKED, tabs: long };
    const read = readWorkbook(wb);
    if (!read.ok) throw new Error(read.error);
    const k01 = supportReports(read.caseload, '2025-01', { extras: readReportExtras(wb, read.caseload) })
      .reports[0]!;
    const pdf = await toPdf('long', await formDocx(reportForm(k01), 'long'));
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pdfFooters(pdf, pages.length)).toEqual(
      pages.map((_, i) => `山本花子様令和7年1月の支援レポート${i + 1}/${pages.length}`),
    );
  }, 180_000);
});

describe('teichaku reports (the command)', () => {
  it('writes one YYYY-MM_名簿順_ID_氏名_支援レポート.docx per client, and --json prints the contract shape', async () => {
    const out = join(tmp, 'feb');
    const r = await runCli([
      'reports',
      'samples/caseload-sample.xlsx',
      '--month',
      '2025-02',
      '--out',
      out,
      '--as-of',
      '2025-03-05',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = await runCli([
      'reports',
      'samples/caseload-sample.xlsx',
      '--month',
      '2025-02',
      '--json',
      '--as-of',
      '2025-03-05',
    ]);
    const doc = JSON.parse(json.stdout);
    // no 作成日 on the sheet: the run day (--as-of) where it can be true, never after the 提示日; else blank
    // and to fill (worked out by hand: 2025-03-05 is before the 10th of the next month)
    for (const rep of doc.reports) {
      const { createdOn, shownOn } = rep.fields;
      if (shownOn === null || shownOn >= '2025-03-05') expect(createdOn).toBe('2025-03-05');
      else expect(createdOn).toBeNull();
      expect(rep.toFill.includes('createdOn')).toBe(createdOn === null);
    }
    expect(
      doc.reports.some((x: { fields: { createdOn: string | null } }) => x.fields.createdOn === null),
    ).toBe(true);
    expect(Object.keys(doc)).toEqual(['month', 'reports']);
    expect(Object.keys(doc.reports[0].fields)).toEqual([
      'createdOn',
      'hireDate',
      'clientName',
      'employer',
      'employerContact',
      'contacts',
      'goals',
      'actions',
      'results',
      'nextSupport',
      'clientEffort',
      'employerEffort',
      'agencyEffort',
      'shared',
      'shownOn',
      'officeName',
      'staff',
    ]);
    type Rep = { clientId: string; clientName: string; rosterNo: number; audience: string };
    const fileOf = (x: Rep) =>
      `2025-02_${String(x.rosterNo).padStart(3, '0')}_${x.clientId}_${x.clientName.replace(/\s/g, '')}_支援レポート${x.audience === 'client-only' ? '_ご本人用' : ''}.docx`;
    const files = readdirSync(out)
      .filter((f) => f.endsWith('.docx'))
      .sort();
    // roster order is file-name order
    expect(files).toEqual(doc.reports.map(fileOf));
    expect(files.some((f) => f.endsWith('_ご本人用.docx'))).toBe(true);
    expect(r.stdout).toContain('記入が必要: ');
    // each file holds its own report's fields, in order
    for (const rep of doc.reports) {
      const f = rep.fields;
      const file = join(out, fileOf(rep));
      const { text } = await docxText(readFileSync(file));
      // each contact line: its day, then the chosen place and method marked ● among the printed choices
      const chosen = (v: string) => `●${v === 'その他' ? 'その他（　　）' : v}`;
      const contactLines = f.contacts.flatMap(
        (c: { date: string; place: string | null; method: string | null }) => [
          `${Number(c.date.slice(5, 7))}月${Number(c.date.slice(8))}日\n`,
          ...(c.place ? [chosen(c.place)] : []),
          ...(c.method ? [chosen(c.method)] : []),
        ],
      );
      expectInOrder(
        text,
        [
          f.clientName,
          f.employer,
          '令和7年2月の支援実績',
          ...contactLines,
          ...f.goals,
          ...[0, 1, 2].flatMap((i) => [f.actions[i], f.results[i]]),
          f.nextSupport,
          f.clientEffort,
          f.agencyEffort,
          f.officeName,
          f.staff,
        ].filter((x): x is string => !!x),
      );
    }
  });

  it('a past month generated today: no 作成日 after its 提示日 or the run day, blanks listed as 記入が必要', async () => {
    const r = await runCli(['reports', 'samples/caseload-sample.xlsx', '--month', '2025-02', '--json']);
    const doc = JSON.parse(r.stdout);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
    expect(doc.reports.length).toBeGreaterThan(0);
    for (const rep of doc.reports) {
      const { createdOn, shownOn } = rep.fields;
      if (createdOn !== null) {
        expect(createdOn <= today).toBe(true);
        if (shownOn) expect(createdOn <= shownOn).toBe(true);
        expect(createdOn).not.toBe(today); // 令和7年2月 is long past: never the run day
      } else expect(rep.toFill).toContain('createdOn');
    }
  });

  it('--client picks clients; an unknown id is a Japanese error', async () => {
    const r = await runCli([
      'reports',
      'samples/caseload-sample.xlsx',
      '--month',
      '2025-02',
      '--client',
      'U003',
      '--json',
    ]);
    expect(JSON.parse(r.stdout).reports.map((x: { clientId: string }) => x.clientId)).toEqual(['U003']);
    const bad = await runCli([
      'reports',
      'samples/caseload-sample.xlsx',
      '--month',
      '2025-02',
      '--client',
      'U999',
      '--json',
    ]);
    expect(bad.code).toBe(2);
    // with --json an input error is a JSON object on stdout
    expect(JSON.parse(bad.stdout).error.message).toBe(
      '--client の U999 は利用者の一覧にありません。利用者のタブの利用者IDを確かめて指定し直してください',
    );
    const noOut = await runCli(['reports', 'samples/caseload-sample.xlsx', '--month', '2025-02']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');
  });

  it('--pdf without LibreOffice keeps the .docx and says how to install it', async () => {
    const prev = process.env.TEICHAKU_SOFFICE;
    process.env.TEICHAKU_SOFFICE = join(tmp, 'no-such-soffice');
    try {
      const out = join(tmp, 'nopdf');
      const r = await runCli([
        'reports',
        'samples/caseload-sample.xlsx',
        '--month',
        '2025-02',
        '--client',
        'U003',
        '--out',
        out,
        '--pdf',
      ]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('LibreOffice が必要です');
      expect(r.stderr).toContain('apt-get install');
      expect(readdirSync(out).filter((f) => f.endsWith('.docx'))).toEqual([
        '2025-02_003_U003_佐藤翔太_支援レポート.docx',
      ]);
    } finally {
      if (prev === undefined) delete process.env.TEICHAKU_SOFFICE;
      else process.env.TEICHAKU_SOFFICE = prev;
    }
  });

  it.skipIf(!findSoffice())(
    '--pdf: a one-page PDF beside each .docx, and the month’s bundle: the list, then one report per client in roster order',
    async () => {
      const out = join(tmp, 'pdf');
      // asked for out of roster order; U004 works without disclosing (a client-only report)
      const r = await runCli([
        'reports',
        'samples/caseload-sample.xlsx',
        '--month',
        '2025-02',
        ...['--client', 'U004', '--client', 'U001', '--client', 'U003'],
        '--out',
        out,
        '--pdf',
        '--as-of',
        '2025-03-05',
      ]);
      expect(r.stderr).toBe('');
      const pdf = join(out, '2025-02_003_U003_佐藤翔太_支援レポート.pdf');
      expect(existsSync(pdf)).toBe(true);
      const bytes = readFileSync(pdf).toString('latin1');
      expect(bytes.startsWith('%PDF')).toBe(true);
      expect(bytes.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);

      const bundle = join(out, '2025-02_支援レポート_まとめ（印刷用）.pdf');
      expect(r.stdout).toContain(`まとめ（印刷用・名簿順）: ${bundle}`);
      const pages = pdfPages(bundle).map((p) => p.replace(/\s+/g, ''));
      expect(pages).toHaveLength(4);
      // page 1: the list, in roster order, the client-only report marked
      expectInOrder(pages[0]!, ['令和7年2月の支援レポート一覧', 'U001', 'U003', 'U004', 'ご本人用']);
      // then one page per report, in roster order: each report's own file, numbered n / N within it
      expect(pdfFooters(bundle, 4)).toEqual([
        '令和7年2月の支援レポート一覧（3件）1/1',
        '鈴木真由様令和7年2月の支援レポート1/1',
        '佐藤翔太様令和7年2月の支援レポート1/1',
        '清水拓海様令和7年2月の支援レポート1/1',
      ]);
      expect(pages[3]).toContain('就労定着支援支援レポート（ご本人用）');

      // the list file: one line per report with what it needs
      const list = readFileSync(join(out, '2025-02_支援レポート一覧.csv'), 'utf8');
      const lines = list
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('名簿順,利用者ID,氏名,区分,ファイル,状態,支援の記録,記入が必要');
      expect(lines.slice(1).map((l) => l.split(',').slice(0, 4))).toEqual([
        ['1', 'U001', '鈴木 真由', ''],
        ['3', 'U003', '佐藤 翔太', ''],
        ['4', 'U004', '清水 拓海', 'ご本人用（勤務先に渡さない）'],
      ]);
    },
    300_000,
  );
});

describe('teichaku stats --docx (the annual report)', () => {
  it('writes the year’s figures, the 就労定着率 and band, and the clients who drive next year’s rate', async () => {
    const file = join(tmp, 'annual.docx');
    const json = JSON.parse(
      (await runCli(['stats', 'samples/caseload-sample.xlsx', '--fiscal-year', '2024', '--json'])).stdout,
    );
    const r = await runCli([
      'stats',
      'samples/caseload-sample.xlsx',
      '--fiscal-year',
      '2024',
      '--docx',
      file,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`年次報告を Word 文書で書き出しました: ${file}`);
    const { text } = await docxText(readFileSync(file));
    expectInOrder(text, [
      '令和6年度 事業報告（就労定着支援）',
      'サンプル就労定着支援センター',
      '利用者延人員',
      `${json.clientMonths}人`,
      '月平均利用者数',
      `${json.monthlyAverage.toFixed(1)}人`,
      '年度当初の利用者',
      `${json.activeAtStart}人`,
      '年度末の利用者',
      `${json.activeAtEnd}人`,
      '事業開始からの累計',
      `${json.cumulativeClients}人`,
      '障害者手帳',
      '支援の回数',
      `${json.contacts.year}件`,
      '就労定着率',
      `${(json.retentionRate * 100).toFixed(1)}%`,
      '令和7年度の基本報酬の区分',
      `${json.band.label}・${json.band.units.toLocaleString('ja-JP')}単位`,
      '翌年度の就労定着率を決める利用者',
    ]);
    // the rate's clients: in the appendix beside it, as many rows as clients counted in the rate
    const appendix = (await docxText(readFileSync(join(tmp, 'annual_別添_利用者一覧.docx')))).text;
    const counted = (appendix.match(/\n(就労継続|離職[^\n]*)(?=\n|$)/g) ?? []).length;
    expect(text).not.toMatch(/\n(就労継続|離職[^\n]*)(?=\n|$)/);
    const m = /支援を始めた(\d+)人のうち/.exec(text);
    expect(Number(m![1])).toBe(counted);
  });
});
