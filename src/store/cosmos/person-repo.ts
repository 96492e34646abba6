import type { Container } from '@azure/cosmos';
import type { PersonRepo } from '../store';
import type { Person, Role, Versioned } from '../types';
import { ConflictError } from '../errors';
import { searchKey } from '../search-key';
import type { CosmosOps, Item, Stored } from './cosmos-ops';
import { safeId } from './ids';
import { KeyClaims } from './key-claims';

interface PersonItem extends Item {
  tenantId: string;
  type: 'person';
  nameKey: string;
  doc: Person;
}

const personItemId = (personId: string) => `p:${safeId(personId)}`;
const keysOf = (p: Person) => p.identities.map((i) => i.key);

/** Versions whose identity keys this handle remembers, at most (then it starts again). */
const KEYS_REMEMBERED = 20_000;

export class CosmosPersonRepo implements PersonRepo {
  /**
   * The identity keys of each version this handle has handed out (`tenant, person, etag`): an
   * update under that etag whose keys are the same needs no claim work and no read first, since
   * the conditional replace itself proves the stored version is the one remembered.
   */
  private readonly keysAt = new Map<string, string[]>();

  constructor(
    private readonly ops: CosmosOps,
    private readonly c: Container,
    private readonly graceMs?: number,
  ) {}

  async get(tenantId: string, personId: string): Promise<Versioned<Person> | null> {
    return this.versioned(await this.read(tenantId, personId));
  }

  async findByIdentity(tenantId: string, identityKey: string): Promise<Versioned<Person> | null> {
    const owner = await this.claims(tenantId).claimedBy(identityKey);
    if (owner === null) return null;
    // Read once: the answer, and the proof that the claim is not an orphan.
    const found = await this.read(tenantId, owner);
    return found?.item.doc.identities.some((i) => i.key === identityKey) ? this.versioned(found) : null;
  }

  idForIdentity(tenantId: string, identityKey: string): Promise<string | null> {
    return this.claims(tenantId).claimedBy(identityKey);
  }

  async getMany(tenantId: string, personIds: readonly string[]): Promise<Person[]> {
    if (personIds.length === 0) return [];
    // Item ids are indexed whatever the policy: one query, however many names a list shows.
    const res = await this.ops.queryTenant<PersonItem>('people.getMany', this.c, tenantId, {
      where: ["c.type = 'person'", 'ARRAY_CONTAINS(@ids, c.id)'],
      parameters: [{ name: '@ids', value: [...new Set(personIds)].map(personItemId) }],
    });
    return res.items.map((i) => i.doc);
  }

  async search(tenantId: string, text: string, limit: number): Promise<Person[]> {
    const n = Math.max(0, Math.floor(limit));
    if (n === 0) return [];
    const res = await this.ops.queryTenant<PersonItem>('people.search', this.c, tenantId, {
      select: 'TOP @n *',
      where: ["c.type = 'person'", 'CONTAINS(c.nameKey, @text)'],
      parameters: [
        { name: '@n', value: n },
        { name: '@text', value: searchKey(text) },
      ],
      orderBy: 'c.nameKey',
    });
    return res.items.map((i) => i.doc);
  }

  async listByRole(tenantId: string, role: Role): Promise<Person[]> {
    const res = await this.ops.queryTenant<PersonItem>('people.listByRole', this.c, tenantId, {
      where: ["c.type = 'person'", 'ARRAY_CONTAINS(c.doc.roles, @role)'],
      parameters: [{ name: '@role', value: role }],
      orderBy: 'c.nameKey',
    });
    return res.items.map((i) => i.doc);
  }

  async create(person: Person): Promise<Versioned<Person>> {
    const item = toItem(person);
    const stored = await this.ops.create<PersonItem>('people.create', this.c, item, person.tenantId);
    try {
      await this.claims(person.tenantId).claim(keysOf(person), person.id);
    } catch (err) {
      await this.ops.delete('people.create.undo', this.c, item.id, person.tenantId, stored.etag).catch(() => undefined);
      throw err;
    }
    return this.remember(person, stored.etag);
  }

  async update(person: Person, etag: string): Promise<Versioned<Person>> {
    const known = this.keysAt.get(versionKey(person.tenantId, person.id, etag));
    if (known && sameKeys(known, keysOf(person))) {
      const stored = await this.ops.replace<PersonItem>('people.update', this.c, toItem(person), person.tenantId, etag);
      return this.remember(person, stored.etag);
    }
    const current = await this.read(person.tenantId, person.id);
    if (!current || current.etag !== etag) throw new ConflictError(`person ${person.id} changed since it was read`);
    const claims = this.claims(person.tenantId);
    const added = await claims.claim(keysOf(person), person.id);
    let stored: Stored<PersonItem>;
    try {
      stored = await this.ops.replace<PersonItem>('people.update', this.c, toItem(person), person.tenantId, etag);
    } catch (err) {
      await claims.release(added, person.id);
      throw err;
    }
    const kept = new Set(keysOf(person));
    await claims.release(keysOf(current.item.doc).filter((k) => !kept.has(k)), person.id);
    return this.remember(person, stored.etag);
  }

  private remember(person: Person, etag: string): Versioned<Person> {
    if (this.keysAt.size >= KEYS_REMEMBERED) this.keysAt.clear();
    this.keysAt.set(versionKey(person.tenantId, person.id, etag), keysOf(person));
    return { value: person, etag };
  }

  private versioned(s: Stored<PersonItem> | null): Versioned<Person> | null {
    return s ? this.remember(s.item.doc, s.etag) : null;
  }

  private read(tenantId: string, personId: string): Promise<Stored<PersonItem> | null> {
    return this.ops.read<PersonItem>('people.get', this.c, personItemId(personId), tenantId);
  }

  private claims(tenantId: string): KeyClaims {
    return new KeyClaims(
      this.ops,
      {
        container: this.c,
        type: 'identity',
        itemId: (key) => `i:${safeId(key)}`,
        partitionKey: () => tenantId,
        extra: () => ({ tenantId }),
        ownerHolds: async (personId, key) =>
          (await this.read(tenantId, personId))?.item.doc.identities.some((i) => i.key === key) ?? false,
      },
      this.graceMs,
    );
  }
}

function toItem(p: Person): PersonItem {
  return { id: personItemId(p.id), tenantId: p.tenantId, type: 'person', nameKey: searchKey(p.displayName), doc: p };
}

const versionKey = (tenantId: string, personId: string, etag: string) => `${tenantId}\n${personId}\n${etag}`;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((k) => y.has(k));
}
