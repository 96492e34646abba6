// The tick: find the tenants with something due; for each whose delivery lease this instance
// gets (tenant-lease.ts: one instance per tenant at a time), claim what is due (short claims,
// renewed while sending, so a crash costs at most a lease and a resend of what was in flight),
// group it per recipient so one person gets one message for the day, deliver, and settle each
// reminder right after its send. After downtime everything missed is due at once: it is claimed,
// bundled per person and, because the planner keeps only the latest of what was missed, caught
// up once.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Clock } from '../core/ports';
import type { Store } from '../store/store';
import type { Reminder, Versioned } from '../store/types';
import { deliverGroup, type DeliverDeps, type RecipientGroup } from './deliver-group';
import { TickCache } from './tick-cache';
import type { DeliveryEvent, ProactiveDelivery } from './ports';
import { ClaimKeeper, type ClaimGuard } from './claim-keeper';
import type { Replanner } from './replanner';
import type { SharedPacing } from './shared-pacing';
import { TenantLease } from './tenant-lease';

/**
 * Reminders of a kind another feature plans and sends itself (check-ins): the tick claims them
 * with everything else and hands each one over; the handler delivers and settles it.
 */
export interface ClaimedReminderHandler {
  handles(r: Pick<Reminder, 'kind'>): boolean;
  /**
   * `done`: settled without a message (a re-plan marker). The guard keeps the claim alive
   * meanwhile: send only while it is live, settle through it.
   */
  deliverClaimed(claimed: Versioned<Reminder>, guard?: ClaimGuard): Promise<'sent' | 'dropped' | 'released' | 'done'>;
}

export const DEFAULT_LEASE_MS = 60_000;
/** Tenants delivered side by side (each has its own pace). */
const TENANTS_AT_ONCE = 8;
const MAX_TENANTS_PER_TICK = 10_000;

export interface SchedulerOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  delivery: ProactiveDelivery;
  replanner: Replanner;
  /** Work after answers (plans of changed cases): settled before each tick claims anything. */
  afterTurn?: { settle(): Promise<void> };
  /** Who holds a claim; unique per process. */
  owner?: string;
  /**
   * How long a claim (and a tenant's delivery lease) holds before another scheduler may take it
   * over; renewed every third of it while the work goes on.
   */
  leaseMs?: number;
  /** Reminders claimed per round trip. */
  batchSize?: number;
  /** Most reminders of one tenant claimed before sending starts (one card per person below it). */
  maxClaim?: number;
  /** Shares each tenant's 429 pauses through its delivery lease. */
  pacing?: SharedPacing;
  /** Recipients served at once (the channel queues pace the actual requests). */
  concurrency?: number;
  /** Wait between ticks when nothing was due. */
  intervalMs?: number;
  maxAttempts?: number;
  handlers?: ClaimedReminderHandler[];
  newId?: () => string;
  random?: () => number;
  observer?: (e: DeliveryEvent) => void;
}

export interface TickReport {
  claimed: number;
  sent: number;
  dropped: number;
  released: number;
  messages: number;
  /** Rows or documents the claims read: follows what was due, not how many reminders exist. */
  rowsRead: number;
  /** Time spent claiming (the store's part of a tick). */
  claimMs: number;
  batches: number;
}

export class Scheduler {
  private readonly deps: DeliverDeps;
  /** Who holds this scheduler's claims and leases (host, process id, a random part). */
  readonly owner: string;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly maxClaim: number;
  private readonly concurrency: number;
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<TickReport> | null = null;
  private stopping = false;

  constructor(private readonly opts: SchedulerOptions) {
    this.owner = opts.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
    this.batchSize = opts.batchSize ?? 200;
    this.maxClaim = Math.max(this.batchSize, opts.maxClaim ?? 2000);
    this.concurrency = opts.concurrency ?? 32;
    this.intervalMs = opts.intervalMs ?? 30_000;
    this.deps = {
      store: opts.store,
      clock: opts.clock,
      logger: opts.logger,
      delivery: opts.delivery,
      replanner: opts.replanner,
      newId: opts.newId ?? randomUUID,
      random: opts.random ?? Math.random,
      maxAttempts: opts.maxAttempts ?? 6,
      observer: opts.observer,
    };
  }

  /** Ticks now and then every `intervalMs` until stopped. A failing tick is logged, never fatal. */
  start(): void {
    this.stopping = false;
    const loop = async () => {
      this.timer = null;
      if (this.stopping) return;
      try {
        const report = await this.tick();
        if (report.claimed > 0) this.opts.logger.info({ ...report }, 'scheduler tick');
      } catch (err) {
        this.opts.logger.error({ err }, 'scheduler tick failed; trying again at the next one');
      }
      if (!this.stopping) this.timer = setTimeout(() => void loop(), this.intervalMs);
    };
    this.timer = setTimeout(() => void loop(), 0);
  }

  /** Stops ticking and waits for a tick in progress to finish its sends. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.current?.catch(() => undefined);
  }

  /** One tick. Concurrent calls share the tick in progress. */
  tick(): Promise<TickReport> {
    if (!this.current) this.current = this.runTick().finally(() => (this.current = null));
    return this.current;
  }

  private async runTick(): Promise<TickReport> {
    // Changes still waiting to be planned first: nothing is claimed from a stale plan.
    await this.opts.afterTurn?.settle();
    const report: TickReport = { claimed: 0, sent: 0, dropped: 0, released: 0, messages: 0, rowsRead: 0, claimMs: 0, batches: 0 };
    const cache = new TickCache();
    // Every tenant with something due, then each one whose delivery lease this instance gets.
    const tenants: string[] = [];
    while (!this.stopping && tenants.length < MAX_TENANTS_PER_TICK) {
      const found = await this.opts.store.reminders.dueTenants({ now: this.opts.clock.now(), exclude: tenants, limit: this.batchSize });
      if (found.length === 0) break;
      tenants.push(...found);
    }
    await forEachLimited(tenants, TENANTS_AT_ONCE, async (tenantId) => {
      try {
        await this.deliverTenant(tenantId, cache, report);
      } catch (err) {
        // The claims run out and the reminders come back: nothing is lost.
        this.opts.logger.error({ err, tenantId }, 'delivering a tenant\'s reminders failed');
      }
    });
    return report;
  }

  /**
   * One tenant, under its delivery lease: claims everything due (up to `maxClaim`), so
   * that all of one person's reminders make one card, and delivers it, renewing lease and claims
   * while the paced queue works through it.
   */
  private async deliverTenant(tenantId: string, cache: TickCache, report: TickReport): Promise<void> {
    const claims = new ClaimKeeper(this.opts.store, this.leaseMs, this.opts.logger);
    const lease = await TenantLease.take(
      { store: this.opts.store, clock: this.opts.clock, logger: this.opts.logger, owner: this.owner, leaseMs: this.leaseMs, pacing: this.opts.pacing },
      tenantId,
      claims,
    );
    if (!lease) return; // another instance delivers this tenant now
    const deps: DeliverDeps = { ...this.deps, claims };
    let waited = false;
    try {
      if (!lease.cleanBefore) {
        // The last holder died or lost the lease with claims left: wait until all of them ran
        // out, so each person's reminders are claimed together (one card), not as each runs out.
        const until = await this.opts.store.reminders.claimsRunOutAt(tenantId, this.opts.clock.now());
        if (until) {
          waited = true;
          this.opts.logger.info({ tenantId, until: until.toISOString() }, 'waiting for the claims a previous holder left to run out');
          return;
        }
      }
      let carry: Versioned<Reminder>[] = [];
      for (;;) {
        const claimed: Versioned<Reminder>[] = [];
        let more = true;
        while (more && claimed.length < this.maxClaim && lease.held && !this.stopping) {
          const claimStarted = performance.now();
          const limit = Math.min(this.batchSize, this.maxClaim - claimed.length);
          const batch = await this.opts.store.reminders.claimDue({ now: this.opts.clock.now(), leaseMs: this.leaseMs, owner: this.owner, limit, tenantId });
          report.claimMs += performance.now() - claimStarted;
          report.rowsRead += this.opts.store.reminders.lastReadCount();
          report.claimed += batch.length;
          if (batch.length > 0) report.batches++;
          claimed.push(...batch);
          more = batch.length === limit;
        }
        claims.track(claimed);
        const ours = await this.handOver(claimed, claims, report);
        const groups = groupByRecipient([...carry, ...ours]);
        // Stopped at the cap: the last recipient may have more due; keep that group back so it
        // goes out with the rest of it next round.
        carry = more && groups.length > 1 ? groups.pop()!.reminders : [];
        cache.lookAhead(groups);
        await forEachLimited(groups, this.concurrency, async (g) => {
          try {
            const out = await deliverGroup(deps, cache, g);
            report.sent += out.sent;
            report.dropped += out.dropped;
            report.released += out.released;
            report.messages += out.messages;
          } catch (err) {
            // The claim runs out and the reminders come back: nothing is lost.
            this.opts.logger.error({ err, tenantId: g.tenantId, recipient: g.recipientId }, 'delivering a group failed');
          }
        });
        if (!more || !lease.held || this.stopping) break;
      }
    } finally {
      await lease.release(!waited);
    }
  }

  /** Hands reminders of other features' kinds to their handlers; returns the rest. */
  private async handOver(batch: Versioned<Reminder>[], claims: ClaimKeeper, report: TickReport): Promise<Versioned<Reminder>[]> {
    const handlers = this.opts.handlers ?? [];
    if (handlers.length === 0) return batch;
    const ours: Versioned<Reminder>[] = [];
    const theirs: Array<{ r: Versioned<Reminder>; h: ClaimedReminderHandler }> = [];
    for (const r of batch) {
      const h = handlers.find((x) => x.handles(r.value));
      if (h) theirs.push({ r, h });
      else ours.push(r);
    }
    await forEachLimited(theirs, this.concurrency, async ({ r, h }) => {
      try {
        const outcome = await h.deliverClaimed(r, claims.guard(r, () => this.opts.clock.now()));
        if (outcome === 'sent') report.sent++;
        else if (outcome === 'dropped') report.dropped++;
        else if (outcome === 'released') report.released++;
      } catch (err) {
        this.opts.logger.error({ err, tenantId: r.value.tenantId, reminderId: r.value.id }, 'handing a reminder over failed');
      }
    });
    return ours;
  }
}

/** Groups in the order their first reminder was claimed (oldest due first). */
export function groupByRecipient(reminders: readonly Versioned<Reminder>[]): RecipientGroup[] {
  const groups = new Map<string, RecipientGroup>();
  for (const r of reminders) {
    const v = r.value;
    const key = `${v.tenantId}\u0000${v.recipientRole}\u0000${v.recipientId}`;
    let g = groups.get(key);
    if (!g) {
      g = { tenantId: v.tenantId, role: v.recipientRole, recipientId: v.recipientId, reminders: [] };
      groups.set(key, g);
    }
    g.reminders.push(r);
  }
  const list = [...groups.values()];
  // The group holding the last claimed reminder goes last (see the carry in runTick).
  const last = reminders[reminders.length - 1];
  if (last) {
    const i = list.findIndex((g) => g.reminders.includes(last));
    if (i >= 0) list.push(...list.splice(i, 1));
  }
  return list;
}

async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(workers);
}
