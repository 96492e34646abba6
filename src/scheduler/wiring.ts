// The scheduler as the app uses it: settings checked before anything starts, the re-planner the
// core reports changes to, the card actions the core routes, and the tick loop with its own
// delivery through one paced queue per channel.
import type { Logger } from 'pino';
import { bindCard } from '../cards/bind';
import { createTeamsAdapter } from '../channels/teams/teams-adapter';
import { TeamsSender, defaultSenderOptions } from '../channels/teams/teams-sender';
import type { TeamsConfig } from '../config';
import type { SubmitRegistry } from '../core/conversation-core';
import { Delivery } from '../core/delivery';
import type { ChangeListener } from '../core/flow-context';
import type { ChannelSender, Clock } from '../core/ports';
import type { Store } from '../store/store';
import { schedulerSubmits } from './actions';
import type { DeliveryEvent } from './ports';
import { Replanner } from './replanner';
import { Scheduler } from './scheduler';
import { QueuedSender } from './send-queue';
import { validateAllTenantSettings } from './tenant-settings';

export interface SchedulingOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  teams: TeamsConfig;
  /** Seconds between ticks; 0 leaves the loop off (tests tick by hand). */
  intervalSeconds: number;
  /** Proactive senders to use instead of the real channels (tests). */
  senders?: ChannelSender[];
  observer?: (e: DeliveryEvent) => void;
}

export interface Scheduling {
  changes: ChangeListener;
  submits: SubmitRegistry;
  replanner: Replanner;
  scheduler: Scheduler;
  /** For the start-up message. */
  summary: string;
  start(): void;
  stop(): Promise<void>;
}

/** Throws InvalidSettingError (naming the tenant and rule) when a tenant's settings are unusable. */
export async function createScheduling(opts: SchedulingOptions): Promise<Scheduling> {
  const tenants = await validateAllTenantSettings(opts.store);
  const replanner = new Replanner(opts.store, opts.clock, opts.logger);
  // 429s come back to the queue at once (retryThrottled: false) so it can slow the whole tenant.
  const teams = new TeamsSender(createTeamsAdapter(opts.teams), opts.teams.appId, bindCard, { ...defaultSenderOptions, retryThrottled: false });
  // One paced queue per channel, with that channel's limits (send-queue.ts).
  const senders = (opts.senders ?? [teams]).map((s) => new QueuedSender(s));
  const delivery = new Delivery(opts.store, senders, opts.clock, opts.logger);
  const scheduler = new Scheduler({
    store: opts.store,
    clock: opts.clock,
    logger: opts.logger,
    delivery,
    replanner,
    intervalMs: Math.max(1, opts.intervalSeconds) * 1000,
    observer: opts.observer,
  });
  const on = opts.intervalSeconds > 0;
  return {
    changes: replanner,
    submits: schedulerSubmits(),
    replanner,
    scheduler,
    summary: on
      ? `reminders and escalations: every ${opts.intervalSeconds} s, within each recipient's working hours (${tenants} tenants checked)`
      : 'reminders and escalations: planned, but the tick loop is off (SCHEDULER_INTERVAL_SECONDS=0)',
    start: () => {
      if (on) scheduler.start();
    },
    stop: () => scheduler.stop(),
  };
}
