// What every check-in flow needs to know about the person talking: their open case as an
// employee, their enrolment for it, the tenant's rhythm and the words in their language.
import type { Case } from '../../domain/case';
import { checkinRhythm, type CheckinRhythm } from '../../domain/checkins/rhythm';
import type { FlowContext } from '../flow-context';
import { forCase, loadEnrolment, saveEnrolment, type Enrolment, type EnrolmentStatus } from './enrolment';
import { openCaseOf } from './records';
import { checkinTexts, type CheckinTexts } from './texts';

export interface EmployeeContext {
  c: Case | null;
  enrolment: Enrolment | null;
  ct: CheckinTexts;
  rhythm: CheckinRhythm;
}

export async function employeeContext(fc: FlowContext): Promise<EmployeeContext> {
  const { tenant, person, lang } = fc.session;
  const [c, stored] = await Promise.all([openCaseOf(fc.store, tenant.id, person.id), loadEnrolment(fc.store, tenant.id, person.id)]);
  return { c, enrolment: c ? forCase(stored, c.id) : null, ct: checkinTexts(lang), rhythm: checkinRhythm(tenant.settings.checkinRhythm) };
}

/** Saves a new status and tells the planner (through the change listener) to re-plan. */
export async function setStatus(fc: FlowContext, c: Case, current: Enrolment | null, status: EnrolmentStatus): Promise<Enrolment> {
  const { tenant, person, today } = fc.session;
  const becomingActive = status === 'active' && current?.status !== 'active';
  const next: Enrolment = {
    caseId: c.id,
    status,
    inviteOn: current?.inviteOn ?? null,
    invitedOn: current?.invitedOn ?? today,
    activeSince: becomingActive ? today : (current?.activeSince ?? null),
    askedManagerOn: current?.askedManagerOn ?? null,
    changedAt: fc.clock.now().toISOString(),
  };
  await saveEnrolment(fc.store, tenant.id, person.id, next);
  await fc.changes.caseChanged(tenant.id, c.id);
  return next;
}
