import { ConflictError } from '../../../src/store/errors';
import type { Ctx } from './context';
import { aCase, aRecord, byId } from './fixtures';

export function caseContract(ctx: Ctx): void {
  describe('cases', () => {
    it('creates, reads and lists with filters', async () => {
      const { store } = ctx();
      const c1 = await store.cases.create(aCase('t1', 'c1'));
      await store.cases.create(aCase('t1', 'c2', { managerId: 'mgr-2', employeeId: 'emp-2', createdAt: '2024-02-06T09:00:00.000Z' }));
      await store.cases.create(aCase('t1', 'c3', { status: 'closed', closedOn: '2024-05-01' }));
      expect(await store.cases.get('t1', 'c1')).toEqual({ value: aCase('t1', 'c1'), etag: c1.etag });
      expect(await store.cases.get('t1', 'nope')).toBeNull();
      const ids = async (f?: Parameters<typeof store.cases.list>[1]) =>
        (await store.cases.list('t1', f)).map((v) => v.value.id).sort();
      expect(await ids()).toEqual(['c1', 'c2', 'c3']);
      expect(await ids({ status: 'open' })).toEqual(['c1', 'c2']);
      expect(await ids({ status: 'closed' })).toEqual(['c3']);
      expect(await ids({ managerId: 'mgr-2' })).toEqual(['c2']);
      expect(await ids({ employeeId: 'emp-1', status: 'open' })).toEqual(['c1']);
      const listed = (await store.cases.list('t1')).find((v) => v.value.id === 'c1');
      expect(listed?.etag).toBe(c1.etag);
    });

    it('refuses a taken case id', async () => {
      const { store } = ctx();
      await store.cases.create(aCase('t1', 'c1'));
      await expect(store.cases.create(aCase('t1', 'c1', { managerId: 'x' }))).rejects.toBeInstanceOf(ConflictError);
      expect((await store.cases.get('t1', 'c1'))?.value.managerId).toBe('mgr-1');
    });

    it('updates under the etag; a stale etag or a missing case is a conflict', async () => {
      const { store } = ctx();
      const v1 = await store.cases.create(aCase('t1', 'c1'));
      const v2 = await store.cases.update({ ...v1.value, phase: 'recovery' }, v1.etag);
      expect(v2.etag).not.toBe(v1.etag);
      expect((await store.cases.get('t1', 'c1'))?.value.phase).toBe('recovery');
      await expect(store.cases.update({ ...v1.value, phase: 'return' }, v1.etag)).rejects.toBeInstanceOf(ConflictError);
      await expect(store.cases.update(aCase('t1', 'ghost'), v2.etag)).rejects.toBeInstanceOf(ConflictError);
      expect(await store.cases.get('t1', 'ghost')).toBeNull();
    });

    it('lets one of two concurrent writers win and gives the other a conflict', async () => {
      const { store, peer } = ctx();
      const other = await peer();
      const base = await store.cases.create(aCase('t1', 'c1'));
      const results = await Promise.allSettled([
        store.cases.update({ ...base.value, phase: 'recovery' }, base.etag),
        other.cases.update({ ...base.value, phase: 'pre_return' }, base.etag),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
      const stored = await store.cases.get('t1', 'c1');
      const winner = (won[0] as PromiseFulfilledResult<{ value: { phase: string }; etag: string }>).value;
      expect(stored?.value.phase).toBe(winner.value.phase);
      expect(stored?.etag).toBe(winner.etag);
    });
  });
}

export function recordContract(ctx: Ctx): void {
  describe('records', () => {
    it('appends and lists oldest first, with filters', async () => {
      const { store } = ctx();
      await store.records.append(aRecord('t1', 'k2', { createdAt: '2024-02-11T10:00:00.000Z', kind: 'checkin' }));
      await store.records.append(aRecord('t1', 'k1'));
      await store.records.append(aRecord('t1', 'k3', { caseId: 'case-2', personId: 'emp-2', createdAt: '2024-02-12T10:00:00.000Z' }));
      expect((await store.records.list('t1')).map((r) => r.idempotencyKey)).toEqual(['k1', 'k2', 'k3']);
      expect((await store.records.list('t1', { caseId: 'case-1' })).map((r) => r.idempotencyKey)).toEqual(['k1', 'k2']);
      expect((await store.records.list('t1', { personId: 'emp-2' })).map((r) => r.idempotencyKey)).toEqual(['k3']);
      expect((await store.records.list('t1', { kind: 'checkin' })).map((r) => r.idempotencyKey)).toEqual(['k2']);
      expect(await store.records.list('t1', { caseId: 'case-1', kind: 'phase_change' })).toEqual([]);
      expect((await store.records.list('t1', { caseId: 'case-1' }))[0]).toEqual(aRecord('t1', 'k1'));
    });

    it('lists only the newest records when asked, still oldest first', async () => {
      const { store } = ctx();
      for (let i = 1; i <= 5; i++) await store.records.append(aRecord('t1', `n${i}`, { createdAt: `2024-02-1${i}T10:00:00.000Z` }));
      await store.records.append(aRecord('t1', 'other', { caseId: 'case-2', createdAt: '2024-02-19T10:00:00.000Z' }));
      expect((await store.records.list('t1', { caseId: 'case-1', latest: 2 })).map((r) => r.idempotencyKey)).toEqual(['n4', 'n5']);
      expect((await store.records.list('t1', { caseId: 'case-1', kind: 'outcome', latest: 10 })).map((r) => r.idempotencyKey)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
      expect(await store.records.list('t1', { caseId: 'case-1', latest: 0 })).toEqual([]);
    });

    it('reads some data fields of many cases\' records of one kind in one call, oldest first', async () => {
      const { store } = ctx();
      await store.records.append(aRecord('t1', 'o2', { createdAt: '2024-02-12T10:00:00.000Z', data: { date: '2024-02-12', nextContact: null, notes: 'long' } }));
      await store.records.append(aRecord('t1', 'o1', { data: { date: '2024-02-10', nextContact: '2024-02-17', notes: 'long' } }));
      await store.records.append(aRecord('t1', 'o3', { caseId: 'case-2', createdAt: '2024-02-13T10:00:00.000Z', data: { date: '2024-02-13' } }));
      await store.records.append(aRecord('t1', 'x', { caseId: 'case-3', data: { date: '2024-02-11' } }));
      await store.records.append(aRecord('t1', 'k', { kind: 'checkin', data: { date: '2024-02-11' } }));
      await store.records.append(aRecord('t2', 'o1', { data: { date: '2024-02-10' } }));
      const got = await store.records.fieldsOf('t1', { caseIds: ['case-1', 'case-2'], kind: 'outcome' }, ['date', 'nextContact']);
      expect(got).toEqual([
        { caseId: 'case-1', createdAt: '2024-02-10T10:00:00.000Z', data: { date: '2024-02-10', nextContact: '2024-02-17' } },
        { caseId: 'case-1', createdAt: '2024-02-12T10:00:00.000Z', data: { date: '2024-02-12', nextContact: null } },
        { caseId: 'case-2', createdAt: '2024-02-13T10:00:00.000Z', data: { date: '2024-02-13' } },
      ]);
      expect(await store.records.fieldsOf('t1', { caseIds: [], kind: 'outcome' }, ['date'])).toEqual([]);
      await expect(store.records.fieldsOf('t1', { caseIds: ['case-1'], kind: 'outcome' }, ['date} FROM c --'])).rejects.toThrow(RangeError);
    });

    it('stores the same idempotency key once and returns the first record', async () => {
      const { store } = ctx();
      const first = await store.records.append(aRecord('t1', 'submit-1'));
      expect(first).toEqual({ record: aRecord('t1', 'submit-1'), duplicate: false });
      const again = await store.records.append(aRecord('t1', 'submit-1', { id: 'rec-other', data: { agreed: 'x' } }));
      expect(again).toEqual({ record: aRecord('t1', 'submit-1'), duplicate: true });
      expect(await store.records.list('t1')).toHaveLength(1);
    });

    it('finds a record by its idempotency key, within its tenant only', async () => {
      const { store } = ctx();
      await store.records.append(aRecord('t1', 'submit-7'));
      expect(await store.records.findByKey('t1', 'submit-7')).toEqual(aRecord('t1', 'submit-7'));
      expect(await store.records.findByKey('t1', 'submit-8')).toBeNull();
      expect(await store.records.findByKey('t2', 'submit-7')).toBeNull();
    });

    it('stores one record when two appends with the same key race', async () => {
      const { store, peer } = ctx();
      const other = await peer();
      const results = await Promise.all([
        store.records.append(aRecord('t1', 'double-click', { id: 'a' })),
        other.records.append(aRecord('t1', 'double-click', { id: 'b' })),
        store.records.append(aRecord('t1', 'double-click', { id: 'c' })),
      ]);
      expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
      const stored = await store.records.list('t1');
      expect(stored).toHaveLength(1);
      for (const r of results) expect(r.record.id).toBe(stored[0]!.id);
    });

    it('erases a person\'s records of the given kinds only', async () => {
      const { store } = ctx();
      await store.records.append(aRecord('t1', 'c1', { kind: 'checkin', personId: 'emp-1' }));
      await store.records.append(aRecord('t1', 'c2', { kind: 'checkin', personId: 'emp-1', caseId: null }));
      await store.records.append(aRecord('t1', 'w1', { kind: 'wishlist', personId: 'emp-1' }));
      await store.records.append(aRecord('t1', 'o1', { kind: 'outcome', personId: 'emp-1' }));
      await store.records.append(aRecord('t1', 'c3', { kind: 'checkin', personId: 'emp-2' }));
      expect(await store.records.deleteForPerson('t1', 'emp-1', ['checkin', 'wishlist'])).toBe(3);
      expect(byId(await store.records.list('t1')).map((r) => r.idempotencyKey)).toEqual(['c3', 'o1']);
      expect(await store.records.deleteForPerson('t1', 'emp-1', ['checkin'])).toBe(0);
      expect(await store.records.deleteForPerson('t1', 'emp-2', [])).toBe(0);
      expect(await store.records.list('t1', { personId: 'emp-2' })).toHaveLength(1);
    });

    it('deletes one record on its owner\'s request, and only theirs of the kinds named', async () => {
      const { store } = ctx();
      await store.records.append(aRecord('t1', 'one-c1', { kind: 'checkin', personId: 'emp-1' }));
      await store.records.append(aRecord('t1', 'one-c2', { kind: 'checkin', personId: 'emp-1' }));
      await store.records.append(aRecord('t1', 'one-o1', { kind: 'outcome', personId: 'emp-1' }));
      await store.records.append(aRecord('t2', 'one-c1', { kind: 'checkin', personId: 'emp-1' }));
      expect(await store.records.deleteOneForPerson('t1', 'emp-2', 'one-c1', ['checkin'])).toBe(false);
      expect(await store.records.deleteOneForPerson('t1', 'emp-1', 'one-o1', ['checkin', 'wishlist'])).toBe(false);
      expect(await store.records.deleteOneForPerson('t1', 'emp-1', 'one-c1', ['checkin'])).toBe(true);
      expect(await store.records.deleteOneForPerson('t1', 'emp-1', 'one-c1', ['checkin'])).toBe(false);
      expect((await store.records.list('t1', { personId: 'emp-1' })).map((r) => r.idempotencyKey).sort()).toEqual(['one-c2', 'one-o1']);
      expect(await store.records.list('t2', { personId: 'emp-1' })).toHaveLength(1);
    });
  });
}
