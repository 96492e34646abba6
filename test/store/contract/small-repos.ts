import type { Ctx } from './context';
import { anAudit, aRef, at } from './fixtures';

export function smallRepoContract(ctx: Ctx): void {
  describe('conversation references', () => {
    it('saves, reads, lists per owner and marks dead; a new save revives', async () => {
      const { store } = ctx();
      await store.refs.save(aRef('t1', 'p1'));
      await store.refs.save(aRef('t1', 'p1', { channel: 'slack', ref: { channel: 'D1' } }));
      await store.refs.save(aRef('t1', 'hr:teams'));
      expect(await store.refs.get('t1', 'p1', 'teams')).toEqual(aRef('t1', 'p1'));
      expect((await store.refs.listForOwner('t1', 'p1')).map((r) => r.channel).sort()).toEqual(['slack', 'teams']);
      await store.refs.markDead('t1', 'p1', 'teams', 'user left the tenant (403)');
      expect(await store.refs.get('t1', 'p1', 'teams')).toMatchObject({ dead: true, deadReason: 'user left the tenant (403)' });
      expect((await store.refs.get('t1', 'p1', 'slack'))?.dead).toBe(false);
      await store.refs.markDead('t1', 'nobody', 'teams', 'x');
      expect(await store.refs.get('t1', 'nobody', 'teams')).toBeNull();
      await store.refs.save(aRef('t1', 'p1', { updatedAt: '2024-03-01T00:00:00.000Z' }));
      expect(await store.refs.get('t1', 'p1', 'teams')).toMatchObject({ dead: false, updatedAt: '2024-03-01T00:00:00.000Z' });
    });
  });

  describe('audit', () => {
    it('appends and lists oldest first, by case or actor', async () => {
      const { store } = ctx();
      await store.audit.append(anAudit('t1', '2024-03-02T10:00:00.000Z', { action: 'update' }));
      await store.audit.append(anAudit('t1', '2024-03-01T10:00:00.000Z'));
      await store.audit.append(anAudit('t1', '2024-03-03T10:00:00.000Z', { caseId: 'case-2', actorId: 'hr-2' }));
      expect((await store.audit.list('t1')).map((e) => e.at.slice(0, 10))).toEqual(['2024-03-01', '2024-03-02', '2024-03-03']);
      expect((await store.audit.list('t1', { caseId: 'case-1' })).map((e) => e.action)).toEqual(['read', 'update']);
      expect(await store.audit.list('t1', { actorId: 'hr-2' })).toEqual([anAudit('t1', '2024-03-03T10:00:00.000Z', { caseId: 'case-2', actorId: 'hr-2' })]);
      expect(await store.audit.list('t1', { caseId: 'case-2', actorId: 'hr-1' })).toEqual([]);
    });
  });

  describe('key-value', () => {
    it('puts, overwrites, reads and deletes per namespace', async () => {
      const { store } = ctx();
      expect(await store.kv.get('slack-installation', 'T1')).toBeNull();
      await store.kv.put('slack-installation', 'T1', { botToken: 'xoxb-1', scopes: ['chat:write'] });
      await store.kv.put('other', 'T1', { n: 1 });
      expect(await store.kv.get('slack-installation', 'T1')).toEqual({ botToken: 'xoxb-1', scopes: ['chat:write'] });
      await store.kv.put('slack-installation', 'T1', { botToken: 'xoxb-2' });
      expect(await store.kv.get('slack-installation', 'T1')).toEqual({ botToken: 'xoxb-2' });
      await store.kv.delete('slack-installation', 'T1');
      await store.kv.delete('slack-installation', 'never-there');
      expect(await store.kv.get('slack-installation', 'T1')).toBeNull();
      expect(await store.kv.get('other', 'T1')).toEqual({ n: 1 });
      await store.kv.put('a/b?c', 'd#e', { odd: true });
      expect(await store.kv.get('a/b?c', 'd#e')).toEqual({ odd: true });
    });

    it('puts only where nothing is stored yet, and again after a delete', async () => {
      const { store } = ctx();
      expect(await store.kv.putIfAbsent('greeted', 'c1', { at: 1 })).toBe(true);
      expect(await store.kv.putIfAbsent('greeted', 'c1', { at: 2 })).toBe(false);
      expect(await store.kv.get('greeted', 'c1')).toEqual({ at: 1 });
      expect(await store.kv.putIfAbsent('other', 'c1', { at: 3 })).toBe(true);
      await store.kv.delete('greeted', 'c1');
      expect(await store.kv.putIfAbsent('greeted', 'c1', { at: 4 })).toBe(true);
      expect(await store.kv.get('greeted', 'c1')).toEqual({ at: 4 });
    });

    it('lets exactly one of several simultaneous puts-if-absent through, across handles', async () => {
      const { store, peer } = ctx();
      const other = await peer();
      const stored = await Promise.all([store, other, store, other].map((s, i) => s.kv.putIfAbsent('greeted', 'c2', { by: i })));
      expect(stored.filter(Boolean)).toHaveLength(1);
      expect(await other.kv.get('greeted', 'c2')).toEqual({ by: stored.indexOf(true) });
    });

    it('take hands a value to exactly one caller and removes it', async () => {
      const { store, peer } = ctx();
      const other = await peer();
      expect(await store.kv.take('link', 'missing')).toBeNull();
      await store.kv.put('link', 'h1', { personId: 'p1' });
      await store.kv.put('other', 'h1', { keep: true });
      const takers = await Promise.all([store, other, store, other].map((s) => s.kv.take('link', 'h1')));
      expect(takers.filter((t) => t !== null)).toEqual([{ personId: 'p1' }]);
      expect(await store.kv.get('link', 'h1')).toBeNull();
      expect(await other.kv.take('link', 'h1')).toBeNull();
      expect(await store.kv.get('other', 'h1')).toEqual({ keep: true });
    });

    it('keeps entries that have not expired, or never expire, through a purge', async () => {
      const { store } = ctx();
      await store.kv.put('link', 'later', { n: 1 }, { expiresAt: new Date('2026-01-01T10:15:00Z') });
      await store.kv.put('link', 'forever', { n: 2 });
      await store.kv.purgeExpired(new Date('2026-01-01T10:00:00Z'));
      expect(await store.kv.get('link', 'later')).toEqual({ n: 1 });
      expect(await store.kv.take('link', 'forever')).toEqual({ n: 2 });
    });
  });

  describe('health', () => {
    it('reports ok with the engine name', async () => {
      const { store } = ctx();
      const health = await store.health();
      expect(health.ok).toBe(true);
      expect(health.engine).toBe(store.engine);
    });
  });
}
