// Bench part 2: fan-out of many nudges through the real path (claim, plan check, Delivery, the
// channel queue, TeamsSender, HTTP) to a local fake Bot Connector that enforces a rate limit per
// tenant and answers 429 with Retry-After. Checks every nudge arrived exactly once and prints
// the achieved rate as a fraction of the limit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TurnContext } from 'botbuilder';
import pino from 'pino';
import { bindCard } from '../src/cards/bind';
import { createTeamsAdapter } from '../src/channels/teams/teams-adapter';
import { TeamsSender, defaultSenderOptions } from '../src/channels/teams/teams-sender';
import { Delivery } from '../src/core/delivery';
import type { Clock } from '../src/core/ports';
import { openCase } from '../src/domain/case-events';
import { planCase } from '../src/domain/schedule/case-plan';
import { Replanner } from '../src/scheduler/replanner';
import { toReminder } from '../src/scheduler/reminder-ids';
import { Scheduler } from '../src/scheduler/scheduler';
import { QueuedSender, TEAMS_LIMITS } from '../src/scheduler/send-queue';
import { windowFor } from '../src/scheduler/tenant-settings';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite/sqlite-store';
import type { Reminder, Tenant } from '../src/store/types';
import { FakeConnector } from '../test/support/fake-connector';

export interface FanoutOptions {
  nudges: number;
  /** The fake connector's limit: activity posts per second per tenant. */
  limit: number;
  /** The queue's own pace as a share of the limit (1.5 = deliberately too fast, to see the backoff). */
  pace: number;
  label: string;
}

export async function benchFanout(opts: FanoutOptions): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'herstart-bench-fanout-'));
  const store = await openSqliteStore(join(dir, 'bench.db'));
  const connector = new FakeConnector();
  await connector.start();
  connector.limitRate(opts.limit, 1);
  try {
    // Scheduler time runs at the real pace from a Tuesday morning, so the bench behaves the same
    // whenever it runs; the queue paces on the real clock.
    const anchor = Date.parse(`${TODAY}T09:00:00Z`) - Date.now();
    const clock: Clock = { now: () => new Date(Date.now() + anchor) };
    await seed(store, connector.url, opts.nudges, clock.now());
    const logger = pino({ level: 'silent' });
    const adapter = createTeamsAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '', maxActivityBytes: 256 * 1024 });
    const teams = new TeamsSender(adapter, '', bindCard, { ...defaultSenderOptions, retryThrottled: false });
    const queue = new QueuedSender(teams, { ...TEAMS_LIMITS, tenantRate: opts.limit * opts.pace, throttleRetries: 8 });
    const scheduler = new Scheduler({
      store,
      clock,
      logger,
      delivery: new Delivery(store, [queue], clock, logger),
      replanner: new Replanner(store, clock, logger),
      batchSize: 500,
      concurrency: 64,
    });

    const started = Date.now();
    let idle = 0;
    while (connector.delivered().length < opts.nudges && Date.now() - started < 15 * 60_000) {
      const r = await scheduler.tick();
      if (r.claimed === 0) {
        // Ten seconds with nothing to claim: the seed planned nothing due, say so instead of waiting.
        if (++idle > 100 && connector.delivered().length === 0) throw new Error('nothing was due: check the seed against the first-contact rule');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const delivered = connector.delivered();
    const perConversation = new Map<string, number>();
    for (const c of delivered) perConversation.set(c.conversationId!, (perConversation.get(c.conversationId!) ?? 0) + 1);
    const once = perConversation.size === opts.nudges && [...perConversation.values()].every((n) => n === 1);
    const times = delivered.map((c) => c.at).sort((a, b) => a - b);
    const seconds = (times[times.length - 1]! - times[0]!) / 1000;
    const rate = (delivered.length - 1) / seconds;
    const throttled = connector.calls.filter((c) => c.status === 429).length;
    console.log(
      `  ${opts.label}: ${delivered.length.toLocaleString('en')} of ${opts.nudges.toLocaleString('en')} delivered, exactly once: ${once ? 'yes' : 'NO'}; ` +
        `${seconds.toFixed(1)} s at ${rate.toFixed(1)}/s = ${(rate / opts.limit).toFixed(3)} of the limit of ${opts.limit}/s; ` +
        `429s answered: ${throttled}; other failed requests, retried later: ${queue.stats.requests - delivered.length - throttled}`,
    );
  } finally {
    await connector.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const FIRST_SICK_DAY = '2026-01-05';
/** The first contact is due the next working day after the report: Tuesday. */
const TODAY = '2026-01-06';
/** Reported on the first sick day (the first contact counts from the report, not the sick day). */
const REPORTED_AT = `${FIRST_SICK_DAY}T08:00:00.000Z`;

async function seed(store: SqliteStore, serviceUrl: string, count: number, now: Date): Promise<Tenant> {
  const tenant: Tenant = {
    id: 'fanout',
    name: 'Fan-out',
    channelKeys: ['teams:fanout'],
    settings: { jurisdiction: 'NL', timeZone: 'Europe/Amsterdam', locale: 'nl-NL', workingHours: { start: '09:00', end: '17:00' }, employerSize: 5000 },
    createdAt: now.toISOString(),
  };
  await store.tenants.create(tenant);
  store.db.pragma('synchronous = OFF');
  store.db.exec('BEGIN');
  const due: Reminder[] = [];
  for (let i = 0; i < count; i++) {
    const id = `m${i}`;
    await store.people.create({ id, tenantId: tenant.id, displayName: `Manager ${i}`, roles: ['manager'], identities: [{ channel: 'teams', key: `teams:${id}`, userId: `29:${id}` }], createdAt: tenant.createdAt });
    const activity = { type: 'message', channelId: 'msteams', serviceUrl, from: { id: `29:${id}` }, recipient: { id: '28:bot' }, conversation: { id: `conv-${i}`, tenantId: 'aad-fanout' } };
    await store.refs.save({ tenantId: tenant.id, ownerId: id, channel: 'teams', ref: TurnContext.getConversationReference(activity as never) as never, updatedAt: tenant.createdAt, dead: false });
    const c = openCase({ id: `case-${i}`, tenantId: tenant.id, employeeId: `e${i}`, managerId: id, jurisdiction: 'NL', employerSize: 5000, firstSickDay: FIRST_SICK_DAY, createdAt: REPORTED_AT });
    await store.cases.create(c);
    const ctx = { today: TODAY, contacts: [], responses: [], escalationStates: [], lookbackDone: false, managerLastAction: null, sentManagerNudgeDays: [], sentKeys: new Set<string>(), dead: null, concern: null, checkins: [] };
    const contact = planCase(c, ctx).find((p) => p.kind === 'contact')!;
    due.push(toReminder(c, contact, windowFor(tenant), now));
  }
  store.db.exec('COMMIT');
  await store.reminders.upsertPending(due);
  store.db.pragma('synchronous = NORMAL');
  return tenant;
}
