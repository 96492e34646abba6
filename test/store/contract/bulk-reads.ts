// Reads of many cases (or people) in one go: what the scheduler reads for the recipients it is
// about to serve. Each answers exactly what the one-at-a-time reads would, within one tenant.
import type { Ctx } from './context';
import { aCase, aRecord, aRef, aReminder } from './fixtures';

export function bulkReadContract(ctx: Ctx): void {
  describe('bulk reads', () => {
    it('reads many cases at once, only the tenant\'s own and only those that exist', async () => {
      const { store } = ctx();
      await store.cases.create(aCase('t1', 'c1'));
      await store.cases.create(aCase('t1', 'c2', { managerId: 'mgr-2' }));
      await store.cases.create(aCase('t2', 'c3'));
      expect((await store.cases.getMany('t1', ['c1', 'c2', 'c3', 'nope', 'c1'])).map((c) => c.id).sort()).toEqual(['c1', 'c2']);
      expect(await store.cases.getMany('t1', [])).toEqual([]);
      expect(await store.cases.getMany('t2', ['c3'])).toEqual([aCase('t2', 'c3')]);
    });

    it('reads the newest records of many cases at once; a busy case does not crowd out a quiet one', async () => {
      const { store } = ctx();
      const day = (d: number) => `2024-03-${String(d).padStart(2, '0')}T10:00:00.000Z`;
      // Case b's one record is older than all of case a's seven.
      await store.records.append(aRecord('t1', 'b1', { caseId: 'b', createdAt: day(1) }));
      for (let i = 1; i <= 7; i++) await store.records.append(aRecord('t1', `a${i}`, { caseId: 'a', createdAt: day(10 + i) }));
      await store.records.append(aRecord('t1', 'c1', { caseId: 'c', createdAt: day(2) }));
      await store.records.append(aRecord('t2', 'b-other', { caseId: 'b', createdAt: day(3) }));
      // Three a case for two cases: a's seven alone would fill six places.
      const got = await store.records.latestForCases('t1', ['a', 'b'], 3);
      const keys = (caseId: string) => got.filter((r) => r.caseId === caseId).map((r) => r.idempotencyKey);
      expect(keys('a')).toEqual(['a5', 'a6', 'a7']);
      expect(keys('b')).toEqual(['b1']);
      expect(got).toHaveLength(4);
      // The same as one case at a time.
      for (const id of ['a', 'b']) expect(keys(id)).toEqual((await store.records.list('t1', { caseId: id, latest: 3 })).map((r) => r.idempotencyKey));
      expect((await store.records.latestForCases('t1', ['c', 'nope'], 3)).map((r) => r.idempotencyKey)).toEqual(['c1']);
      expect(await store.records.latestForCases('t1', [], 3)).toEqual([]);
    });

    it('reads the reminders of many cases with their versions at once', async () => {
      const { store } = ctx();
      await store.reminders.upsertPending([
        aReminder('t1', 'r1', { caseId: 'a' }),
        aReminder('t1', 'r2', { caseId: 'b' }),
        aReminder('t1', 'r3', { caseId: 'c' }),
        aReminder('t2', 'r4', { caseId: 'a' }),
      ]);
      const got = await store.reminders.listVersionsForCases('t1', ['a', 'b']);
      expect(got.map((v) => v.value.id).sort()).toEqual(['r1', 'r2']);
      for (const v of got) expect(v).toEqual(await store.reminders.get('t1', v.value.id));
    });

    it('reads the conversation references of many people at once', async () => {
      const { store } = ctx();
      await store.refs.save(aRef('t1', 'p1'));
      await store.refs.save(aRef('t1', 'p1', { channel: 'slack' }));
      await store.refs.save(aRef('t1', 'p2', { dead: true, deadReason: 'gone' }));
      await store.refs.save(aRef('t1', 'p3'));
      await store.refs.save(aRef('t2', 'p2'));
      const got = await store.refs.listForOwners('t1', ['p1', 'p2', 'p4']);
      expect(got.map((r) => `${r.ownerId}/${r.channel}/${r.dead}`).sort()).toEqual(['p1/slack/false', 'p1/teams/false', 'p2/teams/true']);
      expect(await store.refs.listForOwners('t1', [])).toEqual([]);
    });
  });
}
