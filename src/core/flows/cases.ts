// "My cases": a manager's own open cases; HR and the administrator see the organisation's.
// A list costs the same few queries whatever its length: the cases, then every case's contacts
// and every name at once.
import { isHr, openCaseFor } from '../access';
import { caseCardData, caseListItem, caseView, loadCaseView, loadContacts, openedByToShow, type CaseView } from '../case-view';
import type { FlowContext } from '../flow-context';
import { listLookMarker, writeListLook } from '../list-look-audit';
import { personalOnly } from '../personal-only';
import type { CoreReply } from '../messages';

export interface VisibleCases {
  asHr: boolean;
  /** Open cases the person may see, next contact first. */
  views: CaseView[];
}

/** The open cases a person may see; an HR look at someone else's case is audited. */
export async function visibleCases(fc: FlowContext): Promise<VisibleCases> {
  const { tenant, person } = fc.session;
  const asHr = isHr(person);
  const found = (await fc.store.cases.list(tenant.id, asHr ? { status: 'open' } : { status: 'open', managerId: person.id })).map((f) => f.value);
  if (asHr) auditListLook(fc, found.filter((c) => c.managerId !== person.id).map((c) => c.id));
  const others = [...new Set(found.flatMap((c) => [c.employeeId, c.managerId, openedByToShow(fc, c) ?? []].flat()))].filter((id) => id !== person.id);
  const [contacts, people] = await Promise.all([
    loadContacts(fc, found.map((c) => c.id)),
    fc.store.people.getMany(tenant.id, others),
  ]);
  const names = new Map([[person.id, person.displayName], ...people.map((p) => [p.id, p.displayName] as const)]);
  const views = found.map((c) =>
    caseView(fc, c, contacts.get(c.id) ?? [], {
      employeeName: names.get(c.employeeId) ?? null,
      managerName: names.get(c.managerId) ?? null,
      openedByName: c.openedBy ? (names.get(c.openedBy) ?? null) : null,
    }),
  );
  views.sort((a, b) => (a.nextContact ?? '9999').localeCompare(b.nextContact ?? '9999'));
  return { asHr, views };
}

/**
 * HR looked at these cases, also the ones they merely saw in the list: each look is logged. The
 * entries are written after the answer (a list does not wait for one write per case) from a
 * marker stored before it, so a crash in between loses none (see list-look-audit.ts). A burst of
 * the same look is logged once.
 */
function auditListLook(fc: FlowContext, caseIds: string[]): void {
  if (caseIds.length === 0) return;
  const { tenant, person } = fc.session;
  const marker = listLookMarker({ tenantId: tenant.id, actorId: person.id, caseIds, at: fc.clock.now(), detail: fc.inbound.via ?? fc.inbound.channel });
  fc.alongside(fc.store.reminders.putPending(marker));
  fc.later(`audit-list\n${tenant.id}\n${marker.id}`, 'audit an HR list look', async () => {
    // The marker as it stands now: a look repeated since has the same id and its own time.
    const current = await fc.store.reminders.get(tenant.id, marker.id);
    if (current?.value.state === 'pending') {
      await writeListLook(fc.store, current, (m) => fc.store.reminders.deleteIfUnchanged(tenant.id, m.value.id, m.etag));
    }
  });
}

export async function listCases(fc: FlowContext): Promise<CoreReply> {
  const { t } = fc.session;
  const refused = personalOnly(fc);
  if (refused) return refused;
  const { asHr, views } = await visibleCases(fc);
  const title = asHr ? t.cases.hrTitle : t.cases.title;
  return {
    messages: [
      fc.card(
        'case-list',
        { title, empty: t.cases.empty, openLabel: t.cases.open, cases: views.map((v) => caseListItem(fc, v)) },
        title,
      ),
    ],
  };
}

export async function showCase(fc: FlowContext, caseId: unknown): Promise<CoreReply> {
  const refused = personalOnly(fc);
  if (refused) return refused;
  const access = await openCaseFor(fc, caseId, 'read');
  if (!access.ok) return access.reply;
  const view = await loadCaseView(fc, access.found.value);
  return { messages: [fc.card('case', caseCardData(fc, view), view.employeeName)] };
}
