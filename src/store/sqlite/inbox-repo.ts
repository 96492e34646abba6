import { randomUUID } from 'node:crypto';
import type { InboxClaim, InboxClaimOptions, InboxRepo, PendingDelivery } from '../store';
import type { SqliteRunner } from './runner';

/** Finished keys whose window has passed are swept every this many claims, so the table stays about one window's traffic. */
const SWEEP_EVERY = 500;

export class SqliteInboxRepo implements InboxRepo {
  private readonly take;
  private readonly stateOf;
  private readonly keep;
  private readonly finish;
  private readonly giveBack;
  private readonly pending;
  private readonly claimOne;
  private readonly sweep;
  private calls = 0;

  constructor(private readonly run: SqliteRunner) {
    const db = run.db;
    // Inserts a new key, or takes over one whose `expires_at` has passed (a finished window, a
    // dead worker's lease, a failed attempt due again); a live key is left alone and `changes` is
    // 0. One statement, so two callers with the same key cannot both win. A kept payload stays
    // unless the key had finished, and carries `available_at` so another worker can find it.
    this.take = db.prepare(
      `INSERT INTO inbox (key, expires_at, state, token, payload, available_at, attempts)
       VALUES (@key, @lease, 'claimed', @token, @payload, CASE WHEN @payload IS NULL THEN NULL ELSE @lease END, 0)
       ON CONFLICT (key) DO UPDATE SET
         state = 'claimed',
         token = @token,
         expires_at = @lease,
         payload = CASE WHEN inbox.state = 'done' THEN @payload ELSE coalesce(@payload, inbox.payload) END,
         available_at = CASE WHEN (CASE WHEN inbox.state = 'done' THEN @payload ELSE coalesce(@payload, inbox.payload) END) IS NULL
                             THEN NULL ELSE @lease END,
         attempts = CASE WHEN inbox.state = 'done' THEN 0 ELSE inbox.attempts END,
         last_error = CASE WHEN inbox.state = 'done' THEN NULL ELSE inbox.last_error END
       WHERE inbox.expires_at <= @now`,
    );
    this.stateOf = db.prepare('SELECT state FROM inbox WHERE key = ?');
    this.keep = db.prepare(
      `UPDATE inbox SET expires_at = @lease, available_at = CASE WHEN payload IS NULL THEN NULL ELSE @lease END
       WHERE key = @key AND state = 'claimed' AND token = @token`,
    );
    this.finish = db.prepare(
      `INSERT INTO inbox (key, expires_at, state) VALUES (@key, @until, 'done')
       ON CONFLICT (key) DO UPDATE SET state = 'done', expires_at = @until, token = NULL, payload = NULL, available_at = NULL, last_error = NULL`,
    );
    this.giveBack = db.prepare(
      `UPDATE inbox SET state = 'pending', token = NULL, expires_at = @retry, attempts = attempts + 1, last_error = @error,
         available_at = CASE WHEN payload IS NULL THEN NULL ELSE @retry END
       WHERE key = @key AND state = 'claimed' AND token = @token`,
    );
    this.pending = db.prepare('SELECT key, payload, attempts FROM inbox WHERE available_at <= ? ORDER BY available_at LIMIT ?');
    this.claimOne = db.prepare(`UPDATE inbox SET state = 'claimed', token = @token, expires_at = @lease, available_at = @lease WHERE key = @key`);
    // A kept delivery is never swept: it waits until it is done.
    this.sweep = db.prepare('DELETE FROM inbox WHERE expires_at <= ? AND payload IS NULL');
  }

  claim(key: string, opts: InboxClaimOptions): Promise<InboxClaim> {
    const now = opts.now.getTime();
    const token = randomUUID();
    const payload = opts.payload ? JSON.stringify(opts.payload) : null;
    const sweep = ++this.calls % SWEEP_EVERY === 0;
    return this.run.write('inbox.claim', (): InboxClaim => {
      if (sweep) this.sweep.run(now);
      if (this.take.run({ key, lease: now + opts.leaseMs, token, payload, now }).changes === 1) return { state: 'claimed', token };
      const row = this.stateOf.get(key) as { state: string } | undefined;
      return { state: row?.state === 'done' ? 'done' : 'busy' };
    });
  }

  extend(key: string, token: string, leaseMs: number, now: Date): Promise<boolean> {
    return this.run.write('inbox.extend', () => this.keep.run({ key, token, lease: now.getTime() + leaseMs }).changes === 1);
  }

  async complete(key: string, ttlSeconds: number, now: Date): Promise<void> {
    await this.run.write('inbox.complete', () => this.finish.run({ key, until: now.getTime() + ttlSeconds * 1000 }));
  }

  async release(key: string, token: string, retryAt: Date, error?: string): Promise<void> {
    await this.run.write('inbox.release', () =>
      this.giveBack.run({ key, token, retry: retryAt.getTime(), error: error ? error.slice(0, 500) : null }),
    );
  }

  claimPending(opts: { now: Date; leaseMs: number; limit: number }): Promise<PendingDelivery[]> {
    const now = opts.now.getTime();
    return this.run.write('inbox.claimPending', () => {
      const rows = this.pending.all(now, opts.limit) as Array<{ key: string; payload: string; attempts: number }>;
      return rows.map((r) => {
        const token = randomUUID();
        this.claimOne.run({ key: r.key, token, lease: now + opts.leaseMs });
        return { key: r.key, payload: JSON.parse(r.payload) as Record<string, unknown>, attempts: r.attempts, token };
      });
    });
  }
}
