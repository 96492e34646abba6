import { ConflictError } from '../../../src/store/errors';
import type { Reminder } from '../../../src/store/types';
import type { Ctx } from './context';
import { aReminder, at } from './fixtures';

const LEASE = 60_000;
const claimAt = (iso: string, owner = 'worker-a', limit = 100) => ({ now: at(iso), leaseMs: LEASE, owner, limit });

export function reminderContract(ctx: Ctx): void {
  describe('reminders', () => {
    it('inserts and replaces pending reminders, keeping their delivery history', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([aReminder('t1', 'r1'), aReminder('t1', 'r2', { caseId: 'case-2', dueAt: '2024-03-05T08:00:00.000Z' })]);
      expect((await store.reminders.get('t1', 'r1'))?.value).toEqual(aReminder('t1', 'r1'));
      expect((await store.reminders.listForCase('t1', 'case-1')).map((r) => r.id)).toEqual(['r1']);
      const [claimed] = await store.reminders.claimDue(claimAt('2024-03-01T08:00:00.000Z'));
      await store.reminders.release(claimed!.value, claimed!.etag, at('2024-03-01T09:00:00.000Z'), 'throttled');
      await store.reminders.upsertPending([aReminder('t1', 'r1', { dueAt: '2024-03-02T08:00:00.000Z' })]);
      const replanned = (await store.reminders.get('t1', 'r1'))?.value;
      expect(replanned).toMatchObject({ state: 'pending', dueAt: '2024-03-02T08:00:00.000Z', attempts: 1, lastError: 'throttled' });
    });

    it('lists a tenant\'s reminders of one kind, optionally in one state, and no other tenant\'s', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([
        aReminder('t1', 'e1', { kind: 'escalation', caseId: 'case-1', dueAt: '2024-03-01T08:00:00.000Z' }),
        aReminder('t1', 'e2', { kind: 'escalation', caseId: 'case-2', dueAt: '2024-03-09T08:00:00.000Z' }),
        aReminder('t1', 'm1', { kind: 'milestone', dueAt: '2024-03-01T08:00:00.000Z' }),
        aReminder('t2', 'e3', { kind: 'escalation', dueAt: '2024-03-01T08:00:00.000Z' }),
      ]);
      const [claimed] = await store.reminders.claimDue(claimAt('2024-03-01T08:00:00.000Z', 'worker-a', 100));
      expect(claimed).toBeDefined();
      const first = (await store.reminders.get('t1', 'e1'))!;
      if (first.value.state === 'claimed') await store.reminders.markSent(first.value, first.etag, at('2024-03-01T08:00:05.000Z'));
      expect((await store.reminders.listForTenant('t1', { kind: 'escalation' })).map((r) => r.id)).toEqual(['e1', 'e2']);
      expect((await store.reminders.listForTenant('t1', { kind: 'escalation', state: 'pending' })).map((r) => r.id)).toEqual(['e2']);
      expect(await store.reminders.listForTenant('t3', { kind: 'escalation' })).toEqual([]);
    });

    it('leaves sent and claimed reminders alone when re-planned, but revives cancelled ones', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([
        aReminder('t1', 'sent', { dueAt: '2024-03-01T08:00:00.000Z' }),
        aReminder('t1', 'claimed', { dueAt: '2024-03-01T08:00:01.000Z' }),
        aReminder('t1', 'cancelled', { caseId: 'case-9', dueAt: '2024-03-05T08:00:00.000Z' }),
      ]);
      const claims = await store.reminders.claimDue(claimAt('2024-03-01T08:00:01.000Z'));
      const sentOne = claims.find((c) => c.value.id === 'sent')!;
      await store.reminders.markSent(sentOne.value, sentOne.etag, at('2024-03-01T08:00:05.000Z'));
      await store.reminders.cancelForCase('t1', 'case-9');
      const later = '2024-04-01T08:00:00.000Z';
      await store.reminders.upsertPending(['sent', 'claimed', 'cancelled'].map((id) => aReminder('t1', id, { dueAt: later })));
      const state = async (id: string) => (await store.reminders.get('t1', id))?.value;
      expect(await state('sent')).toMatchObject({ state: 'sent', dueAt: '2024-03-01T08:00:00.000Z' });
      expect(await state('claimed')).toMatchObject({ state: 'claimed', claimedBy: 'worker-a', dueAt: '2024-03-01T08:00:01.000Z' });
      expect(await state('cancelled')).toMatchObject({ state: 'pending', dueAt: later });
    });

    it('claims only due reminders, oldest first, up to the limit, each with its tenant', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([
        aReminder('t1', 'late', { dueAt: '2024-03-01T08:00:02.000Z' }),
        aReminder('t1', 'early', { dueAt: '2024-03-01T08:00:00.000Z' }),
        aReminder('t1', 'future', { dueAt: '2024-03-09T08:00:00.000Z' }),
      ]);
      await store.reminders.upsertPending([aReminder('t2', 'mid', { dueAt: '2024-03-01T08:00:01.000Z' })]);
      const two = await store.reminders.claimDue(claimAt('2024-03-02T00:00:00.000Z', 'worker-a', 2));
      expect(two.map((c) => [c.value.tenantId, c.value.id])).toEqual([['t1', 'early'], ['t2', 'mid']]);
      expect(two[0]!.value).toMatchObject({ state: 'claimed', claimedBy: 'worker-a', claimedUntil: '2024-03-02T00:01:00.000Z' });
      expect(store.reminders.lastReadCount()).toBe(2);
      const rest = await store.reminders.claimDue(claimAt('2024-03-02T00:00:00.000Z'));
      expect(rest.map((c) => c.value.id)).toEqual(['late']);
      expect(store.reminders.lastReadCount()).toBe(1);
      expect(await store.reminders.claimDue(claimAt('2024-03-02T00:00:00.000Z'))).toEqual([]);
      expect(store.reminders.lastReadCount()).toBe(0);
      expect((await store.reminders.get('t1', 'early'))?.etag).toBe(two[0]!.etag);
    });

    it('never hands one reminder to two callers while the lease holds', async () => {
      const { store, peer } = ctx();
      const other = await peer();
      const due = Array.from({ length: 24 }, (_, i) => aReminder(`t${i % 3}`, `r${i}`, { dueAt: '2024-03-01T08:00:00.000Z' }));
      await store.reminders.upsertPending(due);
      const now = '2024-03-01T08:00:30.000Z';
      const rounds = await Promise.all([
        store.reminders.claimDue(claimAt(now, 'a', 5)),
        other.reminders.claimDue(claimAt(now, 'b', 5)),
        store.reminders.claimDue(claimAt(now, 'c', 5)),
        other.reminders.claimDue(claimAt(now, 'd', 5)),
      ]);
      const more = await Promise.all([store.reminders.claimDue(claimAt(now, 'e')), other.reminders.claimDue(claimAt(now, 'f'))]);
      const all = [...rounds, ...more].flat().map((c) => `${c.value.tenantId}/${c.value.id}`);
      expect(new Set(all).size).toBe(all.length);
      expect(all).toHaveLength(24);
      expect(await other.reminders.claimDue(claimAt('2024-03-01T08:00:59.999Z', 'g'))).toEqual([]);
    });

    it('makes a reminder due again when its lease runs out; the old holder then loses it', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([aReminder('t1', 'r1')]);
      const [first] = await store.reminders.claimDue(claimAt('2024-03-01T08:00:00.000Z', 'crashed'));
      expect(await store.reminders.claimDue(claimAt('2024-03-01T08:00:59.000Z', 'b'))).toEqual([]);
      const [second] = await store.reminders.claimDue(claimAt('2024-03-01T08:01:00.000Z', 'b'));
      expect(second?.value).toMatchObject({ id: 'r1', claimedBy: 'b', claimedUntil: '2024-03-01T08:02:00.000Z' });
      await expect(store.reminders.markSent(first!.value, first!.etag, at('2024-03-01T08:01:01.000Z'))).rejects.toBeInstanceOf(ConflictError);
      const done = await store.reminders.markSent(second!.value, second!.etag, at('2024-03-01T08:01:02.000Z'));
      expect(done.value).toMatchObject({ state: 'sent', sentAt: '2024-03-01T08:01:02.000Z' });
    });

    it('never claims a sent reminder again', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([aReminder('t1', 'r1')]);
      const [c] = await store.reminders.claimDue(claimAt('2024-03-01T08:00:00.000Z'));
      const sent = await store.reminders.markSent(c!.value, c!.etag, at('2024-03-01T08:00:10.000Z'));
      expect(await store.reminders.claimDue(claimAt('2030-01-01T00:00:00.000Z'))).toEqual([]);
      await expect(store.reminders.markSent(sent.value, sent.etag, at('2024-03-01T08:00:11.000Z'))).rejects.toBeInstanceOf(ConflictError);
      await expect(store.reminders.release(sent.value, sent.etag, at('2024-03-02T00:00:00.000Z'))).rejects.toBeInstanceOf(ConflictError);
      expect(await store.reminders.reschedule('t1', 'r1', at('2024-03-05T00:00:00.000Z'))).toBeNull();
      expect((await store.reminders.get('t1', 'r1'))?.value.state).toBe('sent');
    });

    it('refuses to mark sent a reminder that was never claimed', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([aReminder('t1', 'r1')]);
      const pending = (await store.reminders.get('t1', 'r1'))!;
      await expect(store.reminders.markSent(pending.value, pending.etag, at('2024-03-01T08:00:00.000Z'))).rejects.toBeInstanceOf(ConflictError);
    });

    it('settles from the caller\'s claim under its etag: the value must be the claim that etag goes with', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([aReminder('t1', 'r1'), aReminder('t1', 'r2')]);
      const [a, b] = await store.reminders.claimDue(claimAt('2024-03-01T08:00:00.000Z'));
      // A value that is not a claim is refused even under the current etag, and nothing changes.
      await expect(store.reminders.markSent({ ...a!.value, state: 'pending' }, a!.etag, at('2024-03-01T08:00:01.000Z'))).rejects.toBeInstanceOf(ConflictError);
      expect((await store.reminders.get('t1', a!.value.id))).toEqual(a);
      // Renewed, then settled with what the renewal returned: the renewed claim is what is written over.
      const renewed = await store.reminders.renewClaim(b!.value, b!.etag, at('2024-03-01T08:01:30.000Z'));
      expect(renewed.value.claimedUntil).toBe('2024-03-01T08:01:30.000Z');
      const back = await store.reminders.release(renewed.value, renewed.etag, at('2024-03-01T09:00:00.000Z'), 'later');
      expect(back).toEqual(await store.reminders.get('t1', b!.value.id));
      expect(back.value).toMatchObject({ state: 'pending', attempts: 1, dueAt: '2024-03-01T09:00:00.000Z', claimedBy: null });
    });

    it('releases a claim back to pending at the retry instant, counting the attempt', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([aReminder('t1', 'r1')]);
      const [c] = await store.reminders.claimDue(claimAt('2024-03-01T08:00:00.000Z'));
      const back = await store.reminders.release(c!.value, c!.etag, at('2024-03-01T08:10:00.000Z'), 'Teams said 429');
      expect(back.value).toMatchObject({ state: 'pending', attempts: 1, lastError: 'Teams said 429', dueAt: '2024-03-01T08:10:00.000Z', claimedBy: null });
      expect(await store.reminders.claimDue(claimAt('2024-03-01T08:09:59.000Z'))).toEqual([]);
      expect((await store.reminders.claimDue(claimAt('2024-03-01T08:10:00.000Z'))).map((x) => x.value.attempts)).toEqual([1]);
    });

    it('cancels a case\'s pending reminders, optionally of one kind, and never claims them', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([
        aReminder('t1', 'm1', { kind: 'milestone' }),
        aReminder('t1', 'k1', { kind: 'contact' }),
        aReminder('t1', 'k2', { kind: 'contact', dueAt: '2024-02-01T00:00:00.000Z' }),
        aReminder('t1', 'other', { caseId: 'case-2' }),
      ]);
      const [inFlight] = await store.reminders.claimDue(claimAt('2024-02-01T00:00:00.000Z'));
      expect(inFlight?.value.id).toBe('k2');
      expect(await store.reminders.cancelForCase('t1', 'case-1', 'contact')).toBe(1);
      expect((await store.reminders.get('t1', 'm1'))?.value.state).toBe('pending');
      expect(await store.reminders.cancelForCase('t1', 'case-1')).toBe(1);
      const states = Object.fromEntries((await store.reminders.listForCase('t1', 'case-1')).map((r: Reminder) => [r.id, r.state]));
      expect(states).toEqual({ m1: 'cancelled', k1: 'cancelled', k2: 'claimed' });
      const later = await store.reminders.claimDue(claimAt('2030-01-01T00:00:00.000Z'));
      expect(later.map((x) => x.value.id).sort()).toEqual(['k2', 'other']);
    });

    it('cancels the named reminders that are still pending, and only those', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([aReminder('t1', 'a'), aReminder('t1', 'b'), aReminder('t1', 'c', { dueAt: '2024-02-01T00:00:00.000Z' })]);
      const [claimedC] = await store.reminders.claimDue(claimAt('2024-02-01T00:00:00.000Z'));
      expect(await store.reminders.cancel('t1', ['a', 'c', 'nope'])).toBe(1);
      expect(await store.reminders.cancel('t2', ['b'])).toBe(0);
      expect(await store.reminders.cancel('t1', [])).toBe(0);
      const states = Object.fromEntries((await store.reminders.listForCase('t1', 'case-1')).map((r: Reminder) => [r.id, r.state]));
      expect(states).toEqual({ a: 'cancelled', b: 'pending', c: 'claimed' });
      expect((await store.reminders.get('t1', 'c'))?.etag).toBe(claimedC!.etag);
    });

    it('writes under the versions a re-plan saw, and decides again on what changed since', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([aReminder('t1', 'a'), aReminder('t1', 'b'), aReminder('t1', 'c', { dueAt: '2024-02-01T00:00:00.000Z' })]);
      const versions = await store.reminders.listVersionsForCase('t1', 'case-1');
      expect(versions.map((v) => v.value.id).sort()).toEqual(['a', 'b', 'c']);
      expect(await store.reminders.get('t1', 'a')).toEqual(versions.find((v) => v.value.id === 'a'));
      const seen = new Map(versions.map((v) => [v.value.id, v]));
      // Since then: c was claimed, and d was written by someone else.
      await store.reminders.claimDue(claimAt('2024-02-01T00:00:00.000Z'));
      await store.reminders.upsertPending([aReminder('t1', 'd', { attempts: 2 })]);
      await store.reminders.upsertPending(
        [aReminder('t1', 'a', { dueAt: '2024-03-02T08:00:00.000Z' }), aReminder('t1', 'c', { dueAt: '2024-03-09T08:00:00.000Z' }), aReminder('t1', 'd'), aReminder('t1', 'e')],
        seen,
      );
      const now = Object.fromEntries((await store.reminders.listForCase('t1', 'case-1')).map((r: Reminder) => [r.id, [r.state, r.dueAt, r.attempts]]));
      expect(now).toEqual({
        a: ['pending', '2024-03-02T08:00:00.000Z', 0],
        b: ['pending', aReminder('t1', 'b').dueAt, 0],
        c: ['claimed', '2024-02-01T00:00:00.000Z', 0],
        d: ['pending', aReminder('t1', 'd').dueAt, 2],
        e: ['pending', aReminder('t1', 'e').dueAt, 0],
      });
      expect(await store.reminders.cancel('t1', ['b', 'c'], seen)).toBe(1);
      expect((await store.reminders.get('t1', 'b'))?.value.state).toBe('cancelled');
      expect((await store.reminders.get('t1', 'c'))?.value.state).toBe('claimed');
    });

    it('puts a marker back to pending whatever its state, and deletes it only at the version named', async () => {
      const { store } = ctx();
      const first = await store.reminders.putPending(aReminder('t1', 'mark', { kind: 'replan', dueAt: '2024-02-01T00:00:00.000Z' }));
      const [claimedMark] = await store.reminders.claimDue(claimAt('2024-02-01T00:00:00.000Z'));
      expect(claimedMark?.value.id).toBe('mark');
      await store.reminders.markSent(claimedMark!.value, claimedMark!.etag, at('2024-02-01T00:00:01.000Z'));
      const again = await store.reminders.putPending(aReminder('t1', 'mark', { kind: 'replan', dueAt: '2024-02-02T00:00:00.000Z' }));
      expect(again.etag).not.toBe(first.etag);
      expect(await store.reminders.get('t1', 'mark')).toEqual({ value: again.value, etag: again.etag });
      expect((await store.reminders.claimDue(claimAt('2024-02-02T00:00:00.000Z'))).map((r) => r.value.id)).toEqual(['mark']);
      const third = await store.reminders.putPending(aReminder('t1', 'mark', { kind: 'replan' }));
      expect(await store.reminders.deleteIfUnchanged('t1', 'mark', again.etag)).toBe(false);
      expect(await store.reminders.deleteIfUnchanged('t1', 'mark', third.etag)).toBe(true);
      expect(await store.reminders.get('t1', 'mark')).toBeNull();
      expect(await store.reminders.deleteIfUnchanged('t1', 'mark', third.etag)).toBe(false);
      await expect(store.reminders.putPending(aReminder('t1', 'bad', { state: 'sent' }))).rejects.toThrow(TypeError);
    });

    it('reschedules a pending reminder and nothing else', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([aReminder('t1', 'r1')]);
      const moved = await store.reminders.reschedule('t1', 'r1', at('2024-03-08T08:00:00.000Z'));
      expect(moved?.value.dueAt).toBe('2024-03-08T08:00:00.000Z');
      expect(await store.reminders.claimDue(claimAt('2024-03-07T00:00:00.000Z'))).toEqual([]);
      expect(await store.reminders.reschedule('t1', 'nope', at('2024-03-08T08:00:00.000Z'))).toBeNull();
      const [c] = await store.reminders.claimDue(claimAt('2024-03-08T08:00:00.000Z'));
      expect(await store.reminders.reschedule('t1', 'r1', at('2024-03-09T08:00:00.000Z'))).toBeNull();
      expect((await store.reminders.get('t1', 'r1'))?.etag).toBe(c!.etag);
    });
  });
}

export function reminderInputContract(ctx: Ctx): void {
  describe('reminder input', () => {
    it('rejects a reminder that is not pending or has no valid due instant, storing nothing', async () => {
      const { store } = ctx();
      await expect(store.reminders.upsertPending([aReminder('t1', 'ok'), aReminder('t1', 'bad', { state: 'sent' })])).rejects.toThrow(TypeError);
      await expect(store.reminders.upsertPending([aReminder('t1', 'bad', { dueAt: 'next tuesday' })])).rejects.toThrow(TypeError);
      expect(await store.reminders.get('t1', 'ok')).toBeNull();
      await expect(store.reminders.claimDue({ now: at('2024-03-01T00:00:00.000Z'), leaseMs: 0, owner: 'w', limit: 1 })).rejects.toThrow(RangeError);
    });
  });
}
