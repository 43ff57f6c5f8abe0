import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../read/workbook.ts';
import { readReportExtras } from './extras.ts';
import { type FormBlock, METHOD_CHOICES, markChoice, PLACE_CHOICES, reportForm } from './form.ts';
import { HAND_WORKED } from './hand-worked.fixture.ts';
import { supportReports } from './support-report.ts';

// The printed choice words of 別紙様式1 with the chosen one marked, worked out by hand.
describe('markChoice: the form prints every choice and marks the chosen one', () => {
  it.each([
    [PLACE_CHOICES, '雇用事業主内', '●雇用事業主内・○事業所内・○その他（　　）'],
    [PLACE_CHOICES, '事業所内', '○雇用事業主内・●事業所内・○その他（　　）'],
    [PLACE_CHOICES, 'その他', '○雇用事業主内・○事業所内・●その他（　　）'],
    [PLACE_CHOICES, 'その他（自宅）', '○雇用事業主内・○事業所内・●その他（自宅）'],
    [PLACE_CHOICES, 'その他(ハローワーク)', '○雇用事業主内・○事業所内・●その他（ハローワーク）'],
    [PLACE_CHOICES, '喫茶店', '○雇用事業主内・○事業所内・●その他（喫茶店）'],
    [PLACE_CHOICES, null, '○雇用事業主内・○事業所内・○その他（　　）'],
    [METHOD_CHOICES, '面接', '●面接・○電話・○メール・○その他（　　）'],
    [METHOD_CHOICES, 'メール', '○面接・○電話・●メール・○その他（　　）'],
    [METHOD_CHOICES, 'その他（オンライン）', '○面接・○電話・○メール・●その他（オンライン）'],
    [METHOD_CHOICES, '', '○面接・○電話・○メール・○その他（　　）'],
  ] as const)('%j %s', (choices, value, want) => {
    expect(markChoice(choices, value)).toBe(want);
  });
});

function cells(blocks: FormBlock[]): string[] {
  return blocks.flatMap((b) =>
    b.kind === 'table' ? [...(b.header ?? []), ...b.rows.flat().map((c) => c.text)] : [],
  );
}

describe('the layout of 別紙様式1', () => {
  const read = readWorkbook(HAND_WORKED);
  if (!read.ok) throw new Error(read.error);
  const reports = supportReports(read.caseload, '2025-01', {
    extras: readReportExtras(HAND_WORKED, read.caseload),
  }).reports;

  it('the title names the service; 雇用開始日 stands above the box of client, employer and contact', () => {
    const blocks = reportForm(reports[0]!);
    expect(blocks[1]).toEqual({ kind: 'title', text: '就労定着支援　支援レポート' });
    const i = blocks.findIndex((b) => b.kind === 'fields' && b.items[0]!.label === '雇用開始日');
    const box = blocks[i + 1]!;
    expect(box.kind === 'table' && box.rows.map((r) => r[0]!.text)).toEqual([
      '利用者名',
      '雇用事業主（勤務先）',
      'ご担当者',
    ]);
  });

  it('支援の方向性 side by side; 提示日・事業所名・担当者 boxed with their labels', () => {
    const blocks = reportForm(reports[0]!);
    const direction = blocks.find((b) => b.kind === 'table' && b.header?.[0] === '今後の支援内容');
    expect(direction && direction.kind === 'table' && direction.header).toEqual([
      '今後の支援内容',
      '対象者・事業主・関係機関等の取組',
    ]);
    const foot = blocks.filter((b) => b.kind === 'table').at(-1)!;
    expect(foot.kind === 'table' && foot.rows[0]!.filter((c) => c.label).map((c) => c.text)).toEqual([
      '対象者提示日',
      '事業所名',
      '担当者',
    ]);
  });

  it('no 様 after a job title; 様 after a name', () => {
    const withContact = (c: string) => ({
      ...reports[0]!,
      fields: { ...reports[0]!.fields, employerContact: c },
    });
    expect(cells(reportForm(withContact('●● 課長')))).toContain('●● 課長');
    expect(cells(reportForm(withContact('●● 課長')))).not.toContain('●● 課長　様');
    expect(cells(reportForm(reports[0]!))).toContain('人事部 佐々木　様');
  });

  it('an empty (関係機関等) line is left out, as the 作成例 leaves it out', () => {
    const k02 = reports[1]!;
    expect(k02.fields.agencyEffort).toBeNull();
    const text = cells(reportForm(k02)).join('\n');
    expect(text).toContain('（対象者）');
    expect(text).not.toContain('（関係機関等）');
  });

  it('every page’s footer names the client and the month', () => {
    expect(reportForm(reports[0]!).at(-1)).toEqual({
      kind: 'running',
      text: '山本 花子　様　令和7年1月の支援レポート',
    });
  });
});
