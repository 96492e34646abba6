import type { InboxRepo } from '../store';
import type { SqliteRunner } from './runner';

/** Expired keys are swept every this many calls, so the table stays about as big as one TTL's traffic. */
const SWEEP_EVERY = 500;

export class SqliteInboxRepo implements InboxRepo {
  private readonly claim;
  private readonly sweep;
  private calls = 0;

  constructor(private readonly run: SqliteRunner) {
    const db = run.db;
    // Inserts a new key, or takes over one whose window has passed; a live key is left alone and
    // `changes` is 0. One statement, so two callers with the same key cannot both win.
    this.claim = db.prepare(
      `INSERT INTO inbox (key, expires_at) VALUES (@key, @expires)
       ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE inbox.expires_at <= @now`,
    );
    this.sweep = db.prepare('DELETE FROM inbox WHERE expires_at <= ?');
  }

  firstSeen(key: string, ttlSeconds: number, now: Date): Promise<boolean> {
    const nowMs = now.getTime();
    const sweep = ++this.calls % SWEEP_EVERY === 0;
    return this.run.write('inbox.firstSeen', () => {
      if (sweep) this.sweep.run(nowMs);
      return this.claim.run({ key, expires: nowMs + ttlSeconds * 1000, now: nowMs }).changes === 1;
    });
  }
}
