// Synthetic data for the store benchmark: many tenants, open cases, and reminders due one minute
// apart from BASE on, so "n due" is simply "now = BASE + n minutes".
import type { Case } from '../src/domain/case';
import type { Reminder } from '../src/store/types';

export const BASE = Date.UTC(2030, 0, 1);
export const MINUTE = 60_000;
export const TENANTS = 500;

export function benchCase(i: number): Case {
  const tenantId = `tenant-${i % TENANTS}`;
  return {
    id: `case-${i}`,
    tenantId,
    employeeId: `emp-${i}`,
    managerId: `mgr-${i % 40}`,
    jurisdiction: i % 3 === 0 ? 'BE' : 'NL',
    employerSize: 250,
    sickPeriods: [{ start: '2029-11-04', end: null, kind: 'full' }],
    maternityLeave: null,
    phase: 'recovery',
    phaseHistory: [
      { phase: 'dropout', on: '2029-11-04' },
      { phase: 'recovery', on: '2029-11-18' },
    ],
    milestonesDone: [{ id: 'nl.problem_analysis', on: '2029-12-10' }],
    rit: null,
    expectedReturn: null,
    status: 'open',
    closedOn: null,
    createdAt: '2029-11-04T09:00:00.000Z',
  };
}

/** Reminder `i` is due at BASE + i minutes and belongs to case i/2 (two reminders per case). */
export function benchReminder(i: number): Reminder {
  const caseNo = Math.floor(i / 2);
  return {
    id: `rem-${i}`,
    tenantId: `tenant-${caseNo % TENANTS}`,
    caseId: `case-${caseNo}`,
    recipientId: `mgr-${caseNo % 40}`,
    recipientRole: 'manager',
    kind: i % 2 === 0 ? 'milestone' : 'contact',
    milestoneId: i % 2 === 0 ? 'nl.plan_of_action' : null,
    ruleId: null,
    dueAt: new Date(BASE + i * MINUTE).toISOString(),
    state: 'pending',
    claimedUntil: null,
    claimedBy: null,
    sentAt: null,
    attempts: 0,
    lastError: null,
    payload: { template: 'nudge.contact', weekOfAbsence: 8 },
  };
}

/** The instant at which exactly `n` of the reminders are due (halfway to the next one). */
export const nowWithDue = (n: number): Date => new Date(BASE + (n - 1) * MINUTE + MINUTE / 2);

export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
