import type { PersonRepo } from '../store';
import type { Person, Role, Versioned } from '../types';
import { ConflictError } from '../errors';
import { searchKey } from '../search-key';
import { isUniqueViolation, newEtag, parseDoc, type SqliteRunner } from './runner';

type Row = { doc: string; etag: string };

export class SqlitePersonRepo implements PersonRepo {
  private readonly byId;
  private readonly byIdentity;
  private readonly idByIdentity;
  private readonly byIds;
  private readonly byName;
  private readonly byRole;
  private readonly insert;
  private readonly replace;
  private readonly insertIdentity;
  private readonly deleteIdentities;

  constructor(private readonly run: SqliteRunner) {
    const db = run.db;
    this.byId = db.prepare<[string, string], Row>('SELECT doc, etag FROM people WHERE tenant_id = ? AND id = ?');
    this.byIdentity = db.prepare<[string, string], Row>(
      `SELECT p.doc, p.etag FROM person_identities i
       JOIN people p ON p.tenant_id = i.tenant_id AND p.id = i.person_id
       WHERE i.tenant_id = ? AND i.identity_key = ?`,
    );
    this.idByIdentity = db.prepare<[string, string], { person_id: string }>(
      'SELECT person_id FROM person_identities WHERE tenant_id = ? AND identity_key = ?',
    );
    this.byIds = db.prepare<[string, string], Row>('SELECT doc, etag FROM people WHERE tenant_id = ? AND id IN (SELECT value FROM json_each(?))');
    this.byName = db.prepare<[string, string, number], Row>(
      `SELECT doc, etag FROM people WHERE tenant_id = ? AND name_key LIKE ? ESCAPE '\\'
       ORDER BY name_key, id LIMIT ?`,
    );
    this.byRole = db.prepare<[string, string], Row>(
      `SELECT doc, etag FROM people
       WHERE tenant_id = ? AND EXISTS (SELECT 1 FROM json_each(people.doc, '$.roles') WHERE value = ?)
       ORDER BY name_key, id`,
    );
    this.insert = db.prepare('INSERT INTO people (tenant_id, id, etag, name_key, doc) VALUES (?, ?, ?, ?, ?)');
    this.replace = db.prepare(
      'UPDATE people SET etag = ?, name_key = ?, doc = ? WHERE tenant_id = ? AND id = ? AND etag = ?',
    );
    this.insertIdentity = db.prepare(
      'INSERT INTO person_identities (tenant_id, identity_key, person_id) VALUES (?, ?, ?)',
    );
    this.deleteIdentities = db.prepare('DELETE FROM person_identities WHERE tenant_id = ? AND person_id = ?');
  }

  get(tenantId: string, personId: string): Promise<Versioned<Person> | null> {
    return this.run.read('people.get', () => versioned(this.byId.get(tenantId, personId)));
  }

  findByIdentity(tenantId: string, identityKey: string): Promise<Versioned<Person> | null> {
    return this.run.read('people.findByIdentity', () => versioned(this.byIdentity.get(tenantId, identityKey)));
  }

  idForIdentity(tenantId: string, identityKey: string): Promise<string | null> {
    return this.run.read('people.idForIdentity', () => this.idByIdentity.get(tenantId, identityKey)?.person_id ?? null);
  }

  getMany(tenantId: string, personIds: readonly string[]): Promise<Person[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    return this.run.read('people.getMany', () => this.byIds.all(tenantId, JSON.stringify([...new Set(personIds)])).map((r) => parseDoc<Person>(r)));
  }

  search(tenantId: string, text: string, limit: number): Promise<Person[]> {
    const pattern = `%${searchKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.run.read('people.search', () =>
      this.byName.all(tenantId, pattern, Math.max(0, Math.floor(limit))).map((r) => parseDoc<Person>(r)),
    );
  }

  listByRole(tenantId: string, role: Role): Promise<Person[]> {
    return this.run.read('people.listByRole', () => this.byRole.all(tenantId, role).map((r) => parseDoc<Person>(r)));
  }

  create(person: Person): Promise<Versioned<Person>> {
    return this.run.write('people.create', () => {
      const etag = newEtag();
      try {
        this.insert.run(person.tenantId, person.id, etag, searchKey(person.displayName), JSON.stringify(person));
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`person ${person.id} already exists`);
        throw err;
      }
      this.claimIdentities(person);
      return { value: person, etag };
    });
  }

  update(person: Person, etag: string): Promise<Versioned<Person>> {
    return this.run.write('people.update', () => {
      const next = newEtag();
      const changed = this.replace.run(
        next,
        searchKey(person.displayName),
        JSON.stringify(person),
        person.tenantId,
        person.id,
        etag,
      ).changes;
      if (changed === 0) throw new ConflictError(`person ${person.id} changed since it was read`);
      this.deleteIdentities.run(person.tenantId, person.id);
      this.claimIdentities(person);
      return { value: person, etag: next };
    });
  }

  private claimIdentities(person: Person): void {
    for (const key of new Set(person.identities.map((i) => i.key))) {
      try {
        this.insertIdentity.run(person.tenantId, key, person.id);
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`identity ${key} belongs to another person`);
        throw err;
      }
    }
  }
}

function versioned(row: Row | undefined): Versioned<Person> | null {
  return row ? { value: parseDoc<Person>(row), etag: row.etag } : null;
}
