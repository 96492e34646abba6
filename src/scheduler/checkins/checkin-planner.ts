// Keeps each employee's check-in reminder in step with their enrolment and case. It is a change
// listener: the core tells it about every case change and new record, like the case re-planner.
// A new case invites its employee (after a few days' rest); nothing else is sent before a yes.
import type { Logger } from 'pino';
import type { ChangeListener } from '../../core/flow-context';
import type { Clock } from '../../core/ports';
import { loadEnrolment, saveEnrolment, type Enrolment } from '../../core/checkins/enrolment';
import type { Store } from '../../store/store';
import type { CaseRecord } from '../../store/types';
import { checkinRhythm, invitationDay } from '../../domain/checkins/rhythm';
import { CHECKIN_KIND, desiredCheckin, todayFor } from './checkin-plan';

export class CheckinPlanner implements ChangeListener {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async caseChanged(tenantId: string, caseId: string): Promise<void> {
    try {
      await this.plan(tenantId, caseId);
    } catch (err) {
      // The change itself is saved; the check-in plan catches up at the next change.
      this.logger.error({ err, tenantId, caseId }, 'could not plan check-ins for a case');
    }
  }

  async recordAdded(record: CaseRecord): Promise<void> {
    if ((record.kind === 'checkin' || record.kind === 'wishlist') && record.caseId) await this.caseChanged(record.tenantId, record.caseId);
  }

  /** Brings the case's pending check-in reminder in line with what is wanted. Returns it, or null. */
  async plan(tenantId: string, caseId: string) {
    const [tenant, found] = await Promise.all([this.store.tenants.get(tenantId), this.store.cases.get(tenantId, caseId)]);
    if (!tenant || !found) return null;
    const c = found.value;
    const now = this.clock.now();
    let enrolment = await loadEnrolment(this.store, tenantId, c.employeeId);
    if (c.status === 'open' && (!enrolment || enrolment.caseId !== c.id)) {
      // A new case: a new invitation, whatever was chosen for an earlier one.
      const person = (await this.store.people.get(tenantId, c.employeeId))?.value ?? null;
      const today = todayFor(tenant.value, person, now);
      const inviteOn = invitationDay(c.sickPeriods[0]?.start ?? today, today, checkinRhythm(tenant.value.settings.checkinRhythm));
      enrolment = { caseId: c.id, status: 'invited', inviteOn, invitedOn: null, activeSince: null, askedManagerOn: null, changedAt: now.toISOString() } satisfies Enrolment;
      await saveEnrolment(this.store, tenantId, c.employeeId, enrolment);
    }
    const person = (await this.store.people.get(tenantId, c.employeeId))?.value ?? null;
    const wanted = await desiredCheckin(this.store, tenant.value, c, person, enrolment, now);
    const existing = (await this.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.kind === CHECKIN_KIND && r.state === 'pending');
    const same = existing.length === 1 && existing[0]!.id === wanted?.id;
    // A reminder already due keeps its place: re-planning must not push it later and later.
    if (wanted && same && (existing[0]!.dueAt === wanted.dueAt || Date.parse(existing[0]!.dueAt) <= now.getTime())) return wanted;
    if (existing.length > 0) await this.store.reminders.cancelForCase(tenantId, caseId, CHECKIN_KIND);
    if (wanted) await this.store.reminders.upsertPending([wanted]);
    return wanted;
  }
}
