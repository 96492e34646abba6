// Bench part 1: a tick's cost follows the number of reminders due, not the number of cases.
// One million open cases in SQLite, each with a reminder far ahead; then 1,000 and 10,000 of them
// get a contact nudge due now. Each tick runs the real scheduler: claim with a lease, check each
// reminder against its case's plan, bundle per manager, deliver (to a channel that answers at
// once), mark sent. Prints time per tick and the rows the claims read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { Delivery } from '../src/core/delivery';
import type { OutboundMessage } from '../src/core/messages';
import type { ChannelSender, SendOutcome } from '../src/core/ports';
import { openCase } from '../src/domain/case-events';
import { planCase } from '../src/domain/schedule/case-plan';
import { Replanner } from '../src/scheduler/replanner';
import { toReminder } from '../src/scheduler/reminder-ids';
import { Scheduler } from '../src/scheduler/scheduler';
import { windowFor } from '../src/scheduler/tenant-settings';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store';
import type { ConversationRef, Person, Reminder, Tenant } from '../src/store/types';

class InstantChannel implements ChannelSender {
  readonly channel = 'teams' as const;
  messages = 0;
  async send(_ref: ConversationRef, messages: OutboundMessage[]): Promise<SendOutcome> {
    this.messages += messages.length;
    return { status: 'sent' };
  }
}

const FIRST_SICK_DAY = '2026-01-05';
const NOW = new Date('2026-01-06T09:00:00+01:00');

export async function benchTicks(opts: { cases: number; managers: number; dueSets: number[] }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'herstart-bench-ticks-'));
  const store = await openSqliteStore(join(dir, 'bench.db'));
  try {
    const tenant: Tenant = {
      id: 't1',
      name: 'Bench',
      channelKeys: ['teams:bench'],
      settings: { jurisdiction: 'NL', timeZone: 'Europe/Amsterdam', locale: 'nl-NL', workingHours: { start: '09:00', end: '17:00' }, employerSize: 5000 },
      createdAt: '2025-01-01T00:00:00Z',
    };
    await store.tenants.create(tenant);
    const seeded = Date.now();
    await seed(store, tenant, opts.cases, opts.managers);
    console.log(`  seeded ${opts.cases.toLocaleString('en')} open cases with a reminder each in ${((Date.now() - seeded) / 1000).toFixed(0)} s`);

    const clock = { now: () => NOW };
    const logger = pino({ level: 'silent' });
    const channel = new InstantChannel();
    const scheduler = new Scheduler({
      store,
      clock,
      logger,
      delivery: new Delivery(store, [channel], clock, logger),
      replanner: new Replanner(store, clock, logger),
      batchSize: 500,
      concurrency: 16,
    });

    const idle = await timed(() => scheduler.tick());
    console.log(`  nothing due: tick ${idle.ms.toFixed(1)} ms, rows read ${idle.value.rowsRead}`);
    let next = 0;
    for (const due of opts.dueSets) {
      await makeDue(store, tenant, next, due, opts.managers);
      next += due;
      const before = channel.messages;
      const { ms, value: r } = await timed(() => scheduler.tick());
      console.log(
        `  ${due.toLocaleString('en')} due: tick ${ms.toFixed(0)} ms (${((ms * 1000) / due).toFixed(0)} µs per reminder; claiming ${r.claimMs.toFixed(0)} ms in ${r.batches} batches), ` +
          `rows read ${r.rowsRead.toLocaleString('en')}, sent ${r.sent}, messages ${channel.messages - before}`,
      );
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

function caseFor(tenant: Tenant, i: number, managers: number) {
  return openCase({
    id: `case-${i}`,
    tenantId: tenant.id,
    employeeId: `employee-${i}`,
    managerId: `manager-${i % managers}`,
    jurisdiction: 'NL',
    employerSize: 5000,
    firstSickDay: FIRST_SICK_DAY,
    createdAt: '2026-01-05T08:00:00Z',
  });
}

async function seed(store: Awaited<ReturnType<typeof openSqliteStore>>, tenant: Tenant, cases: number, managers: number): Promise<void> {
  // Seeding only: no fsync per row and one transaction per 10,000 writes. The ticks measured
  // later run with the store's normal durability.
  store.db.pragma('synchronous = OFF');
  const chunk = async (n: number, write: (i: number) => Promise<unknown>) => {
    for (let i = 0; i < n; i++) {
      if (i % 10_000 === 0) {
        if (i) store.db.exec('COMMIT');
        store.db.exec('BEGIN');
      }
      await write(i);
    }
    store.db.exec('COMMIT');
  };
  await chunk(managers, async (i) => {
    const p: Person = {
      id: `manager-${i}`,
      tenantId: tenant.id,
      displayName: `Manager ${i}`,
      roles: ['manager'],
      identities: [{ channel: 'teams', key: `teams:m${i}`, userId: `29:m${i}` }],
      createdAt: tenant.createdAt,
    };
    await store.people.create(p);
    await store.refs.save({ tenantId: tenant.id, ownerId: p.id, channel: 'teams', ref: { conversation: { id: p.id } }, updatedAt: tenant.createdAt, dead: false });
  });
  await chunk(cases, (i) => store.cases.create(caseFor(tenant, i, managers)));
  const later: Reminder[] = [];
  for (let i = 0; i < cases; i++) {
    later.push({
      id: `case-${i}:r:2026-06-01`,
      tenantId: tenant.id,
      caseId: `case-${i}`,
      recipientId: `manager-${i % managers}`,
      recipientRole: 'manager',
      kind: 'review',
      dueAt: '2026-06-01T07:00:00.000Z',
      state: 'pending',
      attempts: 0,
      payload: { key: 'r:2026-06-01' },
    });
    if (later.length === 20_000) await store.reminders.upsertPending(later.splice(0));
  }
  await store.reminders.upsertPending(later);
  store.db.pragma('synchronous = NORMAL');
}

/** Cases [from, from+count) get their first contact nudge, due now, as the planner plans it. */
async function makeDue(store: Awaited<ReturnType<typeof openSqliteStore>>, tenant: Tenant, from: number, count: number, managers: number): Promise<void> {
  const due: Reminder[] = [];
  for (let i = from; i < from + count; i++) {
    const c = caseFor(tenant, i, managers);
    const ctx = { today: '2026-01-06', contacts: [], responses: [], escalationStates: [], lookbackDone: false, managerLastAction: null, sentManagerNudgeDays: [], sentKeys: new Set<string>(), dead: null, concern: null, checkins: [] };
    const contact = planCase(c, ctx).find((p) => p.kind === 'contact')!;
    due.push(toReminder(c, contact, windowFor(tenant), NOW));
  }
  await store.reminders.upsertPending(due);
}

