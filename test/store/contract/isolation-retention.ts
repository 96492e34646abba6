import { ConflictError } from '../../../src/store/errors';
import { purgeCutoff } from '../../../src/store/retention';
import type { Ctx } from './context';
import { aCase, anAudit, aPerson, aRecord, aRef, aReminder, at } from './fixtures';

export function isolationContract(ctx: Ctx): void {
  describe('tenant isolation', () => {
    it('never shows or changes one tenant\'s data through another tenant\'s calls', async () => {
      const { store } = ctx();
      const A = 'tenant-a';
      const B = 'tenant-b';
      await store.people.create(aPerson(A, 'p1', { displayName: 'Sanne Jansen', roles: ['hr'] }));
      const caseA = await store.cases.create(aCase(A, 'c1', { status: 'closed', closedOn: '2020-01-01' }));
      await store.records.append(aRecord(A, 'k1', { kind: 'checkin', personId: 'p1', caseId: 'c1' }));
      await store.reminders.upsertPending([aReminder(A, 'r1', { caseId: 'c1' })]);
      await store.refs.save(aRef(A, 'p1'));
      await store.audit.append(anAudit(A, '2024-03-01T10:00:00.000Z', { caseId: 'c1' }));

      expect(await store.people.get(B, 'p1')).toBeNull();
      expect(await store.people.findByIdentity(B, 'teams:tenant-a-p1-aad')).toBeNull();
      expect(await store.people.search(B, 'sanne', 10)).toEqual([]);
      expect(await store.people.listByRole(B, 'hr')).toEqual([]);
      expect(await store.cases.get(B, 'c1')).toBeNull();
      expect(await store.cases.list(B)).toEqual([]);
      await expect(store.cases.update({ ...caseA.value, tenantId: B, phase: 'return' }, caseA.etag)).rejects.toBeInstanceOf(ConflictError);
      expect(await store.records.list(B)).toEqual([]);
      expect(await store.records.deleteForPerson(B, 'p1', ['checkin'])).toBe(0);
      expect((await store.records.append(aRecord(B, 'k1'))).duplicate).toBe(false);
      expect(await store.reminders.get(B, 'r1')).toBeNull();
      expect(await store.reminders.listForCase(B, 'c1')).toEqual([]);
      expect(await store.reminders.cancelForCase(B, 'c1')).toBe(0);
      expect(await store.reminders.reschedule(B, 'r1', at('2025-01-01T00:00:00.000Z'))).toBeNull();
      expect(await store.refs.get(B, 'p1', 'teams')).toBeNull();
      expect(await store.refs.listForOwner(B, 'p1')).toEqual([]);
      await store.refs.markDead(B, 'p1', 'teams', 'gone');
      expect(await store.audit.list(B)).toEqual([]);
      expect(await store.purgeClosedCases(B, '2100-01-01')).toEqual({ cases: 0, records: 0, reminders: 0, audit: 0 });

      const [claim] = await store.reminders.claimDue({ now: at('2024-03-01T08:00:00.000Z'), leaseMs: 1000, owner: 'w', limit: 10 });
      expect(claim?.value.tenantId).toBe(A);
      await expect(store.reminders.markSent({ ...claim!.value, tenantId: B }, claim!.etag, at('2024-03-01T08:00:00.500Z'))).rejects.toBeInstanceOf(ConflictError);

      expect((await store.cases.get(A, 'c1'))?.value.phase).toBe('dropout');
      expect(await store.records.list(A)).toHaveLength(1);
      expect((await store.reminders.get(A, 'r1'))?.value.state).toBe('claimed');
      expect((await store.refs.get(A, 'p1', 'teams'))?.dead).toBe(false);
      expect(await store.people.search(A, 'sanne', 10)).toHaveLength(1);
    });
  });
}

export function retentionContract(ctx: Ctx): void {
  describe('retention', () => {
    async function seed(): Promise<ReturnType<Ctx>['store']> {
      const { store } = ctx();
      const closed = (id: string, closedOn: string | null) => aCase('t1', id, { status: 'closed', closedOn });
      await store.cases.create(closed('old', '2022-01-10'));
      await store.cases.create(closed('recent', '2023-06-01'));
      await store.cases.create(closed('undated', null));
      await store.cases.create(aCase('t1', 'open'));
      await store.cases.create(aCase('t2', 'old-elsewhere', { status: 'closed', closedOn: '2020-01-01' }));
      for (const caseId of ['old', 'recent', 'open']) {
        await store.records.append(aRecord('t1', `${caseId}-1`, { caseId }));
        await store.records.append(aRecord('t1', `${caseId}-2`, { caseId, kind: 'checkin' }));
        await store.reminders.upsertPending([aReminder('t1', `${caseId}-r`, { caseId })]);
        await store.audit.append(anAudit('t1', '2022-01-03T10:00:00.000Z', { caseId }));
        await store.audit.append(anAudit('t1', '2022-01-04T10:00:00.000Z', { caseId, actorId: 'hr-2' }));
      }
      await store.records.append(aRecord('t1', 'no-case', { caseId: null }));
      return store;
    }

    it('keeps a closed case and its records until 2 years after it ended', async () => {
      const store = await seed();
      expect(await store.purgeClosedCases('t1', purgeCutoff('2024-01-09'))).toEqual({ cases: 0, records: 0, reminders: 0, audit: 0 });
      expect(await store.cases.get('t1', 'old')).not.toBeNull();
      expect(await store.records.list('t1', { caseId: 'old' })).toHaveLength(2);
    });

    it('removes the closed case, its records, reminders and audit entries once 2 years have passed', async () => {
      const store = await seed();
      expect(await store.purgeClosedCases('t1', purgeCutoff('2024-01-10'))).toEqual({ cases: 1, records: 2, reminders: 1, audit: 2 });
      expect(await store.cases.get('t1', 'old')).toBeNull();
      expect(await store.records.list('t1', { caseId: 'old' })).toEqual([]);
      expect(await store.reminders.listForCase('t1', 'old')).toEqual([]);
      expect(await store.audit.list('t1', { caseId: 'old' })).toEqual([]);
      expect(await store.audit.list('t1', { caseId: 'recent' })).toHaveLength(2);
      for (const id of ['recent', 'undated', 'open']) expect(await store.cases.get('t1', id)).not.toBeNull();
      expect(await store.cases.get('t2', 'old-elsewhere')).not.toBeNull();
      expect((await store.records.list('t1')).map((r) => r.idempotencyKey).sort()).toEqual(
        ['no-case', 'open-1', 'open-2', 'recent-1', 'recent-2'],
      );
      expect(await store.purgeClosedCases('t1', purgeCutoff('2024-01-10'))).toEqual({ cases: 0, records: 0, reminders: 0, audit: 0 });
    });
  });
}
