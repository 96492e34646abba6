// Keeps each case's stored reminders in step with its plan. The core tells it about every case
// change and every new record (it is the core's ChangeListener); the tick calls it when a send
// revealed something new (a conversation gone) and for review reminders. Writes only what
// changed: new reminders, moved ones, and cancels for ones no longer planned.
//
// A change is planned a moment later, off the conversation turn: the person gets their answer
// without waiting for reminder planning, and a burst of changes to one case costs one plan. The
// tick settles what is waiting before it claims anything, so it never works from a stale plan.
import type { Logger } from 'pino';
import type { Case } from '../domain/case';
import type { PlannedReminder } from '../domain/schedule/plan-types';
import type { ChangeListener } from '../core/flow-context';
import type { Clock } from '../core/ports';
import type { Store } from '../store/store';
import type { CaseRecord, Reminder, Tenant } from '../store/types';
import { loadSnapshot, type CaseSnapshot } from './case-snapshot';
import { PLANNED_KINDS, payloadOf, toReminder } from './reminder-ids';
import { windowFor } from './tenant-settings';

export interface ReplanResult {
  planned: number;
  written: number;
  cancelled: number;
}

const NOTHING: ReplanResult = { planned: 0, written: 0, cancelled: 0 };

export class Replanner implements ChangeListener {
  /** Per case: the run in progress, and whether another change arrived meanwhile. */
  private readonly running = new Map<string, { done: Promise<ReplanResult>; again: boolean }>();
  /** Per case: a change waiting for its plan. */
  private readonly waiting = new Map<string, { tenantId: string; caseId: string; timer: NodeJS.Timeout }>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
    /** How long a change waits, so that the changes of one turn are planned together. */
    private readonly delayMs = 20,
  ) {}

  /** ChangeListener: a case changed. Returns at once; never throws (a failed plan is logged). */
  async caseChanged(tenantId: string, caseId: string): Promise<void> {
    this.later(tenantId, caseId);
  }

  /** ChangeListener: a record was added (a conversation, an answer to a nudge, HR's state, a check-in). */
  async recordAdded(record: CaseRecord): Promise<void> {
    if (record.caseId) this.later(record.tenantId, record.caseId);
  }

  /** Plans every waiting case now and waits for all plans under way: before a tick, at shutdown, in tests. */
  async settle(): Promise<void> {
    for (const [key, w] of this.waiting) {
      clearTimeout(w.timer);
      this.waiting.delete(key);
      this.track(this.safely(w.tenantId, w.caseId));
    }
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private later(tenantId: string, caseId: string): void {
    const key = keyOf(tenantId, caseId);
    if (this.waiting.has(key)) return;
    const timer = setTimeout(() => {
      this.waiting.delete(key);
      this.track(this.safely(tenantId, caseId));
    }, this.delayMs);
    timer.unref?.();
    this.waiting.set(key, { tenantId, caseId, timer });
  }

  private track(p: Promise<void>): void {
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  private async safely(tenantId: string, caseId: string): Promise<void> {
    try {
      await this.replan(tenantId, caseId);
    } catch (err) {
      // The case change itself is saved; its reminders catch up at the next change or review.
      this.logger.error({ err, tenantId, caseId }, 'could not re-plan reminders for a case');
    }
  }

  /**
   * Re-plans one case. Calls for the same case while one runs are folded into one more run
   * afterwards, so a burst of changes costs two plans, and the last one sees every change.
   */
  replan(tenantId: string, caseId: string): Promise<ReplanResult> {
    const key = keyOf(tenantId, caseId);
    const current = this.running.get(key);
    if (current) {
      current.again = true;
      return current.done;
    }
    const entry = { done: Promise.resolve(NOTHING), again: false };
    entry.done = (async () => {
      try {
        let result = await this.replanOnce(tenantId, caseId);
        while (entry.again) {
          entry.again = false;
          result = await this.replanOnce(tenantId, caseId);
        }
        return result;
      } finally {
        this.running.delete(key);
      }
    })();
    this.running.set(key, entry);
    return entry.done;
  }

  private async replanOnce(tenantId: string, caseId: string): Promise<ReplanResult> {
    const [tenant, found] = await Promise.all([this.store.tenants.get(tenantId), this.store.cases.get(tenantId, caseId)]);
    if (!tenant || !found) return NOTHING;
    const now = this.clock.now();
    const snap = await loadSnapshot(this.store, tenant.value, found.value, now, this.logger);
    if (!snap) return NOTHING;
    return this.write(snap, now);
  }

  /** Brings the stored reminders in line with `snap.plan`. */
  async write(snap: CaseSnapshot, now: Date): Promise<ReplanResult> {
    const { tenant, c } = snap;
    const desired = [...snap.plan.values()].map((p) => this.stored(tenant, c, snap, p, now));
    const existing = new Map(snap.inputs.reminders.map((r) => [r.id, r]));
    const wanted = new Set(desired.map((d) => d.id));

    // The store cancels by case and kind: a kind with a reminder that is no longer wanted is
    // cancelled as a whole and its wanted reminders written again.
    const staleKinds = new Set<string>();
    for (const r of existing.values()) {
      if (r.state === 'pending' && PLANNED_KINDS.has(r.kind) && !wanted.has(r.id)) staleKinds.add(r.kind);
    }
    const toWrite = desired.filter((d) => staleKinds.has(d.kind) || needsWrite(existing.get(d.id), d, now));
    let cancelled = 0;
    for (const kind of staleKinds) cancelled += await this.store.reminders.cancelForCase(tenant.id, c.id, kind);
    if (toWrite.length) await this.store.reminders.upsertPending(toWrite);
    return { planned: desired.length, written: toWrite.length, cancelled };
  }

  private stored(tenant: Tenant, c: Case, snap: CaseSnapshot, p: PlannedReminder, now: Date): Reminder {
    const window = windowFor(tenant, p.to === 'manager' ? snap.manager : null);
    return toReminder(c, p, window, now);
  }
}

function keyOf(tenantId: string, caseId: string): string {
  return `${tenantId}\u0000${caseId}`;
}

/** True when the stored reminder differs from the planned one in a way that matters. */
function needsWrite(existing: Reminder | undefined, next: Reminder, now: Date): boolean {
  if (!existing) return true;
  if (existing.state === 'sent' || existing.state === 'claimed') return false; // the store leaves these alone anyway
  if (existing.state === 'cancelled') return true;
  const a = payloadOf(existing);
  const b = payloadOf(next);
  // A new recipient (a Belgian contact procedure naming HR) always rewrites, catch-ups included.
  if (existing.recipientId !== next.recipientId || existing.recipientRole !== next.recipientRole) return true;
  // A catch-up already due keeps its place: re-planning must not push it later and later.
  if (a.day === b.day && Date.parse(existing.dueAt) <= now.getTime()) return false;
  return (
    existing.dueAt !== next.dueAt ||
    existing.recipientId !== next.recipientId ||
    JSON.stringify(a) !== JSON.stringify(b)
  );
}
