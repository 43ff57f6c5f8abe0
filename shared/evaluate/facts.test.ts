import { describe, expect, it } from 'vitest';
import { factsOf, makeCaseload } from '../rules/test-kit.ts';
import { indexByClient, reportDeadline } from './facts.ts';

// The default client started on 2024-10-01.
describe('clientFacts: active months', () => {
  it('every calendar month from the start month to the as-of month', () => {
    const f = factsOf({ client: { startDate: '2024-10-15' }, asOf: '2025-01-10' });
    expect(f.months.map((m) => m.month)).toEqual(['2024-10', '2024-11', '2024-12', '2025-01']);
    expect(f.months.map((m) => m.inProgress)).toEqual([false, false, false, true]);
  });

  it('no months before the start', () => {
    const f = factsOf({ contacts: [{ date: '2024-09-01' }], asOf: '2024-09-30' });
    expect(f.months).toEqual([]);
    expect(f.outside).toEqual([]);
    expect(f.period?.start).toBe('2024-10-01');
  });

  it('no months and no period without a start date', () => {
    const f = factsOf({ client: { startDate: null }, asOf: '2025-03-31' });
    expect(f.period).toBeNull();
    expect(f.months).toEqual([]);
  });

  it('the as-of month is complete on its last day', () => {
    expect(factsOf({ asOf: '2024-11-30' }).months.at(-1)).toMatchObject({
      month: '2024-11',
      inProgress: false,
    });
    expect(factsOf({ asOf: '2024-11-29' }).months.at(-1)).toMatchObject({
      month: '2024-11',
      inProgress: true,
    });
  });

  it('months stop at the end of the period; a month the period ends in is complete from the end day', () => {
    const client = { leftJobDate: '2025-01-15' };
    expect(factsOf({ client, asOf: '2025-03-31' }).months.map((m) => m.month)).toEqual([
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
    ]);
    expect(factsOf({ client, asOf: '2025-01-14' }).months.at(-1)!.inProgress).toBe(true);
    expect(factsOf({ client, asOf: '2025-01-15' }).months.at(-1)!.inProgress).toBe(false);
    expect(factsOf({ client, asOf: '2025-01-20' }).months.at(-1)!.inProgress).toBe(false);
  });
});

describe('clientFacts: the as-of day itself', () => {
  it('support that starts on the as-of day makes that month active (in progress)', () => {
    const f = factsOf({ client: { startDate: '2024-10-15' }, asOf: '2024-10-15' });
    expect(f.months.map((m) => [m.month, m.inProgress])).toEqual([['2024-10', true]]);
    expect(factsOf({ client: { startDate: '2024-10-16' }, asOf: '2024-10-15' }).months).toEqual([]);
  });

  it('a contact dated on the as-of day counts', () => {
    const f = factsOf({ contacts: [{ date: '2024-10-20' }], asOf: '2024-10-20' });
    expect(f.months[0]!.faceToFace.map((c) => c.date)).toEqual(['2024-10-20']);
    expect(f.months[0]!.clientContacts.map((c) => c.date)).toEqual(['2024-10-20']);
  });

  it('an employer contact on the as-of day and on the last day of the period count', () => {
    const f = factsOf({
      client: { leftJobDate: '2024-11-15' },
      contacts: [
        { date: '2024-10-01', parties: ['employer'], method: 'face' },
        { date: '2024-11-15', parties: ['employer'], method: 'phone' },
      ],
      asOf: '2024-11-15',
    });
    expect(f.months.map((m) => m.employerContacts.map((c) => c.date))).toEqual([
      ['2024-10-01'],
      ['2024-11-15'],
    ]);
    expect(f.months.map((m) => m.employerVisits.length)).toEqual([1, 0]);
    expect(f.outside).toEqual([]);
  });

  it('the month that holds the end of support is complete even before its last day', () => {
    // support ended on 2024-11-15; on 2024-11-20 November is over for this client
    const f = factsOf({ client: { endDate: '2024-11-15' }, asOf: '2024-11-20' });
    expect(f.months.map((m) => [m.month, m.inProgress])).toEqual([
      ['2024-10', false],
      ['2024-11', false],
    ]);
    // support going on past the as-of day: November is in progress until its last day
    const g = factsOf({ client: { endDate: '2024-11-30' }, asOf: '2024-11-20' });
    expect(g.months.at(-1)!.inProgress).toBe(true);
    // the as-of day is the end day itself, not the month's last: nothing is left to do this month
    const h = factsOf({ client: { endDate: '2024-11-20' }, asOf: '2024-11-20' });
    expect(h.months.at(-1)!.inProgress).toBe(false);
  });
});

describe('clientFacts: contacts', () => {
  it('sorts contacts by party and method', () => {
    const f = factsOf({
      contacts: [
        { date: '2024-10-01', parties: ['client'], method: 'phone' },
        { date: '2024-10-02', parties: ['client'], method: 'video' },
        { date: '2024-10-03', parties: ['client', 'employer'], method: 'face' },
        { date: '2024-10-04', parties: ['employer'], method: 'mail' },
        { date: '2024-10-05', parties: ['employer'], method: 'video' },
        { date: '2024-10-06', parties: ['family'], method: 'face' },
        { date: '2024-10-07', parties: ['client'], method: null },
      ],
      asOf: '2024-10-31',
    });
    const oct = f.months[0]!;
    expect(oct.clientContacts.map((c) => c.date)).toEqual([
      '2024-10-01',
      '2024-10-02',
      '2024-10-03',
      '2024-10-07',
    ]);
    expect(oct.faceToFace.map((c) => c.date)).toEqual(['2024-10-02', '2024-10-03']);
    expect(oct.employerContacts.map((c) => c.date)).toEqual(['2024-10-03', '2024-10-04', '2024-10-05']);
    // a video call with the employer is contact, not a visit
    expect(oct.employerVisits.map((c) => c.date)).toEqual(['2024-10-03']);
    expect(f.outside).toEqual([]);
  });

  it('contacts outside the period (on or before the as-of date) are set aside; later ones are ignored', () => {
    const f = factsOf({
      client: { leftJobDate: '2024-11-15' },
      contacts: [
        { date: '2024-09-30' },
        { date: '2024-10-01' },
        { date: '2024-11-15' },
        { date: '2024-11-16' },
        { date: '2025-02-01' },
      ],
      asOf: '2025-01-31',
    });
    expect(f.outside.map((c) => c.date)).toEqual(['2024-09-30', '2024-11-16']);
    expect(f.months.map((m) => [m.month, m.faceToFace.map((c) => c.date)])).toEqual([
      ['2024-10', ['2024-10-01']],
      ['2024-11', ['2024-11-15']],
    ]);
  });

  it('a contact whose word could not be read is undecided only when it may be face to face with the client', () => {
    const f = factsOf({
      contacts: [
        // the method unread, with the client: may be a visit
        { date: '2024-10-01', parties: ['client'], method: null, unreadable: { method: 'ぴよ' } },
        // the client by phone, every word read: decided (not face to face)
        { date: '2024-10-02', parties: ['client'], method: 'phone' },
        // who was met unread, face to face: may be the client
        { date: '2024-10-03', parties: [], method: 'face', unreadable: { parties: 'ぽぽ' } },
        // who was met unread, by phone: a phone call never counts, whoever it was
        { date: '2024-10-04', parties: [], method: 'phone', unreadable: { parties: 'ぽぽ' } },
        // both unread
        { date: '2024-10-05', parties: [], method: null, unreadable: { parties: 'ぽぽ', method: 'ぴよ' } },
        // the client met face to face, though the words of another contact were odd: decided
        { date: '2024-10-06', parties: ['client'], method: 'video', unreadable: { parties: 'ぽぽ' } },
        // the method blank (not unreadable): no word to wait for
        { date: '2024-10-07', parties: ['client'], method: null },
      ],
      asOf: '2024-10-31',
    });
    const oct = f.months[0]!;
    expect(oct.undecided.map((c) => c.date)).toEqual(['2024-10-01', '2024-10-03', '2024-10-05']);
    expect(oct.faceToFace.map((c) => c.date)).toEqual(['2024-10-06']);
    expect(oct.clientContacts.map((c) => c.date)).toEqual([
      '2024-10-01',
      '2024-10-02',
      '2024-10-06',
      '2024-10-07',
    ]);
  });

  it('a contact with the employer only is not a client contact; contacts of every month land in their month', () => {
    const f = factsOf({
      contacts: [
        { date: '2024-10-31', parties: ['employer'], method: 'face' },
        { date: '2024-11-01', parties: ['client'], method: 'face' },
      ],
      asOf: '2024-11-30',
    });
    expect(
      f.months.map((m) => [m.month, m.clientContacts.length, m.employerContacts.length, m.undecided.length]),
    ).toEqual([
      ['2024-10', 0, 1, 0],
      ['2024-11', 1, 0, 0],
    ]);
  });

  it('a contact after the as-of date is neither counted nor outside', () => {
    const f = factsOf({ contacts: [{ date: '2024-10-20' }], asOf: '2024-10-19' });
    expect(f.months[0]!.clientContacts).toEqual([]);
    expect(f.outside).toEqual([]);
  });
});

describe('clientFacts: monthly records', () => {
  it('a shown date on or before the as-of date counts; a later one not yet', () => {
    const monthly = [{ month: '2024-10', reportShownDate: '2024-11-08' }];
    const before = factsOf({ monthly, asOf: '2024-11-07' }).months[0]!;
    expect(before.record?.reportShownDate).toBe('2024-11-08');
    expect(before.reportShownDate).toBeNull();
    expect(factsOf({ monthly, asOf: '2024-11-08' }).months[0]!.reportShownDate).toBe('2024-11-08');
  });

  it('a month without a row has no record', () => {
    expect(factsOf({ asOf: '2024-10-31' }).months[0]).toMatchObject({ record: null, reportShownDate: null });
  });
});

describe('indexByClient: two monthly rows for one month', () => {
  function merged(rows: Parameters<typeof makeCaseload>[0]['monthly']) {
    return indexByClient(makeCaseload({ monthly: rows }))
      .monthly.get('C001')!
      .get('2024-10')!;
  }

  it('keeps the row with a shown date, the earlier date when both have one', () => {
    expect(
      merged([
        { month: '2024-10', reportShownDate: null },
        { month: '2024-10', reportShownDate: '2024-10-28' },
      ]).reportShownDate,
    ).toBe('2024-10-28');
    expect(
      merged([
        { month: '2024-10', reportShownDate: '2024-10-28' },
        { month: '2024-10', reportShownDate: '2024-10-20' },
      ]).reportShownDate,
    ).toBe('2024-10-20');
    expect(
      merged([
        { month: '2024-10', reportShownDate: '2024-10-20' },
        { month: '2024-10', reportShownDate: '2024-10-28' },
      ]).reportShownDate,
    ).toBe('2024-10-20');
  });

  it('a job coach mark on the row without the shown date is kept (row with the date first)', () => {
    const m = merged([
      { month: '2024-10', reportShownDate: '2024-10-28' },
      { month: '2024-10', jobcoach: true },
    ]);
    expect(m.reportShownDate).toBe('2024-10-28');
    expect(m.jobcoach).toBe(true);
  });

  it('a job coach mark on the row without the shown date is kept (row with the date second)', () => {
    const m = merged([
      { month: '2024-10', jobcoach: true },
      { month: '2024-10', reportShownDate: '2024-10-28' },
    ]);
    expect(m.reportShownDate).toBe('2024-10-28');
    expect(m.jobcoach).toBe(true);
  });

  it('two rows without a job-coach mark keep the month unmarked, whatever else they carry', () => {
    for (const rows of [
      [
        { month: '2024-10', reportShownDate: '2024-10-28' },
        { month: '2024-10', onLeave: true },
      ],
      [
        { month: '2024-10', caseMeeting: true },
        { month: '2024-10', reportShownDate: '2024-10-20' },
      ],
      [{ month: '2024-10' }, { month: '2024-10' }],
    ]) {
      const m = merged(rows);
      expect(m.jobcoach).toBe(false);
    }
    const plain = merged([{ month: '2024-10' }, { month: '2024-10' }]);
    expect([plain.onLeave, plain.caseMeeting, plain.reportShownDate]).toEqual([false, false, null]);
  });

  it('a case meeting on either row is kept, whatever the order', () => {
    expect(merged([{ month: '2024-10', caseMeeting: true }, { month: '2024-10' }]).caseMeeting).toBe(true);
    expect(
      merged([
        { month: '2024-10', reportShownDate: '2024-10-28' },
        { month: '2024-10', caseMeeting: true },
      ]).caseMeeting,
    ).toBe(true);
  });

  it('the kept row is the one with the shown date (its source row and goals come along)', () => {
    const m = merged([
      { month: '2024-10', goals: [] },
      { month: '2024-10', reportShownDate: '2024-10-28', nextSupport: '職場訪問' },
    ]);
    expect(m.source.row).toBe(3);
    expect(m.nextSupport).toBe('職場訪問');
    const first = merged([
      { month: '2024-10', reportShownDate: '2024-10-28', nextSupport: '職場訪問' },
      { month: '2024-10', nextSupport: '電話' },
    ]);
    expect(first.source.row).toBe(2);
    expect(first.nextSupport).toBe('職場訪問');
    // the same shown date on both: the first row is kept
    expect(
      merged([
        { month: '2024-10', reportShownDate: '2024-10-28' },
        { month: '2024-10', reportShownDate: '2024-10-28' },
      ]).source.row,
    ).toBe(2);
    // neither has a shown date: the first row is kept
    expect(merged([{ month: '2024-10' }, { month: '2024-10' }]).source.row).toBe(2);
  });

  it('rows of other months and other clients stay apart', () => {
    const idx = indexByClient({
      ...makeCaseload({
        monthly: [
          { month: '2024-10', jobcoach: true },
          { month: '2024-11', reportShownDate: '2024-11-28' },
        ],
        contacts: [{ date: '2024-10-02' }],
      }),
    });
    expect([...idx.monthly.get('C001')!.keys()]).toEqual(['2024-10', '2024-11']);
    expect(idx.monthly.get('C001')!.get('2024-11')!.jobcoach).toBe(false);
    expect(idx.contacts.get('C001')!.map((c) => c.date)).toEqual(['2024-10-02']);
  });

  it('a 休職 mark on either row is kept, whatever the order', () => {
    for (const rows of [
      [
        { month: '2024-10', reportShownDate: '2024-10-28' },
        { month: '2024-10', onLeave: true },
      ],
      [
        { month: '2024-10', onLeave: true },
        { month: '2024-10', reportShownDate: '2024-10-28' },
      ],
      [{ month: '2024-10' }, { month: '2024-10', onLeave: true }],
    ]) {
      expect(merged(rows).onLeave).toBe(true);
    }
  });
});

describe('reportDeadline', () => {
  it('is the 10th of the next month, across the year end', () => {
    expect(reportDeadline('2024-10')).toBe('2024-11-10');
    expect(reportDeadline('2024-12')).toBe('2025-01-10');
  });
});
