// Reminders that follow from the legal events and the Belgian contact procedure: HR hears about
// a second track that has not started, UWV's answers it is waiting for and the moved end of pay;
// the contact nudges go where the work rules say.
import type { Case } from '../../../src/domain/case';
import { openCase } from '../../../src/domain/case-events';
import { cadenceFor, contactRecipient, parseContactProcedure } from '../../../src/domain/contact-procedure';
import { recordLegalEvent } from '../../../src/domain/legal/events';
import { DEFAULT_PLAN_SETTINGS, planCase } from '../../../src/domain/schedule/case-plan';
import type { PlanContext, PlannedReminder } from '../../../src/domain/schedule/plan-types';

const open = (firstSickDay: string, jurisdiction: 'NL' | 'BE' = 'NL'): Case =>
  openCase({ id: 'c1', tenantId: 't1', employeeId: 'e1', managerId: 'm1', jurisdiction, employerSize: 50, firstSickDay, createdAt: `${firstSickDay}T08:00:00Z` });

function ctx(today: string): PlanContext {
  return {
    today,
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
  };
}

const of = (plan: PlannedReminder[], id: string) => plan.filter((r) => r.kind === 'milestone' && r.milestoneId === id);

describe('reminders for the Dutch legal events', () => {
  it('reminds HR to start a second track within 6 weeks of the decision that it is needed', () => {
    const c = recordLegalEvent(open('2024-01-01'), { event: 'second_track_decision', on: '2024-12-20', needed: true });
    const plan = of(planCase(c, ctx('2024-12-21')), 'nl.second_track_start').filter((r) => r.leadDays! >= 0);
    expect(plan.map((r) => [r.day, r.to])).toEqual([
      ['2025-01-24', 'hr'],
      ['2025-01-30', 'hr'],
      ['2025-01-31', 'hr'],
    ]);
  });

  it('stops once the second track started', () => {
    let c = recordLegalEvent(open('2024-01-01'), { event: 'second_track_decision', on: '2024-12-20', needed: true });
    c = recordLegalEvent(c, { event: 'second_track_start', on: '2025-01-10', provider: null });
    expect(of(planCase(c, ctx('2025-01-11')), 'nl.second_track_start')).toEqual([]);
  });

  it("follows UWV's expert opinion for HR and gives the moved end of pay one heads-up", () => {
    let c = recordLegalEvent(open('2024-01-01'), { event: 'expert_opinion', on: '2025-11-03', by: 'employer', topic: 'own_work' });
    c = recordLegalEvent(c, { event: 'wage_sanction', on: '2025-11-10', endsOn: '2026-01-31' });
    const plan = planCase(c, ctx('2025-11-20'));
    expect(of(plan, 'nl.expert_opinion').map((r) => [r.day, r.to])).toEqual([
      ['2025-11-24', 'hr'],
      ['2025-11-30', 'hr'],
      ['2025-12-01', 'hr'],
      ['2025-12-08', 'hr'],
      ['2025-12-15', 'hr'],
    ]);
    const later = planCase(c, ctx('2026-01-10'));
    expect(of(later, 'nl.waiting_period_end').map((r) => [r.day, r.due, r.to])).toEqual([['2026-01-24', '2026-01-31', 'hr']]);
  });
});

describe('the Belgian contact procedure (work rules, KB 17 Dec 2025)', () => {
  const procedure = parseContactProcedure({ who: 'hr', how: ['call'], firstContactWorkingDays: 2, recoveryDays: 14, preReturnDays: 7 })!;

  it('sets the rhythm and sends the contact nudges to HR', () => {
    const settings = { ...DEFAULT_PLAN_SETTINGS, cadence: cadenceFor({ recoveryDays: 5 }, procedure), contactTo: contactRecipient(procedure) };
    expect(settings.cadence.recoveryDays).toBe(14);
    const plan = planCase(open('2026-01-05', 'BE'), ctx('2026-01-05'), settings).filter((r) => r.kind === 'contact');
    expect(plan[0]).toMatchObject({ due: '2026-01-07', to: 'hr' }); // first contact within 2 working days
  });

  it('keeps the manager when the rules name the manager, and refuses a role without a name', () => {
    expect(contactRecipient(parseContactProcedure({ ...procedure, who: 'manager' }))).toBe('manager');
    expect(parseContactProcedure({ ...procedure, who: 'role', role: '' })).toBeNull();
    expect(parseContactProcedure({ ...procedure, who: 'role', role: 'vertrouwenspersoon' })?.role).toBe('vertrouwenspersoon');
    expect(parseContactProcedure({ ...procedure, recoveryDays: 0 })).toBeNull();
  });
});
