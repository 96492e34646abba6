// The tick, end to end on the real store, Delivery, channel queue and TeamsSender against the
// fake Bot Connector, with a virtual clock.
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store';
import { localIso } from '../../src/domain/schedule/delivery-window';
import { isWorkingDay } from '../../src/domain/working-days';
import { FakeConnector } from '../support/fake-connector';
import { cardText, makeRig, runUntil, type Rig } from '../support/scheduler-rig';
import { addCase, addConversation, addPerson, oneCaseWorld, VirtualClock } from '../support/scheduler-world';

const connector = new FakeConnector();
beforeAll(() => connector.start());
afterAll(() => connector.stop());
beforeEach(() => connector.reset());

type W = Awaited<ReturnType<typeof oneCaseWorld>>;
let w: W;
let clock: VirtualClock;
let rig: Rig;

async function setup(start = '2026-01-05T07:00:00Z') {
  w = await oneCaseWorld({ serviceUrl: connector.url });
  clock = new VirtualClock(Date.parse(start));
  rig = makeRig(w.store, clock);
  await rig.replanner.replan('t1', 'c1');
}
afterEach(() => w?.dispose());

const toManager = () => connector.delivered('conv-m1');
const toHr = () => connector.delivered('conv-hr');

describe('scheduler: when messages go out', () => {
  it('only in working hours on working days, never on weekends or holidays', async () => {
    await setup();
    await runUntil(w.store, clock, [rig.scheduler], 't1', ['c1'], '2026-05-15T00:00:00Z');
    expect(rig.events.length).toBeGreaterThan(20);
    for (const e of rig.events) {
      const local = localIso(e.at, 'Europe/Amsterdam');
      const hour = Number(local.slice(11, 13));
      expect(hour >= 9 && hour < 17).toBe(true);
      expect(isWorkingDay(local.slice(0, 10), 'NL')).toBe(true);
    }
    const days = new Set(rig.events.map((e) => localIso(e.at, 'Europe/Amsterdam').slice(0, 10)));
    // Easter Monday, Koningsdag and Bevrijdingsdag 2026 pass in silence.
    for (const holiday of ['2026-04-06', '2026-04-27', '2026-05-05']) expect(days.has(holiday)).toBe(false);
  });

  it('reminds of a manager duty a week ahead, the day before and on the day (moved before a weekend)', async () => {
    await setup();
    await runUntil(w.store, clock, [rig.scheduler], 't1', ['c1'], '2026-03-03T00:00:00Z');
    // nl.action_plan is due Sunday 1 March 2026.
    const plan = rig.events.filter((e) => e.items.some((i) => i.milestoneId === 'nl.action_plan'));
    expect(plan.map((e) => localIso(e.at, 'Europe/Amsterdam'))).toEqual(['2026-02-20T09:00:00+01:00', '2026-02-27T09:00:00+01:00']);
    expect(plan.every((e) => e.to === 'manager' && e.outcome.status === 'sent')).toBe(true);
  });

  it('does not send before the working day starts', async () => {
    await setup('2026-01-06T06:30:00Z'); // 07:30 in Amsterdam
    const report = await rig.scheduler.tick();
    expect(report.claimed).toBe(0);
    expect(toManager()).toHaveLength(0);
    clock.set('2026-01-06T08:00:00Z');
    await rig.scheduler.tick();
    expect(toManager()).toHaveLength(1);
  });
});

describe('scheduler: once, and only once', () => {
  it('bundles several items for one person on one day into one message', async () => {
    w = await oneCaseWorld({ serviceUrl: connector.url });
    await addPerson(w, 'e2', ['employee'], { displayName: 'Bram Bakker' });
    await addCase(w, 'c2', 'm1', 'e2', '2026-01-05');
    clock = new VirtualClock(Date.parse('2026-01-05T07:00:00Z'));
    rig = makeRig(w.store, clock);
    await rig.replanner.replan('t1', 'c1');
    await rig.replanner.replan('t1', 'c2');
    clock.set('2026-01-06T08:00:00Z');
    await rig.scheduler.tick();
    expect(toManager()).toHaveLength(1);
    const card = cardText(toManager()[0]!);
    expect(card).toContain('Contact met Anna de Vries');
    expect(card).toContain('Contact met Bram Bakker');
    expect(card).toContain('Hallo Sanne, er staan 2 dingen voor je klaar');
  });

  it('catches up once after downtime, bundled, without a flood', async () => {
    await setup();
    // Down for three weeks: back on Monday 26 January at 09:30.
    clock.set('2026-01-26T08:30:00Z');
    const report = await rig.scheduler.tick();
    expect(report.claimed).toBeGreaterThan(4);
    expect(toManager()).toHaveLength(1); // three missed weekly nudges: one message
    expect(cardText(toManager()[0]!)).toContain('nog niet vastgelegd');
    const hrCards = toHr().map(cardText);
    expect(hrCards).toHaveLength(2); // the missed arbo reminders as one nudge, and one escalation
    expect(hrCards.filter((c) => c.includes('Aandacht nodig'))).toHaveLength(1);
    const again = await rig.scheduler.tick();
    expect(again.claimed).toBe(0);
    expect(connector.delivered()).toHaveLength(3);
  });

  it('never sends a reminder twice when two schedulers share the store', async () => {
    w = await oneCaseWorld({ serviceUrl: connector.url });
    for (let i = 2; i <= 12; i++) {
      await addPerson(w, `m${i}`, ['manager'], { displayName: `Manager ${i}` });
      await addPerson(w, `e${i}`, ['employee']);
      await addConversation(w, `m${i}`);
      await addCase(w, `c${i}`, `m${i}`, `e${i}`, '2026-01-05');
    }
    clock = new VirtualClock(Date.parse('2026-01-05T07:00:00Z'));
    const second = await openSqliteStore(w.path);
    try {
      const a = makeRig(w.store, clock, { owner: 'a', batchSize: 3 });
      const b = makeRig(second, clock, { owner: 'b', batchSize: 3 });
      const ids = ['c1', ...Array.from({ length: 11 }, (_, i) => `c${i + 2}`)];
      for (const id of ids) await a.replanner.replan('t1', id);
      await runUntil(w.store, clock, [a.scheduler, b.scheduler], 't1', ids, '2026-01-21T00:00:00Z');
      const sentIds = [...a.events, ...b.events].filter((e) => e.outcome.status === 'sent').flatMap((e) => e.items.map((i) => i.reminderId));
      expect(new Set(sentIds).size).toBe(sentIds.length);
      // One tenant is delivered by one instance at a time (its delivery lease), whichever gets it.
      expect(a.events.length + b.events.length).toBeGreaterThan(0);
      // Every manager got the 6 January nudge exactly once.
      for (const m of ['m1', 'm2', 'm7', 'm12']) {
        expect(connector.delivered(`conv-${m}`).filter((c) => cardText(c).includes('Contact met'))).toHaveLength(3);
      }
    } finally {
      await second.close();
    }
  });

  it('resends after the lease when a scheduler crashed between claim and send, and never after sent', async () => {
    await setup('2026-01-06T08:00:00Z');
    // Another process claimed everything due, then died before sending.
    const lost = await w.store.reminders.claimDue({ now: clock.now(), leaseMs: 10 * 60_000, owner: 'crashed', limit: 50 });
    expect(lost.length).toBeGreaterThan(0);
    expect((await rig.scheduler.tick()).claimed).toBe(0);
    expect(connector.delivered()).toHaveLength(0);
    clock.advance(10 * 60_000 + 1000);
    await rig.scheduler.tick();
    const first = connector.delivered().length;
    expect(first).toBeGreaterThan(0);
    expect(toManager()).toHaveLength(1);
    // Re-planning and ticking again sends nothing new: sent stays sent.
    await rig.replanner.replan('t1', 'c1');
    clock.advance(60 * 60_000);
    await rig.scheduler.tick();
    expect(connector.delivered()).toHaveLength(first);
  });

  it('backs off when throttled and delivers once later', async () => {
    await setup('2026-01-06T08:00:00Z');
    connector.failAlways('conv-m1', { status: 429, retryAfterSeconds: 30 });
    const report = await rig.scheduler.tick();
    expect(report.released).toBe(1);
    const r = (await w.store.reminders.get('t1', 'c1:c:2026-01-06:0'))!.value;
    expect(r).toMatchObject({ state: 'pending', lastError: 'throttled', attempts: 1 });
    expect(Date.parse(r.dueAt) - clock.now().getTime()).toBeGreaterThanOrEqual(30_000);
    connector.reset();
    clock.set(r.dueAt);
    await rig.scheduler.tick();
    expect(toManager()).toHaveLength(1);
  });

  it('keeps a snoozed item quiet until the day asked for', async () => {
    await setup('2026-01-06T07:00:00Z');
    const record = (await w.store.records.append({
      id: 'r1',
      tenantId: 't1',
      caseId: 'c1',
      personId: 'e1',
      kind: 'nudge_response',
      idempotencyKey: 'k1',
      createdBy: 'm1',
      createdAt: '2026-01-06T07:00:00Z',
      data: { item: 'c:2026-01-06', action: 'snooze', until: '2026-01-08' },
    })).record;
    await rig.changes.recordAdded(record);
    await rig.changes.settle();
    await runUntil(w.store, clock, [rig.scheduler], 't1', ['c1'], '2026-01-09T00:00:00Z');
    const contacts = rig.events.filter((e) => e.items.some((i) => i.kind === 'contact'));
    expect(contacts.map((e) => localIso(e.at, 'Europe/Amsterdam').slice(0, 10))).toEqual(['2026-01-08']);
  });
});
