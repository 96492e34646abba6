import type { KeyValueRepo } from '../store';
import { parseDoc, type SqliteRunner } from './runner';

export class SqliteKeyValueRepo implements KeyValueRepo {
  private readonly get_;
  private readonly put_;
  private readonly putIfAbsent_;
  private readonly delete_;

  constructor(private readonly run: SqliteRunner) {
    const db = run.db;
    this.get_ = db.prepare<[string, string], { doc: string }>('SELECT doc FROM kv WHERE namespace = ? AND key = ?');
    this.put_ = db.prepare(
      'INSERT INTO kv (namespace, key, doc) VALUES (?, ?, ?) ON CONFLICT (namespace, key) DO UPDATE SET doc = excluded.doc',
    );
    this.putIfAbsent_ = db.prepare('INSERT INTO kv (namespace, key, doc) VALUES (?, ?, ?) ON CONFLICT (namespace, key) DO NOTHING');
    this.delete_ = db.prepare('DELETE FROM kv WHERE namespace = ? AND key = ?');
  }

  get(namespace: string, key: string): Promise<Record<string, unknown> | null> {
    return this.run.read('kv.get', () => {
      const row = this.get_.get(namespace, key);
      return row ? parseDoc<Record<string, unknown>>(row) : null;
    });
  }

  put(namespace: string, key: string, value: Record<string, unknown>): Promise<void> {
    return this.run.write('kv.put', () => {
      this.put_.run(namespace, key, JSON.stringify(value));
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
}
