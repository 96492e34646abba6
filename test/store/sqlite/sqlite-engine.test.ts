import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../../src/store/errors';
import { MIGRATIONS, migrate } from '../../../src/store/sqlite/migrations';
import { recordListSql } from '../../../src/store/sqlite/record-repo';
import { DUE_QUERY } from '../../../src/store/sqlite/reminder-repo';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store';
import { realRetryDeps } from '../../../src/store/retry';
import { aCase, aReminder } from '../contract/fixtures';

describe('sqlite engine', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'herstart-sqlite-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the directory and file, in WAL mode, and records its migrations once', async () => {
    const path = join(dir, 'nested', 'deeper', 'herstart.db');
    const store = await openSqliteStore(path);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'nested')).mode & 0o777).toBe(0o700);
    const versions = () => store.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(versions()).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    await store.close();
    const again = await openSqliteStore(path);
    expect(again.db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    const next = { version: 1000, name: 'test column', sql: 'ALTER TABLE kv ADD COLUMN note TEXT' };
    expect(migrate(again.db, [...MIGRATIONS, next])).toEqual([1000]);
    expect(migrate(again.db, [...MIGRATIONS, next])).toEqual([]);
    expect((await again.health()).detail).toBe('schema version 1000');
    await again.close();
  });

  it('removes expired key-value entries when asked, and only those', async () => {
    const store = await openSqliteStore(join(dir, 'kv.db'));
    await store.kv.put('link', 'old', { n: 1 }, { expiresAt: new Date('2026-01-01T10:00:00Z') });
    await store.kv.put('link', 'new', { n: 2 }, { expiresAt: new Date('2026-01-01T10:15:00Z') });
    await store.kv.put('slack-installation', 'T1', { n: 3 });
    expect(await store.kv.purgeExpired(new Date('2026-01-01T10:05:00Z'))).toBe(1);
    expect(await store.kv.get('link', 'old')).toBeNull();
    expect(await store.kv.get('link', 'new')).toEqual({ n: 2 });
    // A put without expiry makes an expiring entry permanent again.
    await store.kv.put('link', 'new', { n: 4 });
    expect(await store.kv.purgeExpired(new Date('2027-01-01T00:00:00Z'))).toBe(0);
    expect(await store.kv.get('slack-installation', 'T1')).toEqual({ n: 3 });
    await store.close();
  });

  it('keeps the data across a reopen', async () => {
    const path = join(dir, 'h.db');
    const first = await openSqliteStore(path);
    await first.cases.create(aCase('t1', 'c1'));
    await first.close();
    const second = await openSqliteStore(path);
    expect((await second.cases.get('t1', 'c1'))?.value.id).toBe('c1');
    await second.close();
  });

  it('answers the due query from the partial index of live reminders', async () => {
    const store = await openSqliteStore(join(dir, 'h.db'));
    const plan = store.db.prepare(`EXPLAIN QUERY PLAN ${DUE_QUERY}`).all({ now: 0, limit: 10 }) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/SEARCH reminders USING INDEX reminders_due \(available_at<\?\)/);
    await store.reminders.upsertPending(
      Array.from({ length: 50 }, (_, i) => aReminder('t1', `r${i}`, { dueAt: new Date(Date.UTC(2024, 2, 1 + i)).toISOString() })),
    );
    const claims = await store.reminders.claimDue({ now: new Date(Date.UTC(2024, 2, 3)), leaseMs: 1000, owner: 'w', limit: 100 });
    expect(claims).toHaveLength(3);
    expect(store.reminders.lastReadCount()).toBe(3);
    await store.close();
  });

  it('finds a case\'s or a person\'s records through an index, not by reading the whole tenant', async () => {
    const store = await openSqliteStore(join(dir, 'h.db'));
    const plan = (filter: Parameters<typeof recordListSql>[0]) =>
      (store.db.prepare(`EXPLAIN QUERY PLAN ${recordListSql(filter)}`).all({ tenant: 't', caseId: 'c', personId: 'p', kind: 'k' }) as { detail: string }[])
        .map((p) => p.detail)
        .join('\n');
    expect(plan({ caseId: 'c' })).toMatch(/SEARCH records USING INDEX records_by_case_time \(tenant_id=\? AND case_id=\?\)/);
    expect(plan({ caseId: 'c', kind: 'outcome' })).toMatch(/SEARCH records USING INDEX records_by_case_time/);
    expect(plan({ personId: 'p' })).toMatch(/SEARCH records USING INDEX records_by_person \(tenant_id=\? AND person_id=\?\)/);
    expect(plan({ personId: 'p', kind: 'outcome' })).toMatch(/SEARCH records USING INDEX records_by_person \(tenant_id=\? AND person_id=\? AND kind=\?\)/);
    // The index migration 3 dropped is gone; the one that replaces it is there.
    const indexes = (store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records'").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toContain('records_by_case_time');
    expect(indexes).not.toContain('records_by_case');
    await store.close();
  });

  it('waits out another process\'s write lock, retrying SQLITE_BUSY without blocking the event loop', async () => {
    const path = join(dir, 'h.db');
    const store = await openSqliteStore(path, { busyTimeoutMs: 5 });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    const retries: number[] = [];
    const deps = { ...realRetryDeps, onRetry: (i: { delayMs: number }) => retries.push(i.delayMs) };
    const patient = await openSqliteStore(path, { busyTimeoutMs: 5, retry: { maxAttempts: 50, baseDelayMs: 10, maxDelayMs: 20, maxElapsedMs: 5000 }, retryDeps: deps });
    setTimeout(() => other.exec('COMMIT'), 100);
    await patient.cases.create(aCase('t1', 'c1'));
    expect(retries.length).toBeGreaterThan(0);
    expect((await store.cases.get('t1', 'c1'))?.value.id).toBe('c1');
    other.close();
    await patient.close();
    await store.close();
  });

  it('gives up with StoreUnavailableError when the lock is never released, and writes nothing', async () => {
    const path = join(dir, 'h.db');
    const store = await openSqliteStore(path, { busyTimeoutMs: 1, retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 5, maxElapsedMs: 1000 } });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    const failure = store.cases.create(aCase('t1', 'c1'));
    await expect(failure).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(failure).rejects.toThrow(/SQLITE_BUSY/);
    other.exec('ROLLBACK');
    other.close();
    expect(await store.cases.get('t1', 'c1')).toBeNull();
    await store.close();
  });

  it('reports a file it cannot open as StoreUnavailableError', async () => {
    await expect(openSqliteStore(dir)).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('reports unhealthy once closed', async () => {
    const store = await openSqliteStore(join(dir, 'h.db'));
    await store.close();
    expect(await store.health()).toMatchObject({ ok: false, engine: 'sqlite' });
  });
});
