// Keeps each case's stored reminders in step with its plan. The plan queue (plan-queue.ts) runs it
// after every case change and new record the core reports; the tick calls it when a send revealed
// something new (a conversation gone) and for review reminders. Writes only what changed: new
// reminders, moved ones, and cancels for the ones no longer planned.
//
// Across instances a case is planned under its lease (`replan:<tenant>:<case>`): the case is read
// and the plan written while it is held, so a second instance waits and then plans from what the
// first one wrote; with the version-checked writes below a stale plan never removes a newer
// reminder.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Case } from '../domain/case';
import type { PlannedReminder } from '../domain/schedule/plan-types';
import type { Clock } from '../core/ports';
import type { Store } from '../store/store';
import type { CaseRecord, Reminder, Tenant } from '../store/types';
import { loadSnapshot, type CaseSnapshot } from './case-snapshot';
import type { CasePlanner } from './plan-queue';
import { PLANNED_KINDS, payloadOf, toReminder } from './reminder-ids';
import { windowFor } from './tenant-settings';

export interface ReplanResult {
  planned: number;
  written: number;
  cancelled: number;
}

const NOTHING: ReplanResult = { planned: 0, written: 0, cancelled: 0 };
/** A plan takes well under a second; an instance that dies holding the lease holds it this long. */
const CASE_LEASE_MS = 15_000;
const CASE_LEASE_WAIT_MS = 20_000;

export class Replanner implements CasePlanner {
  /** Per case: the run in progress, and whether another change arrived meanwhile. */
  private readonly running = new Map<string, { done: Promise<ReplanResult>; again: boolean }>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
    /** Who holds a case's re-plan lease; unique per instance. */
    private readonly owner = `replanner:${randomUUID()}`,
  ) {}

  /** CasePlanner: every record can move a reminder (a conversation, an answer to a nudge, a check-in). */
  follows(_record: CaseRecord): boolean {
    return true;
  }

  /** CasePlanner: re-plans with the tenant and case the caller read. */
  planCase(tenant: Tenant, c: Case): Promise<ReplanResult> {
    return this.replan(tenant.id, c.id, { tenant, c });
  }

  /**
   * Re-plans one case. Calls for the same case while one runs are folded into one more run
   * afterwards, so a burst of changes costs two plans, and the last one sees every change.
   */
  replan(tenantId: string, caseId: string, read?: { tenant: Tenant; c: Case }): Promise<ReplanResult> {
    const key = keyOf(tenantId, caseId);
    const current = this.running.get(key);
    if (current) {
      current.again = true;
      return current.done;
    }
    const entry = { done: Promise.resolve(NOTHING), again: false };
    entry.done = (async () => {
      try {
        let result = await this.replanOnce(tenantId, caseId, read?.tenant);
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

  private replanOnce(tenantId: string, caseId: string, tenant?: Tenant): Promise<ReplanResult> {
    // The case is read under its lease even when the caller read it: another instance may have
    // changed and planned it since. The caller's tenant is used as it is.
    return this.underCaseLease(tenantId, caseId, async () => {
      const [readTenant, found] = await Promise.all([tenant ? null : this.store.tenants.get(tenantId), this.store.cases.get(tenantId, caseId)]);
      const t = tenant ?? readTenant?.value;
      if (!t || !found) return NOTHING;
      return this.planRead(t, found.value);
    });
  }

  private async planRead(tenant: Tenant, c: Case): Promise<ReplanResult> {
    const now = this.clock.now();
    const snap = await loadSnapshot(this.store, tenant, c, now, this.logger);
    if (!snap) return NOTHING;
    return this.write(snap, now);
  }

  private async underCaseLease<T>(tenantId: string, caseId: string, fn: () => Promise<T>): Promise<T> {
    const name = `replan:${tenantId}:${caseId}`;
    const started = Date.now();
    for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
      if (await this.store.leases.acquire(name, this.owner, this.clock.now(), CASE_LEASE_MS)) break;
      if (Date.now() - started > CASE_LEASE_WAIT_MS) throw new Error(`case ${caseId} is being re-planned elsewhere for too long`);
      await new Promise((resolve) => setTimeout(resolve, wait * (0.5 + Math.random())));
    }
    try {
      return await fn();
    } finally {
      await this.store.leases.release(name, this.owner, this.clock.now()).catch((err: unknown) => {
        this.logger.warn({ err, tenantId, caseId }, 'could not release a re-plan lease; it runs out by itself');
      });
    }
  }

  /** Brings the stored reminders in line with `snap.plan` (callers hold the case's lease). */
  private async write(snap: CaseSnapshot, now: Date): Promise<ReplanResult> {
    const { tenant, c } = snap;
    const desired = [...snap.plan.values()].map((p) => this.stored(tenant, c, snap, p, now));
    const existing = new Map(snap.inputs.reminders.map((r) => [r.id, r]));
    const wanted = new Set(desired.map((d) => d.id));

    // Exactly what is no longer planned is cancelled, exactly what is new or moved is written:
    // an unchanged reminder is not touched.
    const stale = [...existing.values()].filter((r) => r.state === 'pending' && PLANNED_KINDS.has(r.kind) && !wanted.has(r.id)).map((r) => r.id);
    const toWrite = desired.filter((d) => needsWrite(existing.get(d.id), d, now));
    const seen = snap.inputs.seen;
    const [cancelled] = await Promise.all([
      stale.length ? this.store.reminders.cancel(tenant.id, stale, seen) : 0,
      toWrite.length ? this.store.reminders.upsertPending(toWrite, seen) : undefined,
    ]);
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
