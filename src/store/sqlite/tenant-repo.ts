import type { TenantRepo } from '../store';
import type { Tenant, Versioned } from '../types';
import { ConflictError } from '../errors';
import { isUniqueViolation, newEtag, parseDoc, type SqliteRunner } from './runner';

type Row = { doc: string; etag: string };

export class SqliteTenantRepo implements TenantRepo {
  private readonly byId;
  private readonly byKey;
  private readonly idByKey;
  private readonly ids;
  private readonly insert;
  private readonly replace;
  private readonly insertKey;
  private readonly deleteKeys;

  constructor(private readonly run: SqliteRunner) {
    const db = run.db;
    this.byId = db.prepare<[string], Row>('SELECT doc, etag FROM tenants WHERE id = ?');
    this.byKey = db.prepare<[string], Row>(
      'SELECT t.doc, t.etag FROM tenant_keys k JOIN tenants t ON t.id = k.tenant_id WHERE k.channel_key = ?',
    );
    this.idByKey = db.prepare<[string], { tenant_id: string }>('SELECT tenant_id FROM tenant_keys WHERE channel_key = ?');
    this.ids = db.prepare<[], { id: string }>('SELECT id FROM tenants ORDER BY id');
    this.insert = db.prepare('INSERT INTO tenants (id, etag, doc) VALUES (?, ?, ?)');
    this.replace = db.prepare('UPDATE tenants SET etag = ?, doc = ? WHERE id = ? AND etag = ?');
    this.insertKey = db.prepare('INSERT INTO tenant_keys (channel_key, tenant_id) VALUES (?, ?)');
    this.deleteKeys = db.prepare('DELETE FROM tenant_keys WHERE tenant_id = ?');
  }

  get(tenantId: string): Promise<Versioned<Tenant> | null> {
    return this.run.read('tenants.get', () => versioned(this.byId.get(tenantId)));
  }

  findByChannelKey(channelKey: string): Promise<Versioned<Tenant> | null> {
    return this.run.read('tenants.findByChannelKey', () => versioned(this.byKey.get(channelKey)));
  }

  idForChannelKey(channelKey: string): Promise<string | null> {
    return this.run.read('tenants.idForChannelKey', () => this.idByKey.get(channelKey)?.tenant_id ?? null);
  }

  create(tenant: Tenant): Promise<Versioned<Tenant>> {
    return this.run.write('tenants.create', () => {
      const etag = newEtag();
      try {
        this.insert.run(tenant.id, etag, JSON.stringify(tenant));
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`tenant ${tenant.id} already exists`);
        throw err;
      }
      this.claimKeys(tenant);
      return { value: tenant, etag };
    });
  }

  update(tenant: Tenant, etag: string): Promise<Versioned<Tenant>> {
    return this.run.write('tenants.update', () => {
      const next = newEtag();
      const changed = this.replace.run(next, JSON.stringify(tenant), tenant.id, etag).changes;
      if (changed === 0) throw new ConflictError(`tenant ${tenant.id} changed since it was read`);
      this.deleteKeys.run(tenant.id);
      this.claimKeys(tenant);
      return { value: tenant, etag: next };
    });
  }

  listIds(): Promise<string[]> {
    return this.run.read('tenants.listIds', () => this.ids.all().map((r) => r.id));
  }

  private claimKeys(tenant: Tenant): void {
    for (const key of new Set(tenant.channelKeys)) {
      try {
        this.insertKey.run(key, tenant.id);
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`channel key ${key} belongs to another tenant`);
        throw err;
      }
    }
  }
}

function versioned(row: Row | undefined): Versioned<Tenant> | null {
  return row ? { value: parseDoc<Tenant>(row), etag: row.etag } : null;
}
