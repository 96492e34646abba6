// Runs better-sqlite3 work under the store's retry policy. better-sqlite3 is synchronous: a busy
// wait inside SQLite blocks the whole event loop, so the busy timeout is kept short and longer
// waits happen here, asynchronously, between attempts.
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { DEFAULT_RETRY_POLICY, realRetryDeps, withRetry, type RetryDeps, type RetryPolicy, type Verdict } from '../retry';
import { reasonOf, WriteHealth } from '../write-health';

/** SQLITE_BUSY and SQLITE_LOCKED (and their extended codes) clear once the other writer is done. */
export function classifySqliteError(err: unknown): Verdict {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) {
    return { action: 'retry' };
  }
  return { action: 'fail' };
}

/**
 * Failures that say the database cannot take writes at all (a full disk, a read-only or broken
 * file), as opposed to a busy lock (retried) or a constraint (the caller's business).
 */
export function isStorageFailure(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return false;
  return !/^SQLITE_(BUSY|LOCKED|CONSTRAINT|MISMATCH|RANGE|ERROR)/.test(code);
}

export class SqliteRunner {
  /** Writes that failed for storage reasons since the last probe said writing works. */
  readonly writeHealth = new WriteHealth();

  constructor(
    readonly db: Database.Database,
    private readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    private readonly deps: RetryDeps = realRetryDeps,
  ) {}

  /** A read: one statement or a few, no transaction needed under WAL. */
  read<T>(what: string, fn: () => T): Promise<T> {
    return withRetry(what, async () => fn(), classifySqliteError, this.policy, this.deps);
  }

  /**
   * A write in one IMMEDIATE transaction: it takes the write lock up front, so a second process
   * fails fast with SQLITE_BUSY (and is retried) instead of deadlocking on a lock upgrade.
   * Anything thrown inside rolls the whole transaction back.
   */
  write<T>(what: string, fn: () => T): Promise<T> {
    const tx = this.db.transaction(fn);
    return withRetry(
      what,
      async () => {
        try {
          return tx.immediate();
        } catch (err) {
          if (isStorageFailure(err)) this.writeHealth.failed(`${what}: ${reasonOf(err)}`, this.deps.now());
          throw err;
        }
      },
      classifySqliteError,
      this.policy,
      this.deps,
    );
  }
}

/** Opaque version tags. Random rather than a counter, so a deleted and re-created row never
 * matches an etag someone kept from before. */
export function newEtag(): string {
  return randomBytes(9).toString('base64url');
}

export function parseDoc<T>(row: { doc: string }): T {
  return JSON.parse(row.doc) as T;
}

/** True when better-sqlite3 reports a UNIQUE or PRIMARY KEY violation. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
