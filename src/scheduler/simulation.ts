// What Herstart will do with one case when nobody responds: the real planner, replanner, tick,
// delivery and channel queue, and the employee check-ins, on a temporary SQLite store, driven by
// a virtual clock from one due reminder to the next. A recording channel stands in for Teams and
// answers "sent".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Jurisdiction } from '../domain/case';
import type { Locale } from '../domain/labels';
import { addDays } from '../domain/dates';
import { openCase } from '../domain/case-events';
import { instantAt, localIso } from '../domain/schedule/delivery-window';
import { Delivery } from '../core/delivery';
import type { OutboundMessage } from '../core/messages';
import type { ChannelSender, Clock, SendOutcome } from '../core/ports';
import { openSqliteStore } from '../store/sqlite/sqlite-store';
import type { Store } from '../store/store';
import type { ConversationRef, Person, Tenant } from '../store/types';
import { createCheckins } from './checkins/wiring';
import type { DeliveryEvent } from './ports';
import { Replanner } from './replanner';
import { Scheduler } from './scheduler';
import { QueuedSender } from './send-queue';

export interface SimulationInput {
  jurisdiction: Jurisdiction;
  /** First sick day. */
  from: string;
  weeks: number;
  employerSize: number;
  locale: Locale;
}

export interface SimulatedMessage {
  /** Local time of delivery, ISO 8601 with offset. */
  at: string;
  to: 'manager' | 'hr' | 'employee';
  /**
   * What the item is: `milestone`, `contact`, `lookback`, `contact_request`, `escalation`; for
   * the employee's check-ins the card sent (`checkin_invite`, `checkin`).
   */
  kind: string;
  milestone: string | null;
  rule: string | null;
  /** Which message it arrived in (items of one bundle share it). */
  message: number;
}

export interface SimulationResult {
  timeZone: string;
  messages: SimulatedMessage[];
  /** Activities the recording channel received: one per message. */
  channelMessages: number;
}

class VirtualClock implements Clock {
  constructor(public t: number) {}
  now(): Date {
    return new Date(this.t);
  }
}

/** The chat channel of the simulation: records what would be sent, always succeeds. */
class RecordingChannel implements ChannelSender {
  readonly channel = 'teams' as const;
  readonly sent: Array<{ at: number; ownerId: string; messages: OutboundMessage[] }> = [];
  constructor(private readonly clock: VirtualClock) {}
  async send(ref: ConversationRef, messages: OutboundMessage[]): Promise<SendOutcome> {
    this.sent.push({ at: this.clock.t, ownerId: ref.ownerId, messages });
    return { status: 'sent' };
  }
}

const MAX_TICKS = 20_000;

export async function simulate(input: SimulationInput): Promise<SimulationResult> {
  const dir = mkdtempSync(join(tmpdir(), 'herstart-simulate-'));
  const store = await openSqliteStore(join(dir, 'simulation.db'));
  try {
    return await run(store, input);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function run(store: Store, input: SimulationInput): Promise<SimulationResult> {
  const timeZone = input.jurisdiction === 'BE' ? 'Europe/Brussels' : 'Europe/Amsterdam';
  const start = instantAt(input.from, 0, timeZone);
  const end = instantAt(addDays(input.from, input.weeks * 7), 0, timeZone);
  const clock = new VirtualClock(start.getTime());
  const logger = pino({ level: 'silent' });
  const tenant = await seed(store, input, timeZone, start);

  const channel = new RecordingChannel(clock);
  // The real queue, on virtual time: pacing waits cost nothing here.
  const queued = new QueuedSender(channel, undefined, { now: () => clock.t, sleep: async () => {}, random: () => 0.5 });
  const delivery = new Delivery(store, [queued], clock, logger);
  const replanner = new Replanner(store, clock, logger);
  const events: DeliveryEvent[] = [];
  let ids = 0;
  const checkins = createCheckins({ store, clock, logger, delivery, openers: [], newId: () => `checkin-${++ids}` });
  const scheduler = new Scheduler({
    store,
    clock,
    logger,
    delivery,
    replanner,
    owner: 'simulation',
    newId: () => `card-${++ids}`,
    random: () => 0.5,
    handlers: [checkins.dispatch],
    observer: (e) => events.push(e),
  });

  await replanner.replan(tenant.id, 'case-1');
  await checkins.planner.caseChanged(tenant.id, 'case-1');
  for (let i = 0; i < MAX_TICKS; i++) {
    const next = await nextDue(store, tenant.id);
    if (next === null || next >= end.getTime()) break;
    clock.t = Math.max(clock.t, next);
    await scheduler.tick();
  }

  return { timeZone, messages: collect(events, channel, timeZone), channelMessages: channel.sent.reduce((n, s) => n + s.messages.length, 0) };
}

/**
 * One row per item: the scheduler's messages from its delivery events (they know the milestone
 * and rule), everything else (the check-ins) from what the channel received.
 */
function collect(events: readonly DeliveryEvent[], channel: RecordingChannel, timeZone: string): SimulatedMessage[] {
  const rows: Array<Omit<SimulatedMessage, 'at' | 'message'> & { t: number; source: string }> = [];
  events.forEach((e, n) => {
    if (e.outcome.status !== 'sent') return;
    for (const item of e.items) rows.push({ t: e.at.getTime(), to: e.to, kind: item.kind, milestone: item.milestoneId, rule: item.ruleId, source: `e${n}` });
  });
  channel.sent.forEach((s, n) => {
    const card = s.messages.find((m) => m.type === 'card');
    const template = card?.type === 'card' ? card.template : 'text';
    if (template === 'nudge' || template === 'escalation') return;
    rows.push({ t: s.at, to: roleOf(s.ownerId), kind: template.replace(/-/g, '_'), milestone: null, rule: null, source: `c${n}` });
  });
  rows.sort((a, b) => a.t - b.t);
  const numbers = new Map<string, number>();
  return rows.map((r) => {
    if (!numbers.has(r.source)) numbers.set(r.source, numbers.size + 1);
    return { at: localIso(new Date(r.t), timeZone), to: r.to, kind: r.kind, milestone: r.milestone, rule: r.rule, message: numbers.get(r.source)! };
  });
}

function roleOf(ownerId: string): SimulatedMessage['to'] {
  if (ownerId.startsWith('employee')) return 'employee';
  if (ownerId.startsWith('manager')) return 'manager';
  return 'hr';
}

/** The earliest moment anything of the case can next be claimed. */
async function nextDue(store: Store, tenantId: string): Promise<number | null> {
  let next: number | null = null;
  for (const r of await store.reminders.listForCase(tenantId, 'case-1')) {
    const at = r.state === 'pending' ? Date.parse(r.dueAt) : r.state === 'claimed' ? Date.parse(r.claimedUntil ?? r.dueAt) : null;
    if (at !== null && (next === null || at < next)) next = at;
  }
  return next;
}

async function seed(store: Store, input: SimulationInput, timeZone: string, start: Date): Promise<Tenant> {
  const createdAt = start.toISOString();
  const tenant: Tenant = {
    id: 'simulation',
    name: 'Simulation',
    channelKeys: ['teams:simulation'],
    settings: {
      jurisdiction: input.jurisdiction,
      timeZone,
      locale: input.locale,
      workingHours: { start: '09:00', end: '17:00' },
      employerSize: input.employerSize,
    },
    createdAt,
  };
  await store.tenants.create(tenant);
  const person = (id: string, name: string, roles: Person['roles']): Person => ({
    id,
    tenantId: tenant.id,
    displayName: name,
    locale: input.locale,
    timeZone,
    roles,
    managerId: null,
    identities: [{ channel: 'teams', key: `teams:${id}`, userId: `29:${id}` }],
    createdAt,
  });
  await store.people.create(person('manager-1', 'Manager', ['manager']));
  await store.people.create(person('employee-1', 'Employee', ['employee']));
  await store.people.create(person('hr-1', 'HR', ['hr']));
  for (const ownerId of ['manager-1', 'employee-1', 'hr:teams']) {
    await store.refs.save({ tenantId: tenant.id, ownerId, channel: 'teams', ref: { conversation: { id: ownerId } }, updatedAt: createdAt, dead: false });
  }
  await store.cases.create(
    openCase({
      id: 'case-1',
      tenantId: tenant.id,
      employeeId: 'employee-1',
      managerId: 'manager-1',
      jurisdiction: input.jurisdiction,
      employerSize: input.employerSize,
      firstSickDay: input.from,
      createdAt,
    }),
  );
  return tenant;
}
