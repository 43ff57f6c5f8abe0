import { describe, expect, it } from 'vitest';
import type { RuleContext } from './context.ts';
import { planMissing } from './plan-missing.ts';
import { cellOf, contextOf, runRule } from './test-kit.ts';

// The default client started on 2024-10-01: October 2024 is the first active month.
describe('plan.missing', () => {
  it('not while the first active month is still going on', () => {
    expect(runRule(planMissing, { asOf: '2024-10-15' })).toEqual([]);
    expect(runRule(planMissing, { asOf: '2024-10-30' })).toEqual([]);
  });

  it('the first month has ended on its last day: an as-of date of 10-31 is a full October', () => {
    expect(runRule(planMissing, { asOf: '2024-10-31' })).toHaveLength(1);
  });

  it('an error once the first active month has ended, pointing at the plan creation cell', () => {
    const found = runRule(planMissing, { asOf: '2024-11-01' });
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ rule: 'plan.missing', severity: 'error', clientId: 'C001', month: null });
    expect(f.message).toBe(
      '就労定着支援計画の作成日がありません。計画を作成した日を名簿の計画作成日に書いてください。まだ作成していなければ作成してください',
    );
    expect(cellOf(f)).toEqual({ sheet: '利用者', row: 2, column: 'L', header: '計画作成日' });
  });

  it('a start in the middle of a month: the first active month still ends at that month end', () => {
    const client = { startDate: '2024-10-20' };
    expect(runRule(planMissing, { client, asOf: '2024-10-30' })).toEqual([]);
    expect(runRule(planMissing, { client, asOf: '2024-10-31' })).toHaveLength(1);
  });

  it('a creation date or a review date is enough', () => {
    expect(runRule(planMissing, { client: { planCreated: '2024-10-05' }, asOf: '2025-03-31' })).toEqual([]);
    expect(runRule(planMissing, { client: { planReviewed: '2025-01-05' }, asOf: '2025-03-31' })).toEqual([]);
  });

  it('not when support ended before the first month did; support to its last day is a full first month', () => {
    expect(runRule(planMissing, { client: { leftJobDate: '2024-10-30' }, asOf: '2025-03-31' })).toEqual([]);
    expect(runRule(planMissing, { client: { leftJobDate: '2024-10-31' }, asOf: '2025-03-31' })).toHaveLength(
      1,
    );
  });

  it('nothing before the start', () => {
    expect(runRule(planMissing, { asOf: '2024-09-30' })).toEqual([]);
  });

  it('points at the roster row when the sheet has no plan creation column', () => {
    const ctx = contextOf({ asOf: '2024-11-01' });
    const { planCreated: _dropped, ...columns } = ctx.caseload.layouts.roster.columns;
    const noPlanColumn: RuleContext = {
      ...ctx,
      caseload: {
        ...ctx.caseload,
        layouts: { ...ctx.caseload.layouts, roster: { ...ctx.caseload.layouts.roster, columns } },
      },
    };
    const found = planMissing(noPlanColumn);
    expect(found).toHaveLength(1);
    expect(cellOf(found[0]!)).toEqual({ sheet: '利用者', row: 2, column: 'A', header: '利用者ID' });
  });
});
