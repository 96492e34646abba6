// Item operations with the store's error model: transient failures retried (429 honouring
// retry-after, 503, 408, timeouts, dropped connections), 409/412 turned into ConflictError, the
// rest into StoreUnavailableError.
//
// A write retried after a timeout may find that its first attempt did land: the create then
// meets 409, the replace 412. Every write carries a fresh write token (`wt`), and a retry that
// finds its own token in the stored item counts as the success it was.
import { randomUUID } from 'node:crypto';
import type { Container, FeedOptions, ItemDefinition, SqlParameter, SqlQuerySpec } from '@azure/cosmos';
import { ConflictError, StoreUnavailableError } from '../errors';
import { reasonOf, WriteHealth } from '../write-health';
import { withRetry, type RetryDeps, type RetryPolicy, type Verdict } from '../retry';

export interface Item extends ItemDefinition {
  id: string;
  /** Write token: which write produced this version. */
  wt?: string;
}

export interface Stored<T extends Item> {
  item: T;
  etag: string;
}

const TRANSIENT_STATUS = new Set([408, 410, 429, 449, 503]);
const TRANSIENT_NETWORK = new Set([
  'TimeoutError', 'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN',
  'ENETUNREACH', 'EHOSTUNREACH', 'REQUEST_SEND_ERROR', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT',
]);

export function classifyCosmosError(err: unknown): Verdict {
  const e = (err ?? {}) as { code?: unknown; name?: unknown; retryAfterInMs?: unknown };
  if (typeof e.code === 'number') {
    if (TRANSIENT_STATUS.has(e.code)) {
      return typeof e.retryAfterInMs === 'number' && e.retryAfterInMs > 0
        ? { action: 'retry', afterMs: e.retryAfterInMs }
        : { action: 'retry' };
    }
    // Not found, conflict, precondition failed: the calling repository decides what they mean.
    if (e.code === 404 || e.code === 409 || e.code === 412) return { action: 'rethrow' };
    return { action: 'fail' };
  }
  if ((typeof e.code === 'string' && TRANSIENT_NETWORK.has(e.code)) || e.name === 'TimeoutError' || e.name === 'AbortError') {
    return { action: 'retry' };
  }
  return { action: 'fail' };
}

export function statusOf(err: unknown): number | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

export interface QueryResult<T> {
  items: T[];
  requestCharge: number;
  /** Documents the server says it loaded, when it reports real query metrics. */
  retrieved: number | null;
}

/** A query inside one tenant's partition. */
export interface TenantQuery {
  /** What follows SELECT: `*`, `VALUE c.id`, `TOP @n *`. */
  select?: string;
  where?: string[];
  parameters?: SqlParameter[];
  orderBy?: string;
}

export class CosmosOps {
  /** Writes that failed (after their retries) since the last write that landed. */
  readonly writeHealth = new WriteHealth();

  constructor(
    private readonly policy: RetryPolicy,
    private readonly deps: RetryDeps,
  ) {}

  run<T>(what: string, op: (attempt: number) => Promise<T>): Promise<T> {
    return withRetry(what, op, classifyCosmosError, this.policy, this.deps);
  }

  /** A write under the retry policy, reported to `writeHealth`: a conflict is an answer, not a failure. */
  private async write<T>(what: string, op: (attempt: number) => Promise<T>): Promise<T> {
    try {
      const value = await this.run(what, op);
      this.writeHealth.succeeded();
      return value;
    } catch (err) {
      // A request the service refused for itself (400 bad request, 413 too large) says nothing about the store.
      const own = [400, 413].includes(statusOf((err as { cause?: unknown }).cause) ?? 0);
      if (err instanceof StoreUnavailableError && !own) this.writeHealth.failed(`${what}: ${reasonOf(err)}`, this.deps.now());
      else if (err instanceof ConflictError) this.writeHealth.succeeded();
      throw err;
    }
  }

  read<T extends Item>(what: string, c: Container, id: string, pk: string): Promise<Stored<T> | null> {
    return this.run(what, async () => {
      const res = await c.item(id, pk).read<T>();
      return res.resource && res.etag ? { item: res.resource, etag: res.etag } : null;
    });
  }

  /** Throws ConflictError when the id is taken in that partition. */
  create<T extends Item>(what: string, c: Container, body: T, pk: string): Promise<Stored<T>> {
    const item = { ...body, wt: randomUUID() };
    return this.write(what, async (attempt) => {
      try {
        const res = await c.items.create<T>(item);
        return { item: res.resource as T, etag: res.etag };
      } catch (err) {
        if (statusOf(err) !== 409) throw err;
        const mine = attempt > 1 ? await this.ownWrite<T>(c, item.id, pk, item.wt) : null;
        if (mine) return mine;
        throw new ConflictError(`${what}: ${item.id} already exists`);
      }
    });
  }

  /** Throws ConflictError when the item changed since `etag` or is gone. */
  replace<T extends Item>(what: string, c: Container, body: T, pk: string, etag: string): Promise<Stored<T>> {
    const item = { ...body, wt: randomUUID() };
    return this.write(what, async (attempt) => {
      try {
        const res = await c.item(item.id, pk).replace<T>(item, { accessCondition: { type: 'IfMatch', condition: etag } });
        return { item: res.resource as T, etag: res.etag };
      } catch (err) {
        const status = statusOf(err);
        if (status !== 412 && status !== 404) throw err;
        const mine = attempt > 1 && status === 412 ? await this.ownWrite<T>(c, item.id, pk, item.wt) : null;
        if (mine) return mine;
        throw new ConflictError(`${what}: ${item.id} changed since it was read`);
      }
    });
  }

  upsert<T extends Item>(what: string, c: Container, body: T): Promise<Stored<T>> {
    const item = { ...body, wt: randomUUID() };
    return this.write(what, async () => {
      const res = await c.items.upsert<T>(item);
      return { item: res.resource as T, etag: res.etag };
    });
  }

  /** True if this call deleted it; false if it was not there. ConflictError if `etag` is stale. */
  delete(what: string, c: Container, id: string, pk: string, etag?: string): Promise<boolean> {
    return this.write(what, async (attempt) => {
      try {
        await c.item(id, pk).delete(etag ? { accessCondition: { type: 'IfMatch', condition: etag } } : undefined);
        return true;
      } catch (err) {
        const status = statusOf(err);
        // A 404 on a retry is most likely our own first attempt having landed.
        if (status === 404) return attempt > 1;
        if (status === 412) throw new ConflictError(`${what}: ${id} changed since it was read`);
        throw err;
      }
    });
  }

  /** All pages of a query; `pk` keeps it inside one partition, omitted it fans out. */
  query<T>(what: string, c: Container, spec: SqlQuerySpec, pk: string | undefined, options: FeedOptions = {}): Promise<QueryResult<T>> {
    return this.run(what, async () => {
      const it = c.items.query<T>(spec, { ...options, ...(pk === undefined ? {} : { partitionKey: pk }) });
      const items: T[] = [];
      let requestCharge = 0;
      let output = 0;
      let retrieved = 0;
      let metricsSeen = false;
      while (it.hasMoreResults()) {
        const page = await it.fetchNext();
        items.push(...page.resources);
        requestCharge += page.requestCharge ?? 0;
        for (const m of metricsOf(page.queryMetrics)) {
          metricsSeen = true;
          output += m.outputDocumentCount;
          retrieved += m.retrievedDocumentCount;
        }
      }
      // Trust server metrics only when they add up: an emulator may send placeholders.
      const real = metricsSeen && output === items.length && retrieved >= items.length;
      return { items, requestCharge, retrieved: real ? retrieved : null };
    });
  }

  /**
   * A query scoped to one tenant twice over: the partition key routes it, and the tenant id is in
   * the WHERE clause, so isolation does not depend on routing alone (the emulator ignores it).
   */
  queryTenant<T>(what: string, c: Container, tenantId: string, q: TenantQuery): Promise<QueryResult<T>> {
    const where = ['c.tenantId = @tenantId', ...(q.where ?? [])].join(' AND ');
    const query = `SELECT ${q.select ?? '*'} FROM c WHERE ${where}${q.orderBy ? ` ORDER BY ${q.orderBy}` : ''}`;
    return this.query<T>(what, c, { query, parameters: [{ name: '@tenantId', value: tenantId }, ...(q.parameters ?? [])] }, tenantId);
  }

  private async ownWrite<T extends Item>(c: Container, id: string, pk: string, wt: string): Promise<Stored<T> | null> {
    const res = await c.item(id, pk).read<T>();
    return res.resource && res.resource.wt === wt && res.etag ? { item: res.resource, etag: res.etag } : null;
  }
}

type Metrics = { outputDocumentCount: number; retrievedDocumentCount: number };

function metricsOf(raw: unknown): Metrics[] {
  if (!raw || typeof raw !== 'object') return [];
  return Object.values(raw as Record<string, unknown>).filter(
    (m): m is Metrics =>
      typeof (m as Metrics | null)?.outputDocumentCount === 'number' &&
      typeof (m as Metrics | null)?.retrievedDocumentCount === 'number',
  );
}
