// Who may see which case. A manager sees the cases they manage; HR and the administrator see
// their own tenant's cases, and each such look is written to the audit log.
import type { Case } from '../domain/case';
import type { Person, Versioned } from '../store/types';
import { text } from './card';
import type { FlowContext } from './flow-context';
import type { CoreReply } from './messages';

export type CaseAccess = { ok: true; found: Versioned<Case>; asHr: boolean } | { ok: false; reply: CoreReply };

export function isHr(person: Person): boolean {
  return person.roles.includes('hr') || person.roles.includes('admin');
}

/**
 * The one rule for a case of the reader's own tenant (the caller reads only within it): its
 * manager may, as its manager; HR and the administrator may, as HR (a look to audit); no one else.
 */
export function rightToCase(person: Person, c: Pick<Case, 'managerId'>): 'manager' | 'hr' | null {
  if (c.managerId === person.id) return 'manager';
  return isHr(person) ? 'hr' : null;
}

export async function openCaseFor(fc: FlowContext, caseId: unknown, purpose: 'read' | 'update'): Promise<CaseAccess> {
  const { t, person, tenant } = fc.session;
  if (typeof caseId !== 'string' || caseId === '') return { ok: false, reply: { messages: [text(t.errors.badSubmit)] } };
  // Always the caller's own tenant: a case id from another tenant simply is not found.
  const found = await fc.store.cases.get(tenant.id, caseId);
  if (!found) return { ok: false, reply: { messages: [text(t.errors.caseNotFound)] } };
  const right = rightToCase(person, found.value);
  if (right === 'manager') return { ok: true, found, asHr: false };
  if (right === 'hr') {
    await fc.store.audit.append({
      tenantId: tenant.id,
      actorId: person.id,
      caseId,
      action: purpose,
      at: fc.clock.now().toISOString(),
      detail: fc.inbound.via ?? fc.inbound.channel,
    });
    return { ok: true, found, asHr: true };
  }
  fc.logger.warn({ tenantId: tenant.id, caseId, personId: person.id }, 'case access refused');
  return { ok: false, reply: { messages: [text(t.errors.noAccess)] } };
}
