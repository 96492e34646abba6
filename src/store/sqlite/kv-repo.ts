import type { KeyValueRepo } from '../store';
import { parseDoc, type SqliteRunner } from './runner';

export class SqliteKeyValueRepo implements KeyValueRepo {
  private readonly get_;
  private readonly put_;
  private readonly putIfAbsent_;
  private readonly delete_;
  private readonly take_;
  private readonly sweep_;

  constructor(private readonly run: SqliteRunner) {
    const db = run.db;
    this.get_ = db.prepare<[string, string], { doc: string }>('SELECT doc FROM kv WHERE namespace = ? AND key = ?');
    this.put_ = db.prepare(
      `INSERT INTO kv (namespace, key, doc, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (namespace, key) DO UPDATE SET doc = excluded.doc, expires_at = excluded.expires_at`,
    );
    this.putIfAbsent_ = db.prepare('INSERT INTO kv (namespace, key, doc, expires_at) VALUES (?, ?, ?, NULL) ON CONFLICT (namespace, key) DO NOTHING');
    this.sweep_ = db.prepare('DELETE FROM kv WHERE expires_at IS NOT NULL AND expires_at <= ?');
    this.delete_ = db.prepare('DELETE FROM kv WHERE namespace = ? AND key = ?');
    this.take_ = db.prepare<[string, string], { doc: string }>('DELETE FROM kv WHERE namespace = ? AND key = ? RETURNING doc');
  }

  get(namespace: string, key: string): Promise<Record<string, unknown> | null> {
    return this.run.read('kv.get', () => {
      const row = this.get_.get(namespace, key);
      return row ? parseDoc<Record<string, unknown>>(row) : null;
    });
  }

  put(namespace: string, key: string, value: Record<string, unknown>, opts: { expiresAt?: Date } = {}): Promise<void> {
    const expiresAt = opts.expiresAt?.getTime() ?? null;
    return this.run.write('kv.put', () => {
      this.put_.run(namespace, key, JSON.stringify(value), expiresAt);
    });
  }

  putIfAbsent(namespace: string, key: string, value: Record<string, unknown>): Promise<boolean> {
    return this.run.write('kv.putIfAbsent', () => this.putIfAbsent_.run(namespace, key, JSON.stringify(value)).changes === 1);
  }

  delete(namespace: string, key: string): Promise<void> {
    return this.run.write('kv.delete', () => {
      this.delete_.run(namespace, key);
    });
  }

  take(namespace: string, key: string): Promise<Record<string, unknown> | null> {
    return this.run.write('kv.take', () => {
      const row = this.take_.get(namespace, key);
      return row ? parseDoc<Record<string, unknown>>(row) : null;
    });
  }

  purgeExpired(now: Date): Promise<number> {
    return this.run.write('kv.purgeExpired', () => this.sweep_.run(now.getTime()).changes);
  }
}
