// Handling an inbound delivery once, marking it done only after the work: a claim with a short
// lease that a heartbeat keeps alive while the work runs. A repeat that arrives during the work is
// not handled twice; a delivery whose work failed, or whose process died (its heartbeat stops, its
// lease runs out), is handled on its next delivery or, when its payload was kept, from the store.
// Leases are wall-clock time (a process dying is not a matter of the app's calendar).
import type { Logger } from 'pino';
import type { Clock } from '../core/ports';
import type { InboxClaim, InboxRepo } from '../store/store';

export interface InboxWorkOptions {
  inbox: InboxRepo;
  /** Real time: leases are about processes, not the app's (possibly simulated) calendar. */
  wallClock: Clock;
  logger: Logger;
  /** How long a claim holds without a heartbeat: a dead worker's delivery is free again after this. */
  leaseMs?: number;
  /** How long a finished key answers `done` to repeats. */
  doneTtlSeconds: number;
}

export const DEFAULT_LEASE_MS = 15_000;

export type Claimed = Extract<InboxClaim, { state: 'claimed' }>;

export class InboxWork {
  readonly leaseMs: number;
  /** Deliveries this process is working on, so a repeat can wait for the work instead of polling. */
  private readonly local = new Map<string, Promise<unknown>>();

  constructor(private readonly opts: InboxWorkOptions) {
    this.leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  }

  claim(key: string, payload?: Record<string, unknown>): Promise<InboxClaim> {
    return this.opts.inbox.claim(key, { now: this.opts.wallClock.now(), leaseMs: this.leaseMs, ...(payload ? { payload } : {}) });
  }

  /**
   * Claims `key`; while another worker holds it, waits (up to `waitMs`) for that work to finish
   * or its lease to run out, then asks again. Still `busy` after the wait: the caller says so.
   */
  async claimOrWait(key: string, waitMs: number): Promise<InboxClaim> {
    const until = this.opts.wallClock.now().getTime() + waitMs;
    for (;;) {
      const claim = await this.claim(key);
      if (claim.state !== 'busy') return claim;
      const left = until - this.opts.wallClock.now().getTime();
      if (left <= 0) return claim;
      const here = this.local.get(key);
      if (here) await Promise.race([here.catch(() => undefined), sleep(left)]);
      else await sleep(Math.min(left, 500));
    }
  }

  /**
   * Runs `work` under a claim: a heartbeat extends the lease meanwhile; success marks the key
   * done, failure hands it back (claimable again at `retryAt`, at once by default) and rethrows.
   */
  async run<T>(key: string, claim: Claimed, work: () => Promise<T>, retryAt?: () => Date): Promise<T> {
    const beat = setInterval(() => {
      this.opts.inbox.extend(key, claim.token, this.leaseMs, this.opts.wallClock.now()).then(
        (held) => {
          if (!held) this.opts.logger.warn({ key }, 'lost the claim on an inbound delivery while working on it');
        },
        (err: unknown) => this.opts.logger.warn({ err, key }, 'could not extend the claim on an inbound delivery'),
      );
    }, Math.max(250, Math.floor(this.leaseMs / 3)));
    beat.unref();
    const running = work();
    this.local.set(key, running);
    let value: T;
    try {
      value = await running;
    } catch (err) {
      await this.opts.inbox
        .release(key, claim.token, retryAt?.() ?? this.opts.wallClock.now(), err instanceof Error ? err.message : String(err))
        .catch((releaseErr: unknown) => this.opts.logger.error({ err: releaseErr, key }, 'could not hand back a failed delivery; it is retried when its lease ends'));
      throw err;
    } finally {
      clearInterval(beat);
      if (this.local.get(key) === running) this.local.delete(key);
    }
    // The work is done whatever happens next; a failed mark only means a repeat may be handled again.
    await this.opts.inbox
      .complete(key, this.opts.doneTtlSeconds, this.opts.wallClock.now())
      .catch((err: unknown) => this.opts.logger.error({ err, key }, 'could not mark an inbound delivery done'));
    return value;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
