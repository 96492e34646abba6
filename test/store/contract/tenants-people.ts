import { ConflictError } from '../../../src/store/errors';
import type { Ctx } from './context';
import { aPerson, aTenant } from './fixtures';

export function tenantContract(ctx: Ctx): void {
  describe('tenants', () => {
    it('creates, reads by id and by channel key, and lists ids', async () => {
      const { store } = ctx();
      const created = await store.tenants.create(aTenant('t1'));
      expect(created.etag).toEqual(expect.any(String));
      expect((await store.tenants.get('t1'))?.value).toEqual(aTenant('t1'));
      expect((await store.tenants.findByChannelKey('slack:t1-team'))?.value.id).toBe('t1');
      expect(await store.tenants.findByChannelKey('slack:nobody')).toBeNull();
      expect(await store.tenants.get('nope')).toBeNull();
      await store.tenants.create(aTenant('t0'));
      expect((await store.tenants.listIds()).sort()).toEqual(['t0', 't1']);
    });

    it('names the tenant a channel key is claimed for in one lookup', async () => {
      const { store } = ctx();
      await store.tenants.create(aTenant('t1'));
      expect(await store.tenants.idForChannelKey('teams:t1-aad')).toBe('t1');
      expect(await store.tenants.idForChannelKey('teams:nobody')).toBeNull();
      const v1 = (await store.tenants.get('t1'))!;
      await store.tenants.update({ ...v1.value, channelKeys: ['slack:t1-team'] }, v1.etag);
      // A key the tenant gave up names nobody (or, after a crash, a tenant that no longer lists it).
      const left = await store.tenants.idForChannelKey('teams:t1-aad');
      if (left !== null) expect((await store.tenants.get(left))?.value.channelKeys).not.toContain('teams:t1-aad');
    });

    it('refuses a taken id or a channel key of another tenant, and stores nothing then', async () => {
      const { store } = ctx();
      await store.tenants.create(aTenant('t1'));
      await expect(store.tenants.create(aTenant('t1', { name: 'again' }))).rejects.toBeInstanceOf(ConflictError);
      const thief = aTenant('t2', { channelKeys: ['teams:t2-aad', 'teams:t1-aad'] });
      await expect(store.tenants.create(thief)).rejects.toBeInstanceOf(ConflictError);
      expect(await store.tenants.get('t2')).toBeNull();
      expect(await store.tenants.findByChannelKey('teams:t2-aad')).toBeNull();
      expect((await store.tenants.findByChannelKey('teams:t1-aad'))?.value.id).toBe('t1');
      expect((await store.tenants.get('t1'))?.value.name).toBe('Tenant t1');
    });

    it('updates under the etag and moves channel keys with the tenant', async () => {
      const { store } = ctx();
      const v1 = await store.tenants.create(aTenant('t1'));
      const v2 = await store.tenants.update({ ...v1.value, channelKeys: ['slack:t1-new'] }, v1.etag);
      expect(v2.etag).not.toBe(v1.etag);
      expect(await store.tenants.findByChannelKey('slack:t1-team')).toBeNull();
      expect((await store.tenants.findByChannelKey('slack:t1-new'))?.etag).toBe(v2.etag);
      await expect(store.tenants.update({ ...v1.value, name: 'stale' }, v1.etag)).rejects.toBeInstanceOf(ConflictError);
      expect((await store.tenants.get('t1'))?.value.channelKeys).toEqual(['slack:t1-new']);
    });

    it('refuses an update that takes another tenant\'s key and leaves both as they were', async () => {
      const { store } = ctx();
      await store.tenants.create(aTenant('t1'));
      const t2 = await store.tenants.create(aTenant('t2'));
      const grab = { ...t2.value, name: 'grabbed', channelKeys: ['teams:t2-aad', 'teams:t1-aad'] };
      await expect(store.tenants.update(grab, t2.etag)).rejects.toBeInstanceOf(ConflictError);
      expect((await store.tenants.findByChannelKey('teams:t1-aad'))?.value.id).toBe('t1');
      expect((await store.tenants.findByChannelKey('slack:t2-team'))?.value.id).toBe('t2');
      const now = await store.tenants.get('t2');
      expect(now?.value.name).toBe('Tenant t2');
      expect(now?.etag).toBe(t2.etag);
    });
  });
}

export function personContract(ctx: Ctx): void {
  describe('people', () => {
    it('creates, reads by id and by identity', async () => {
      const { store } = ctx();
      const p = aPerson('t1', 'p1');
      const created = await store.people.create(p);
      expect((await store.people.get('t1', 'p1'))).toEqual({ value: p, etag: created.etag });
      expect((await store.people.findByIdentity('t1', 'teams:t1-p1-aad'))?.value).toEqual(p);
      expect(await store.people.findByIdentity('t1', 'teams:unknown')).toBeNull();
      expect(await store.people.get('t1', 'p2')).toBeNull();
    });

    it('refuses a taken id or identity within the tenant, but not in another tenant', async () => {
      const { store } = ctx();
      await store.people.create(aPerson('t1', 'p1'));
      await expect(store.people.create(aPerson('t1', 'p1', { displayName: 'Twin' }))).rejects.toBeInstanceOf(ConflictError);
      const sameKey = aPerson('t1', 'p2', { identities: [{ channel: 'teams', key: 'teams:t1-p1-aad', userId: '29:x' }] });
      await expect(store.people.create(sameKey)).rejects.toBeInstanceOf(ConflictError);
      expect(await store.people.get('t1', 'p2')).toBeNull();
      expect((await store.people.findByIdentity('t1', 'teams:t1-p1-aad'))?.value.id).toBe('p1');
      await store.people.create({ ...sameKey, tenantId: 't2' });
      expect((await store.people.findByIdentity('t2', 'teams:t1-p1-aad'))?.value.id).toBe('p2');
    });

    it('updates under the etag, moving identities', async () => {
      const { store } = ctx();
      const v1 = await store.people.create(aPerson('t1', 'p1'));
      const slack = { channel: 'slack' as const, key: 'slack:T1:U1', userId: 'U1' };
      const v2 = await store.people.update({ ...v1.value, identities: [slack], roles: ['manager'] }, v1.etag);
      expect(await store.people.findByIdentity('t1', 'teams:t1-p1-aad')).toBeNull();
      expect((await store.people.findByIdentity('t1', 'slack:T1:U1'))?.etag).toBe(v2.etag);
      await expect(store.people.update({ ...v1.value, displayName: 'old' }, v1.etag)).rejects.toBeInstanceOf(ConflictError);
      await store.people.create(aPerson('t1', 'p2'));
      const p2 = await store.people.get('t1', 'p2');
      const grab = { ...p2!.value, identities: [...p2!.value.identities, slack] };
      await expect(store.people.update(grab, p2!.etag)).rejects.toBeInstanceOf(ConflictError);
      expect((await store.people.findByIdentity('t1', 'slack:T1:U1'))?.value.id).toBe('p1');
      expect((await store.people.findByIdentity('t1', 'teams:t1-p2-aad'))?.value.id).toBe('p2');
    });

    it('names the person an identity is claimed for, within the tenant only', async () => {
      const { store } = ctx();
      await store.people.create(aPerson('t1', 'p1'));
      expect(await store.people.idForIdentity('t1', 'teams:t1-p1-aad')).toBe('p1');
      expect(await store.people.idForIdentity('t2', 'teams:t1-p1-aad')).toBeNull();
      expect(await store.people.idForIdentity('t1', 'teams:unknown')).toBeNull();
    });

    it('reads many people by id in one call, within the tenant only', async () => {
      const { store } = ctx();
      await store.people.create(aPerson('t1', 'p1'));
      await store.people.create(aPerson('t1', 'p/2', { identities: [] }));
      await store.people.create(aPerson('t2', 'p3', { identities: [] }));
      expect((await store.people.getMany('t1', ['p1', 'p/2', 'p3', 'nobody', 'p1'])).map((p) => p.id).sort()).toEqual(['p/2', 'p1']);
      expect(await store.people.getMany('t1', [])).toEqual([]);
    });

    it('keeps identities claimed through updates that leave them as they were', async () => {
      const { store } = ctx();
      const v1 = await store.people.create(aPerson('t1', 'p1'));
      const v2 = await store.people.update({ ...v1.value, displayName: 'Renamed' }, v1.etag);
      const v3 = await store.people.update({ ...v2.value, managerId: 'm1' }, v2.etag);
      expect((await store.people.findByIdentity('t1', 'teams:t1-p1-aad'))).toEqual({ value: v3.value, etag: v3.etag });
      await expect(store.people.create(aPerson('t1', 'p2'))).resolves.toBeTruthy();
      await expect(store.people.create(aPerson('t1', 'p9', { identities: v1.value.identities }))).rejects.toBeInstanceOf(ConflictError);
      // A stale etag is still refused, also on the quick path.
      await expect(store.people.update({ ...v2.value, displayName: 'stale' }, v2.etag)).rejects.toBeInstanceOf(ConflictError);
    });

    it('searches names without regard to case or accents, up to the limit', async () => {
      const { store } = ctx();
      await store.people.create(aPerson('t1', 'p1', { displayName: 'Zoë de Vries' }));
      await store.people.create(aPerson('t1', 'p2', { displayName: 'Anouk Öztürk', identities: [] }));
      await store.people.create(aPerson('t1', 'p3', { displayName: 'Joost Vriesema', identities: [] }));
      await store.people.create(aPerson('t1', 'p4', { displayName: '100%_sure', identities: [] }));
      expect((await store.people.search('t1', 'zoe', 10)).map((p) => p.id)).toEqual(['p1']);
      expect((await store.people.search('t1', 'OZTURK', 10)).map((p) => p.id)).toEqual(['p2']);
      expect((await store.people.search('t1', 'vries', 10)).map((p) => p.id).sort()).toEqual(['p1', 'p3']);
      expect(await store.people.search('t1', 'vries', 1)).toHaveLength(1);
      expect((await store.people.search('t1', '%_', 10)).map((p) => p.id)).toEqual(['p4']);
      expect(await store.people.search('t1', 'nobody', 10)).toEqual([]);
    });

    it('lists people by role', async () => {
      const { store } = ctx();
      await store.people.create(aPerson('t1', 'p1', { roles: ['employee', 'manager'] }));
      await store.people.create(aPerson('t1', 'p2', { roles: ['hr'], identities: [] }));
      await store.people.create(aPerson('t1', 'p3', { roles: ['manager'], identities: [] }));
      expect((await store.people.listByRole('t1', 'manager')).map((p) => p.id).sort()).toEqual(['p1', 'p3']);
      expect((await store.people.listByRole('t1', 'hr')).map((p) => p.id)).toEqual(['p2']);
      expect(await store.people.listByRole('t1', 'admin')).toEqual([]);
    });
  });
}
