// Inbound deliveries in Cosmos DB: one item per key in the `inbox` container (partitioned by id),
// claimed and finished with conditional replaces, so two workers never both win a key. A kept
// delivery (with its payload) carries `availableAt` until it is done: the only indexed path, so
// the query for pending deliveries reads only those.
import { randomUUID } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import type { InboxClaim, InboxClaimOptions, InboxRepo, PendingDelivery } from '../store';
import { ConflictError } from '../errors';
import { mapLimit } from '../map-limit';
import type { CosmosOps, Item, Stored } from './cosmos-ops';
import { safeId } from './ids';
import { ttlUntil } from './ttl';

interface InboxItem extends Item {
  key?: string;
  /** Absent on items written before claims existed: those were marked on arrival, so done. */
  state?: 'claimed' | 'pending' | 'done';
  token?: string | null;
  /** Epoch ms: lease end (claimed), retry time (pending), end of the de-duplication window (done). Checked here, since TTL deletion runs late. */
  expiresAt: number;
  /** Only on kept deliveries that are not done: when another worker may take it. */
  availableAt?: number;
  payload?: Record<string, unknown> | null;
  attempts?: number;
  lastError?: string | null;
  /** Cosmos per-item TTL in seconds (-1: never, while a kept delivery waits to be done). */
  ttl: number;
}

const ROUNDS = 3;
const PENDING_QUERY = 'SELECT TOP @limit * FROM c WHERE c.availableAt <= @now ORDER BY c.availableAt';

function claimedItem(key: string, prev: InboxItem | null, opts: InboxClaimOptions, token: string): InboxItem {
  const now = opts.now.getTime();
  const lease = now + opts.leaseMs;
  const fresh = !prev || (prev.state ?? 'done') === 'done';
  const payload = fresh ? (opts.payload ?? null) : (opts.payload ?? prev.payload ?? null);
  return {
    id: safeId(key),
    key,
    state: 'claimed',
    token,
    expiresAt: lease,
    ...(payload ? { availableAt: lease, payload } : { payload: null }),
    attempts: fresh ? 0 : (prev.attempts ?? 0),
    lastError: fresh ? null : (prev.lastError ?? null),
    ttl: payload ? -1 : ttlUntil(lease, now),
  };
}

export class CosmosInboxRepo implements InboxRepo {
  constructor(
    private readonly ops: CosmosOps,
    private readonly c: Container,
  ) {}

  async claim(key: string, opts: InboxClaimOptions): Promise<InboxClaim> {
    const id = safeId(key);
    const token = randomUUID();
    for (let round = 0; round < ROUNDS; round++) {
      try {
        await this.ops.create('inbox.claim', this.c, claimedItem(key, null, opts, token), id);
        return { state: 'claimed', token };
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
      const seen = await this.read(id);
      if (!seen) continue;
      if (seen.item.expiresAt > opts.now.getTime()) return { state: (seen.item.state ?? 'done') === 'done' ? 'done' : 'busy' };
      try {
        await this.ops.replace('inbox.claim', this.c, claimedItem(key, seen.item, opts, token), id, seen.etag);
        return { state: 'claimed', token };
      } catch (err) {
        // Another delivery took it over first: it is being handled.
        if (err instanceof ConflictError) return { state: 'busy' };
        throw err;
      }
    }
    throw new ConflictError(`inbox key ${key} keeps changing`);
  }

  async extend(key: string, token: string, leaseMs: number, now: Date): Promise<boolean> {
    const id = safeId(key);
    const current = await this.read(id);
    if (!current || current.item.state !== 'claimed' || current.item.token !== token) return false;
    const lease = now.getTime() + leaseMs;
    const next: InboxItem = { ...current.item, expiresAt: lease, ...(current.item.payload ? { availableAt: lease } : {}) };
    if (!current.item.payload) next.ttl = ttlUntil(lease, now.getTime());
    try {
      await this.ops.replace('inbox.extend', this.c, next, id, current.etag);
      return true;
    } catch (err) {
      if (err instanceof ConflictError) return false;
      throw err;
    }
  }

  async complete(key: string, ttlSeconds: number, now: Date): Promise<void> {
    const until = now.getTime() + ttlSeconds * 1000;
    await this.ops.upsert<InboxItem>('inbox.complete', this.c, {
      id: safeId(key),
      key,
      state: 'done',
      token: null,
      expiresAt: until,
      payload: null,
      ttl: ttlUntil(until, now.getTime()),
    });
  }

  async release(key: string, token: string, retryAt: Date, error?: string): Promise<void> {
    const id = safeId(key);
    const current = await this.read(id);
    if (!current || current.item.state !== 'claimed' || current.item.token !== token) return;
    const { availableAt: _old, ...item } = current.item;
    const retry = retryAt.getTime();
    const next: InboxItem = {
      ...item,
      state: 'pending',
      token: null,
      expiresAt: retry,
      ...(item.payload ? { availableAt: retry } : {}),
      attempts: (item.attempts ?? 0) + 1,
      lastError: error ? error.slice(0, 500) : null,
      ttl: item.payload ? -1 : ttlUntil(retry, Date.now()),
    };
    try {
      await this.ops.replace('inbox.release', this.c, next, id, current.etag);
    } catch (err) {
      // Someone took it over meanwhile: theirs now.
      if (!(err instanceof ConflictError)) throw err;
    }
  }

  async claimPending(opts: { now: Date; leaseMs: number; limit: number }): Promise<PendingDelivery[]> {
    if (opts.limit <= 0) return [];
    const res = await this.ops.query<InboxItem & { _etag: string }>(
      'inbox.claimPending',
      this.c,
      { query: PENDING_QUERY, parameters: [{ name: '@limit', value: opts.limit }, { name: '@now', value: opts.now.getTime() }] },
      undefined,
      { maxItemCount: opts.limit },
    );
    // Each claim is a replace under the etag the query saw: of two workers, one wins each delivery.
    const won = await mapLimit(res.items, 8, async (row): Promise<PendingDelivery | null> => {
      const { _etag, ...seen } = row;
      if (!seen.payload || !seen.key) return null;
      const token = randomUUID();
      try {
        await this.ops.replace('inbox.claimPending', this.c, claimedItem(seen.key, seen, { now: opts.now, leaseMs: opts.leaseMs }, token), seen.id, _etag);
        return { key: seen.key, payload: seen.payload, attempts: seen.attempts ?? 0, token };
      } catch (err) {
        if (err instanceof ConflictError) return null;
        throw err;
      }
    });
    return won.filter((w): w is PendingDelivery => w !== null);
  }

  private read(id: string): Promise<Stored<InboxItem> | null> {
    return this.ops.read<InboxItem>('inbox.read', this.c, id, id);
  }
}
