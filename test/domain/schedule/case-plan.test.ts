import type { Case } from '../../../src/domain/case';
import { completeMilestone, movePhase, openCase, reportRecovery } from '../../../src/domain/case-events';
import { DEFAULT_PLAN_SETTINGS, planCase } from '../../../src/domain/schedule/case-plan';
import { tenantRules } from '../../../src/domain/schedule/escalation-rules';
import type { PlanContext, PlannedReminder } from '../../../src/domain/schedule/plan-types';

const open = (firstSickDay = '2026-01-05', jurisdiction: 'NL' | 'BE' = 'NL', employerSize = 50): Case =>
  openCase({ id: 'c1', tenantId: 't1', employeeId: 'e1', managerId: 'm1', jurisdiction, employerSize, firstSickDay, createdAt: `${firstSickDay}T08:00:00Z` });

function ctx(over: Partial<PlanContext> = {}): PlanContext {
  return {
    today: '2026-01-05',
    contacts: [],
    responses: [],
    escalationStates: [],
    lookbackDone: false,
    managerLastAction: null,
    sentManagerNudgeDays: [],
    sentKeys: new Set(),
    dead: null,
    concern: null,
    checkins: [],
    ...over,
  };
}

const of = (plan: PlannedReminder[], kind: PlannedReminder['kind'], id?: string) =>
  plan.filter((r) => r.kind === kind && (id === undefined || r.milestoneId === id || r.ruleId === id));
const days = (plan: PlannedReminder[]) => plan.map((r) => r.day);

describe('reminder planning: legal milestones', () => {
  it('reminds a week ahead, the day before and on the day, to whoever must act', () => {
    const plan = planCase(open(), ctx({ today: '2026-02-01' }));
    const actionPlan = of(plan, 'milestone', 'nl.action_plan'); // due day 56: 2026-03-01
    expect(actionPlan.slice(0, 3).map((r) => [r.day, r.leadDays, r.to])).toEqual([
      ['2026-02-22', 7, 'manager'],
      ['2026-02-28', 1, 'manager'],
      ['2026-03-01', 0, 'manager'],
    ]);
    expect(actionPlan.every((r) => r.earlier === (r.leadDays! >= 0))).toBe(true);
    // HR's own duty and the occupational doctor's step go to HR.
    expect(of(plan, 'milestone', 'nl.problem_analysis').every((r) => r.to === 'hr')).toBe(true);
  });

  it('follows an overdue duty twice, a week apart, then leaves it to the escalation', () => {
    const sentKeys = new Set(['m:nl.action_plan@2026-03-01:0']);
    const plan = planCase(open(), ctx({ today: '2026-03-02', sentKeys }));
    const late = of(plan, 'milestone', 'nl.action_plan');
    expect(late.map((r) => [r.day, r.leadDays])).toEqual([
      ['2026-03-08', -7],
      ['2026-03-15', -14],
    ]);
  });

  it('takes lead times per tenant and per milestone', () => {
    const settings = { ...DEFAULT_PLAN_SETTINGS, leadTimes: { default: [3], 'nl.action_plan': [14, 2] } };
    const plan = planCase(open(), ctx({ today: '2026-02-01' }), settings);
    expect(of(plan, 'milestone', 'nl.action_plan').filter((r) => r.leadDays! >= 0).map((r) => r.day)).toEqual(['2026-02-15', '2026-02-27']);
    expect(of(plan, 'milestone', 'nl.problem_analysis').filter((r) => r.leadDays! >= 0).map((r) => r.day)).toEqual(['2026-02-12']);
  });

  it('sends one catch-up, not a flood, for a case reported late', () => {
    // Reported on 2 March for a first sick day of 5 January: most reminder days are past.
    const plan = planCase(open(), ctx({ today: '2026-03-02' }));
    const past = plan.filter((r) => r.day < '2026-03-02');
    const perItem = new Map<string, number>();
    for (const r of past) perItem.set(r.item, (perItem.get(r.item) ?? 0) + 1);
    expect(past.length).toBeGreaterThan(0);
    expect([...perItem.values()].every((n) => n === 1)).toBe(true);
  });

  it('drops what was done and what only the employee may choose to do', () => {
    const done = completeMilestone(open(), { id: 'nl.arbo_report', on: '2026-01-06' });
    expect(of(planCase(done, ctx({ today: '2026-01-06' })), 'milestone', 'nl.arbo_report')).toEqual([]);
    // BE decision B: the employee may appeal within 21 days (a right) — never chased.
    const be: Case = { ...open('2026-01-05', 'BE'), rit: { requestedOn: '2026-02-02', decision: { kind: 'B', on: '2026-03-02' } } };
    expect(of(planCase(be, ctx({ today: '2026-03-03' })), 'milestone', 'be.rit_appeal')).toEqual([]);
  });

  it('snoozes one item to the day asked and stops it when answered done', () => {
    const item = 'm:nl.action_plan@2026-03-01';
    const snoozed = planCase(open(), ctx({ today: '2026-02-22', responses: [{ item, action: 'snooze', on: '2026-02-22', until: '2026-02-23' }] }));
    expect(days(of(snoozed, 'milestone', 'nl.action_plan')).slice(0, 3)).toEqual(['2026-02-23', '2026-02-28', '2026-03-01']);
    expect(of(snoozed, 'milestone', 'nl.action_plan')[0]!.key).toBe(`${item}:s:2026-02-23`);
    const stopped = planCase(open(), ctx({ today: '2026-02-22', responses: [{ item, action: 'done', on: '2026-02-22', until: null }] }));
    expect(of(stopped, 'milestone', 'nl.action_plan')).toEqual([]);
  });

  it('plans nothing beyond the horizon, and a review before it runs out', () => {
    const plan = planCase(open(), ctx({ today: '2026-01-05' }));
    expect(plan.every((r) => r.day <= '2026-03-09')).toBe(true);
    const review = of(plan, 'review');
    expect(review).toHaveLength(1);
    expect(review[0]!.day > '2026-01-05' && review[0]!.day <= '2026-03-09').toBe(true);
  });
});

describe('reminder planning: contact rhythm', () => {
  it('asks for first contact the next working day, then again weekly while nothing is recorded', () => {
    const plan = planCase(open('2026-01-09'), ctx({ today: '2026-01-09' })); // a Friday
    expect(days(of(plan, 'contact')).slice(0, 3)).toEqual(['2026-01-12', '2026-01-19', '2026-01-26']);
  });

  it('moves on from a recorded conversation, and an agreed date wins', () => {
    const plan = planCase(open(), ctx({ today: '2026-01-07', contacts: [{ on: '2026-01-06', next: null }] }));
    expect(of(plan, 'contact')[0]!.day).toBe('2026-01-13');
    const agreed = planCase(open(), ctx({ today: '2026-01-07', contacts: [{ on: '2026-01-06', next: '2026-01-20' }] }));
    expect(of(agreed, 'contact')[0]!.day).toBe('2026-01-20');
  });

  it('prompts a look-back once the rhythm after the return has run its course, once', () => {
    let c = reportRecovery(open(), { on: '2026-03-02' });
    c = movePhase(c, { phase: 'post_return', on: '2026-03-02' });
    const contacts = [{ on: '2026-09-01', next: null }];
    const plan = planCase(c, ctx({ today: '2026-09-01', contacts }));
    expect(of(plan, 'contact')).toEqual([]);
    expect(of(plan, 'lookback').map((r) => [r.day, r.to])).toEqual([['2026-09-01', 'manager']]);
    expect(of(planCase(c, ctx({ today: '2026-09-02', contacts, lookbackDone: true })), 'lookback')).toEqual([]);
  });

  it('plans nothing at all for a closed case', () => {
    const closed: Case = { ...reportRecovery(open(), { on: '2026-02-02' }), status: 'closed', closedOn: '2026-03-02' };
    expect(planCase(closed, ctx({ today: '2026-03-03' }))).toEqual([]);
  });

  it('is deterministic: the same input gives the same keys', () => {
    const a = planCase(open(), ctx({ today: '2026-02-10' }));
    const b = planCase(open(), ctx({ today: '2026-02-10' }));
    expect(a).toEqual(b);
    expect(new Set(a.map((r) => r.key)).size).toBe(a.length);
  });
});

describe('escalation planning (default rules)', () => {
  const esc = (plan: PlannedReminder[], rule: string) => plan.filter((r) => r.kind === 'escalation' && r.ruleId === rule);

  it('escalates a legal duty 3 days overdue, each step on its own', () => {
    const plan = planCase(open(), ctx({ today: '2026-02-01' }));
    const overdue = esc(plan, 'milestone_overdue');
    expect(overdue.map((r) => [r.milestoneId, r.day])).toEqual([
      // Overdue since 11 January and never escalated: today.
      ['nl.arbo_report', '2026-02-01'],
      ['nl.problem_analysis', '2026-02-18'],
      ['nl.action_plan', '2026-03-04'],
    ]);
    expect(overdue.every((r) => r.to === 'hr')).toBe(true);
  });

  it('escalates after three nudges left unanswered, not after two, and not once the manager reacts', () => {
    const sent = ['2026-01-06', '2026-01-13'];
    const sentKeys = new Set(['c:2026-01-06:0', 'c:2026-01-06:1', 'm:nl.arbo_report@2026-01-11:7']);
    const two = planCase(open(), ctx({ today: '2026-01-14', sentManagerNudgeDays: sent, sentKeys }));
    // The third nudge is planned for 20 January: the escalation follows on the 21st.
    expect(esc(two, 'nudges_unanswered').map((r) => r.day)).toEqual(['2026-01-21']);
    const reacted = planCase(open(), ctx({ today: '2026-01-14', sentManagerNudgeDays: sent, sentKeys, managerLastAction: '2026-01-14' }));
    expect(esc(reacted, 'nudges_unanswered').map((r) => r.day)).not.toContain('2026-01-21');
  });

  it('escalates a dead conversation and a flagged concern at once', () => {
    const plan = planCase(open(), ctx({
      today: '2026-01-20',
      dead: { role: 'manager', since: '2026-01-19' },
      concern: { recordId: 'r9', on: '2026-01-20', concern: 'workload' },
    }));
    expect(esc(plan, 'dead_reference').map((r) => [r.day, r.item])).toEqual([['2026-01-20', 'e:dead_reference:manager@2026-01-19']]);
    expect(esc(plan, 'concern_flagged').map((r) => [r.day, r.item])).toEqual([['2026-01-20', 'e:concern_flagged:r9']]);
  });

  it.each([
    ['two low answers in a row', 'checkin_low_streak', [a('k1', '2026-01-10', 2, 3), a('k2', '2026-01-17', 3, 2)]],
    ['a steep drop', 'checkin_steep_drop', [a('k1', '2026-01-10', 5, 4), a('k2', '2026-01-17', 3, 4)]],
    ['a request to talk with HR, shared', 'checkin_asked_hr', [a('k1', '2026-01-17', 4, 4, 'talk_hr', true)]],
  ])('escalates check-in signals: %s', (_what, rule, checkins) => {
    const plan = planCase(open(), ctx({ today: '2026-01-19', checkins }));
    expect(esc(plan, rule).map((r) => [r.day, r.item])).toEqual([['2026-01-19', `e:${rule}:k${checkins.length}`]]);
  });

  it.each([
    ['a skipped scale is no low answer', 'checkin_low_streak', [a('k1', '2026-01-10', 2, null), a('k2', '2026-01-17', null, null)]],
    ['a skipped scale is no drop', 'checkin_steep_drop', [a('k1', '2026-01-10', 5, 4), a('k2', '2026-01-17', null, 4)]],
  ])('does not read a signal into skipped questions: %s', (_what, rule, checkins) => {
    expect(esc(planCase(open(), ctx({ today: '2026-01-19', checkins })), rule)).toEqual([]);
  });

  it('does not escalate a request to talk with HR the employee did not want shared', () => {
    const plan = planCase(open(), ctx({ today: '2026-01-19', checkins: [a('k1', '2026-01-17', 4, 4, 'talk_hr', false)] }));
    expect(esc(plan, 'checkin_asked_hr')).toEqual([]);
  });

  it('turns a request for a call into a nudge to the manager', () => {
    const plan = planCase(open(), ctx({ today: '2026-01-19', checkins: [a('k1', '2026-01-19', 4, 4, 'manager_call', false)] }));
    expect(of(plan, 'contact_request').map((r) => [r.day, r.to])).toEqual([['2026-01-19', 'manager']]);
  });

  it('sends an episode once; HR taking it on ends it; a snooze brings it back later', () => {
    const base = { today: '2026-01-20', dead: { role: 'manager' as const, since: '2026-01-19' } };
    const item = 'e:dead_reference:manager@2026-01-19';
    expect(esc(planCase(open(), ctx({ ...base, sentKeys: new Set([item]) })), 'dead_reference')).toEqual([]);
    const taken = ctx({ ...base, sentKeys: new Set([item]), escalationStates: [{ item, state: 'taken', on: '2026-01-20', until: null }] });
    expect(esc(planCase(open(), taken), 'dead_reference')).toEqual([]);
    const snoozed = ctx({ ...base, sentKeys: new Set([item]), escalationStates: [{ item, state: 'snoozed', on: '2026-01-20', until: '2026-01-27' }] });
    expect(esc(planCase(open(), snoozed), 'dead_reference').map((r) => [r.key, r.day])).toEqual([[`${item}:s:2026-01-27`, '2026-01-27']]);
  });

  it('runs tenant rules instead of the defaults', () => {
    const settings = { ...DEFAULT_PLAN_SETTINGS, rules: tenantRules([{ id: 'milestone_overdue', expression: 'milestone.overdueDays >= 1', enabled: false }]) };
    expect(esc(planCase(open(), ctx({ today: '2026-02-01' }), settings), 'milestone_overdue')).toEqual([]);
  });
});

function a(id: string, on: string, energy: number | null, progress: number | null, help: string | null = null, shareWithHr = false) {
  return { id, on, energy, progress, help, shareWithHr };
}
