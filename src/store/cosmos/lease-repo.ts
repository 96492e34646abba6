// Leases on Cosmos DB: one item per lease in the kv container. Taken by a create (409: someone
// else was first) or a replace under the etag read (412: someone else changed it), so of two
// instances taking one lease at once exactly one wins. A per-item TTL removes old leases.
import type { Container } from '@azure/cosmos';
import { ConflictError } from '../errors';
import { ended, LEASE_KEEP_MS, taken, type LeaseData } from '../lease';
import type { Lease, LeaseRepo } from '../store';
import type { CosmosOps, Item } from './cosmos-ops';
import { hash } from './ids';
import { ttlUntil } from './ttl';

interface LeaseItem extends Item {
  doc: Lease;
  ttl: number;
}

const leaseItemId = (name: string) => `lease_${hash('lease', name)}`;

export class CosmosLeaseRepo implements LeaseRepo {
  constructor(
    private readonly ops: CosmosOps,
    private readonly c: Container,
  ) {}

  async acquire(name: string, owner: string, now: Date, ttlMs: number, data?: LeaseData): Promise<Lease | null> {
    const id = leaseItemId(name);
    const current = await this.ops.read<LeaseItem>('leases.acquire', this.c, id, id);
    const next = taken(current?.item.doc ?? null, name, owner, now, ttlMs, data);
    if (!next) return null;
    try {
      if (current) await this.ops.replace('leases.acquire', this.c, this.item(next, now), id, current.etag);
      else await this.ops.create('leases.acquire', this.c, this.item(next, now), id);
      return next;
    } catch (err) {
      if (err instanceof ConflictError) return null;
      throw err;
    }
  }

  async release(name: string, owner: string, now: Date, data?: LeaseData): Promise<boolean> {
    const id = leaseItemId(name);
    const current = await this.ops.read<LeaseItem>('leases.release', this.c, id, id);
    const next = ended(current?.item.doc ?? null, owner, now, data);
    if (!current || !next) return false;
    try {
      await this.ops.replace('leases.release', this.c, this.item(next, now), id, current.etag);
      return true;
    } catch (err) {
      if (err instanceof ConflictError) return false;
      throw err;
    }
  }

  async get(name: string): Promise<Lease | null> {
    const id = leaseItemId(name);
    return (await this.ops.read<LeaseItem>('leases.get', this.c, id, id))?.item.doc ?? null;
  }

  private item(lease: Lease, now: Date): LeaseItem {
    return { id: leaseItemId(lease.name), doc: lease, ttl: ttlUntil(Date.parse(lease.until) + LEASE_KEEP_MS, now.getTime()) };
  }
}
