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

export class CosmosPersonRepo implements PersonRepo {
  constructor(
    private readonly ops: CosmosOps,
    private readonly c: Container,
    private readonly graceMs?: number,
  ) {}

  async get(tenantId: string, personId: string): Promise<Versioned<Person> | null> {
    return versioned(await this.read(tenantId, personId));
  }

  async findByIdentity(tenantId: string, identityKey: string): Promise<Versioned<Person> | null> {
    const owner = await this.claims(tenantId).ownerOf(identityKey);
    return owner === null ? null : this.get(tenantId, owner);
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
    return { value: person, etag: stored.etag };
  }

  async update(person: Person, etag: string): Promise<Versioned<Person>> {
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
    return { value: person, etag: stored.etag };
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

function versioned(s: Stored<PersonItem> | null): Versioned<Person> | null {
  return s ? { value: s.item.doc, etag: s.etag } : null;
}
