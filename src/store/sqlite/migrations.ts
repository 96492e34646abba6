// Versioned schema. Each migration runs once, in order, inside a transaction, and is recorded in
// `schema_migrations`. Never edit a released migration: add the next one.
//
// Every table keeps the full JSON document in `doc` and copies out only the columns that queries
// filter or order on, so the shapes in ../types.ts stay the single description of the data.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE tenants (
        id TEXT PRIMARY KEY,
        etag TEXT NOT NULL,
        doc TEXT NOT NULL
      ) STRICT;
      -- Channel-side keys are unique across all tenants: one Teams tenant or Slack team, one of ours.
      CREATE TABLE tenant_keys (
        channel_key TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL REFERENCES tenants(id)
      ) STRICT;
      CREATE INDEX tenant_keys_by_tenant ON tenant_keys(tenant_id);

      CREATE TABLE people (
        tenant_id TEXT NOT NULL,
        id TEXT NOT NULL,
        etag TEXT NOT NULL,
        -- Lower case without diacritics, for search.
        name_key TEXT NOT NULL,
        doc TEXT NOT NULL,
        PRIMARY KEY (tenant_id, id)
      ) STRICT;
      CREATE TABLE person_identities (
        tenant_id TEXT NOT NULL,
        identity_key TEXT NOT NULL,
        person_id TEXT NOT NULL,
        PRIMARY KEY (tenant_id, identity_key),
        FOREIGN KEY (tenant_id, person_id) REFERENCES people(tenant_id, id)
      ) STRICT;
      CREATE INDEX person_identities_by_person ON person_identities(tenant_id, person_id);

      CREATE TABLE cases (
        tenant_id TEXT NOT NULL,
        id TEXT NOT NULL,
        etag TEXT NOT NULL,
        status TEXT NOT NULL,
        employee_id TEXT NOT NULL,
        manager_id TEXT NOT NULL,
        closed_on TEXT,
        created_at TEXT NOT NULL,
        doc TEXT NOT NULL,
        PRIMARY KEY (tenant_id, id)
      ) STRICT;
      CREATE INDEX cases_by_status ON cases(tenant_id, status, closed_on);
      CREATE INDEX cases_by_manager ON cases(tenant_id, manager_id);
      CREATE INDEX cases_by_employee ON cases(tenant_id, employee_id);

      CREATE TABLE records (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        tenant_id TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        case_id TEXT,
        person_id TEXT,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        doc TEXT NOT NULL,
        UNIQUE (tenant_id, idempotency_key)
      ) STRICT;
      CREATE INDEX records_by_case ON records(tenant_id, case_id);
      CREATE INDEX records_by_person ON records(tenant_id, person_id, kind);

      CREATE TABLE reminders (
        tenant_id TEXT NOT NULL,
        id TEXT NOT NULL,
        etag TEXT NOT NULL,
        state TEXT NOT NULL,
        case_id TEXT,
        kind TEXT NOT NULL,
        -- When the reminder can next be claimed, in epoch ms: dueAt while pending, the lease end
        -- while claimed, NULL once sent or cancelled. One range over one column finds every due
        -- reminder, and the partial index below holds only the live ones.
        available_at INTEGER,
        doc TEXT NOT NULL,
        PRIMARY KEY (tenant_id, id)
      ) STRICT;
      CREATE INDEX reminders_due ON reminders(available_at) WHERE available_at IS NOT NULL;
      CREATE INDEX reminders_by_case ON reminders(tenant_id, case_id, state);

      CREATE TABLE conversation_refs (
        tenant_id TEXT NOT NULL,
        owner_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        doc TEXT NOT NULL,
        PRIMARY KEY (tenant_id, owner_id, channel)
      ) STRICT;

      CREATE TABLE audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        tenant_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        at TEXT NOT NULL,
        doc TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_by_case ON audit(tenant_id, case_id, at);
      CREATE INDEX audit_by_actor ON audit(tenant_id, actor_id, at);

      CREATE TABLE inbox (
        key TEXT PRIMARY KEY,
        expires_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX inbox_by_expiry ON inbox(expires_at);

      CREATE TABLE kv (
        namespace TEXT NOT NULL,
        key TEXT NOT NULL,
        doc TEXT NOT NULL,
        PRIMARY KEY (namespace, key)
      ) STRICT;
    `,
  },
  {
    version: 2,
    name: 'records of a case by time',
    // The planner reads a case's recent records (`latest`): with the time in the index that is a
    // walk over the newest entries, however long the case's history.
    sql: `CREATE INDEX records_by_case_time ON records(tenant_id, case_id, created_at, seq);`,
  },
  {
    version: 3,
    name: 'drop records_by_case',
    // records_by_case_time starts with the same two columns and serves every lookup it served;
    // keeping both only costs a second index write on every append.
    sql: `DROP INDEX IF EXISTS records_by_case;`,
  },
  {
    version: 4,
    name: 'expiring key-value entries',
    // One-time links and sessions carry who they belong to: they must not outlive their use.
    sql: `ALTER TABLE kv ADD COLUMN expires_at INTEGER;
      CREATE INDEX kv_by_expiry ON kv(expires_at) WHERE expires_at IS NOT NULL;`,
  },
  {
    version: 5,
    name: 'inbox: claims with a lease, done after the work, kept deliveries',
    // Rows from before were marked on arrival: they count as done. `expires_at` is the lease end
    // while claimed, the retry time while pending, the end of the de-duplication window once done.
    // A delivery kept for another worker (`payload`) carries `available_at` until it is done, so
    // the pending ones are one range over one partial index.
    sql: `
      ALTER TABLE inbox ADD COLUMN state TEXT NOT NULL DEFAULT 'done';
      ALTER TABLE inbox ADD COLUMN token TEXT;
      ALTER TABLE inbox ADD COLUMN payload TEXT;
      ALTER TABLE inbox ADD COLUMN available_at INTEGER;
      ALTER TABLE inbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE inbox ADD COLUMN last_error TEXT;
      CREATE INDEX inbox_pending ON inbox(available_at) WHERE available_at IS NOT NULL;
    `,
  },
  {
    version: 6,
    name: 'health probe',
    // /healthz writes and removes one padded row here now and then: a write that needs new pages,
    // which a full disk refuses.
    sql: `CREATE TABLE health_probe (id INTEGER PRIMARY KEY, pad BLOB NOT NULL) STRICT;`,
  },
];

/** Applies the migrations the file has not seen yet. Returns the versions applied now. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    // IMMEDIATE: two processes starting at once must not both apply the same version.
    db.transaction(() => {
      const again = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version);
      if (again) return;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
      done.push(m.version);
    }).immediate();
  }
  return done;
}
