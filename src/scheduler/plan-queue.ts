// The core's change listener: after a change to a case, its plans (reminders and escalations,
// the employee's check-ins) follow a moment after the answer, one run per burst of changes
// (AfterTurn), each planner writing only what changed.
//
// Nothing acknowledged may be lost to a crash between the answer and the plan, so every change
// first leaves a marker: a pending reminder of kind `replan`, written alongside the change itself
// (one blind write, no extra wait for the turn). The run after the answer deletes the marker once
// the plan is stored, if no newer change has re-written it meanwhile. A marker that stays (the
// process died, the plan failed, or the write failed and may have landed all the same) falls due
// a few minutes later; the scheduler's tick claims it like any reminder (with a lease, once across
// instances) and plans the case then: that is how the scheduler catches up. A plan that fails
// there is released and tried again later, its error kept on the marker and logged each time.
import type { Logger } from 'pino';
import type { Case } from '../domain/case';
import type { AfterTurn } from '../core/after-turn';
import type { ChangeListener } from '../core/flow-context';
import type { Clock } from '../core/ports';
import type { Store } from '../store/store';
import type { CaseRecord, Reminder, Tenant, Versioned } from '../store/types';
import type { ClaimedReminderHandler } from './scheduler';
import { UNGUARDED, type ClaimGuard } from './claim-keeper';
import { newReminder } from '../store/reminder-state';

export const REPLAN_KIND = 'replan';

/** How long a marker waits before the tick takes it: far beyond a normal plan after the answer. */
export const MARKER_GRACE_MS = 2 * 60_000;

/** Between tries of a plan that fails in the tick: doubling from a minute, at most six hours. */
const retryAfterMs = (attempts: number) => Math.min(60_000 * 2 ** attempts, 6 * 3_600_000);

/** One part of what is planned for a case. */
export interface CasePlanner {
  /** Whether a new record can change this planner's plan. */
  follows(record: CaseRecord): boolean;
  /** False for a planner that only new records can move (not a change to the case itself). */
  followsCaseChanges?: boolean;
  /** Brings what is stored in line with the plan as it stands, writing only what changed. */
  planCase(tenant: Tenant, c: Case): Promise<unknown>;
}

interface Pending {
  tenantId: string;
  caseId: string;
  planners: Set<CasePlanner>;
  /** The marker's version as this process wrote it; null while none is known to be stored. */
  marker: string | null;
  /** When it was written (clock ms): an old one may have been taken by a tick meanwhile. */
  markedAt: number;
  marking: Promise<void> | null;
}

export function markerId(caseId: string): string {
  return `${caseId}:${REPLAN_KIND}`;
}

export class PlanQueue implements ChangeListener, ClaimedReminderHandler {
  /** Changes not yet taken by a run, per case. */
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly afterTurn: AfterTurn,
    private readonly planners: readonly CasePlanner[],
  ) {}

  /**
   * Only the marker: when the write fails, nothing is planned here, and the marker stays for the
   * tick, since a write whose answer was lost may have landed all the same.
   */
  async changing(tenantId: string, caseId: string): Promise<void> {
    await this.mark(tenantId, caseId);
  }

  async caseChanged(tenantId: string, caseId: string): Promise<void> {
    await this.mark(tenantId, caseId);
    this.schedule(tenantId, caseId, this.planners.filter((p) => p.followsCaseChanges !== false));
  }

  async recordAdded(record: CaseRecord): Promise<void> {
    if (!record.caseId) return;
    const which = this.planners.filter((p) => p.follows(record));
    if (which.length === 0) return;
    await this.mark(record.tenantId, record.caseId);
    this.schedule(record.tenantId, record.caseId, which);
  }

  /** Waits for every plan asked for so far (with the rest of the work after answers). */
  settle(): Promise<void> {
    return this.afterTurn.settle();
  }

  /** ClaimedReminderHandler: a marker the tick claimed. */
  handles(r: Pick<Reminder, 'kind'>): boolean {
    return r.kind === REPLAN_KIND;
  }

  async deliverClaimed(claimed: Versioned<Reminder>, guard: ClaimGuard = UNGUARDED): Promise<'done' | 'released'> {
    const r = claimed.value;
    try {
      if (r.caseId) await this.planAll(r.tenantId, r.caseId, this.planners);
      await guard.settle(() => this.store.reminders.deleteIfUnchanged(r.tenantId, r.id, claimed.etag));
      this.logger.info({ tenantId: r.tenantId, caseId: r.caseId }, 'a case left unplanned is planned now');
      return 'done';
    } catch (err) {
      this.logger.error({ err, tenantId: r.tenantId, caseId: r.caseId, attempts: r.attempts + 1 }, 'could not plan a case; trying again later');
      const retryAt = new Date(this.clock.now().getTime() + retryAfterMs(r.attempts));
      await guard.settle(() => this.store.reminders.release(claimed.value, claimed.etag, retryAt, err instanceof Error ? err.message : String(err))).catch(() => undefined);
      return 'released';
    }
  }

  private entry(tenantId: string, caseId: string): Pending {
    const key = keyOf(tenantId, caseId);
    let p = this.pending.get(key);
    if (!p) {
      p = { tenantId, caseId, planners: new Set(), marker: null, markedAt: 0, marking: null };
      this.pending.set(key, p);
    }
    return p;
  }

  /** Makes sure a marker stands for the changes waiting on this case: one write per burst. */
  private async mark(tenantId: string, caseId: string): Promise<void> {
    const p = this.entry(tenantId, caseId);
    if (p.marking) await p.marking;
    const now = this.clock.now().getTime();
    if (p.marker !== null && now - p.markedAt < MARKER_GRACE_MS / 2) return;
    p.marking = this.writeMarker(tenantId, caseId).then(
      (etag) => {
        p.marker = etag;
        p.markedAt = now;
      },
      (err) => {
        // The change itself is the caller's to save or fail; the plan still follows in this process.
        this.logger.warn({ err, tenantId, caseId }, 'could not leave a re-plan marker');
      },
    );
    await p.marking;
  }

  private async writeMarker(tenantId: string, caseId: string): Promise<string> {
    const due = new Date(this.clock.now().getTime() + MARKER_GRACE_MS).toISOString();
    const marker = newReminder({
      id: markerId(caseId),
      tenantId,
      caseId,
      // Never delivered: the plan queue takes it from the tick before anything is grouped for sending.
      recipientId: '',
      recipientRole: 'manager',
      kind: REPLAN_KIND,
      milestoneId: null,
      ruleId: null,
      dueAt: due,
      payload: null,
    });
    return (await this.store.reminders.putPending(marker)).etag;
  }

  private schedule(tenantId: string, caseId: string, planners: readonly CasePlanner[]): void {
    const p = this.entry(tenantId, caseId);
    for (const planner of planners) p.planners.add(planner);
    const key = keyOf(tenantId, caseId);
    this.afterTurn.later(`plan\n${key}`, 'plan a case', () => this.run(key));
  }

  private async run(key: string): Promise<void> {
    const p = this.pending.get(key);
    if (!p) return;
    this.pending.delete(key);
    await p.marking;
    try {
      await this.planAll(p.tenantId, p.caseId, [...p.planners]);
    } catch (err) {
      if (p.marker !== null) {
        // The marker brings it back through the tick: no need to hold the change here.
        this.logger.warn({ err, tenantId: p.tenantId, caseId: p.caseId }, 'could not plan a case; the scheduler will');
        return;
      }
      // No marker stands for it: keep the change and let AfterTurn try again.
      const newer = this.pending.get(key);
      if (newer) for (const planner of p.planners) newer.planners.add(planner);
      else this.pending.set(key, p);
      throw err;
    }
    if (p.marker !== null) await this.store.reminders.deleteIfUnchanged(p.tenantId, markerId(p.caseId), p.marker);
  }

  /** Reads the tenant and the case once for every planner. */
  private async planAll(tenantId: string, caseId: string, planners: readonly CasePlanner[]): Promise<void> {
    const [tenant, found] = await Promise.all([this.store.tenants.get(tenantId), this.store.cases.get(tenantId, caseId)]);
    if (!tenant || !found) return;
    await Promise.all(planners.map((planner) => planner.planCase(tenant.value, found.value)));
  }
}

function keyOf(tenantId: string, caseId: string): string {
  return `${tenantId}\u0000${caseId}`;
}
