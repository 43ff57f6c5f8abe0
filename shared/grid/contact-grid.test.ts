import { describe, expect, it } from 'vitest';
import { checkCaseload } from '../check.ts';
import { makeCaseload } from '../rules/test-kit.ts';
import {
  cellColor,
  cellLabel,
  contactGrid,
  GRID_LEAD_COLUMNS,
  gridTable,
  LEAVE_COLOR,
} from './contact-grid.ts';

const marks = (g: ReturnType<typeof contactGrid>) =>
  Object.fromEntries(g.rows[0]!.cells.map((c) => [c.month, cellLabel(c)]));

describe('contactGrid: the 月次接触状況 clients × months', () => {
  it('✓ for a face-to-face or video month, ✗ for none, 電 for phone/mail only, — outside the period', () => {
    const caseload = makeCaseload({
      client: { startDate: '2024-10-01' },
      contacts: [
        { date: '2024-10-03', method: 'face' },
        { date: '2024-11-12', method: 'video' },
        { date: '2024-12-05', method: 'phone' },
        { date: '2025-01-20', method: 'mail' },
        { date: '2025-01-21', method: 'phone' },
      ],
    });
    const g = contactGrid(caseload, '2025-02-28', { months: 6 });
    expect(g.months).toEqual(['2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02']);
    expect(marks(g)).toEqual({
      '2024-09': '—',
      '2024-10': '✓',
      '2024-11': '✓',
      '2024-12': '電',
      '2025-01': '電',
      '2025-02': '✗',
    });
    expect(g.rows[0]!.missing).toBe(3);
    expect(g.rows[0]!.cells.find((c) => c.month === '2025-01')!.otherContacts).toBe(2);
  });

  it('△ for the month of the as-of date while it is still running, ✗ once it has ended', () => {
    const caseload = makeCaseload({ client: { startDate: '2024-10-01' } });
    expect(marks(contactGrid(caseload, '2025-03-15', { months: 1 }))).toEqual({ '2025-03': '△' });
    expect(marks(contactGrid(caseload, '2025-03-31', { months: 1 }))).toEqual({ '2025-03': '✗' });
  });

  it('months after the support window ends are —, and the window is given', () => {
    const caseload = makeCaseload({
      client: { startDate: '2024-10-01', endDate: '2024-12-31' },
      contacts: [{ date: '2024-12-01' }],
    });
    const g = contactGrid(caseload, '2025-02-28', { months: 4 });
    expect(marks(g)).toEqual({ '2024-11': '✗', '2024-12': '✓', '2025-01': '—', '2025-02': '—' });
    expect(g.rows[0]).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
  });

  it('休職 and job-coach months stay visible in the label, 休職 in its own colour', () => {
    const caseload = makeCaseload({
      contacts: [{ date: '2024-11-02' }],
      monthly: [
        { month: '2024-11', jobcoach: true },
        { month: '2024-12', onLeave: true },
      ],
    });
    const g = contactGrid(caseload, '2024-12-31', { months: 2 });
    const [nov, dec] = g.rows[0]!.cells;
    expect(cellLabel(nov!)).toBe('✓JC');
    expect(cellLabel(dec!)).toBe('✗休');
    expect(cellColor(dec!)).not.toBe(LEAVE_COLOR); // a missing contact is still shown as missing
    expect(cellColor({ ...dec!, mark: '✓' })).toBe(LEAVE_COLOR);
    expect(nov!.source).toEqual({ sheet: '月次', row: 2 });
  });

  it('a ✗ or 電 month that has ended is exactly a contact.face-to-face-missing finding of that month', () => {
    const caseload = makeCaseload({
      contacts: [
        { date: '2024-10-03' },
        { date: '2024-12-05', method: 'phone' },
        { date: '2025-02-07', method: 'video' },
      ],
    });
    const asOf = '2025-03-31';
    const g = contactGrid(caseload, asOf, { months: 8 });
    const gridMissing = g.rows[0]!.cells.filter((c) => c.mark === '✗' || c.mark === '電').map((c) => c.month);
    const ruleMissing = checkCaseload(caseload, asOf)
      .filter((f) => f.rule === 'contact.face-to-face-missing')
      .map((f) => f.month);
    expect(gridMissing).toEqual(['2024-11', '2024-12', '2025-01', '2025-03']);
    expect(gridMissing).toEqual(ruleMissing);
  });

  it('gridTable: a header row and one row per client, month labels from the caller', () => {
    const caseload = makeCaseload({ client: { staff: '佐藤' }, contacts: [{ date: '2025-03-03' }] });
    const t = gridTable(contactGrid(caseload, '2025-03-31', { months: 2 }), (m) => `${m}月`);
    expect(t[0]).toEqual([
      '利用者ID',
      '氏名',
      '担当',
      '支援開始日',
      '支援終了日',
      '不足',
      '2025-02月',
      '2025-03月',
    ]);
    expect(t[1]).toEqual(['C001', '山田 太郎', '佐藤', '2024-10-01', '2027-09-30', '1', '✗', '✓']);
    expect(t[0]!.length - GRID_LEAD_COLUMNS).toBe(2);
  });
});
