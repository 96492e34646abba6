// What several instances on one store rely on: leases (one holder at a time, taken over when
// they run out), the due tenants, a claim inside one tenant, and renewing a claim while sending.
import { ConflictError } from '../../../src/store/errors';
import type { Ctx } from './context';
import { aReminder, at } from './fixtures';

export function scaleOutContract(ctx: Ctx): void {
  describe('leases', () => {
    it('has one holder at a time; the holder renews, others wait until it runs out or is released', async () => {
      const { store, peer } = ctx();
      const other = await peer();
      const now = at('2024-03-01T08:00:00.000Z');
      const a = await store.leases.acquire('delivery:t1', 'a', now, 60_000, { pausedUntil: 5 });
      expect(a).toMatchObject({ owner: 'a', until: '2024-03-01T08:01:00.000Z', data: { pausedUntil: 5 } });
      expect(await other.leases.acquire('delivery:t1', 'b', at('2024-03-01T08:00:59.999Z'), 60_000)).toBeNull();
      // Another name is another lease.
      expect(await other.leases.acquire('delivery:t2', 'b', now, 60_000)).toMatchObject({ owner: 'b' });
      const renewed = await store.leases.acquire('delivery:t1', 'a', at('2024-03-01T08:00:30.000Z'), 60_000);
      expect(renewed).toMatchObject({ owner: 'a', until: '2024-03-01T08:01:30.000Z', data: { pausedUntil: 5 } });
      expect(await other.leases.acquire('delivery:t1', 'b', at('2024-03-01T08:01:29.000Z'), 60_000)).toBeNull();
      // Run out: taken over, and the data handed on.
      const b = await other.leases.acquire('delivery:t1', 'b', at('2024-03-01T08:01:30.000Z'), 60_000);
      expect(b).toMatchObject({ owner: 'b', data: { pausedUntil: 5 } });
      expect(await store.leases.release('delivery:t1', 'a', at('2024-03-01T08:01:31.000Z'))).toBe(false);
      expect(await other.leases.release('delivery:t1', 'b', at('2024-03-01T08:01:32.000Z'))).toBe(true);
      expect(await store.leases.acquire('delivery:t1', 'a', at('2024-03-01T08:01:32.000Z'), 1000)).toMatchObject({ owner: 'a' });
      expect((await other.leases.get('delivery:t1'))?.owner).toBe('a');
      expect(await store.leases.get('nothing')).toBeNull();
    });

    it('computes new data from what the last holder left, in the taking write, and lets a release leave data', async () => {
      const { store, peer } = ctx();
      const other = await peer();
      const now = at('2024-03-01T08:00:00.000Z');
      await store.leases.acquire('delivery:t1', 'a', now, 60_000, { pauses: { teams: 7 }, clean: false });
      expect(await store.leases.release('delivery:t1', 'a', at('2024-03-01T08:00:10.000Z'), (d) => ({ ...d, clean: true }))).toBe(true);
      const seen: Record<string, unknown>[] = [];
      const b = await other.leases.acquire('delivery:t1', 'b', at('2024-03-01T08:00:11.000Z'), 60_000, (d) => {
        seen.push(d);
        return { pauses: d.pauses, clean: false };
      });
      expect(seen.at(-1)).toEqual({ pauses: { teams: 7 }, clean: true });
      expect(b).toMatchObject({ owner: 'b', data: { pauses: { teams: 7 }, clean: false } });
      expect((await store.leases.get('delivery:t1'))?.data).toEqual({ pauses: { teams: 7 }, clean: false });
      // Refused (held by b): nothing is written, whatever the function would have said.
      expect(await store.leases.acquire('delivery:t1', 'a', at('2024-03-01T08:00:12.000Z'), 60_000, () => ({ clean: true }))).toBeNull();
      expect((await other.leases.get('delivery:t1'))?.data).toEqual({ pauses: { teams: 7 }, clean: false });
      // A release by someone who does not hold it changes nothing either.
      expect(await store.leases.release('delivery:t1', 'a', at('2024-03-01T08:00:13.000Z'), { clean: true })).toBe(false);
      expect((await other.leases.get('delivery:t1'))?.data).toEqual({ pauses: { teams: 7 }, clean: false });
    });

    it('lets exactly one of several simultaneous takers have it', async () => {
      const { store, peer } = ctx();
      const handles = [store, await peer(), store, await peer()];
      const now = at('2024-03-01T08:00:00.000Z');
      const got = await Promise.all(handles.map((h, i) => h.leases.acquire('retention:1', `w${i}`, now, 60_000)));
      expect(got.filter((g) => g !== null)).toHaveLength(1);
    });
  });

  describe('due tenants and claims per tenant', () => {
    it('names the tenants with due reminders, oldest first, leaving out the excluded', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([
        aReminder('t1', 'a', { dueAt: '2024-03-01T08:00:02.000Z' }),
        aReminder('t2', 'b', { dueAt: '2024-03-01T08:00:01.000Z' }),
        aReminder('t2', 'c', { dueAt: '2024-03-01T08:00:03.000Z' }),
        aReminder('t3', 'd', { dueAt: '2024-03-09T08:00:00.000Z' }),
      ]);
      const now = at('2024-03-02T00:00:00.000Z');
      expect(await store.reminders.dueTenants({ now, exclude: [], limit: 10 })).toEqual(['t2', 't1']);
      expect(await store.reminders.dueTenants({ now, exclude: ['t2'], limit: 10 })).toEqual(['t1']);
      expect(await store.reminders.dueTenants({ now, exclude: [], limit: 1 })).toEqual(['t2']);
      expect(await store.reminders.dueTenants({ now, exclude: ['t1', 't2'], limit: 10 })).toEqual([]);
    });

    it('claims inside one tenant only, and renews a claim while its holder still works on it', async () => {
      const { store, peer } = ctx();
      const other = await peer();
      await store.reminders.upsertPending([
        aReminder('t1', 'a', { dueAt: '2024-03-01T08:00:02.000Z' }),
        aReminder('t2', 'b', { dueAt: '2024-03-01T08:00:01.000Z' }),
        aReminder('t1', 'c', { dueAt: '2024-03-01T08:00:00.000Z' }),
      ]);
      const now = at('2024-03-01T09:00:00.000Z');
      const mine = await store.reminders.claimDue({ now, leaseMs: 60_000, owner: 'a', limit: 10, tenantId: 't1' });
      expect(mine.map((c) => c.value.id)).toEqual(['c', 'a']);
      const renewed = await store.reminders.renewClaim(mine[0]!.value, mine[0]!.etag, at('2024-03-01T09:01:40.000Z'));
      expect(renewed.value).toMatchObject({ state: 'claimed', claimedBy: 'a', claimedUntil: '2024-03-01T09:01:40.000Z' });
      // The old version is no longer ours to renew or settle; the new one is.
      await expect(store.reminders.renewClaim(mine[0]!.value, mine[0]!.etag, at('2024-03-01T09:02:00.000Z'))).rejects.toBeInstanceOf(ConflictError);
      // Past the first lease but inside the renewed one: only `a` is due again.
      const later = await other.reminders.claimDue({ now: at('2024-03-01T09:01:30.000Z'), leaseMs: 60_000, owner: 'b', limit: 10, tenantId: 't1' });
      expect(later.map((c) => c.value.id)).toEqual(['a']);
      await store.reminders.markSent(renewed.value, renewed.etag, at('2024-03-01T09:01:31.000Z'));
      expect((await store.reminders.get('t2', 'b'))?.value.state).toBe('pending');
    });

    it('says when the last claim held in a tenant runs out, whoever holds it', async () => {
      const { store, peer } = ctx();
      const other = await peer();
      await store.reminders.upsertPending([
        aReminder('t1', 'a', { dueAt: '2024-03-01T08:00:00.000Z' }),
        aReminder('t1', 'b', { dueAt: '2024-03-01T08:00:01.000Z' }),
        aReminder('t1', 'c', { dueAt: '2024-03-01T08:00:02.000Z' }),
        // Pending, due later inside the horizon: not a claim.
        aReminder('t1', 'later', { dueAt: '2024-03-01T09:30:00.000Z' }),
        aReminder('t2', 'x', { dueAt: '2024-03-01T08:00:00.000Z' }),
      ]);
      const now = at('2024-03-01T09:00:00.000Z');
      expect(await store.reminders.claimsRunOutAt('t1', now)).toBeNull();
      const [a] = await store.reminders.claimDue({ now, leaseMs: 60_000, owner: 'one', limit: 1, tenantId: 't1' });
      const [b] = await other.reminders.claimDue({ now: at('2024-03-01T09:00:20.000Z'), leaseMs: 60_000, owner: 'two', limit: 1, tenantId: 't1' });
      expect([a!.value.id, b!.value.id]).toEqual(['a', 'b']);
      // Another tenant's claim is not this tenant's business.
      await other.reminders.claimDue({ now, leaseMs: 600_000, owner: 'two', limit: 1, tenantId: 't2' });
      expect(await other.reminders.claimsRunOutAt('t1', at('2024-03-01T09:00:30.000Z'))).toEqual(at('2024-03-01T09:01:20.000Z'));
      // A renewal moves the end; a settled claim no longer counts; a lapsed one neither.
      const renewed = await store.reminders.renewClaim(a!.value, a!.etag, at('2024-03-01T09:02:00.000Z'));
      expect(await store.reminders.claimsRunOutAt('t1', at('2024-03-01T09:00:30.000Z'))).toEqual(at('2024-03-01T09:02:00.000Z'));
      await store.reminders.markSent(renewed.value, renewed.etag, at('2024-03-01T09:00:31.000Z'));
      expect(await store.reminders.claimsRunOutAt('t1', at('2024-03-01T09:00:32.000Z'))).toEqual(at('2024-03-01T09:01:20.000Z'));
      expect(await store.reminders.claimsRunOutAt('t1', at('2024-03-01T09:01:20.000Z'))).toBeNull();
    });
  });
}
