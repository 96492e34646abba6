import type { Case } from '../../src/domain/case';
import {
  closeCase,
  completeMilestone,
  movePhase,
  openCase,
  recordRitDecision,
  reportPartialReturn,
  reportRecovery,
  reportRelapse,
  firstNewCaseDay,
  requestRit,
  type OpenCaseInput,
} from '../../src/domain/case-events';
import { computeDeadlines } from '../../src/domain/deadlines';

const base: OpenCaseInput = {
  id: 'case-1',
  tenantId: 't1',
  employeeId: 'e1',
  managerId: 'm1',
  jurisdiction: 'NL',
  employerSize: 40,
  firstSickDay: '2024-03-04',
  createdAt: '2024-03-04T09:00:00.000Z',
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const code = (c: string) => expect.objectContaining({ code: c });

describe('opening a case', () => {
  it('starts in drop-out with one running period', () => {
    const c = openCase({ ...base, expectedReturn: '2024-03-18' });
    expect(c).toMatchObject({
      phase: 'dropout',
      phaseHistory: [{ phase: 'dropout', on: '2024-03-04' }],
      sickPeriods: [{ start: '2024-03-04', end: null, kind: 'full' }],
      milestonesDone: [],
      status: 'open',
      expectedReturn: '2024-03-18',
    });
  });

  it.each([
    [{ firstSickDay: '2024-02-30' }, 'invalid_date'],
    [{ jurisdiction: 'DE' as never }, 'unknown_jurisdiction'],
    [{ employerSize: 0 }, 'invalid_employer_size'],
    [{ expectedReturn: '2024-03-01' }, 'date_before_case'],
    [{ partialPercentage: 100 }, 'invalid_percentage'],
    [{ tenantId: '' }, 'missing_field'],
  ])('rejects %j', (patch, expected) => {
    expect(() => openCase({ ...base, ...patch })).toThrow(code(expected));
  });
});

describe('recovery, partial return and relapse', () => {
  const opened = deepFreeze(openCase(base));

  it('full recovery ends the period the day before and moves to return', () => {
    const c = reportRecovery(opened, { on: '2024-04-15' });
    expect(c.sickPeriods).toEqual([{ start: '2024-03-04', end: '2024-04-14', kind: 'full' }]);
    expect(c.phase).toBe('return');
    expect(c.phaseHistory.map((p) => p.phase)).toEqual(['dropout', 'return']);
    expect(opened.sickPeriods[0]!.end).toBeNull(); // the input is untouched
  });

  it('partial return continues the chain, then full recovery moves to post-return', () => {
    const partial = reportPartialReturn(opened, { on: '2024-04-01', percentage: 50 });
    expect(partial.sickPeriods).toEqual([
      { start: '2024-03-04', end: '2024-03-31', kind: 'full' },
      { start: '2024-04-01', end: null, kind: 'partial', percentage: 50 },
    ]);
    expect(partial.phase).toBe('return');
    expect(reportPartialReturn(partial, { on: '2024-04-01', percentage: 50 })).toBe(partial);
    const more = reportPartialReturn(partial, { on: '2024-04-15', percentage: 25 });
    expect(more.sickPeriods).toHaveLength(3);
    const recovered = reportRecovery(more, { on: '2024-05-01' });
    expect(recovered.phase).toBe('post_return');
    // Partial days count as sick days: the analysis stays on day 42.
    expect(computeDeadlines(recovered, '2024-05-01').milestones.find((m) => m.id === 'nl.problem_analysis')!.due).toBe('2024-04-14');
  });

  it('rejects recovery without a running period and on the first sick day', () => {
    expect(() => reportRecovery(opened, { on: '2024-03-04' })).toThrow(code('date_before_previous'));
    const recovered = reportRecovery(opened, { on: '2024-04-15' });
    expect(() => reportRecovery(recovered, { on: '2024-05-01' })).toThrow(code('no_running_period'));
    expect(() => reportPartialReturn(opened, { on: '2024-04-01', percentage: 0 })).toThrow(code('invalid_percentage'));
    expect(() => reportRecovery(opened, { on: '2024-03-01' })).toThrow(code('date_before_case'));
  });

  it('a relapse within 28 days continues the case and goes back to drop-out', () => {
    const recovered = reportRecovery(opened, { on: '2024-04-15' });
    const outcome = reportRelapse(recovered, { on: '2024-05-12' }); // 27 recovery days
    expect(outcome).toMatchObject({ decision: 'continues', gapDays: 27 });
    if (outcome.decision !== 'continues') throw new Error('expected the case to continue');
    expect(outcome.case.sickPeriods).toHaveLength(2);
    expect(outcome.case.phase).toBe('dropout');
  });

  it('a relapse after 28 days tells the caller to open a new case', () => {
    const recovered = reportRecovery(opened, { on: '2024-04-15' });
    expect(reportRelapse(recovered, { on: '2024-05-13' })).toEqual({ decision: 'new_case', gapDays: 28, newCaseGapDays: 28, reason: 'gap' });
  });

  it('knows the first day a new sick report would open a new case', () => {
    expect(firstNewCaseDay(opened, '2024-04-01')).toBeNull();
    const recovered = reportRecovery(opened, { on: '2024-04-15' });
    expect(firstNewCaseDay(recovered, '2024-04-20')).toBe('2024-05-13');
    expect(firstNewCaseDay(recovered, '2024-06-01')).toBe('2024-06-01');
  });

  it('a relapse while fully sick is refused; from partial work it is a return to full absence', () => {
    expect(() => reportRelapse(opened, { on: '2024-04-01' })).toThrow(code('period_running'));
    const partial = reportPartialReturn(opened, { on: '2024-04-01', percentage: 50 });
    const outcome = reportRelapse(partial, { on: '2024-04-20' });
    expect(outcome).toMatchObject({ decision: 'continues', gapDays: 0 });
    if (outcome.decision === 'continues') {
      expect(outcome.case.sickPeriods.map((p) => p.kind)).toEqual(['full', 'partial', 'full']);
      expect(outcome.case.phase).toBe('recovery');
    }
  });

  it('a relapse within the window reopens a case HR had closed', () => {
    const closed = closeCase(reportRecovery(opened, { on: '2024-04-15' }), { on: '2024-04-20' });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2024-04-20' });
    expect(() => completeMilestone(closed, { id: 'nl.evaluation', on: '2024-04-21' })).toThrow(code('case_closed'));
    const outcome = reportRelapse(closed, { on: '2024-05-01' });
    expect(outcome.decision === 'continues' && outcome.case.status).toBe('open');
  });

  it('refuses to close a case while someone is sick', () => {
    expect(() => closeCase(opened, { on: '2024-04-01' })).toThrow(code('period_running'));
  });
});

describe('milestones', () => {
  const opened = openCase(base);

  it('records a milestone once and evaluations many times', () => {
    const c = completeMilestone(opened, { id: 'nl.problem_analysis', on: '2024-04-10' });
    expect(completeMilestone(c, { id: 'nl.problem_analysis', on: '2024-04-10' })).toBe(c);
    expect(() => completeMilestone(c, { id: 'nl.problem_analysis', on: '2024-04-11' })).toThrow(code('milestone_already_done'));
    const e = completeMilestone(completeMilestone(c, { id: 'nl.evaluation', on: '2024-06-01' }), { id: 'nl.evaluation', on: '2024-07-10' });
    expect(e.milestonesDone.filter((m) => m.id === 'nl.evaluation')).toHaveLength(2);
  });

  it('rejects unknown ids, ids of the other country and dates before the case', () => {
    expect(() => completeMilestone(opened, { id: 'nl.nonsense', on: '2024-04-10' })).toThrow(code('unknown_milestone'));
    expect(() => completeMilestone(opened, { id: 'be.rit_plan', on: '2024-04-10' })).toThrow(code('unknown_milestone'));
    expect(() => completeMilestone(opened, { id: 'nl.action_plan', on: '2024-03-01' })).toThrow(code('date_before_case'));
  });
});

describe('BE re-integration trajectory', () => {
  const opened = openCase({ ...base, jurisdiction: 'BE', firstSickDay: '2026-01-05' });

  it('records the request and the decision', () => {
    const requested = requestRit(opened, { on: '2026-03-02' });
    expect(requestRit(requested, { on: '2026-03-02' })).toBe(requested);
    expect(() => requestRit(requested, { on: '2026-03-03' })).toThrow(code('rit_already_requested'));
    const decided = recordRitDecision(requested, { kind: 'B', on: '2026-04-10' });
    expect(decided.rit).toEqual({ requestedOn: '2026-03-02', decision: { kind: 'B', on: '2026-04-10' } });
    expect(() => recordRitDecision(decided, { kind: 'A', on: '2026-04-10' })).toThrow(code('rit_already_decided'));
    const ids = computeDeadlines(decided, '2026-04-11').milestones.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['be.rit_assessment', 'be.rit_appeal', 'be.rit_plan']));
  });

  it('refuses what cannot be', () => {
    expect(() => requestRit(openCase(base), { on: '2024-04-01' })).toThrow(code('rit_not_applicable'));
    expect(() => recordRitDecision(opened, { kind: 'A', on: '2026-04-10' })).toThrow(code('rit_not_requested'));
    const requested = requestRit(opened, { on: '2026-03-02' });
    expect(() => recordRitDecision(requested, { kind: 'A', on: '2026-03-01' })).toThrow(code('date_before_previous'));
    expect(() => recordRitDecision(requested, { kind: 'D' as never, on: '2026-04-01' })).toThrow(code('invalid_rit_decision'));
  });
});

describe('phases', () => {
  it('moves with history and refuses going back in time', () => {
    const opened: Case = openCase(base);
    const c = movePhase(movePhase(opened, { phase: 'recovery', on: '2024-03-20' }), { phase: 'pre_return', on: '2024-04-10' });
    expect(c.phaseHistory).toEqual([
      { phase: 'dropout', on: '2024-03-04' },
      { phase: 'recovery', on: '2024-03-20' },
      { phase: 'pre_return', on: '2024-04-10' },
    ]);
    expect(movePhase(c, { phase: 'pre_return', on: '2024-04-12' })).toBe(c);
    expect(() => movePhase(c, { phase: 'return', on: '2024-04-01' })).toThrow(code('date_before_previous'));
    expect(() => movePhase(c, { phase: 'later' as never, on: '2024-04-12' })).toThrow(code('unknown_phase'));
  });
});
