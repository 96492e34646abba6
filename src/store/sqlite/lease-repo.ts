// Leases on SQLite live in the kv table (namespace `lease`): taken inside one IMMEDIATE
// transaction, so two processes on the file never both hold one.
import { ended, LEASE_KEEP_MS, taken, type LeaseData } from '../lease';
import type { Lease, LeaseRepo } from '../store';
import { KV_GET_SQL, KV_PUT_SQL } from './kv-repo';
import { parseDoc, type SqliteRunner } from './runner';

const NS = 'lease';

export class SqliteLeaseRepo implements LeaseRepo {
  private readonly get_;
  private readonly put_;

  constructor(private readonly run: SqliteRunner) {
    const db = run.db;
    this.get_ = db.prepare<[string, string], { doc: string }>(KV_GET_SQL);
    this.put_ = db.prepare(KV_PUT_SQL);
  }

  acquire(name: string, owner: string, now: Date, ttlMs: number, data?: LeaseData): Promise<Lease | null> {
    return this.run.write('leases.acquire', () => {
      const next = taken(this.read(name), name, owner, now, ttlMs, data);
      if (next) this.write(next);
      return next;
    });
  }

  release(name: string, owner: string, now: Date, data?: LeaseData): Promise<boolean> {
    return this.run.write('leases.release', () => {
      const next = ended(this.read(name), owner, now, data);
      if (next) this.write(next);
      return next !== null;
    });
  }

  get(name: string): Promise<Lease | null> {
    return this.run.read('leases.get', () => this.read(name));
  }

  private read(name: string): Lease | null {
    const row = this.get_.get(NS, name);
    return row ? parseDoc<Lease>(row) : null;
  }

  private write(lease: Lease): void {
    this.put_.run(NS, lease.name, JSON.stringify(lease), Date.parse(lease.until) + LEASE_KEEP_MS);
  }
}
