// The embedded engine: one SQLite file in WAL mode through better-sqlite3.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { HealthStatus, PurgeResult, Store } from '../store';
import { DEFAULT_RETRY_POLICY, realRetryDeps, withRetry, type RetryDeps, type RetryPolicy } from '../retry';
import { reasonOf } from '../write-health';
import { migrate } from './migrations';
import { classifySqliteError, SqliteRunner } from './runner';
import { SqliteTenantRepo } from './tenant-repo';
import { SqlitePersonRepo } from './person-repo';
import { SqliteCaseRepo } from './case-repo';
import { SqliteRecordRepo } from './record-repo';
import { SqliteReminderRepo } from './reminder-repo';
import { SqliteConversationRefRepo } from './ref-repo';
import { SqliteAuditRepo } from './audit-repo';
import { SqliteInboxRepo } from './inbox-repo';
import { SqliteKeyValueRepo } from './kv-repo';

export interface SqliteStoreOptions {
  /** Longest a statement waits inside SQLite for another writer; it blocks the event loop, so keep it short. */
  busyTimeoutMs?: number;
  /** See SqliteStoreConfig.durability. */
  durability?: 'normal' | 'full';
  retry?: RetryPolicy;
  retryDeps?: RetryDeps;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 200;

const PROBE_EVERY_MS = 10_000;
const PROBE_WHILE_FAILING_MS = 2_000;
/** A few pages: the probe must need room, as real writes do. */
const PROBE_BYTES = 16 * 1024;

export class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  readonly tenants;
  readonly people;
  readonly cases;
  readonly records;
  readonly reminders;
  readonly refs;
  readonly audit;
  readonly inbox;
  readonly kv;
  private readonly run: SqliteRunner;
  private readonly purge;
  private readonly ping;
  private readonly probeWrite;
  private readonly probeClear;
  private lastProbe: { at: number; ok: boolean } | null = null;

  constructor(
    readonly db: Database.Database,
    options: SqliteStoreOptions = {},
  ) {
    this.run = new SqliteRunner(db, options.retry ?? DEFAULT_RETRY_POLICY, options.retryDeps ?? realRetryDeps);
    this.tenants = new SqliteTenantRepo(this.run);
    this.people = new SqlitePersonRepo(this.run);
    this.cases = new SqliteCaseRepo(this.run);
    this.records = new SqliteRecordRepo(this.run);
    this.reminders = new SqliteReminderRepo(this.run);
    this.refs = new SqliteConversationRefRepo(this.run);
    this.audit = new SqliteAuditRepo(this.run);
    this.inbox = new SqliteInboxRepo(this.run);
    this.kv = new SqliteKeyValueRepo(this.run);
    this.purge = purgeStatements(db);
    this.ping = db.prepare('SELECT max(version) AS version FROM schema_migrations');
    this.probeWrite = db.prepare('INSERT INTO health_probe (pad) VALUES (zeroblob(?))');
    this.probeClear = db.prepare('DELETE FROM health_probe');
    this.now = options.retryDeps?.now ?? Date.now;
  }

  private readonly now: () => number;

  purgeClosedCases(tenantId: string, endedBefore: string): Promise<PurgeResult> {
    // Children first, all in one transaction: no record outlives its case, and nothing is half done.
    return this.run.write('purgeClosedCases', () => ({
      records: this.purge.records.run(tenantId, tenantId, endedBefore).changes,
      reminders: this.purge.reminders.run(tenantId, tenantId, endedBefore).changes,
      audit: this.purge.audit.run(tenantId, tenantId, endedBefore).changes,
      cases: this.purge.cases.run(tenantId, endedBefore).changes,
    }));
  }

  /**
   * Reads (the schema version) and writes: a write failure seen since the last good probe, or a
   * probe that fails, makes the store unhealthy with the reason. The probe (one padded row written
   * and removed) runs at most every 10 s, and every 2 s while writes are failing: cheap enough for
   * a load balancer's health check.
   */
  async health(): Promise<HealthStatus> {
    let version: number | null;
    try {
      version = (this.ping.get() as { version: number | null } | undefined)?.version ?? 0;
    } catch (err) {
      return { ok: false, engine: 'sqlite', detail: err instanceof Error ? err.message : String(err) };
    }
    const now = this.now();
    const failing = this.run.writeHealth.current();
    const due = !this.lastProbe || now - this.lastProbe.at >= (failing || !this.lastProbe.ok ? PROBE_WHILE_FAILING_MS : PROBE_EVERY_MS);
    if (due) await this.probe(now);
    const failure = this.run.writeHealth.current();
    if (failure) return { ok: false, engine: 'sqlite', detail: `cannot write: ${failure.reason}` };
    return { ok: true, engine: 'sqlite', detail: `schema version ${version}` };
  }

  private async probe(now: number): Promise<void> {
    try {
      await this.run.write('health probe', () => {
        this.probeWrite.run(PROBE_BYTES);
        this.probeClear.run();
      });
      this.run.writeHealth.succeeded();
      this.lastProbe = { at: now, ok: true };
    } catch (err) {
      // A storage failure the runner has recorded; anything else is recorded here.
      if (!this.run.writeHealth.current()) this.run.writeHealth.failed(`health probe: ${reasonOf(err)}`, now);
      this.lastProbe = { at: now, ok: false };
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function purgeStatements(db: Database.Database) {
  const closed = `SELECT id FROM cases WHERE tenant_id = ? AND status = 'closed' AND closed_on IS NOT NULL AND closed_on < ?`;
  return {
    records: db.prepare(`DELETE FROM records WHERE tenant_id = ? AND case_id IN (${closed})`),
    reminders: db.prepare(`DELETE FROM reminders WHERE tenant_id = ? AND case_id IN (${closed})`),
    audit: db.prepare(`DELETE FROM audit WHERE tenant_id = ? AND case_id IN (${closed})`),
    cases: db.prepare(
      `DELETE FROM cases WHERE tenant_id = ? AND status = 'closed' AND closed_on IS NOT NULL AND closed_on < ?`,
    ),
  };
}

/**
 * Opens (creating if needed) the database file, sets WAL and runs pending migrations. Another
 * process migrating at the same moment only delays this one (SQLITE_BUSY is retried).
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<SqliteStore> {
  const busyTimeout = Math.max(0, Math.floor(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS));
  const open = async (): Promise<SqliteStore> => {
    const isFile = path !== ':memory:' && path !== '';
    // HR data: a directory and file we create are readable by this user only.
    if (isFile) mkdirSync(dirname(resolve(path)), { recursive: true, mode: 0o700 });
    const fresh = isFile && !existsSync(path);
    const db = new Database(path);
    try {
      if (fresh) chmodSync(path, 0o600);
      db.pragma(`busy_timeout = ${busyTimeout}`);
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode survives any crash of Herstart itself; FULL also survives a power cut,
      // at an fsync per commit. The choice is the operator's (HERSTART_DB_SYNC).
      db.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
      db.pragma('foreign_keys = ON');
      migrate(db);
      return new SqliteStore(db, options);
    } catch (err) {
      db.close();
      throw err;
    }
  };
  return withRetry(`open SQLite store at ${path}`, open, classifySqliteError, options.retry, options.retryDeps);
}
