// Several instances on one store: each tenant is delivered by one instance at a time (its
// delivery lease), a crashed instance's work is taken over within two leases, claims are renewed
// while a slow send goes on, and a 429 one instance met is honoured by the next.
import pino from 'pino';
import type { Clock } from '../../src/core/ports';
import { Replanner } from '../../src/scheduler/replanner';
import { Scheduler } from '../../src/scheduler/scheduler';
import type { DeliveryResult, ProactiveDelivery } from '../../src/scheduler/ports';
import { ClaimKeeper } from '../../src/scheduler/claim-keeper';
import { TenantLease, deliveryLeaseName } from '../../src/scheduler/tenant-lease';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store';
import type { Store } from '../../src/store/store';
import { FakeConnector } from '../support/fake-connector';
import { makeRig } from '../support/scheduler-rig';
import { addCase, addConversation, addPerson, oneCaseWorld, VirtualClock } from '../support/scheduler-world';

const connector = new FakeConnector();
beforeAll(() => connector.start());
afterAll(() => connector.stop());
beforeEach(() => connector.reset());

const logger = pino({ level: 'silent' });
const MANAGERS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
type W = Awaited<ReturnType<typeof oneCaseWorld>>;
let w: W;
let peer: Store;

/** Six managers, each with a first contact due on Tuesday 6 January at 09:00. */
async function sixManagers(clock: Clock): Promise<void> {
  w = await oneCaseWorld({ serviceUrl: connector.url });
  for (const m of MANAGERS.slice(1)) {
    await addPerson(w, m, ['manager'], { displayName: `Manager ${m}` });
    await addPerson(w, `e-${m}`, ['employee']);
    await addConversation(w, m);
    await addCase(w, `c-${m}`, m, `e-${m}`, '2026-01-05');
  }
  const planner = new Replanner(w.store, clock, logger);
  for (const id of ['c1', ...MANAGERS.slice(1).map((m) => `c-${m}`)]) await planner.replan('t1', id);
  peer = await openSqliteStore(w.path);
}
afterEach(async () => {
  await peer?.close();
  await w?.dispose();
});

const claimedBy = async (owner: string) =>
  (await w.store.reminders.listForTenant('t1', { kind: 'contact', state: 'claimed' })).filter((r) => r.claimedBy === owner);
const managerCards = () => MANAGERS.map((m) => connector.delivered(`conv-${m}`).length);

describe('scale-out: one instance per tenant at a time', () => {
  it('lets one of two instances ticking at once deliver a tenant, each person once', async () => {
    const clock = new VirtualClock(Date.parse('2026-01-05T07:00:00Z'));
    await sixManagers(clock);
    clock.set('2026-01-06T08:00:00Z');
    const a = makeRig(w.store, clock, { owner: 'a' });
    const b = makeRig(peer, clock, { owner: 'b' });
    const [ra, rb] = await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    expect([ra.claimed, rb.claimed].filter((n) => n > 0)).toHaveLength(1);
    expect(managerCards()).toEqual([1, 1, 1, 1, 1, 1]);
    // The lease was given back: the next round may go to either.
    expect(Date.parse((await w.store.leases.get(deliveryLeaseName('t1')))!.until)).toBeLessThanOrEqual(clock.now().getTime());
  });

  it('takes a crashed instance\'s tenant over within two leases, and its late settling changes nothing', async () => {
    const clock = new VirtualClock(Date.parse('2026-01-05T07:00:00Z'));
    await sixManagers(clock);
    clock.set('2026-01-06T08:00:00Z');
    // Instance A claims everything, then hangs in its first send (as good as killed: no renewal
    // happens on the virtual clock); when it wakes up, its next sends would go through.
    let unblock!: (r: DeliveryResult) => void;
    const hung = new Promise<DeliveryResult>((resolve) => (unblock = resolve));
    const real = makeRig(w.store, clock).delivery;
    let calls = 0;
    const stuck: ProactiveDelivery = { toPerson: (...args) => (calls++ === 0 ? hung : real.toPerson(...args)), toHr: (...args) => real.toHr(...args) };
    const a = new Scheduler({ store: w.store, clock, logger, delivery: stuck, replanner: new Replanner(w.store, clock, logger), owner: 'a', leaseMs: 60_000, concurrency: 1 });
    const aTick = a.tick();
    for (let i = 0; i < 200 && (await claimedBy('a')).length < MANAGERS.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await claimedBy('a')).toHaveLength(MANAGERS.length);

    const b = makeRig(peer, clock, { owner: 'b', leaseMs: 60_000 });
    expect((await b.scheduler.tick()).claimed).toBe(0); // A's lease holds
    clock.advance(60_000); // one lease later, A has not renewed
    const report = await b.scheduler.tick();
    expect(report.sent).toBeGreaterThanOrEqual(MANAGERS.length);
    expect(managerCards()).toEqual([1, 1, 1, 1, 1, 1]);

    // A wakes up: its claims ran out, so it sends none of the rest again, and marks nothing twice.
    unblock({ outcome: { status: 'sent' }, channel: 'teams' });
    await aTick;
    expect(await w.store.reminders.listForTenant('t1', { kind: 'contact', state: 'claimed' })).toEqual([]);
    expect(managerCards()).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('after a crash waits until every claim left has run out, so a person still gets one card', async () => {
    const clock = new VirtualClock(Date.parse('2026-01-05T07:00:00Z'));
    await sixManagers(clock);
    // m1 has a second case: two contacts due, one card expected.
    await addPerson(w, 'e-second', ['employee']);
    await addCase(w, 'c-second', 'm1', 'e-second', '2026-01-05');
    await new Replanner(w.store, clock, logger).replan('t1', 'c-second');
    clock.set('2026-01-06T08:00:00Z');
    // Instance A took the tenant, claimed everything, renewed one of m1's two claims later than
    // the other, and died before sending anything.
    const now = clock.now();
    expect(await w.store.leases.acquire(deliveryLeaseName('t1'), 'a', now, 60_000, { clean: false })).not.toBeNull();
    const claims = await w.store.reminders.claimDue({ now, leaseMs: 60_000, owner: 'a', limit: 100, tenantId: 't1' });
    const m1 = claims.filter((c) => c.value.recipientId === 'm1');
    expect(m1).toHaveLength(2);
    await w.store.reminders.renewClaim(m1[1]!.value, m1[1]!.etag, new Date(now.getTime() + 90_000));

    const b = makeRig(peer, clock, { owner: 'b', leaseMs: 60_000 });
    clock.advance(60_000); // A's lease and all but one claim have run out
    expect((await b.scheduler.tick()).claimed).toBe(0);
    expect(managerCards()).toEqual([0, 0, 0, 0, 0, 0]);
    // Waiting is not clean: whoever takes the tenant next waits too.
    expect((await w.store.leases.get(deliveryLeaseName('t1')))?.data.clean).toBe(false);

    clock.advance(30_000); // the last claim has run out
    expect((await b.scheduler.tick()).sent).toBe(claims.length);
    expect(managerCards()).toEqual([1, 1, 1, 1, 1, 1]);
    const card = JSON.stringify(connector.delivered('conv-m1')[0]);
    for (const c of m1) expect(card).toContain(c.value.id);
    // Given back with nothing left claimed: the next holder starts at once.
    expect((await w.store.leases.get(deliveryLeaseName('t1')))?.data.clean).toBe(true);
  });

  it('renews its claims while a slow send goes on, so nobody takes them over', async () => {
    // A clock that runs in real time from Tuesday 09:00: leases of 300 ms run out for real.
    const base = Date.parse('2026-01-05T07:00:00Z');
    const started = Date.now();
    const clock: Clock = { now: () => new Date(base + (Date.now() - started)) };
    await sixManagers(clock);
    const shift = Date.parse('2026-01-06T08:00:00Z') - base;
    const tuesday: Clock = { now: () => new Date(clock.now().getTime() + shift) };
    const real = makeRig(w.store, tuesday).delivery;
    const slow: ProactiveDelivery = {
      toPerson: async (...args) => {
        await new Promise((r) => setTimeout(r, 700));
        return real.toPerson(...args);
      },
      toHr: (...args) => real.toHr(...args),
    };
    const a = makeRig(w.store, tuesday, { owner: 'a', leaseMs: 300, delivery: slow, concurrency: 1 });
    const aTick = a.scheduler.tick();
    await new Promise((r) => setTimeout(r, 500));
    // Past the first lease: the claims were renewed, nothing is claimable by another.
    const now = tuesday.now();
    const held = await claimedBy('a');
    expect(held.length).toBeGreaterThan(0);
    for (const r of held) expect(Date.parse(r.claimedUntil!)).toBeGreaterThan(now.getTime());
    expect(await peer.reminders.claimDue({ now, leaseMs: 300, owner: 'b', limit: 50, tenantId: 't1' })).toEqual([]);
    await aTick;
    expect(managerCards()).toEqual([1, 1, 1, 1, 1, 1]);
  }, 20_000);
});

describe('scale-out: a 429 is honoured by every instance', () => {
  it('logs the pause into the tenant\'s lease, and the next holder waits for it too', async () => {
    const clock = new VirtualClock(Date.parse('2026-01-05T07:00:00Z'));
    await sixManagers(clock);
    clock.set('2026-01-06T08:00:00Z');
    connector.failNext('conv-m3', { status: 429, retryAfterSeconds: 30 });
    const a = makeRig(w.store, clock, { owner: 'a' });
    await a.scheduler.tick();
    expect(a.queue.stats.throttled).toBe(1);
    const pause = a.queue.pausedUntil('t1');
    expect(pause).toBeGreaterThan(Date.now() + 25_000);
    const lease = await w.store.leases.get(deliveryLeaseName('t1'));
    expect(lease?.data.pauses).toEqual({ teams: pause });

    const b = makeRig(peer, clock, { owner: 'b' });
    expect(b.queue.pausedUntil('t1')).toBe(0);
    const held = await TenantLease.take({ store: peer, clock, logger, owner: 'b', leaseMs: 60_000, pacing: b.pacing }, 't1', new ClaimKeeper(peer, 60_000, logger));
    expect(held).not.toBeNull();
    expect(b.queue.pausedUntil('t1')).toBe(pause);
    await held!.release(true);
  });
});
