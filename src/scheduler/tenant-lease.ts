// The right to deliver one tenant's reminders: one instance at a time holds it, so a tenant is
// paced in one place (within Teams' 50 requests a second, whatever the number of instances) and
// everything due for one person is claimed, bundled and sent by one instance. While held it is
// renewed, with the claims, every third of a lease; a 429 is written into it at once, so the
// next holder honours the pause too. An instance that dies stops renewing: within one lease
// another takes the tenant over, and the dead one's claims come back when theirs run out.
// The lease also says whether its last holder gave it back with nothing left claimed (`clean`).
// When it did not (it died, or lost the lease), the next holder first waits until every claim
// left in the tenant has run out, so a person's reminders, some of which the dead holder had
// renewed later than others, are claimed together again: one card, not one per run-out time.
import type { Logger } from 'pino';
import type { Clock } from '../core/ports';
import type { Store } from '../store/store';
import type { ClaimKeeper } from './claim-keeper';
import type { SharedPacing } from './shared-pacing';

export const deliveryLeaseName = (tenantId: string) => `delivery:${tenantId}`;

export interface TenantLeaseDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  owner: string;
  leaseMs: number;
  pacing?: SharedPacing;
}

export class TenantLease {
  private timer: NodeJS.Timeout | null = null;
  private stopThrottleWatch: (() => void) | null = null;
  private renewing: Promise<void> | null = null;
  private claimsRenewing: Promise<void> | null = null;
  /** False once another instance took the lease over (we stalled past it): claim nothing more. */
  held = true;

  private constructor(
    private readonly deps: TenantLeaseDeps,
    readonly tenantId: string,
    private readonly claims: ClaimKeeper,
    /** The last holder gave the lease back with none of its claims left: nothing to wait for. */
    readonly cleanBefore: boolean,
  ) {}

  /** Takes the tenant's delivery lease; null when another instance holds it. */
  static async take(deps: TenantLeaseDeps, tenantId: string, claims: ClaimKeeper): Promise<TenantLease | null> {
    let before: Record<string, unknown> = {};
    // Marked not clean in the taking write itself: should this holder die before its first
    // renewal, the next one still knows to wait.
    const lease = await deps.store.leases.acquire(deliveryLeaseName(tenantId), deps.owner, deps.clock.now(), deps.leaseMs, (stored) => {
      before = stored;
      return { ...stored, clean: false };
    });
    if (!lease) return null;
    deps.pacing?.adopt(tenantId, lease.data.pauses);
    const held = new TenantLease(deps, tenantId, claims, before.clean === true);
    held.timer = setInterval(() => void held.renew(), Math.max(50, Math.floor(deps.leaseMs / 3)));
    held.timer.unref?.();
    held.stopThrottleWatch = deps.pacing?.onThrottled((t) => (t === tenantId ? void held.renew() : undefined)) ?? null;
    return held;
  }

  /** Renews the lease (with this instance's current pauses) and every claim past half its lease. */
  renew(): Promise<void> {
    if (!this.renewing) {
      this.renewing = this.renewOnce().finally(() => (this.renewing = null));
    }
    return this.renewing;
  }

  /**
   * Hands the pauses on and lets the lease go, so another instance may take the tenant at once.
   * `clean`: the holder left nothing to wait for; it counts only when none of its claims is
   * left standing either.
   */
  async release(clean: boolean): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopThrottleWatch?.();
    await this.renewing;
    await this.claimsRenewing;
    if (!this.held) return;
    const { store, clock, owner, pacing } = this.deps;
    const name = deliveryLeaseName(this.tenantId);
    try {
      const pauses = pacing?.pausesFor(this.tenantId, Date.now()) ?? {};
      await store.leases.release(name, owner, clock.now(), { pauses, clean: clean && this.claims.outstanding === 0 });
    } catch (err) {
      // It runs out by itself within a lease.
      this.deps.logger.warn({ err, tenantId: this.tenantId }, 'could not release a delivery lease');
    }
  }

  private async renewOnce(): Promise<void> {
    const { store, clock, owner, pacing, leaseMs } = this.deps;
    try {
      const pauses = pacing?.pausesFor(this.tenantId, Date.now()) ?? {};
      const lease = await store.leases.acquire(deliveryLeaseName(this.tenantId), owner, clock.now(), leaseMs, { pauses, clean: false });
      if (!lease) {
        this.held = false;
        this.claims.dropAll();
        this.deps.logger.warn({ tenantId: this.tenantId }, 'delivery lease taken over by another instance; sending nothing more');
        return;
      }
    } catch (err) {
      this.deps.logger.warn({ err, tenantId: this.tenantId }, 'could not renew the delivery lease; trying again');
    }
    // Not awaited: the lease's own renewal must never wait behind a slow round of claim renewals.
    if (!this.claimsRenewing) {
      this.claimsRenewing = this.claims
        .renewDue(clock.now())
        .catch((err: unknown) => this.deps.logger.warn({ err, tenantId: this.tenantId }, 'could not renew claims; trying again'))
        .finally(() => (this.claimsRenewing = null));
    }
  }
}
