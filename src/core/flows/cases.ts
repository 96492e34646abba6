// "My cases": a manager's own open cases; HR and the administrator see the organisation's.
import type { Person } from '../../store/types';
import { isHr, openCaseFor } from '../access';
import { caseCardData, caseListItem, loadCaseView, type CaseView } from '../case-view';
import type { FlowContext } from '../flow-context';
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
  const found = await fc.store.cases.list(tenant.id, asHr ? { status: 'open' } : { status: 'open', managerId: person.id });
  if (asHr) {
    const now = fc.clock.now().toISOString();
    // HR looked at these cases: each one is logged, also the ones they merely saw in the list.
    for (const f of found.filter((f) => f.value.managerId !== person.id)) {
      await fc.store.audit.append({ tenantId: tenant.id, actorId: person.id, caseId: f.value.id, action: 'list', at: now, detail: fc.inbound.via ?? fc.inbound.channel });
    }
  }
  const people = new Map<string, Person>();
  const views: CaseView[] = [];
  for (const f of found) views.push(await loadCaseView(fc, f.value, people));
  views.sort((a, b) => (a.nextContact ?? '9999').localeCompare(b.nextContact ?? '9999'));
  return { asHr, views };
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
