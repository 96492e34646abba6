// The reminder life cycle, shared by both engines so they cannot drift apart:
//   pending --claim--> claimed --markSent--> sent
//      ^                  |  \--release (attempt counted)--> pending (due at retryAt)
//      |                  \--lease runs out--> claimable again, as if pending
//   pending --cancel--> cancelled;  pending --reschedule--> pending (new dueAt)
// `availableAt` is the one number the due query ranges over: when the reminder can next be claimed.
import type { Reminder } from './types';

export function instantMs(iso: string, field: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new TypeError(`reminder ${field} is not an ISO instant: ${JSON.stringify(iso)}`);
  return ms;
}

/** Epoch ms from which the reminder may be claimed; null once it is sent or cancelled. */
export function availableAt(r: Reminder): number | null {
  switch (r.state) {
    case 'pending':
      return instantMs(r.dueAt, 'dueAt');
    case 'claimed':
      return instantMs(r.claimedUntil ?? r.dueAt, 'claimedUntil');
    default:
      return null;
  }
}

/** True when the reminder is claimable at `now`: pending and due, or claimed with a lapsed lease. */
export function isClaimable(r: Reminder, now: Date): boolean {
  const at = availableAt(r);
  return at !== null && at <= now.getTime();
}

/** What a new reminder says about itself; the delivery fields start empty. */
export type NewReminder = Omit<Reminder, 'state' | 'claimedUntil' | 'claimedBy' | 'sentAt' | 'attempts' | 'lastError'>;

/** A new reminder, pending, with no delivery history yet. */
export function newReminder(r: NewReminder): Reminder {
  return { ...r, state: 'pending', claimedUntil: null, claimedBy: null, sentAt: null, attempts: 0, lastError: null };
}

export function asPending(r: Reminder): Reminder {
  if (r.state !== 'pending') throw new TypeError(`upsertPending takes pending reminders; ${r.id} is ${r.state}`);
  instantMs(r.dueAt, 'dueAt');
  return { ...r, claimedUntil: null, claimedBy: null, sentAt: null };
}

/**
 * What re-planning does to a stored reminder: sent and claimed ones are left alone (null), others
 * take the planner's version but keep their delivery history (attempts, last error).
 */
export function replanned(existing: Reminder | null, incoming: Reminder): Reminder | null {
  if (!existing) return incoming;
  if (existing.state === 'sent' || existing.state === 'claimed') return null;
  return { ...incoming, attempts: Math.max(existing.attempts, incoming.attempts), lastError: existing.lastError ?? incoming.lastError ?? null };
}

export function claimed(r: Reminder, now: Date, leaseMs: number, owner: string): Reminder {
  return { ...r, state: 'claimed', claimedUntil: new Date(now.getTime() + leaseMs).toISOString(), claimedBy: owner };
}

export function renewed(r: Reminder, until: Date): Reminder {
  return { ...r, claimedUntil: until.toISOString() };
}

export function sent(r: Reminder, sentAt: Date): Reminder {
  return { ...r, state: 'sent', sentAt: sentAt.toISOString(), claimedUntil: null };
}

export function released(r: Reminder, retryAt: Date, error?: string): Reminder {
  return {
    ...r,
    state: 'pending',
    dueAt: retryAt.toISOString(),
    claimedUntil: null,
    claimedBy: null,
    attempts: r.attempts + 1,
    lastError: error ?? r.lastError ?? null,
  };
}

export function cancelled(r: Reminder): Reminder {
  return { ...r, state: 'cancelled', claimedUntil: null, claimedBy: null };
}

export function rescheduled(r: Reminder, dueAt: Date): Reminder {
  return { ...r, dueAt: dueAt.toISOString() };
}

/** The longest claim: an hour (SCHEDULER_LEASE_SECONDS allows 5 to 3600). */
export const MAX_CLAIM_MS = 3_600_000;

export function validLease(leaseMs: number, limit: number): void {
  if (!Number.isFinite(leaseMs) || leaseMs <= 0 || leaseMs > MAX_CLAIM_MS) throw new RangeError(`leaseMs must be positive and at most ${MAX_CLAIM_MS}, got ${leaseMs}`);
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a whole number, got ${limit}`);
}
