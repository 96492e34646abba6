// Several instances on one store: re-planning one case is serialised (a stale plan never
// overwrites a newer one), and retention runs once per period, whichever instance.
import pino from 'pino';
import { Replanner } from '../../src/scheduler/replanner';
import { RetentionJob } from '../../src/scheduler/retention-job';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store';
import type { Store } from '../../src/store/store';
import { addConversation, addPerson, oneCaseWorld, VirtualClock } from '../support/scheduler-world';

const logger = pino({ level: 'silent' });
type W = Awaited<ReturnType<typeof oneCaseWorld>>;
let w: W;
let peer: Store;
afterEach(async () => {
  await peer?.close();
  await w?.dispose();
});

/** The same store, but the instance's reminder writes wait until `open()` is called. */
function withHeldWrites(store: Store): { store: Store; open(): void; reached: Promise<void> } {
  let open!: () => void;
  let arrive!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const reached = new Promise<void>((resolve) => (arrive = resolve));
  const reminders = Object.create(store.reminders) as Store['reminders'];
  reminders.upsertPending = async (...args) => {
    arrive();
    await gate;
    return store.reminders.upsertPending(...args);
  };
  return { store: { ...store, reminders } as Store, open, reached };
}

describe('scale-out: re-planning one case on two instances', () => {
  it('runs one plan after the other, so the newest case wins', async () => {
    const clock = new VirtualClock(Date.parse('2026-01-05T07:00:00Z'));
    w = await oneCaseWorld();
    await addPerson(w, 'm2', ['manager'], { displayName: 'Manager twee' });
    await addConversation(w, 'm2');
    peer = await openSqliteStore(w.path);
    await new Replanner(w.store, clock, logger).replan('t1', 'c1');

    // The case moves to manager m2: instance A plans that, and is slow to write it.
    const held = withHeldWrites(w.store);
    const a = new Replanner(held.store, clock, logger);
    const b = new Replanner(peer, clock, logger);
    const move = async (managerId: string) => {
      const c = (await w.store.cases.get('t1', 'c1'))!;
      await w.store.cases.update({ ...c.value, managerId }, c.etag);
    };
    await move('m2');
    const planA = a.replan('t1', 'c1');
    await held.reached;
    // Meanwhile the move is undone, and instance B plans that.
    await move('m1');
    const planB = b.replan('t1', 'c1');
    await new Promise((r) => setTimeout(r, 100));
    held.open();
    await Promise.all([planA, planB]);

    // The stored reminders follow the case as it is now: a fresh plan has nothing to change.
    const pending = (await w.store.reminders.listForCase('t1', 'c1')).filter((r) => r.state === 'pending' && r.recipientRole === 'manager');
    expect(pending.length).toBeGreaterThan(0);
    expect(new Set(pending.map((r) => r.recipientId))).toEqual(new Set(['m1']));
    expect(await new Replanner(w.store, clock, logger).replan('t1', 'c1')).toMatchObject({ written: 0, cancelled: 0 });
  });
});

describe('scale-out: retention once per period', () => {
  it('runs on one instance per six hours, whichever asks first', async () => {
    const clock = new VirtualClock(Date.parse('2026-01-05T07:00:00Z'));
    w = await oneCaseWorld();
    peer = await openSqliteStore(w.path);
    const jobs = [new RetentionJob(w.store, clock, logger), new RetentionJob(peer, clock, logger), new RetentionJob(w.store, clock, logger)];
    const first = await Promise.all(jobs.map((j) => j.runNow()));
    expect(first.filter((r) => r.ran)).toHaveLength(1);
    expect(first.find((r) => r.ran)).toMatchObject({ tenants: 1, failedTenants: 0 });
    // Later in the same period (06:00-12:00 UTC): nobody runs it again, the first instance included.
    clock.set('2026-01-05T11:59:00Z');
    expect((await Promise.all(jobs.map((j) => j.runNow()))).filter((r) => r.ran)).toHaveLength(0);
    // The next period: once again.
    clock.set('2026-01-05T12:00:00Z');
    expect((await Promise.all(jobs.map((j) => j.runNow()))).filter((r) => r.ran)).toHaveLength(1);
  });
});
