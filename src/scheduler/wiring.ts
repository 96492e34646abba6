// The scheduler as the app uses it: settings checked before anything starts, the re-planner the
// core reports changes to, the card actions the core routes, and the tick loop, delivering
// through one paced queue per channel (shared with every other proactive sender, such as the
// check-ins, so a tenant's rate limit is counted once).
import type { IdCheck } from '../core/access';
import { SCHEDULER_ID_CHECKS } from './actions/submitted-ids';
import type { Logger } from 'pino';
import { bindCard } from '../cards/bind';
import { createTeamsAdapter } from '../channels/teams/teams-adapter';
import type { CardRenderer } from '../channels/teams/outbound-activity';
import { TeamsSender, defaultSenderOptions } from '../channels/teams/teams-sender';
import type { TeamsConfig } from '../config';
import type { SubmitRegistry } from '../core/conversation-core';
import { Delivery } from '../core/delivery';
import type { AfterTurn } from '../core/after-turn';
import type { ChangeListener } from '../core/flow-context';
import type { ChannelSender, Clock } from '../core/ports';
import type { Store } from '../store/store';
import { schedulerSubmits } from './actions';
import type { DeliveryEvent } from './ports';
import { PlanQueue, type CasePlanner } from './plan-queue';
import { Replanner } from './replanner';
import { RetentionJob } from './retention-job';
import { Scheduler, type ClaimedReminderHandler } from './scheduler';
import { DEFAULT_LIMITS, QueuedSender, realQueueDeps } from './send-queue';
import { ListLookHandler } from './list-look-handler';
import { SharedPacing } from './shared-pacing';
import { UnreachableEscalation } from './unreachable-escalation';
import { validateAllTenantSettings } from './tenant-settings';

export interface ProactiveChannels {
  delivery: Delivery;
  /** Each tenant's 429 pauses, handed between instances with the tenant's delivery lease. */
  pacing: SharedPacing;
  /** Adds a channel that exists only later (Slack needs the core, the core needs delivery). */
  add(sender: ChannelSender): void;
}

/**
 * Proactive delivery through one paced queue per channel. 429s from Teams come back to the queue
 * at once (retryThrottled: false) so it can slow the whole tenant down.
 */
export function createProactiveDelivery(opts: {
  store: Store;
  clock: Clock;
  logger: Logger;
  teams: TeamsConfig;
  senders?: ChannelSender[];
  /** How Teams cards are bound (with Action.Execute buttons in the app: see teamsCardRenderer). */
  teamsCards?: CardRenderer;
}): ProactiveChannels {
  const live: ChannelSender[] = [];
  const pacing = new SharedPacing();
  const add = (sender: ChannelSender) => {
    // With the logger: every 429 is logged with the pause it caused.
    const queue = new QueuedSender(sender, DEFAULT_LIMITS[sender.channel], { ...realQueueDeps, logger: opts.logger });
    pacing.add(queue);
    live.push(queue);
  };
  const teams = new TeamsSender(createTeamsAdapter(opts.teams), opts.teams.appId, opts.teamsCards ?? bindCard, { ...defaultSenderOptions, retryThrottled: false });
  for (const s of opts.senders ?? [teams]) add(s);
  return { delivery: new Delivery(opts.store, live, opts.clock, opts.logger), pacing, add };
}

export interface SchedulingOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  delivery: Delivery;
  /** Seconds between ticks; 0 leaves the loop off (tests tick by hand). */
  intervalSeconds: number;
  /** Seconds a claim and a tenant's delivery lease hold unrenewed (default 60). */
  leaseSeconds?: number;
  pacing?: SharedPacing;
  /** Other features' reminder kinds the tick hands over (check-ins). */
  handlers?: ClaimedReminderHandler[];
  /** Other features' plans that follow case changes besides the reminders (check-ins). */
  planners?: CasePlanner[];
  /** Where plans run after the answer; the tick settles it before it claims anything. */
  afterTurn: AfterTurn;
  observer?: (e: DeliveryEvent) => void;
}

export interface Scheduling {
  /** The plan queue: what the core tells about changes. */
  changes: ChangeListener;
  planQueue: PlanQueue;
  submits: SubmitRegistry;
  /** Checks for the ids its cards carry (reminder bundles, items), for the core's gate. */
  idChecks: Record<string, IdCheck>;
  replanner: Replanner;
  scheduler: Scheduler;
  /** Removes closed cases two years after they ended; runs with the tick loop. */
  retention: RetentionJob;
  /** For the start-up message. */
  summary: string;
  start(): void;
  stop(): Promise<void>;
}

/** Throws InvalidSettingError (naming the tenant and rule) when a tenant's settings are unusable. */
export async function createScheduling(opts: SchedulingOptions): Promise<Scheduling> {
  const tenants = await validateAllTenantSettings(opts.store);
  const replanner = new Replanner(opts.store, opts.clock, opts.logger);
  const planQueue = new PlanQueue(opts.store, opts.clock, opts.logger, opts.afterTurn, [replanner, ...(opts.planners ?? [])]);
  // An unreachable manager reaches HR as the dead-reference escalation, planned at once.
  opts.delivery.onUnreachable(new UnreachableEscalation(opts.store, replanner, opts.clock, opts.logger));
  const scheduler = new Scheduler({
    store: opts.store,
    clock: opts.clock,
    logger: opts.logger,
    delivery: opts.delivery,
    replanner,
    afterTurn: opts.afterTurn,
    // Markers of work a crash interrupted come back through the tick: cases left unplanned (or
    // whose plan failed), HR list looks not yet audited.
    handlers: [planQueue, new ListLookHandler(opts.store, opts.logger), ...(opts.handlers ?? [])],
    intervalMs: Math.max(1, opts.intervalSeconds) * 1000,
    ...(opts.leaseSeconds ? { leaseMs: opts.leaseSeconds * 1000 } : {}),
    pacing: opts.pacing,
    observer: opts.observer,
  });
  const retention = new RetentionJob(opts.store, opts.clock, opts.logger);
  const on = opts.intervalSeconds > 0;
  return {
    changes: planQueue,
    planQueue,
    submits: schedulerSubmits(),
    idChecks: SCHEDULER_ID_CHECKS,
    replanner,
    scheduler,
    retention,
    summary: on
      ? `reminders and escalations: every ${opts.intervalSeconds} s, within each recipient's working hours (${tenants} tenants checked); ` +
        'closed cases are removed 2 years after they ended'
      : 'reminders and escalations: planned, but the tick loop is off (SCHEDULER_INTERVAL_SECONDS=0), and so is retention',
    start: () => {
      if (!on) return;
      scheduler.start();
      retention.start();
    },
    stop: async () => {
      await retention.stop();
      await scheduler.stop();
      await opts.afterTurn.settle();
    },
  };
}
