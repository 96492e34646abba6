// Re-planning against the real SQLite store: what is stored follows the plan, writes only what
// changed, and never touches what was sent or claimed.
import pino from 'pino';
import { completeMilestone } from '../../src/domain/case-events';
import { AfterTurn } from '../../src/core/after-turn';
import { PlanQueue, REPLAN_KIND } from '../../src/scheduler/plan-queue';
import { Replanner } from '../../src/scheduler/replanner';
import type { Reminder } from '../../src/store/types';
import { oneCaseWorld, VirtualClock } from '../support/scheduler-world';

const logger = pino({ level: 'silent' });
type W = Awaited<ReturnType<typeof oneCaseWorld>>;
let w: W;
let clock: VirtualClock;
let replanner: Replanner;
/** The core's change listener, as the app wires it: plans follow after the answer. */
let changes: PlanQueue;

beforeEach(async () => {
  w = await oneCaseWorld();
  clock = new VirtualClock(Date.parse('2026-01-05T08:00:00Z'));
  replanner = new Replanner(w.store, clock, logger);
  changes = new PlanQueue(w.store, clock, logger, new AfterTurn(logger), [replanner]);
});
afterEach(() => w.dispose());

const pending = async () => (await w.store.reminders.listForCase('t1', 'c1')).filter((r) => r.state === 'pending' && r.kind !== REPLAN_KIND);
const markers = async () => (await w.store.reminders.listForCase('t1', 'c1')).filter((r) => r.kind === REPLAN_KIND);
const byId = (list: Reminder[]) => new Map(list.map((r) => [r.id, r]));

describe('replanner', () => {
  it('stores the plan with delivery instants in working hours, and a second run writes nothing', async () => {
    const first = await replanner.replan('t1', 'c1');
    expect(first.written).toBe(first.planned);
    const stored = await pending();
    expect(stored.length).toBe(first.planned);
    const contact = stored.find((r) => r.id === 'c1:c:2026-01-06:0')!;
    expect(contact).toMatchObject({ recipientId: 'm1', recipientRole: 'manager', kind: 'contact', dueAt: '2026-01-06T08:00:00.000Z' });
    // HR's reminder for the arbo report due on Sunday 11 January, "the day before" (Saturday), goes out on Friday.
    expect(stored.find((r) => r.id === 'c1:m:nl.arbo_report@2026-01-11:1')).toMatchObject({ recipientId: 'hr', dueAt: '2026-01-09T08:00:00.000Z' });
    const again = await replanner.replan('t1', 'c1');
    expect(again).toEqual({ planned: first.planned, written: 0, cancelled: 0 });
  });

  it('cancels what is no longer planned when a step is done, keeping the rest', async () => {
    await replanner.replan('t1', 'c1');
    const found = (await w.store.cases.get('t1', 'c1'))!;
    await w.store.cases.update(completeMilestone(found.value, { id: 'nl.arbo_report', on: '2026-01-05' }), found.etag);
    const result = await replanner.replan('t1', 'c1');
    expect(result.cancelled).toBeGreaterThan(0);
    const all = byId(await w.store.reminders.listForCase('t1', 'c1'));
    expect(all.get('c1:m:nl.arbo_report@2026-01-11:1')!.state).toBe('cancelled');
    expect(all.get('c1:c:2026-01-06:0')!.state).toBe('pending');
  });

  it('touches only what changed: reminders still planned as they were keep their version', async () => {
    await replanner.replan('t1', 'c1');
    const versions = async () => new Map((await Promise.all((await pending()).map((r) => w.store.reminders.get('t1', r.id)))).map((v) => [v!.value.id, v!.etag]));
    const before = await versions();
    const found = (await w.store.cases.get('t1', 'c1'))!;
    await w.store.cases.update(completeMilestone(found.value, { id: 'nl.arbo_report', on: '2026-01-05' }), found.etag);
    const result = await replanner.replan('t1', 'c1');
    const after = await versions();
    const kept = [...after].filter(([id, etag]) => before.get(id) === etag).map(([id]) => id);
    expect(kept.length).toBe(after.size - result.written);
    // Another step's reminders, of the same kind as the ones cancelled, are not written again.
    expect(kept.some((id) => id.includes(':m:') && !id.includes('arbo_report'))).toBe(true);
    expect(result.cancelled).toBeGreaterThan(0);
  });

  it('leaves a sent reminder alone and plans around it', async () => {
    await replanner.replan('t1', 'c1');
    clock.set('2026-01-06T08:00:00Z');
    const [claimed] = (await w.store.reminders.claimDue({ now: clock.now(), leaseMs: 60_000, owner: 'x', limit: 10 })).filter(
      (r) => r.value.id === 'c1:c:2026-01-06:0',
    );
    const sent = await w.store.reminders.markSent(claimed!.value, claimed!.etag, clock.now());
    await replanner.replan('t1', 'c1');
    expect((await w.store.reminders.get('t1', sent.value.id))!.value.state).toBe('sent');
  });

  it('moves a snoozed item when the answer is recorded', async () => {
    await replanner.replan('t1', 'c1');
    await w.store.records.append({
      id: 'r1',
      tenantId: 't1',
      caseId: 'c1',
      personId: 'e1',
      kind: 'nudge_response',
      idempotencyKey: 'k1',
      createdBy: 'm1',
      createdAt: '2026-01-06T09:00:00Z',
      data: { item: 'c:2026-01-06', action: 'snooze', until: '2026-01-08' },
    });
    await changes.recordAdded((await w.store.records.list('t1', { caseId: 'c1' }))[0]!);
    await changes.settle();
    const stored = byId(await pending());
    expect(stored.has('c1:c:2026-01-06:0')).toBe(false);
    expect(stored.get('c1:c:2026-01-06:s:2026-01-08')!.dueAt).toBe('2026-01-08T08:00:00.000Z');
  });

  it('cancels everything for a closed case', async () => {
    await replanner.replan('t1', 'c1');
    const found = (await w.store.cases.get('t1', 'c1'))!;
    const closed = { ...found.value, sickPeriods: [{ ...found.value.sickPeriods[0]!, end: '2026-01-06' }], status: 'closed' as const, closedOn: '2026-01-07' };
    await w.store.cases.update(closed, found.etag);
    await changes.caseChanged('t1', 'c1');
    await changes.settle();
    expect(await pending()).toEqual([]);
  });

  it('plans a burst of reported changes once, off the turn', async () => {
    await changes.caseChanged('t1', 'c1');
    await changes.caseChanged('t1', 'c1');
    expect(await pending()).toEqual([]); // not yet: the turn did not wait for it
    expect(await markers()).toHaveLength(1); // but a crash now would not lose it
    await changes.settle();
    expect((await pending()).length).toBeGreaterThan(5);
    expect(await markers()).toEqual([]);
  });

  it('folds changes that arrive during a run into one more run', async () => {
    const runs = await Promise.all([replanner.replan('t1', 'c1'), replanner.replan('t1', 'c1'), replanner.replan('t1', 'c1')]);
    expect(runs[1]).toBe(runs[2]);
    expect((await pending()).length).toBe(runs[0]!.planned);
  });

  it('uses the manager\'s own time zone for their reminders', async () => {
    const found = (await w.store.people.get('t1', 'm1'))!;
    await w.store.people.update({ ...found.value, timeZone: 'Europe/London' }, found.etag);
    await replanner.replan('t1', 'c1');
    expect((await w.store.reminders.get('t1', 'c1:c:2026-01-06:0'))!.value.dueAt).toBe('2026-01-06T09:00:00.000Z');
  });
});
