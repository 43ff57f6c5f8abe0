import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../read/workbook.ts';
import type { Workbook } from '../sheet/tab.ts';
import { readReportExtras } from './extras.ts';
import { BLANK_DATE, CLIENT_ONLY_NOTICE, type FormBlock, reportFileStem, reportForm } from './form.ts';
import { C1, C2, C3, HAND_WORKED, R1, R2, R3 } from './hand-worked.fixture.ts';
import { goalNumbers, SupportReportSchema, supportReports, toFillLabel } from './support-report.ts';

function reportsOf(wb: Workbook, month = '2025-01', clientIds?: string[]) {
  const read = readWorkbook(wb);
  if (!read.ok) throw new Error(read.error);
  return supportReports(read.caseload, month, { clientIds, extras: readReportExtras(wb, read.caseload) });
}

/** A copy of the hand-worked workbook with one tab's rows replaced. */
function withTab(name: string, rows: Workbook['tabs'][number]['rows']): Workbook {
  return { ...HAND_WORKED, tabs: HAND_WORKED.tabs.map((t) => (t.name === name ? { name, rows } : t)) };
}

describe('goalNumbers: the goal numbers a contact row names', () => {
  it.each([
    ['②③', [2, 3]],
    ['①', [1]],
    ['2・3', [2, 3]],
    ['目標1', [1]],
    ['①、③', [1, 3]],
    ['１', [1]],
    ['23', [2, 3]],
    ['(2)', [2]],
    ['4', []],
    ['', []],
  ])('%s → %j', (cell, want) => {
    expect(goalNumbers(cell)).toEqual(want);
  });
  it('a blank cell names no goal', () => expect(goalNumbers(null)).toEqual([]));
});

describe('the hand-worked month (令和7年1月, K01): field by field', () => {
  const doc = reportsOf(HAND_WORKED);
  const k01 = doc.reports.find((r) => r.clientId === 'K01')!;

  it('has one report per client in the month, valid against the contract schema', () => {
    expect(doc.month).toBe('2025-01');
    expect(doc.reports.map((r) => r.clientId)).toEqual(['K01', 'K02']);
    for (const r of doc.reports) expect(SupportReportSchema.parse(r)).toEqual(r);
  });

  it('header fields as the sheet holds them, dates YYYY-MM-DD', () => {
    expect(k01.audience).toBe('client-and-employer');
    expect(k01.fields).toMatchObject({
      createdOn: '2025-01-31',
      hireDate: '2024-04-01',
      clientName: '山本 花子',
      employer: '株式会社ことのは出版',
      employerContact: '人事部 佐々木',
      shownOn: '2025-01-31',
      officeName: 'ことのは定着支援センター',
      staff: '川口',
    });
  });

  it('contacts in date order with the form words for place and method (Zoom → その他（オンライン）)', () => {
    expect(k01.fields.contacts).toEqual([
      { date: '2025-01-08', place: '事業所内', method: '面接' },
      { date: '2025-01-21', place: '雇用事業主内', method: '面接' },
      { date: '2025-01-29', place: 'その他（自宅）', method: 'その他（オンライン）' },
    ]);
  });

  it('goals ①②③ from the monthly record', () => {
    expect(k01.fields.goals).toEqual([
      '疲れのサインに早めに気づき、休み方を自分で決められるようになる',
      '新しい検品作業の手順を覚え、分からないことを上司に質問できる',
      '昼休みの前に質問をまとめて伝える習慣をつける',
    ]);
  });

  it('actions and results assembled from tagged contacts, in date order, each line dated; a 「②③」 contact is written once, under ② with both numbers, and ③ points to it', () => {
    expect(k01.fields.actions).toEqual([
      `1月8日 ${C1}\n1月29日 ${C3}`,
      `1月21日（②③） ${C2}`,
      '1月21日の支援は②に記載',
    ]);
    expect(k01.fields.results).toEqual([
      `1月8日 ${R1}\n1月29日 ${R3}`,
      `1月21日（②③） ${R2}`,
      '1月21日の支援は②に記載',
    ]);
  });

  it('direction, efforts and shared items as written; nothing to fill', () => {
    expect(k01.fields).toMatchObject({
      nextSupport: '2月も月2回の面談（来所1回・職場訪問1回）を続け、睡眠と疲労度の記録を一緒に確認します。',
      clientEffort: '睡眠時間と疲労度を毎日記録する',
      employerEffort: '検品作業の手順書を用意し、質問の時間を昼休みの前に取っていただく',
      agencyEffort: '主治医（さくらクリニック）に睡眠の記録を見せて相談する',
      shared: '木曜日の残業は当面なしとすることを三者で確認しました。',
    });
    expect(k01.toFill).toEqual([]);
  });

  it('the form: era dates, M月D日 contact lines, the form order of 別紙様式1', () => {
    const blocks = reportForm(k01);
    const texts = flatten(blocks);
    const order = [
      '別紙様式1',
      '支援レポート',
      '令和7年1月31日',
      '雇用開始日',
      '令和6年4月1日',
      '利用者名',
      '山本 花子　様',
      '株式会社ことのは出版',
      '人事部 佐々木　様',
      '令和7年1月の支援実績',
      '1月8日',
      '1月21日',
      '1月29日',
      '当月の主な支援目標',
      '当月の支援状況',
      '支援実施内容',
      '支援結果',
      '支援の方向性',
      '今後の支援内容',
      '（対象者）睡眠時間と疲労度を毎日記録する',
      '（事業主）検品作業の手順書',
      '（関係機関等）主治医',
      '共有事項',
      '対象者提示日',
      '事業所名',
      '担当者',
    ];
    let at = 0;
    for (const t of order) {
      const i = texts.indexOf(t, at);
      expect(i, `「${t}」 after position ${at}`).toBeGreaterThanOrEqual(0);
      at = i + t.length;
    }
    expect(texts).not.toContain(CLIENT_ONLY_NOTICE);
    expect(reportFileStem(k01)).toBe('2025-01_001_K01_山本花子_支援レポート');
  });
});

describe('file names: one per client, sortable, client-only reports marked', () => {
  it('roster position, id and name; the client-only report ends in _ご本人用', () => {
    const [k01, k02] = reportsOf(HAND_WORKED).reports;
    expect([k01!.rosterNo, k02!.rosterNo]).toEqual([1, 2]);
    expect(reportFileStem(k02!)).toBe('2025-01_002_K02_大野健_支援レポート_ご本人用');
  });

  it('two namesakes give two names, and the notice never states the disability status', () => {
    const roster = HAND_WORKED.tabs.find((t) => t.name === '利用者')!.rows;
    const twin = ['K03', '山本 花子', '2024/4/1', '2024/10/1', '株式会社みなと', '', '開示', '川口'];
    const log = HAND_WORKED.tabs.find((t) => t.name === '支援記録')!.rows;
    const wb = withTab('支援記録', [
      ...log,
      ['2025/1/9', 'K03', '山本 花子', '本人', '面談', '事業所内', '①', 'a', 'b'],
    ]);
    const both = {
      ...wb,
      tabs: wb.tabs.map((t) => (t.name === '利用者' ? { name: t.name, rows: [...roster, twin] } : t)),
    };
    const stems = reportsOf(both).reports.map(reportFileStem);
    expect(stems).toEqual([
      '2025-01_001_K01_山本花子_支援レポート',
      '2025-01_002_K02_大野健_支援レポート_ご本人用',
      '2025-01_003_K03_山本花子_支援レポート',
    ]);
    expect(CLIENT_ONLY_NOTICE).not.toMatch(/障害|開示|非開示|病/);
    expect(CLIENT_ONLY_NOTICE).toMatch(/勤務先|事業主/);
  });

  it('a file name never holds a character Windows or macOS refuse', () => {
    const [k01] = reportsOf(HAND_WORKED).reports;
    const odd = { ...k01!, clientId: 'A/1:2', clientName: '山本　花子 "*?' };
    expect(reportFileStem(odd)).toBe('2025-01_001_A12_山本花子_支援レポート');
  });
});

describe('a client working without disclosing the disability (domain.md §6)', () => {
  it('is a client-only report: the notice is in the header, employer-facing content is left out', () => {
    const k02 = reportsOf(HAND_WORKED).reports.find((r) => r.clientId === 'K02')!;
    expect(k02.audience).toBe('client-only');
    expect(k02.fields.employerContact).toBeNull();
    expect(k02.fields.employerEffort).toBeNull();
    // the employer-only phone call of 1月20日 is not on the client's report
    expect(k02.fields.contacts).toEqual([{ date: '2025-01-15', place: '事業所内', method: '面接' }]);
    const texts = flatten(reportForm(k02));
    expect(texts).toContain(CLIENT_ONLY_NOTICE);
    expect(texts).not.toContain('総務 田中');
    expect(texts).not.toContain('職場での配慮事項');
    expect(texts).not.toContain('（事業主）');
    // left out on purpose, so not asked for
    expect(k02.toFill).not.toContain('employerContact');
    expect(k02.toFill).not.toContain('employerEffort');
  });

  it('with the client’s consent recorded on the roster, the report is shared as usual', () => {
    const roster = HAND_WORKED.tabs
      .find((t) => t.name === '利用者')!
      .rows.map((r, i) => [...r, i === 0 ? '事業主への共有同意' : r[0] === 'K02' ? '有' : '']);
    const k02 = reportsOf(withTab('利用者', roster)).reports.find((r) => r.clientId === 'K02')!;
    expect(k02.audience).toBe('client-and-employer');
    expect(k02.fields.employerContact).toBe('総務 田中');
    expect(k02.fields.employerEffort).toBe('職場での配慮事項');
    expect(k02.fields.contacts).toHaveLength(2);
  });
});

describe('what the sheet lacks stays blank and is listed in toFill', () => {
  it('K02: no 作成日, goals ②③ unused, efforts and shared items blank', () => {
    const k02 = reportsOf(HAND_WORKED).reports.find((r) => r.clientId === 'K02')!;
    expect(k02.fields.createdOn).toBeNull();
    expect(k02.fields.goals).toEqual(['通勤のリズムを保つ', null, null]);
    // an empty (関係機関等) is no gap: the 作成例 leaves it out when no agency is involved
    expect(k02.toFill).toEqual(['createdOn', 'clientEffort', 'shared']);
    expect(k02.toFill.map(toFillLabel)).toEqual(['作成日', '対象者の取組', '共有事項']);
    const blocks = reportForm(k02);
    expect(flatten(blocks)).toContain(`作成日：${BLANK_DATE}`);
  });

  it("given the day of generation, a missing 作成日 is that day only while it can be true; the sheet's own 作成日 wins", () => {
    const read = readWorkbook(HAND_WORKED);
    if (!read.ok) throw new Error(read.error);
    const extras = readReportExtras(HAND_WORKED, read.caseload);
    const on = (generatedOn: string) => supportReports(read.caseload, '2025-01', { extras, generatedOn });
    // generated the day before K02's report was shown (2025-01-31): that day
    const k02 = on('2025-01-30').reports.find((r) => r.clientId === 'K02')!;
    expect(k02.fields.createdOn).toBe('2025-01-30');
    expect(k02.toFill).toEqual(['clientEffort', 'shared']);
    expect(flatten(reportForm(k02))).toContain('作成日：令和7年1月30日');
    // generated after it was shown, or a year later: blank and to fill, never the run day
    for (const day of ['2025-02-03', '2026-12-02']) {
      const late = on(day).reports.find((r) => r.clientId === 'K02')!;
      expect(late.fields.createdOn).toBeNull();
      expect(late.toFill[0]).toBe('createdOn');
    }
    const k01 = on('2025-01-30').reports.find((r) => r.clientId === 'K01')!;
    expect(k01.fields.createdOn).toBe('2025-01-31'); // the sheet's 作成日 column
  });

  it('a goal without a tagged contact asks for its action and result; a blank place or method is listed per line', () => {
    const log = HAND_WORKED.tabs
      .find((t) => t.name === '支援記録')!
      .rows.map((r) =>
        r[1] === 'K01' && r[6] === '②③' ? [...r.slice(0, 4), '', '', '②', ...r.slice(7)] : r,
      );
    const k01 = reportsOf(withTab('支援記録', log)).reports.find((r) => r.clientId === 'K01')!;
    expect(k01.fields.contacts[1]).toEqual({ date: '2025-01-21', place: null, method: null });
    expect(k01.fields.actions[2]).toBeNull();
    expect(k01.toFill).toEqual(['contacts[2].place', 'contacts[2].method', 'actions[3]', 'results[3]']);
    expect(toFillLabel('contacts[2].place')).toBe('支援実績2行目の場所');
    expect(toFillLabel('actions[3]')).toBe('支援実施内容③');
  });

  it('a visit that did not happen (職場訪問（不在）) is not 支援実績, and its text is not an action', () => {
    const log = HAND_WORKED.tabs.find((t) => t.name === '支援記録')!.rows;
    const called = [
      '2025/1/24',
      'K01',
      '山本 花子',
      '本人',
      '職場訪問（不在）',
      '雇用事業主内',
      '①',
      '訪問したが不在。',
      '',
    ];
    const k01 = reportsOf(withTab('支援記録', [...log, called])).reports.find((r) => r.clientId === 'K01')!;
    expect(k01.fields.contacts.map((c) => c.date)).toEqual(['2025-01-08', '2025-01-21', '2025-01-29']);
    expect(k01.fields.actions[0]).not.toContain('訪問したが不在');
  });

  it('a contact a month grid gives without a day (undated) prints no invented 月日 in 支援実績', () => {
    const read = readWorkbook(HAND_WORKED);
    if (!read.ok) throw new Error(read.error);
    const k01 = read.caseload.contacts.find((c) => c.clientId === 'K01')!;
    // 「面談」 in the 1月 cell of a grid: read as the month's 1st, marked undated
    read.caseload.contacts.push({ ...k01, date: '2025-01-01', undated: true });
    const r = supportReports(read.caseload, '2025-01', {
      extras: readReportExtras(HAND_WORKED, read.caseload),
    }).reports.find((x) => x.clientId === 'K01')!;
    expect(r.fields.contacts.map((c) => c.date)).toEqual(['2025-01-08', '2025-01-21', '2025-01-29']);
  });

  it('a month without any record or contact asks for everything the office writes, invents nothing', () => {
    const r = reportsOf(HAND_WORKED, '2025-02', ['K01']).reports[0]!;
    expect(r.fields.contacts).toEqual([]);
    expect(r.fields.goals).toEqual([null, null, null]);
    expect(r.fields.actions).toEqual([null, null, null]);
    expect(r.toFill).toEqual([
      'createdOn',
      'contacts',
      'goals[1]',
      'actions[1]',
      'results[1]',
      'nextSupport',
      'clientEffort',
      'employerEffort',
      'shared',
      'shownOn',
    ]);
  });
});

describe('actions and results from the monthly record’s own columns', () => {
  it('take precedence over the contact log, by goal position', () => {
    const monthly = HAND_WORKED.tabs
      .find((t) => t.name === '月次')!
      .rows.map((r, i) => [
        ...r,
        ...(i === 0
          ? [
              '支援実施内容①',
              '支援実施内容②',
              '支援実施内容③',
              '支援結果①',
              '支援結果②',
              '支援結果③',
              '担当者',
            ]
          : r[1] === 'K01'
            ? ['面談で記録を確認', '', '手順書の読み合わせ', '記録が続いている', '', '質問できた', '青木']
            : ['', '', '', '', '', '', '']),
      ]);
    const k01 = reportsOf(withTab('月次', monthly)).reports.find((r) => r.clientId === 'K01')!;
    expect(k01.fields.actions).toEqual(['面談で記録を確認', null, '手順書の読み合わせ']);
    expect(k01.fields.results).toEqual(['記録が続いている', null, '質問できた']);
    expect(k01.fields.staff).toBe('青木');
    expect(k01.toFill).toEqual(['actions[2]', 'results[2]']);
  });

  it('goals keep their position when goal ② is blank', () => {
    const monthly = HAND_WORKED.tabs
      .find((t) => t.name === '月次')!
      .rows.map((r) => (r[1] === 'K01' ? [...r.slice(0, 4), '', ...r.slice(5)] : r));
    const k01 = reportsOf(withTab('月次', monthly)).reports.find((r) => r.clientId === 'K01')!;
    expect(k01.fields.goals[1]).toBeNull();
    expect(k01.fields.goals[2]).toBe('昼休みの前に質問をまとめて伝える習慣をつける');
    expect(k01.toFill).toEqual(['goals[2]']);
  });
});

/** Every text of the blocks in order, one string (fields as 「label：value」). */
function flatten(blocks: FormBlock[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'fields':
          return b.items.map((i) => `${i.label}：${i.value}`).join('\n');
        case 'table':
          return [...(b.header ?? []), ...b.rows.flat().map((c) => c.text)].join('\n');
        default:
          return b.text;
      }
    })
    .join('\n');
}
