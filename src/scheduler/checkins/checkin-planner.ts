// Keeps each employee's check-in reminder in step with their enrolment and case. The plan queue
// runs it after every case change and every check-in or wish-list answer, like the case
// re-planner; the tick runs it after a check-in went out. A new case invites its employee (after a
// few days' rest); nothing else is sent before a yes. Writes only when the wanted reminder changed.
import type { Logger } from 'pino';
import type { Case } from '../../domain/case';
import type { Clock } from '../../core/ports';
import { loadEnrolment, saveEnrolment, type Enrolment } from '../../core/checkins/enrolment';
import type { Store } from '../../store/store';
import type { CaseRecord, Tenant } from '../../store/types';
import { checkinRhythm, invitationDay } from '../../domain/checkins/rhythm';
import type { CasePlanner } from '../plan-queue';
import { CHECKIN_KIND, desiredCheckin, todayFor } from './checkin-plan';

export class CheckinPlanner implements CasePlanner {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Plans now and logs a failure (the tick, after a check-in went out). */
  async caseChanged(tenantId: string, caseId: string): Promise<void> {
    try {
      await this.plan(tenantId, caseId);
    } catch (err) {
      // The change itself is saved; the check-in plan catches up at the next change.
      this.logger.error({ err, tenantId, caseId }, 'could not plan check-ins for a case');
    }
  }

  /** CasePlanner: answers and wish lists move the next check-in; other records do not. */
  follows(record: CaseRecord): boolean {
    return record.kind === 'checkin' || record.kind === 'wishlist';
  }

  /** Brings the case's pending check-in reminder in line with what is wanted. Returns it, or null. */
  async plan(tenantId: string, caseId: string) {
    const [tenant, found] = await Promise.all([this.store.tenants.get(tenantId), this.store.cases.get(tenantId, caseId)]);
    if (!tenant || !found) return null;
    return this.planCase(tenant.value, found.value);
  }

  /** CasePlanner: the same, with the tenant and case the caller read. */
  async planCase(tenant: Tenant, c: Case) {
    const now = this.clock.now();
    const [stored, personV, versions] = await Promise.all([
      loadEnrolment(this.store, tenant.id, c.employeeId),
      this.store.people.get(tenant.id, c.employeeId),
      this.store.reminders.listVersionsForCase(tenant.id, c.id),
    ]);
    const reminders = versions.map((v) => v.value);
    const seen = new Map(versions.map((v) => [v.value.id, v]));
    const person = personV?.value ?? null;
    let enrolment = stored;
    if (c.status === 'open' && (!enrolment || enrolment.caseId !== c.id)) {
      // A new case: a new invitation, whatever was chosen for an earlier one.
      const today = todayFor(tenant, person, now);
      const inviteOn = invitationDay(c.sickPeriods[0]?.start ?? today, today, checkinRhythm(tenant.settings.checkinRhythm));
      enrolment = { caseId: c.id, status: 'invited', inviteOn, invitedOn: null, activeSince: null, askedManagerOn: null, changedAt: now.toISOString() } satisfies Enrolment;
      await saveEnrolment(this.store, tenant.id, c.employeeId, enrolment);
    }
    const wanted = await desiredCheckin(this.store, tenant, c, person, enrolment, now, reminders);
    const existing = reminders.filter((r) => r.kind === CHECKIN_KIND && r.state === 'pending');
    const same = existing.length === 1 && existing[0]!.id === wanted?.id;
    // A reminder already due keeps its place: re-planning must not push it later and later.
    if (wanted && same && (existing[0]!.dueAt === wanted.dueAt || Date.parse(existing[0]!.dueAt) <= now.getTime())) return wanted;
    const stale = existing.filter((r) => r.id !== wanted?.id).map((r) => r.id);
    await Promise.all([
      stale.length ? this.store.reminders.cancel(tenant.id, stale, seen) : 0,
      wanted ? this.store.reminders.upsertPending([wanted], seen) : undefined,
    ]);
    return wanted;
  }
}
