// The Cosmos DB layout. Everything a tenant owns is partitioned by `/tenantId`, so every call a
// tenant makes stays inside one logical partition (point reads, or queries with the partition key).
// Lookups by a global key (tenants, inbox, kv) are partitioned by `/id` and read by point reads.
//
// Indexing policies list only what queries filter or sort on: every indexed path costs request
// units on each write, and free-form subtrees (record data, settings, payloads) are never queried.
import type { ContainerDefinition, IndexingPolicy } from '@azure/cosmos';

export type ContainerName = 'tenants' | 'people' | 'cases' | 'records' | 'reminders' | 'refs' | 'audit' | 'inbox' | 'kv';

const only = (...included: string[]): IndexingPolicy => ({
  indexingMode: 'consistent',
  automatic: true,
  includedPaths: included.map((path) => ({ path })),
  excludedPaths: [{ path: '/*' }],
});

export const CONTAINERS: Record<ContainerName, ContainerDefinition> = {
  // Tenant documents (`t:<id>`) and channel-key claims (`k:<key>`): unique across tenants.
  tenants: { id: 'tenants', partitionKey: { paths: ['/id'] }, indexingPolicy: only('/type/?') },
  // Person documents (`p:<id>`) and identity claims (`i:<key>`), per tenant.
  people: { id: 'people', partitionKey: { paths: ['/tenantId'] }, indexingPolicy: only('/tenantId/?', '/type/?', '/nameKey/?', '/doc/roles/[]/?') },
  cases: {
    id: 'cases',
    partitionKey: { paths: ['/tenantId'] },
    indexingPolicy: only('/tenantId/?', '/doc/status/?', '/doc/managerId/?', '/doc/employeeId/?', '/doc/closedOn/?', '/doc/createdAt/?'),
  },
  // Item id derived from tenant + idempotency key: a second append of the same key gets 409.
  records: {
    id: 'records',
    partitionKey: { paths: ['/tenantId'] },
    indexingPolicy: only('/tenantId/?', '/doc/caseId/?', '/doc/personId/?', '/doc/kind/?', '/doc/createdAt/?'),
  },
  // `availableAt` (epoch ms) exists only on pending and claimed reminders: the due query is one
  // range over one indexed number, and sent or cancelled reminders are not in that index at all.
  reminders: {
    id: 'reminders',
    partitionKey: { paths: ['/tenantId'] },
    indexingPolicy: only('/availableAt/?', '/tenantId/?', '/doc/caseId/?', '/doc/state/?', '/doc/kind/?'),
  },
  refs: { id: 'refs', partitionKey: { paths: ['/tenantId'] }, indexingPolicy: only('/tenantId/?', '/doc/ownerId/?') },
  audit: {
    id: 'audit',
    partitionKey: { paths: ['/tenantId'] },
    indexingPolicy: only('/tenantId/?', '/doc/caseId/?', '/doc/actorId/?', '/doc/at/?'),
  },
  // Per-item TTL (`ttl` on each item) lets Cosmos delete finished keys; defaultTtl -1 turns it on
  // without expiring anything else. `availableAt` exists only on kept deliveries not yet done, so
  // the query for them reads only those; everything else is a point operation.
  inbox: { id: 'inbox', partitionKey: { paths: ['/id'] }, defaultTtl: -1, indexingPolicy: only('/availableAt/?') },
  // Expiring entries (one-time links, web sessions) carry a per-item `ttl`; the rest never expire.
  kv: { id: 'kv', partitionKey: { paths: ['/id'] }, defaultTtl: -1, indexingPolicy: only() },
};

