// The inbox: an inbound delivery is claimed with a lease, marked done after the work, handed back
// when the work failed, and (when its payload is kept) finished by another worker if this one dies.
import type { Ctx } from './context';
import { at } from './fixtures';

const t0 = at('2024-03-01T10:00:00.000Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const LEASE = 60_000;

export function inboxContract(ctx: Ctx): void {
  describe('inbox', () => {
    it('claims a key once; a repeat during the work is busy, after the work done, after the window new', async () => {
      const { store } = ctx();
      const first = await store.inbox.claim('slack:event:T1:Ev1', { now: t0, leaseMs: LEASE });
      expect(first.state).toBe('claimed');
      expect(await store.inbox.claim('slack:event:T1:Ev1', { now: later(1000), leaseMs: LEASE })).toEqual({ state: 'busy' });
      await store.inbox.complete('slack:event:T1:Ev1', 3600, later(2000));
      expect(await store.inbox.claim('slack:event:T1:Ev1', { now: later(3000), leaseMs: LEASE })).toEqual({ state: 'done' });
      expect(await store.inbox.claim('slack:event:T1:Ev1', { now: later(3_601_999), leaseMs: LEASE })).toEqual({ state: 'done' });
      expect((await store.inbox.claim('slack:event:T1:Ev1', { now: later(3_602_000), leaseMs: LEASE })).state).toBe('claimed');
      expect((await store.inbox.claim('teams/with?odd#chars', { now: t0, leaseMs: LEASE })).state).toBe('claimed');
      expect((await store.inbox.claim('teams/with?odd#chars', { now: t0, leaseMs: LEASE })).state).toBe('busy');
    });

    it('hands a failed attempt back: the next delivery is handled; a stale worker cannot hand back a claim it lost', async () => {
      const { store } = ctx();
      const first = await store.inbox.claim('k', { now: t0, leaseMs: LEASE });
      if (first.state !== 'claimed') throw new Error('expected a claim');
      await store.inbox.release('k', first.token, later(10), 'Slack was down');
      expect(await store.inbox.claim('k', { now: later(5), leaseMs: LEASE })).toEqual({ state: 'busy' });
      const retry = await store.inbox.claim('k', { now: later(10), leaseMs: LEASE });
      expect(retry.state).toBe('claimed');
      // The first worker's token is stale: its release changes nothing, the retry keeps its lease.
      await store.inbox.release('k', first.token, later(20));
      expect(await store.inbox.claim('k', { now: later(30), leaseMs: LEASE })).toEqual({ state: 'busy' });
    });

    it('takes over a claim whose worker died once the lease has run out; a heartbeat keeps a live one', async () => {
      const { store } = ctx();
      expect((await store.inbox.claim('teams:c:a1', { now: t0, leaseMs: LEASE })).state).toBe('claimed');
      expect((await store.inbox.claim('teams:c:a1', { now: later(LEASE - 1), leaseMs: LEASE })).state).toBe('busy');
      const taken = await store.inbox.claim('teams:c:a1', { now: later(LEASE), leaseMs: LEASE });
      if (taken.state !== 'claimed') throw new Error('expected a take-over');
      expect(await store.inbox.extend('teams:c:a1', taken.token, LEASE, later(LEASE + 50_000))).toBe(true);
      expect((await store.inbox.claim('teams:c:a1', { now: later(2 * LEASE + 1), leaseMs: LEASE })).state).toBe('busy');
      expect(await store.inbox.extend('teams:c:a1', 'someone-else', LEASE, later(2 * LEASE + 2))).toBe(false);
      const kept = await store.inbox.claim('ev:kept', { now: t0, leaseMs: LEASE, payload: { n: 1 } });
      if (kept.state !== 'claimed') throw new Error('expected a claim');
      expect(await store.inbox.extend('ev:kept', kept.token, LEASE, later(LEASE - 1))).toBe(true);
      expect(await store.inbox.claimPending({ now: later(LEASE + 1), leaseMs: LEASE, limit: 5 })).toEqual([]);
      expect((await store.inbox.claimPending({ now: later(2 * LEASE), leaseMs: LEASE, limit: 5 })).map((d) => d.key)).toEqual(['ev:kept']);
    });

    it('keeps a delivery with its payload until it is done, for whichever worker is free, oldest first', async () => {
      const { store } = ctx();
      const a = await store.inbox.claim('ev:a', { now: t0, leaseMs: LEASE, payload: { n: 1, text: 'hulp' } });
      const b = await store.inbox.claim('ev:b', { now: later(1), leaseMs: LEASE, payload: { n: 2 } });
      await store.inbox.claim('ev:c', { now: later(2), leaseMs: LEASE, payload: { n: 3 } });
      await store.inbox.claim('plain', { now: t0, leaseMs: LEASE });
      if (a.state !== 'claimed' || b.state !== 'claimed') throw new Error('expected claims');
      await store.inbox.complete('ev:a', 3600, later(100));
      await store.inbox.release('ev:b', b.token, later(500), 'boom');
      // While leases hold and retries are not due, nothing is pending.
      expect(await store.inbox.claimPending({ now: later(400), leaseMs: LEASE, limit: 10 })).toEqual([]);
      const due = await store.inbox.claimPending({ now: later(LEASE + 2), leaseMs: LEASE, limit: 10 });
      expect(due.map((d) => [d.key, d.payload, d.attempts])).toEqual([
        ['ev:b', { n: 2 }, 1],
        ['ev:c', { n: 3 }, 0],
      ]);
      // Claimed now: not handed out twice, and a repeat delivery is busy.
      expect(await store.inbox.claimPending({ now: later(LEASE + 3), leaseMs: LEASE, limit: 10 })).toEqual([]);
      expect(await store.inbox.claim('ev:c', { now: later(LEASE + 3), leaseMs: LEASE, payload: { n: 3 } })).toEqual({ state: 'busy' });
      await store.inbox.complete('ev:b', 3600, later(LEASE + 4));
      await store.inbox.complete('ev:c', 3600, later(LEASE + 4));
      expect(await store.inbox.claimPending({ now: later(10 * LEASE), leaseMs: LEASE, limit: 10 })).toEqual([]);
      expect(await store.inbox.claim('ev:c', { now: later(LEASE + 5), leaseMs: LEASE, payload: { n: 3 } })).toEqual({ state: 'done' });
    });

    it('respects the limit of pending deliveries handed out', async () => {
      const { store } = ctx();
      for (let i = 0; i < 5; i++) await store.inbox.claim(`ev:${i}`, { now: later(i), leaseMs: 10, payload: { i } });
      const first = await store.inbox.claimPending({ now: later(100), leaseMs: LEASE, limit: 2 });
      expect(first.map((d) => d.payload.i)).toEqual([0, 1]);
      const rest = await store.inbox.claimPending({ now: later(100), leaseMs: LEASE, limit: 10 });
      expect(rest.map((d) => d.payload.i)).toEqual([2, 3, 4]);
    });

    it('lets exactly one of several simultaneous deliveries claim a key, and one of two workers each pending delivery', async () => {
      const { store, peer } = ctx();
      const other = await peer();
      const claims = await Promise.all([store, other, store, other, store].map((s) => s.inbox.claim('retry-me', { now: t0, leaseMs: LEASE, payload: { x: 1 } })));
      expect(claims.filter((c) => c.state === 'claimed')).toHaveLength(1);
      const handedOut = await Promise.all([store, other].map((s) => s.inbox.claimPending({ now: later(LEASE), leaseMs: LEASE, limit: 5 })));
      expect(handedOut.flat().map((d) => d.key)).toEqual(['retry-me']);
    });
  });
}
