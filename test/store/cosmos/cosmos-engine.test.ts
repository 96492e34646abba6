// What only the Cosmos engine does: retries through the real client against injected failures,
// recognising its own landed write, orphaned key claims, layout checks, health.
import { randomUUID } from 'node:crypto';
import { CosmosClient } from '@azure/cosmos';
import { ConflictError, StoreUnavailableError } from '../../../src/store/errors';
import { classifyCosmosError } from '../../../src/store/cosmos/cosmos-ops';
import { openCosmosStore, type CosmosStoreOptions } from '../../../src/store/cosmos/cosmos-store';
import type { CosmosStoreConfig } from '../../../src/store/store-config';
import { realRetryDeps } from '../../../src/store/retry';
import { aCase, aPerson, aRecord, aReminder } from '../contract/fixtures';
import { EMULATOR_KEY, failNext, startLocalCosmos, type LocalCosmos } from './local-cosmos';

let cosmos: LocalCosmos;
beforeAll(async () => {
  cosmos = await startLocalCosmos();
});
afterAll(async () => {
  await cosmos.close();
});
afterEach(() => {
  cosmos.faults.length = 0;
});

const config = (): CosmosStoreConfig => ({ engine: 'cosmos', endpoint: cosmos.endpoint, key: EMULATOR_KEY, database: `t-${randomUUID()}` });
const quick = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 2000 };
const isWrite = (path: RegExp) => (req: { method?: string; url?: string }) => req.method !== 'GET' && path.test(req.url ?? '');

async function open(options: CosmosStoreOptions = {}) {
  const waits: number[] = [];
  const store = await openCosmosStore(config(), {
    retry: quick,
    retryDeps: { ...realRetryDeps, onRetry: (i) => waits.push(i.delayMs) },
    ...options,
  });
  return { store, waits };
}

describe('cosmos engine', () => {
  it('retries a 429, waiting at least the retry-after the server sent', async () => {
    const { store, waits } = await open();
    cosmos.faults.push(failNext(2, 429, isWrite(/\/colls\/cases\/docs$/), 40));
    await store.cases.create(aCase('t1', 'c1'));
    expect(waits).toHaveLength(2);
    for (const w of waits) expect(w).toBeGreaterThanOrEqual(40);
    expect((await store.cases.get('t1', 'c1'))?.value.id).toBe('c1');
    await store.close();
  });

  it('retries 503 and 408, and gives up with StoreUnavailableError when they do not stop', async () => {
    const { store } = await open();
    cosmos.faults.push(failNext(1, 503), failNext(1, 408));
    expect(await store.cases.get('t1', 'none')).toBeNull();
    cosmos.faults.push(failNext(99, 503));
    const err = await store.cases.create(aCase('t1', 'c1')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).message).toMatch(/cases.create still failing after 4 attempt/);
    cosmos.faults.length = 0;
    expect(await store.cases.get('t1', 'c1')).toBeNull();
    await store.close();
  });

  it('does not retry a permanent failure', async () => {
    const { store, waits } = await open();
    cosmos.faults.push(failNext(1, 401));
    await expect(store.kv.get('ns', 'k')).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(waits).toEqual([]);
    await store.close();
  });

  it('recognises its own create when the answer was lost and the retry meets 409', async () => {
    const { store, waits } = await open();
    cosmos.faults.push(cosmos.landThenDrop(1, isWrite(/\/colls\/cases\/docs$/)));
    const created = await store.cases.create(aCase('t1', 'c1'));
    expect(waits.length).toBeGreaterThan(0);
    expect((await store.cases.get('t1', 'c1'))?.etag).toBe(created.etag);
    await expect(store.cases.create(aCase('t1', 'c1'))).rejects.toBeInstanceOf(ConflictError);
    await store.close();
  });

  it('recognises its own replace when the answer was lost and the retry meets 412', async () => {
    const { store, waits } = await open();
    const v1 = await store.cases.create(aCase('t1', 'c1'));
    cosmos.faults.push(cosmos.landThenDrop(1, isWrite(/\/colls\/cases\/docs\/c1$/)));
    const v2 = await store.cases.update({ ...v1.value, phase: 'recovery' }, v1.etag);
    expect(waits.length).toBeGreaterThan(0);
    const now = await store.cases.get('t1', 'c1');
    expect(now?.value.phase).toBe('recovery');
    expect(now?.etag).toBe(v2.etag);
    await store.close();
  });

  it('renews and settles a claim in one round trip each: a conditional replace, no read first', async () => {
    const { store } = await open();
    await store.reminders.upsertPending([aReminder('t1', 'r1'), aReminder('t1', 'r2')]);
    const [a, b] = await store.reminders.claimDue({ now: new Date('2024-03-01T08:00:00Z'), leaseMs: 60_000, owner: 'w', limit: 10 });
    cosmos.log.length = 0;
    cosmos.recording = true;
    try {
      const renewed = await store.reminders.renewClaim(a!.value, a!.etag, new Date('2024-03-01T08:01:30Z'));
      await store.reminders.markSent(renewed.value, renewed.etag, new Date('2024-03-01T08:00:10Z'));
      await store.reminders.release(b!.value, b!.etag, new Date('2024-03-01T09:00:00Z'));
      // A lost claim is still found out by that one write (412), not by a read.
      await expect(store.reminders.markSent(a!.value, a!.etag, new Date('2024-03-01T08:00:20Z'))).rejects.toBeInstanceOf(ConflictError);
    } finally {
      cosmos.recording = false;
    }
    expect(cosmos.log.map((r) => `${r.method} ${r.status}`)).toEqual(['PUT 200', 'PUT 200', 'PUT 200', 'PUT 412']);
    await store.close();
  });

  it('stores a record once when its append lands but the answer is lost', async () => {
    const { store, waits } = await open();
    cosmos.faults.push(cosmos.landThenDrop(1, isWrite(/\/colls\/records\/docs$/)));
    expect(await store.records.append(aRecord('t1', 'k1'))).toEqual({ record: aRecord('t1', 'k1'), duplicate: false });
    expect(waits.length).toBeGreaterThan(0);
    expect(await store.records.list('t1')).toHaveLength(1);
    await store.close();
  });

  it('takes over an identity claim whose owner never finished, but only after the grace period', async () => {
    const cfg = config();
    const fresh = await openCosmosStore(cfg);
    const orphan = { id: 'i:teams:lost', tenantId: 't1', type: 'identity', ownerId: 'ghost' };
    await fresh.containers.people.items.create(orphan);
    const withIdentity = aPerson('t1', 'p1', { identities: [{ channel: 'teams', key: 'teams:lost', userId: '29:x' }] });
    await expect(fresh.people.create(withIdentity)).rejects.toBeInstanceOf(ConflictError);
    expect(await fresh.people.get('t1', 'p1')).toBeNull();
    const patient = await openCosmosStore(cfg, { orphanGraceMs: 0 });
    await patient.people.create(withIdentity);
    expect((await patient.people.findByIdentity('t1', 'teams:lost'))?.value.id).toBe('p1');
    await fresh.close();
    await patient.close();
  });

  it('refuses to run on a container partitioned differently', async () => {
    const cfg = config();
    const client = new CosmosClient({ endpoint: cfg.endpoint, key: EMULATOR_KEY, connectionPolicy: { enableEndpointDiscovery: false } });
    const { database } = await client.databases.createIfNotExists({ id: cfg.database });
    await database.containers.createIfNotExists({ id: 'cases', partitionKey: { paths: ['/id'] } });
    await expect(openCosmosStore(cfg)).rejects.toThrow(/cases is partitioned by \/id; Herstart needs \/tenantId/);
    client.dispose();
  });

  it('adds the inbox index a newer Herstart needs to a container an older one created', async () => {
    const cfg = config();
    const client = new CosmosClient({ endpoint: cfg.endpoint, key: EMULATOR_KEY, connectionPolicy: { enableEndpointDiscovery: false } });
    const { database } = await client.databases.createIfNotExists({ id: cfg.database });
    const old = { indexingMode: 'consistent' as const, automatic: true, includedPaths: [], excludedPaths: [{ path: '/*' }] };
    await database.containers.createIfNotExists({ id: 'inbox', partitionKey: { paths: ['/id'] }, defaultTtl: -1, indexingPolicy: old });
    const store = await openCosmosStore(cfg, { retry: quick });
    const { resource } = await database.container('inbox').read();
    expect(resource?.indexingPolicy?.includedPaths?.map((p) => p.path)).toEqual(['/availableAt/?']);
    expect(resource?.defaultTtl).toBe(-1);
    await store.close();
    client.dispose();
  });

  it('reports unhealthy while writes fail although reads work, and healthy once a write lands', async () => {
    const { store } = await open();
    cosmos.faults.push(failNext(99, 403, isWrite(/\/colls\/cases\/docs$/)));
    await expect(store.cases.create(aCase('t1', 'c1'))).rejects.toBeInstanceOf(StoreUnavailableError);
    const sick = await store.health();
    expect(sick).toMatchObject({ ok: false, engine: 'cosmos' });
    expect(sick.detail).toMatch(/^cannot write: cases.create/);
    cosmos.faults.length = 0;
    await store.cases.create(aCase('t1', 'c1'));
    expect(await store.health()).toMatchObject({ ok: true });
    await store.close();
  });

  it('reports unhealthy when the server is gone', async () => {
    const own = await startLocalCosmos();
    const store = await openCosmosStore({ ...config(), endpoint: own.endpoint }, { retry: quick });
    expect(await store.health()).toMatchObject({ ok: true, engine: 'cosmos' });
    await own.close();
    expect(await store.health()).toMatchObject({ ok: false, engine: 'cosmos' });
    await store.close();
  });

  it('classifies Cosmos and network failures', () => {
    expect(classifyCosmosError({ code: 429, retryAfterInMs: 120 })).toEqual({ action: 'retry', afterMs: 120 });
    for (const code of [408, 410, 449, 503]) expect(classifyCosmosError({ code })).toEqual({ action: 'retry' });
    for (const code of [404, 409, 412]) expect(classifyCosmosError({ code })).toEqual({ action: 'rethrow' });
    for (const code of [400, 401, 403, 413, 500]) expect(classifyCosmosError({ code })).toEqual({ action: 'fail' });
    expect(classifyCosmosError({ code: 'ECONNRESET' })).toEqual({ action: 'retry' });
    expect(classifyCosmosError({ name: 'TimeoutError', code: 'TimeoutError' })).toEqual({ action: 'retry' });
    expect(classifyCosmosError(new Error('something else'))).toEqual({ action: 'fail' });
  });
});
