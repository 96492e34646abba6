// The Azure Cosmos DB engine, through @azure/cosmos. Creates the database and containers if they
// are missing (with an account key; under Entra ID data-plane roles they must exist already).
import type { Agent } from 'node:http';
import { CosmosClient, type ConnectionPolicy, type Container, type ContainerDefinition, type Database, type IndexingPolicy } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import type { HealthStatus, PurgeResult, Store } from '../store';
import { StoreUnavailableError } from '../errors';
import { mapLimit } from '../map-limit';
import { DEFAULT_RETRY_POLICY, realRetryDeps, type RetryDeps, type RetryPolicy } from '../retry';
import type { CosmosStoreConfig } from '../store-config';
import { CONTAINERS, type ContainerName } from './containers';
import { CosmosOps, statusOf } from './cosmos-ops';
import { caseItemId, CosmosCaseRepo } from './case-repo';
import { CosmosPersonRepo } from './person-repo';
import { CosmosRecordRepo } from './record-repo';
import { CosmosReminderRepo } from './reminder-repo';
import { CosmosAuditRepo, CosmosConversationRefRepo, CosmosKeyValueRepo } from './small-repos';
import { CosmosInboxRepo } from './inbox-repo';
import { CosmosTenantRepo } from './tenant-repo';

export interface CosmosStoreOptions {
  retry?: RetryPolicy;
  retryDeps?: RetryDeps;
  /** For a local emulator with a self-signed certificate: an https.Agent with rejectUnauthorized false. */
  agent?: Agent;
  connectionPolicy?: Partial<ConnectionPolicy>;
  /** How old an unbacked key claim must be before another owner may take it over. */
  orphanGraceMs?: number;
}

/** One request this long is treated as a timeout and retried under the store's policy. */
export const REQUEST_TIMEOUT_MS = 10_000;

export class CosmosStore implements Store {
  readonly engine = 'cosmos' as const;
  readonly tenants;
  readonly people;
  readonly cases;
  readonly records;
  readonly reminders;
  readonly refs;
  readonly audit;
  readonly inbox;
  readonly kv;

  constructor(
    private readonly client: CosmosClient,
    readonly database: Database,
    readonly containers: Record<ContainerName, Container>,
    private readonly ops: CosmosOps,
    orphanGraceMs?: number,
  ) {
    this.tenants = new CosmosTenantRepo(ops, containers.tenants, orphanGraceMs);
    this.people = new CosmosPersonRepo(ops, containers.people, orphanGraceMs);
    this.cases = new CosmosCaseRepo(ops, containers.cases);
    this.records = new CosmosRecordRepo(ops, containers.records);
    this.reminders = new CosmosReminderRepo(ops, containers.reminders);
    this.refs = new CosmosConversationRefRepo(ops, containers.refs);
    this.audit = new CosmosAuditRepo(ops, containers.audit);
    this.inbox = new CosmosInboxRepo(ops, containers.inbox);
    this.kv = new CosmosKeyValueRepo(ops, containers.kv);
  }

  /**
   * Children first (records, reminders, audit entries), the case last: if this stops half-way, the case is still
   * there and the next run finishes the job. Nothing here needs a cross-item transaction.
   */
  async purgeClosedCases(tenantId: string, endedBefore: string): Promise<PurgeResult> {
    const due = await this.ops.queryTenant<string>('purgeClosedCases', this.containers.cases, tenantId, {
      select: 'VALUE c.doc.id',
      where: ["c.doc.status = 'closed'", 'IS_STRING(c.doc.closedOn)', 'c.doc.closedOn < @cutoff'],
      parameters: [{ name: '@cutoff', value: endedBefore }],
    });
    const result: PurgeResult = { cases: 0, records: 0, reminders: 0, audit: 0 };
    for (const caseId of due.items) {
      result.records += await this.deleteWhereCase(this.containers.records, tenantId, caseId);
      result.reminders += await this.deleteWhereCase(this.containers.reminders, tenantId, caseId);
      result.audit += await this.deleteWhereCase(this.containers.audit, tenantId, caseId);
      if (await this.ops.delete('purgeClosedCases', this.containers.cases, caseItemId(caseId), tenantId)) result.cases++;
    }
    return result;
  }

  async health(): Promise<HealthStatus> {
    try {
      await this.database.read();
      // Reachable is not enough: writes can fail on their own (storage or permission).
      const failure = this.ops.writeHealth.current();
      if (failure) return { ok: false, engine: 'cosmos', detail: `cannot write: ${failure.reason}` };
      return { ok: true, engine: 'cosmos', detail: `database ${this.database.id}` };
    } catch (err) {
      const status = statusOf(err);
      return { ok: false, engine: 'cosmos', detail: status ? `HTTP ${status}` : err instanceof Error ? err.message : String(err) };
    }
  }

  async close(): Promise<void> {
    this.client.dispose();
  }

  private async deleteWhereCase(container: Container, tenantId: string, caseId: string): Promise<number> {
    const ids = await this.ops.queryTenant<string>('purgeClosedCases', container, tenantId, {
      select: 'VALUE c.id',
      where: ['c.doc.caseId = @case'],
      parameters: [{ name: '@case', value: caseId }],
    });
    const done = await mapLimit(ids.items, 8, (id) => this.ops.delete('purgeClosedCases', container, id, tenantId));
    return done.filter(Boolean).length;
  }
}

/**
 * A container created by an older Herstart may lack a path a newer query needs (the inbox's
 * `availableAt`): add it, keeping the rest of the definition. Under Entra ID data-plane roles the
 * change is refused (403); the error then says what to add.
 */
async function ensureIndexedPaths(ops: CosmosOps, container: Container, def: ContainerDefinition, have: IndexingPolicy | undefined): Promise<void> {
  const want = (def.indexingPolicy?.includedPaths ?? []).map((p) => p.path);
  const present = new Set((have?.includedPaths ?? []).map((p) => p.path));
  const missing = want.filter((p) => !present.has(p));
  if (!have || missing.length === 0) return;
  try {
    await ops.run(`update indexing of ${def.id}`, () => container.replace({ ...def, id: def.id }));
  } catch (err) {
    throw new StoreUnavailableError(
      `Cosmos container ${def.id} needs ${missing.join(', ')} in its indexing policy and Herstart could not add it (${err instanceof Error ? err.message : String(err)}). Add it (see README, Storage).`,
      { cause: err },
    );
  }
}

const isLocal = (endpoint: string) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(endpoint).hostname);

/** Connects, creates what is missing, and checks that existing containers have our partition keys. */
export async function openCosmosStore(config: CosmosStoreConfig, options: CosmosStoreOptions = {}): Promise<CosmosStore> {
  const ops = new CosmosOps(options.retry ?? DEFAULT_RETRY_POLICY, options.retryDeps ?? realRetryDeps);
  const client = new CosmosClient({
    endpoint: config.endpoint,
    ...(config.key ? { key: config.key } : { aadCredentials: new DefaultAzureCredential() }),
    ...(options.agent ? { agent: options.agent } : {}),
    userAgentSuffix: 'herstart',
    connectionPolicy: {
      // A local emulator advertises addresses that are not reachable from here.
      enableEndpointDiscovery: !isLocal(config.endpoint),
      requestTimeout: REQUEST_TIMEOUT_MS,
      // One retry policy for the whole store (ours, honouring retry-after), not two stacked.
      retryOptions: { maxRetryAttemptCount: 0, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 0 },
      ...options.connectionPolicy,
    },
  });
  try {
    const { database } = await ops.run('create database', () => client.databases.createIfNotExists({ id: config.database }));
    const containers = {} as Record<ContainerName, Container>;
    for (const [name, def] of Object.entries(CONTAINERS) as [ContainerName, (typeof CONTAINERS)[ContainerName]][]) {
      const { container, resource } = await ops.run(`create container ${def.id}`, () => database.containers.createIfNotExists(def));
      const want = def.partitionKey && typeof def.partitionKey === 'object' ? def.partitionKey.paths : [];
      const have = resource?.partitionKey?.paths ?? [];
      if (JSON.stringify(want) !== JSON.stringify(have)) {
        throw new StoreUnavailableError(`Cosmos container ${def.id} is partitioned by ${have.join(',')}; Herstart needs ${want.join(',')}`);
      }
      await ensureIndexedPaths(ops, container, def, resource?.indexingPolicy);
      containers[name] = container;
    }
    return new CosmosStore(client, database, containers, ops, options.orphanGraceMs);
  } catch (err) {
    client.dispose();
    if (statusOf((err as { cause?: unknown }).cause) === 403) {
      throw new StoreUnavailableError(
        `Cosmos DB refused to create the database or a container (403). With Entra ID, create them beforehand (see README, Storage).`,
        { cause: err },
      );
    }
    throw err;
  }
}
