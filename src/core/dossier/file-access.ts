// Who may fetch a case file when a link is spent: the grant's person must still have the right to
// the case at that moment (rights may have changed in the 15 minutes). The case's manager may; HR
// and the administrator may for any case of their own organisation, and that look is audited. A
// case of another organisation is simply not found: every read is scoped to the grant's tenant.
import type { Case } from '../../domain/case';
import type { Store } from '../../store/store';
import type { Person, Tenant } from '../../store/types';
import { rightToCase } from '../access';

export type FileAccess = { ok: true; c: Case; person: Person; tenant: Tenant; asHr: boolean } | { ok: false; reason: string };

export async function fileAccessFor(store: Store, grant: { tenantId: string; personId: string }, caseId: string): Promise<FileAccess> {
  const [tenant, person, found] = await Promise.all([
    store.tenants.get(grant.tenantId),
    store.people.get(grant.tenantId, grant.personId),
    store.cases.get(grant.tenantId, caseId),
  ]);
  if (!tenant || !person) return { ok: false, reason: 'unknown tenant or person' };
  if (!found) return { ok: false, reason: 'no such case in this tenant' };
  const c = found.value;
  const right = rightToCase(person.value, c);
  if (!right) return { ok: false, reason: 'not the case manager and not HR' };
  return { ok: true, c, person: person.value, tenant: tenant.value, asHr: right === 'hr' };
}
