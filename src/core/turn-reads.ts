// The documents one turn reads, each read at most once: whoever asks first starts the read, later
// askers share it, and a write made in the turn replaces what was read. The core starts the read
// of a case a card names while the session is still being resolved, so a button press on a case
// costs no round trip of its own. Nothing outlives the turn, so nothing here can be stale.
import type { Case } from '../domain/case';
import type { Store } from '../store/store';
import type { Person, Versioned } from '../store/types';

export class TurnReads {
  private readonly cases = new Map<string, Promise<Versioned<Case> | null>>();
  private readonly people = new Map<string, Promise<Versioned<Person> | null>>();

  constructor(
    private readonly store: Store,
    private readonly tenantId: () => string,
  ) {}

  /** In the session's tenant. */
  case(caseId: string): Promise<Versioned<Case> | null> {
    const tenantId = this.tenantId();
    return memo(this.cases, key(tenantId, caseId), () => this.store.cases.get(tenantId, caseId));
  }

  /** In the session's tenant. */
  person(personId: string): Promise<Versioned<Person> | null> {
    const tenantId = this.tenantId();
    return memo(this.people, key(tenantId, personId), () => this.store.people.get(tenantId, personId));
  }

  /**
   * The case a card names, read while the session is still being resolved. Kept under the tenant
   * it was read in: if the session ends up in another tenant, `case()` simply does not find it.
   */
  prefetchCase(tenantId: string, caseId: string): void {
    memo(this.cases, key(tenantId, caseId), () => this.store.cases.get(tenantId, caseId));
  }

  /** A person a card names (a colleague to report), read while the session is resolved, as `prefetchCase`. */
  prefetchPerson(tenantId: string, personId: string): void {
    memo(this.people, key(tenantId, personId), () => this.store.people.get(tenantId, personId));
  }

  /** A version this turn read or wrote some other way (the session's person, an update's result). */
  knowCase(v: Versioned<Case>): void {
    this.cases.set(key(v.value.tenantId, v.value.id), Promise.resolve(v));
  }

  knowPerson(v: Versioned<Person>): void {
    this.people.set(key(v.value.tenantId, v.value.id), Promise.resolve(v));
  }
}

const key = (tenantId: string, id: string) => `${tenantId}\n${id}`;

function memo<T>(map: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
  let p = map.get(key);
  if (!p) {
    p = read();
    // A read nobody awaits (a prefetch the flow did not need) must not fail the process.
    p.catch(() => undefined);
    map.set(key, p);
  }
  return p;
}
