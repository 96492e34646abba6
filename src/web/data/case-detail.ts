// One case for its page: opened through the chat's own access check (a manager their own cases,
// HR its organisation's, each HR look audited), then its timeline, contacts, escalations and the
// case file as a task list (the file's own completeness check, read from the same records).
// Check-in answers, scores and notes are not read at all.
import { isHr, openCaseFor } from '../../core/access';
import { nameOf } from '../../core/case-view';
import type { FlowContext } from '../../core/flow-context';
import type { CardMessage } from '../../core/messages';
import type { Case } from '../../domain/case';
import type { DeadlineReport } from '../../domain/deadlines';
import { collectDocuments, completenessOf, fileTasks, type FileTask } from '../../domain/dossier';
import { currentEscalationCard } from '../../scheduler/actions/escalation-actions';
import { planSettingsFor } from '../../scheduler/tenant-settings';
import { escalationQueue } from './escalation-queue';
import { timelineOf } from './timeline';

export interface ContactEntry {
  date: string;
  kind: string | null;
  agreements: string[];
  wishes: string[];
  nextContact: string | null;
}

export interface CaseDetail {
  c: Case;
  /** The viewer is HR (or the administrator): the escalations are shown. */
  asHr: boolean;
  employee: string;
  manager: string;
  openedBy: string | null;
  report: DeadlineReport | null;
  contacts: ContactEntry[];
  /** HR only: the escalation cards of this case as they stand, waiting ones first. */
  escalations: Array<{ waiting: boolean; card: CardMessage }>;
  /** The file's documents and views, each with its state; null without a timeline to check against. */
  file: FileTask[] | null;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export async function loadCaseDetail(fc: FlowContext, caseId: string): Promise<CaseDetail | null> {
  const access = await openCaseFor(fc, caseId, 'read');
  if (!access.ok) return null;
  const c = access.found.value;
  const { tenant } = fc.session;
  const asHr = isHr(fc.session.person);
  // Read together; a name read twice (the manager who opened the case) is read once.
  const [records, employee, manager, reminders] = await Promise.all([
    fc.store.records.list(tenant.id, { caseId: c.id }),
    nameOf(fc, c.employeeId),
    nameOf(fc, c.managerId),
    asHr ? fc.store.reminders.listForCase(tenant.id, c.id) : [],
  ]);
  const intake = records.find((r) => r.kind === 'phase_change' && r.data.reason === 'intake');
  const openedBy = intake ? await nameOf(fc, intake.createdBy) : null;
  const contacts: ContactEntry[] = records
    .filter((r) => r.kind === 'outcome' && typeof r.data.date === 'string')
    .map((r) => ({
      date: r.data.date as string,
      kind: typeof r.data.kind === 'string' ? r.data.kind : null,
      agreements: strings(r.data.agreements).filter((a) => a !== 'none'),
      wishes: strings(r.data.wishes),
      nextContact: typeof r.data.nextContact === 'string' ? r.data.nextContact : null,
    }))
    .sort((a, b) => b.date.localeCompare(a.date));

  const escalations: CaseDetail['escalations'] = [];
  // Escalations are HR's: a manager's own case page does not show them (they may name check-in signals).
  if (asHr) {
    const sent = reminders.filter((r) => r.kind === 'escalation');
    const queue = escalationQueue(sent, records.filter((r) => r.kind === 'escalation_state'));
    for (const [waiting, groups] of [[true, queue.waiting], [false, queue.answered]] as const) {
      for (const g of groups) {
        const card = await currentEscalationCard(fc, c, g.items);
        if (card) escalations.push({ waiting, card });
      }
    }
  }
  const report = timelineOf(c, fc.session.today, planSettingsFor(tenant).deadlines);
  const docs = collectDocuments(records);
  return {
    c,
    asHr,
    employee: employee ?? '?',
    manager: manager ?? '?',
    openedBy,
    report,
    contacts,
    escalations,
    file: report ? fileTasks(c.jurisdiction, report, docs, completenessOf(c, report, docs, fc.session.today)) : null,
  };
}
