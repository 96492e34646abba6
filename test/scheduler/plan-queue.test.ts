// After a change, the case's plans follow after the answer, and are never lost: a marker stands
// for every change until its plan is stored, and the scheduler's tick plans what a crash or a
// failure left behind. Against the real SQLite store.
import pino from 'pino';
import { AfterTurn } from '../../src/core/after-turn';
import { MARKER_GRACE_MS, markerId, PlanQueue, REPLAN_KIND, type CasePlanner } from '../../src/scheduler/plan-queue';
import { Replanner } from '../../src/scheduler/replanner';
import { makeRig } from '../support/scheduler-rig';
import { oneCaseWorld, VirtualClock } from '../support/scheduler-world';

const logger = pino({ level: 'silent' });
type W = Awaited<ReturnType<typeof oneCaseWorld>>;
let w: W;
let clock: VirtualClock;

beforeEach(async () => {
  w = await oneCaseWorld();
  clock = new VirtualClock(Date.parse('2026-01-05T08:00:00Z'));
});
afterEach(() => w.dispose());

const planned = async () => (await w.store.reminders.listForCase('t1', 'c1')).filter((r) => r.state === 'pending' && r.kind !== REPLAN_KIND);
const marker = async () => (await w.store.reminders.get('t1', markerId('c1')))?.value ?? null;
/** Work after answers that never runs: the process dies before it gets to it. */
const dying = () => new AfterTurn(logger, { delayMs: 1e9 });
const failing: CasePlanner = { follows: () => true, planCase: async () => Promise.reject(new Error('store down')) };

describe('plan queue', () => {
  it('plans a change after the answer and then removes its marker', async () => {
    const queue = new PlanQueue(w.store, clock, logger, new AfterTurn(logger), [new Replanner(w.store, clock, logger)]);
    await queue.changing('t1', 'c1');
    expect(await marker()).toMatchObject({ state: 'pending', dueAt: new Date(clock.now().getTime() + MARKER_GRACE_MS).toISOString() });
    await queue.caseChanged('t1', 'c1');
    expect(await planned()).toEqual([]);
    await queue.settle();
    expect((await planned()).length).toBeGreaterThan(5);
    expect(await marker()).toBeNull();
  });

  it('leaves the marker of a change whose write failed for the tick: the write may have landed all the same', async () => {
    const queue = new PlanQueue(w.store, clock, logger, new AfterTurn(logger), [new Replanner(w.store, clock, logger)]);
    await queue.changing('t1', 'c1');
    await queue.settle();
    expect(await marker()).toMatchObject({ state: 'pending' });
    clock.advance(MARKER_GRACE_MS);
    await makeRig(w.store, clock).scheduler.tick();
    expect((await planned()).length).toBeGreaterThan(5);
    expect(await marker()).toBeNull();
  });

  it('loses nothing to a crash between the answer and the plan: the tick plans the case once its marker is due', async () => {
    const crashed = new PlanQueue(w.store, clock, logger, dying(), [new Replanner(w.store, clock, logger)]);
    await crashed.changing('t1', 'c1');
    await crashed.caseChanged('t1', 'c1');
    // Another instance (or the same one, restarted) ticks: not yet, the marker is young.
    const restarted = makeRig(w.store, clock);
    await restarted.scheduler.tick();
    expect(await planned()).toEqual([]);
    clock.advance(MARKER_GRACE_MS);
    await restarted.scheduler.tick();
    expect((await planned()).length).toBeGreaterThan(5);
    expect(await marker()).toBeNull();
  });

  it('leaves the marker for the tick when the plan after the answer fails', async () => {
    const queue = new PlanQueue(w.store, clock, logger, new AfterTurn(logger, { retryMs: [] }), [failing]);
    await queue.caseChanged('t1', 'c1');
    await queue.settle();
    expect(await marker()).toMatchObject({ state: 'pending' });
  });

  it('tries a plan that fails in the tick again later, keeping the error on the marker', async () => {
    const broken = new PlanQueue(w.store, clock, logger, dying(), [failing]);
    await broken.caseChanged('t1', 'c1');
    clock.advance(MARKER_GRACE_MS);
    const [claimed] = await w.store.reminders.claimDue({ now: clock.now(), leaseMs: 60_000, owner: 'tick', limit: 10 });
    expect(claimed?.value.kind).toBe(REPLAN_KIND);
    expect(await broken.deliverClaimed(claimed!)).toBe('released');
    const left = (await marker())!;
    expect(left).toMatchObject({ state: 'pending', attempts: 1, lastError: 'store down' });
    expect(Date.parse(left.dueAt)).toBeGreaterThan(clock.now().getTime());

    const mended = new PlanQueue(w.store, clock, logger, dying(), [new Replanner(w.store, clock, logger)]);
    clock.set(left.dueAt);
    const [again] = await w.store.reminders.claimDue({ now: clock.now(), leaseMs: 60_000, owner: 'tick', limit: 10 });
    expect(await mended.deliverClaimed(again!)).toBe('done');
    expect(await marker()).toBeNull();
    expect((await planned()).length).toBeGreaterThan(5);
  });

  it('keeps the marker of a change that came while the plan ran, until that change is planned too', async () => {
    const gates: Array<() => void> = [];
    const slow: CasePlanner = { follows: () => true, planCase: () => new Promise<void>((resolve) => gates.push(resolve)) };
    const queue = new PlanQueue(w.store, clock, logger, new AfterTurn(logger, { delayMs: 0 }), [slow]);
    const until = async (n: number) => {
      while (gates.length < n) await new Promise((r) => setTimeout(r, 5));
    };
    await queue.caseChanged('t1', 'c1');
    await until(1); // the first plan is under way
    await queue.caseChanged('t1', 'c1'); // a newer change: its own marker
    const newer = (await w.store.reminders.get('t1', markerId('c1')))!.etag;
    gates[0]!();
    await until(2); // the first plan is done, the second one under way
    expect((await w.store.reminders.get('t1', markerId('c1')))?.etag).toBe(newer);
    gates[1]!();
    await queue.settle();
    expect(await marker()).toBeNull();
  });
});
