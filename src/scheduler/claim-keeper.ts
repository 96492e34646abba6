// Keeps a tick's claims alive while it works on them. Claims are short (a minute by default), so
// a crashed instance's reminders come back soon; a slow fan-out (a paced tenant, a conversation
// taking one card every two seconds) renews what it still holds before half the lease is gone.
// Settling (marked sent, or given back) and renewing never overlap on one reminder: each changes
// its etag, and the other would then fail as if the claim were lost.
import type { Logger } from 'pino';
import { isConflict } from '../store/errors';
import { mapLimit } from '../store/map-limit';
import type { Store } from '../store/store';
import type { Reminder, Versioned } from '../store/types';

const RENEW_CONCURRENCY = 16;

/**
 * One claim as a handler of another feature's reminders sees it (check-ins, view requests,
 * re-plan markers): send only while it is `live`, and settle it through `settle`, so a renewal
 * and the settling write never meet.
 */
export interface ClaimGuard {
  live(): boolean;
  settle<T>(fn: () => Promise<T>): Promise<T>;
}

/** For a claim nobody renews (a handler called outside the tick). */
export const UNGUARDED: ClaimGuard = { live: () => true, settle: (fn) => fn() };

export class ClaimKeeper {
  /** Claims not settled yet, each with the renewal under way (if any). */
  private readonly held = new Map<Versioned<Reminder>, Promise<void> | null>();
  /** Settling writes that failed (not lost to another holder): those claims stay in the store until they run out. */
  private failedSettles = 0;

  constructor(
    private readonly store: Store,
    private readonly leaseMs: number,
    private readonly logger: Logger,
  ) {}

  track(claims: readonly Versioned<Reminder>[]): void {
    for (const c of claims) this.held.set(c, null);
  }

  get size(): number {
    return this.held.size;
  }

  /** Claims of ours that may still stand in the store: not settled, or their settling failed. */
  get outstanding(): number {
    return this.held.size + this.failedSettles;
  }

  /**
   * Runs `fn` (which settles `claim` with its current etag) once no renewal is under way; the
   * claim is no longer renewed after this.
   */
  async settle<T>(claim: Versioned<Reminder>, fn: () => Promise<T>): Promise<T> {
    const renewing = this.held.get(claim);
    this.held.delete(claim);
    if (renewing) await renewing;
    try {
      return await fn();
    } catch (err) {
      // Lost to another holder: not ours any more. Anything else: it may still stand.
      if (!isConflict(err)) this.failedSettles++;
      throw err;
    }
  }

  /**
   * True while `claim` is ours with time to spare: a message is sent only then. A claim that lost
   * its renewals (a store too slow, a lease taken over) is left to run out and goes to whoever
   * claims it next, instead of being sent here as well.
   */
  live(claim: Versioned<Reminder>, now: Date): boolean {
    if (!this.held.has(claim)) return false;
    return Date.parse(claim.value.claimedUntil ?? claim.value.dueAt) - now.getTime() > this.leaseMs / 4;
  }

  /** `claim` (tracked here) as a handler sees it. */
  guard(claim: Versioned<Reminder>, now: () => Date): ClaimGuard {
    return { live: () => this.live(claim, now()), settle: (fn) => this.settle(claim, fn) };
  }

  /** The tenant's lease was taken over: nothing held here may be sent any more. */
  dropAll(): void {
    this.held.clear();
  }

  /**
   * Renews every held claim with less than two thirds of its lease left (a few at a time, so a
   * slow store is not flooded). The claim objects take the new etag.
   */
  async renewDue(now: Date): Promise<void> {
    const due: Versioned<Reminder>[] = [];
    for (const [claim, renewing] of this.held) {
      if (renewing) continue;
      const left = Date.parse(claim.value.claimedUntil ?? claim.value.dueAt) - now.getTime();
      if (left <= (this.leaseMs * 2) / 3) due.push(claim);
    }
    await mapLimit(due, RENEW_CONCURRENCY, async (claim) => {
      if (!this.held.has(claim) || this.held.get(claim)) return; // settled or renewing meanwhile
      const p = this.renew(claim, new Date(now.getTime() + this.leaseMs)).finally(() => {
        if (this.held.get(claim) === p) this.held.set(claim, null);
      });
      this.held.set(claim, p);
      await p;
    });
  }

  private async renew(claim: Versioned<Reminder>, until: Date): Promise<void> {
    try {
      const next = await this.store.reminders.renewClaim(claim.value, claim.etag, until);
      claim.value = next.value;
      claim.etag = next.etag;
    } catch (err) {
      if (!isConflict(err)) {
        this.logger.warn({ err, tenantId: claim.value.tenantId, reminderId: claim.value.id }, 'could not renew a claim; trying again');
        return;
      }
      // Taken over (we were too slow): it is the other instance's now; stop renewing it.
      this.held.delete(claim);
      this.logger.warn({ tenantId: claim.value.tenantId, reminderId: claim.value.id }, 'claim lost while sending');
    }
  }
}
