// The small repositories: conversation references, audit, key-value.
import { randomUUID } from 'node:crypto';
import type { Container, SqlParameter } from '@azure/cosmos';
import type { AuditRepo, ConversationRefRepo, KeyValueRepo } from '../store';
import type { AuditEntry, Channel, ConversationRef } from '../types';
import { ConflictError } from '../errors';
import type { CosmosOps, Item } from './cosmos-ops';
import { hash, safeId } from './ids';
import { ttlUntil } from './ttl';

interface RefItem extends Item {
  tenantId: string;
  doc: ConversationRef;
}

const refItemId = (ownerId: string, channel: Channel) => safeId(`${channel}|${ownerId}`);

export class CosmosConversationRefRepo implements ConversationRefRepo {
  constructor(
    private readonly ops: CosmosOps,
    private readonly c: Container,
  ) {}

  async save(ref: ConversationRef): Promise<void> {
    await this.ops.upsert<RefItem>('refs.save', this.c, { id: refItemId(ref.ownerId, ref.channel), tenantId: ref.tenantId, doc: ref });
  }

  async get(tenantId: string, ownerId: string, channel: Channel): Promise<ConversationRef | null> {
    return (await this.ops.read<RefItem>('refs.get', this.c, refItemId(ownerId, channel), tenantId))?.item.doc ?? null;
  }

  async listForOwner(tenantId: string, ownerId: string): Promise<ConversationRef[]> {
    const res = await this.ops.queryTenant<RefItem>('refs.listForOwner', this.c, tenantId, {
      where: ['c.doc.ownerId = @owner'],
      parameters: [{ name: '@owner', value: ownerId }],
    });
    return res.items.map((i) => i.doc).sort((a, b) => a.channel.localeCompare(b.channel));
  }

  async listForOwners(tenantId: string, ownerIds: readonly string[]): Promise<ConversationRef[]> {
    if (ownerIds.length === 0) return [];
    const res = await this.ops.queryTenant<RefItem>('refs.listForOwners', this.c, tenantId, {
      where: ['ARRAY_CONTAINS(@owners, c.doc.ownerId)'],
      parameters: [{ name: '@owners', value: [...new Set(ownerIds)] }],
    });
    return res.items.map((i) => i.doc);
  }

  async markDead(tenantId: string, ownerId: string, channel: Channel, reason: string): Promise<void> {
    const id = refItemId(ownerId, channel);
    for (let round = 0; round < 5; round++) {
      const current = await this.ops.read<RefItem>('refs.markDead', this.c, id, tenantId);
      if (!current) return;
      const doc: ConversationRef = { ...current.item.doc, dead: true, deadReason: reason };
      try {
        await this.ops.replace<RefItem>('refs.markDead', this.c, { id, tenantId, doc }, tenantId, current.etag);
        return;
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
    }
    throw new ConflictError(`conversation reference ${ownerId}/${channel} keeps changing`);
  }
}

interface AuditItem extends Item {
  tenantId: string;
  doc: AuditEntry;
}

export class CosmosAuditRepo implements AuditRepo {
  constructor(
    private readonly ops: CosmosOps,
    private readonly c: Container,
  ) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.ops.create<AuditItem>('audit.append', this.c, { id: randomUUID(), tenantId: entry.tenantId, doc: entry }, entry.tenantId);
  }

  async list(tenantId: string, filter: { caseId?: string; actorId?: string } = {}): Promise<AuditEntry[]> {
    const where: string[] = [];
    const parameters: SqlParameter[] = [];
    for (const [field, value] of [['caseId', filter.caseId], ['actorId', filter.actorId]] as const) {
      if (value === undefined) continue;
      where.push(`c.doc.${field} = @${field}`);
      parameters.push({ name: `@${field}`, value });
    }
    const res = await this.ops.queryTenant<AuditItem>('audit.list', this.c, tenantId, { where, parameters, orderBy: 'c.doc.at' });
    return res.items.map((i) => i.doc);
  }
}

interface KvItem extends Item {
  namespace: string;
  key: string;
  doc: Record<string, unknown>;
  /** Per-item TTL in seconds (the container has defaultTtl -1), for entries that expire. */
  ttl?: number;
}

const kvItemId = (namespace: string, key: string) => `kv_${hash(namespace, key)}`;

export class CosmosKeyValueRepo implements KeyValueRepo {
  constructor(
    private readonly ops: CosmosOps,
    private readonly c: Container,
  ) {}

  async get(namespace: string, key: string): Promise<Record<string, unknown> | null> {
    const id = kvItemId(namespace, key);
    return (await this.ops.read<KvItem>('kv.get', this.c, id, id))?.item.doc ?? null;
  }

  async put(namespace: string, key: string, value: Record<string, unknown>, opts: { expiresAt?: Date } = {}): Promise<void> {
    const item: KvItem = { id: kvItemId(namespace, key), namespace, key, doc: value };
    // TTL counts from the write; a little slack so deletion never races a reader's own expiry check.
    if (opts.expiresAt) item.ttl = ttlUntil(opts.expiresAt.getTime(), Date.now());
    await this.ops.upsert<KvItem>('kv.put', this.c, item);
  }

  async putIfAbsent(namespace: string, key: string, value: Record<string, unknown>): Promise<boolean> {
    const id = kvItemId(namespace, key);
    try {
      // A create is atomic per id: of several callers one succeeds, the others get 409.
      await this.ops.create<KvItem>('kv.putIfAbsent', this.c, { id, namespace, key, doc: value }, id);
      return true;
    } catch (err) {
      if (err instanceof ConflictError) return false;
      throw err;
    }
  }

  async delete(namespace: string, key: string): Promise<void> {
    const id = kvItemId(namespace, key);
    await this.ops.delete('kv.delete', this.c, id, id);
  }

  async take(namespace: string, key: string): Promise<Record<string, unknown> | null> {
    const id = kvItemId(namespace, key);
    const current = await this.ops.read<KvItem>('kv.take', this.c, id, id);
    if (!current) return null;
    try {
      // Deleting under the etag we read: of two takers only one delete succeeds.
      return (await this.ops.delete('kv.take', this.c, id, id, current.etag)) ? current.item.doc : null;
    } catch (err) {
      if (err instanceof ConflictError) return null;
      throw err;
    }
  }

  /** Cosmos DB deletes expired entries itself (per-item TTL). */
  async purgeExpired(): Promise<number> {
    return 0;
  }
}
