// The claim keeper as handlers of other features' reminders (check-ins, view requests, re-plan
// markers) see it through a guard: a claim is live only with time to spare, a renewal and the
// settling write never meet, and a settling write that failed counts as still standing.
import pino from 'pino';
import { ClaimKeeper } from '../../src/scheduler/claim-keeper';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store';
import type { Store } from '../../src/store/store';
import { aReminder } from '../store/contract/fixtures';

const logger = pino({ level: 'silent' });
const LEASE = 60_000;
const at = (iso: string) => new Date(iso);

const reminder = (id: string) =>
  aReminder('t1', id, { caseId: 'c1', recipientId: 'e1', recipientRole: 'employee', kind: 'checkin', milestoneId: null, dueAt: '2026-03-02T08:00:00.000Z' });

let store: Store;
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  await store.reminders.upsertPending([reminder('r1'), reminder('r2')]);
});
afterEach(() => store.close());

const claimAll = (now: Date) => store.reminders.claimDue({ now, leaseMs: LEASE, owner: 'a', limit: 10, tenantId: 't1' });

describe('ClaimKeeper guards', () => {
  it('calls a claim live only while more than a quarter of its lease is left, and renews it before then', async () => {
    const claims = await claimAll(at('2026-03-02T08:00:00.000Z'));
    const keeper = new ClaimKeeper(store, LEASE, logger);
    keeper.track(claims);
    let now = at('2026-03-02T08:00:44.000Z');
    const guard = keeper.guard(claims[0]!, () => now);
    expect(guard.live()).toBe(true);
    now = at('2026-03-02T08:00:46.000Z'); // 14 s left of 60
    expect(guard.live()).toBe(false);
    await keeper.renewDue(now);
    expect(guard.live()).toBe(true);
    expect((await store.reminders.get('t1', 'r1'))?.value.claimedUntil).toBe('2026-03-02T08:01:46.000Z');
  });

  it('settles with the version a renewal just wrote, after the renewal, and stops renewing it', async () => {
    const claims = await claimAll(at('2026-03-02T08:00:00.000Z'));
    const keeper = new ClaimKeeper(store, LEASE, logger);
    keeper.track(claims);
    const now = at('2026-03-02T08:00:30.000Z');
    const renewing = keeper.renewDue(now);
    const claim = claims[0]!;
    // Started while the renewal is under way: it waits for it, then writes with the new etag.
    await keeper.guard(claim, () => now).settle(() => store.reminders.markSent(claim.value, claim.etag, now));
    await renewing;
    expect((await store.reminders.get('t1', 'r1'))?.value.state).toBe('sent');
    expect(keeper.outstanding).toBe(1);
    await keeper.renewDue(at('2026-03-02T08:01:10.000Z'));
    expect((await store.reminders.get('t1', 'r1'))?.value.state).toBe('sent');
    expect((await store.reminders.get('t1', 'r2'))?.value.claimedUntil).toBe('2026-03-02T08:02:10.000Z');
  });

  it('counts a claim whose settling write failed as still standing, and one lost to another holder as gone', async () => {
    const claims = await claimAll(at('2026-03-02T08:00:00.000Z'));
    const keeper = new ClaimKeeper(store, LEASE, logger);
    keeper.track(claims);
    const now = () => at('2026-03-02T08:00:10.000Z');
    await expect(keeper.guard(claims[0]!, now).settle(() => Promise.reject(new Error('store unavailable')))).rejects.toThrow('store unavailable');
    expect(keeper.outstanding).toBe(2);
    // Another holder moved r2 on: our write is refused as a conflict.
    const stale = { ...claims[1]! };
    await store.reminders.renewClaim(claims[1]!.value, claims[1]!.etag, at('2026-03-02T08:05:00.000Z'));
    await expect(keeper.guard(claims[1]!, now).settle(() => store.reminders.markSent(stale.value, stale.etag, now()))).rejects.toThrow();
    expect(keeper.outstanding).toBe(1);
  });
});
