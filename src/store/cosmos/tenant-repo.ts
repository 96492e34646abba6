import type { Container } from '@azure/cosmos';
import type { TenantRepo } from '../store';
import type { Tenant, Versioned } from '../types';
import { ConflictError } from '../errors';
import type { CosmosOps, Item, Stored } from './cosmos-ops';
import { safeId } from './ids';
import { KeyClaims } from './key-claims';

interface TenantItem extends Item {
  type: 'tenant';
  doc: Tenant;
}

const tenantItemId = (tenantId: string) => `t:${safeId(tenantId)}`;
const keyItemId = (channelKey: string) => `k:${safeId(channelKey)}`;

export class CosmosTenantRepo implements TenantRepo {
  private readonly keys: KeyClaims;

  constructor(
    private readonly ops: CosmosOps,
    private readonly c: Container,
    graceMs?: number,
  ) {
    this.keys = new KeyClaims(
      ops,
      {
        container: c,
        type: 'channelKey',
        itemId: keyItemId,
        partitionKey: keyItemId,
        extra: () => ({}),
        ownerHolds: async (tenantId, key) => (await this.read(tenantId))?.item.doc.channelKeys.includes(key) ?? false,
      },
      graceMs,
    );
  }

  async get(tenantId: string): Promise<Versioned<Tenant> | null> {
    return versioned(await this.read(tenantId));
  }

  async findByChannelKey(channelKey: string): Promise<Versioned<Tenant> | null> {
    const owner = await this.keys.claimedBy(channelKey);
    if (owner === null) return null;
    // The tenant read once: it is both the answer and the proof that the claim is not an orphan.
    const found = await this.read(owner);
    return found?.item.doc.channelKeys.includes(channelKey) ? versioned(found) : null;
  }

  idForChannelKey(channelKey: string): Promise<string | null> {
    return this.keys.claimedBy(channelKey);
  }

  async create(tenant: Tenant): Promise<Versioned<Tenant>> {
    const id = tenantItemId(tenant.id);
    const stored = await this.ops.create<TenantItem>('tenants.create', this.c, { id, type: 'tenant', doc: tenant }, id);
    try {
      await this.keys.claim(tenant.channelKeys, tenant.id);
    } catch (err) {
      await this.ops.delete('tenants.create.undo', this.c, id, id, stored.etag).catch(() => undefined);
      throw err;
    }
    return { value: tenant, etag: stored.etag };
  }

  async update(tenant: Tenant, etag: string): Promise<Versioned<Tenant>> {
    const current = await this.read(tenant.id);
    if (!current || current.etag !== etag) throw new ConflictError(`tenant ${tenant.id} changed since it was read`);
    const added = await this.keys.claim(tenant.channelKeys, tenant.id);
    let stored: Stored<TenantItem>;
    try {
      const id = tenantItemId(tenant.id);
      stored = await this.ops.replace<TenantItem>('tenants.update', this.c, { id, type: 'tenant', doc: tenant }, id, etag);
    } catch (err) {
      await this.keys.release(added, tenant.id);
      throw err;
    }
    const dropped = current.item.doc.channelKeys.filter((k) => !tenant.channelKeys.includes(k));
    await this.keys.release(dropped, tenant.id);
    return { value: tenant, etag: stored.etag };
  }

  async listIds(): Promise<string[]> {
    const res = await this.ops.query<string>(
      'tenants.listIds',
      this.c,
      { query: "SELECT VALUE c.doc.id FROM c WHERE c.type = 'tenant'" },
      undefined,
    );
    return res.items.sort();
  }

  private read(tenantId: string): Promise<Stored<TenantItem> | null> {
    const id = tenantItemId(tenantId);
    return this.ops.read<TenantItem>('tenants.get', this.c, id, id);
  }
}

function versioned(s: Stored<TenantItem> | null): Versioned<Tenant> | null {
  return s ? { value: s.item.doc, etag: s.etag } : null;
}
