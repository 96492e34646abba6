// "My cases": a manager's own open cases; HR and the administrator see the organisation's.
import type { Person } from '../../store/types';
import { isHr, openCaseFor } from '../access';
import { text } from '../card';
import { caseCardData, caseListItem, loadCaseView } from '../case-view';
import type { FlowContext } from '../flow-context';
import type { CoreReply } from '../messages';

export async function listCases(fc: FlowContext): Promise<CoreReply> {
  const { t, tenant, person } = fc.session;
  if (fc.inbound.conversationKind !== 'personal') return { messages: [text(t.errors.onlyInPersonal)] };
  const asHr = isHr(person);
  const found = await fc.store.cases.list(tenant.id, asHr ? { status: 'open' } : { status: 'open', managerId: person.id });
  if (asHr) {
    const now = fc.clock.now().toISOString();
    // HR looked at these cases: each one is logged, also the ones they merely saw in the list.
    for (const f of found.filter((f) => f.value.managerId !== person.id)) {
      await fc.store.audit.append({ tenantId: tenant.id, actorId: person.id, caseId: f.value.id, action: 'list', at: now, detail: fc.inbound.channel });
    }
  }
  const people = new Map<string, Person>();
  const views = [];
  for (const f of found) views.push(await loadCaseView(fc, f.value, people));
  views.sort((a, b) => (a.nextContact ?? '9999') .localeCompare(b.nextContact ?? '9999'));
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
  if (fc.inbound.conversationKind !== 'personal') return { messages: [text(fc.session.t.errors.onlyInPersonal)] };
  const access = await openCaseFor(fc, caseId, 'read');
  if (!access.ok) return access.reply;
  const view = await loadCaseView(fc, access.found.value);
  return { messages: [fc.card('case', caseCardData(fc, view), view.employeeName)] };
}
