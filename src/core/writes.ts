// Read-modify-write with the store's etag. A lost race re-reads and re-applies the change, which
// is safe because every change here is a pure function of the current value. The first attempt
// starts from the version this turn already read, when it has one: no read just to write.
import type { Case } from '../domain/case';
import { ConflictError } from '../store/errors';
import type { Person, Tenant, Versioned } from '../store/types';
import { rememberCase } from './access';
import type { FlowContext } from './flow-context';

const MAX_ATTEMPTS = 5;

async function withRetry<T>(
  load: () => Promise<Versioned<T> | null>,
  save: (value: T, etag: string) => Promise<Versioned<T>>,
  change: (current: T) => T,
  what: string,
  known?: Versioned<T> | null,
): Promise<Versioned<T>> {
  for (let attempt = 1; ; attempt++) {
    const current = attempt === 1 && known ? known : await load();
    if (!current) throw new Error(`${what} disappeared while being updated`);
    const next = change(current.value);
    if (next === current.value) return current;
    try {
      return await save(next, current.etag);
    } catch (err) {
      if (!(err instanceof ConflictError) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}

export function updateTenant(fc: FlowContext, change: (t: Tenant) => Tenant): Promise<Tenant> {
  return updateTenantById(fc, fc.session.tenant.id, change);
}

/** Another tenant than the session's: only for linking a second chat platform to an organisation. */
export async function updateTenantById(fc: FlowContext, id: string, change: (t: Tenant) => Tenant): Promise<Tenant> {
  const saved = await withRetry(
    () => fc.store.tenants.get(id),
    (v, etag) => fc.store.tenants.update(v, etag),
    change,
    'tenant',
  );
  return saved.value;
}

export function updatePerson(fc: FlowContext, personId: string, change: (p: Person) => Person): Promise<Person> {
  return updatePersonIn(fc, fc.session.tenant.id, personId, change);
}

export async function updatePersonIn(fc: FlowContext, tenantId: string, personId: string, change: (p: Person) => Person): Promise<Person> {
  const inSession = tenantId === fc.session.tenant.id;
  const saved = await withRetry(
    () => fc.store.people.get(tenantId, personId),
    (v, etag) => fc.store.people.update(v, etag),
    change,
    'person',
    inSession ? await fc.reads.person(personId) : null,
  );
  if (inSession) fc.reads.knowPerson(saved);
  return saved.value;
}

/** `change` returns the same object to signal "nothing to do" (an idempotent repeat). */
export async function updateCase(fc: FlowContext, caseId: string, change: (c: Case) => Case): Promise<Case> {
  const tenantId = fc.session.tenant.id;
  const saved = await withRetry(
    () => fc.store.cases.get(tenantId, caseId),
    async (v, etag) => {
      const saved = await fc.store.cases.update(v, etag);
      rememberCase(fc, saved);
      return saved;
    },
    change,
    'case',
    await fc.reads.case(caseId),
  );
  fc.reads.knowCase(saved);
  return saved.value;
}
