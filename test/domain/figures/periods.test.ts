import { monthOf, observedEnd, quarterOf, recentPeriods } from '../../../src/domain/figures/periods';

describe('periods', () => {
  it.each([
    [2026, 2, { id: '2026-02', start: '2026-02-01', end: '2026-02-28' }],
    [2028, 2, { id: '2028-02', start: '2028-02-01', end: '2028-02-29' }],
    [2026, 12, { id: '2026-12', start: '2026-12-01', end: '2026-12-31' }],
  ])('month %i-%i', (y, m, want) => {
    expect(monthOf(y, m)).toEqual({ kind: 'month', ...want });
  });

  it.each([
    [2026, 1, { id: '2026-Q1', start: '2026-01-01', end: '2026-03-31' }],
    [2026, 4, { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }],
  ])('quarter %i Q%i', (y, q, want) => {
    expect(quarterOf(y, q)).toEqual({ kind: 'quarter', ...want });
  });

  it('counts back across year ends, oldest first', () => {
    expect(recentPeriods('month', '2026-02-10', 3).map((p) => p.id)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(recentPeriods('quarter', '2026-02-10', 3).map((p) => p.id)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
  });

  it('observes a running period up to today only', () => {
    expect(observedEnd(monthOf(2026, 3), '2026-03-05')).toBe('2026-03-05');
    expect(observedEnd(monthOf(2026, 2), '2026-03-05')).toBe('2026-02-28');
  });
});
