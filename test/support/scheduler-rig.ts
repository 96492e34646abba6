// The scheduler as it runs in the app, on a test world: the real re-planner, tick, Delivery, the
// channel queue and the TeamsSender, sending to the local fake Bot Connector, on a virtual clock.
import pino from 'pino';
import { bindCard } from '../../src/cards/bind';
import { createTeamsAdapter } from '../../src/channels/teams/teams-adapter';
import { TeamsSender, defaultSenderOptions } from '../../src/channels/teams/teams-sender';
import { AfterTurn } from '../../src/core/after-turn';
import { Delivery } from '../../src/core/delivery';
import type { DeliveryEvent } from '../../src/scheduler/ports';
import { PlanQueue } from '../../src/scheduler/plan-queue';
import { Replanner } from '../../src/scheduler/replanner';
import { Scheduler, type SchedulerOptions } from '../../src/scheduler/scheduler';
import { QueuedSender, realQueueDeps } from '../../src/scheduler/send-queue';
import { SharedPacing } from '../../src/scheduler/shared-pacing';
import { UnreachableEscalation } from '../../src/scheduler/unreachable-escalation';
import type { Clock } from '../../src/core/ports';
import type { Store } from '../../src/store/store';
import type { FakeConnector, RecordedCall } from './fake-connector';
import type { VirtualClock } from './scheduler-world';

export interface Rig {
  scheduler: Scheduler;
  replanner: Replanner;
  /** What the core tells about changes, as in the app: plans follow after the answer. */
  changes: PlanQueue;
  events: DeliveryEvent[];
  queue: QueuedSender;
  pacing: SharedPacing;
  delivery: Delivery;
}

export function makeRig(store: Store, clock: Clock, opts: Partial<SchedulerOptions> = {}): Rig {
  const logger = pino({ level: 'silent' });
  const adapter = createTeamsAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '', maxActivityBytes: 256 * 1024 });
  const teams = new TeamsSender(adapter, '', bindCard, { ...defaultSenderOptions, retryThrottled: false, sleep: async () => {} });
  const queued = new QueuedSender(teams, undefined, { ...realQueueDeps, sleep: async () => {} });
  const pacing = new SharedPacing();
  pacing.add(queued);
  const replanner = new Replanner(store, clock, logger);
  const afterTurn = new AfterTurn(logger);
  const changes = new PlanQueue(store, clock, logger, afterTurn, [replanner]);
  const events: DeliveryEvent[] = [];
  const delivery = new Delivery(store, [queued], clock, logger);
  delivery.onUnreachable(new UnreachableEscalation(store, replanner, clock, logger));
  const scheduler = new Scheduler({
    store,
    clock,
    logger,
    delivery,
    replanner,
    afterTurn,
    handlers: [changes],
    random: () => 0.5,
    observer: (e) => events.push(e),
    pacing,
    ...opts,
  });
  return { scheduler, replanner, changes, events, queue: queued, pacing, delivery };
}

/** Ticks at every moment something of the tenant's cases is due, up to `until` (like the simulation). */
export async function runUntil(store: Store, clock: VirtualClock, schedulers: Scheduler[], tenantId: string, caseIds: string[], until: string): Promise<void> {
  const end = Date.parse(until);
  for (let i = 0; i < 5000; i++) {
    let next: number | null = null;
    for (const caseId of caseIds) {
      for (const r of await store.reminders.listForCase(tenantId, caseId)) {
        const at = r.state === 'pending' ? Date.parse(r.dueAt) : r.state === 'claimed' ? Date.parse(r.claimedUntil ?? r.dueAt) : null;
        if (at !== null && (next === null || at < next)) next = at;
      }
    }
    if (next === null || next > end) break;
    if (next > clock.now().getTime()) clock.set(new Date(next).toISOString());
    await Promise.all(schedulers.map((s) => s.tick()));
  }
  if (clock.now().getTime() < end) clock.set(until);
}

/** The card of a delivered activity, with the time it was sent (virtual) left to the caller. */
export function cardIn(call: RecordedCall): any {
  return call.body?.attachments?.[0]?.content ?? null;
}

export function cardText(call: RecordedCall): string {
  return JSON.stringify(cardIn(call));
}
