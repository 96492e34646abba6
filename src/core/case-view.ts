// What a manager or HR sees of one case: phase, sick days, contact rhythm and the legal
// timeline. Built from the case, its outcome records and the deadline engine.
import { nextContactDue, returnedOn } from '../domain/cadence';
import type { Case, IsoDate } from '../domain/case';
import { computeDeadlines, type DeadlineReport, type MilestoneDeadline } from '../domain/deadlines';
import { milestoneLabel, phaseLabel, statusLabel } from '../domain/labels';
import { isHr } from './access';
import type { FlowContext } from './flow-context';
import type { Lang } from './i18n';
import { emphasis, type Urgency } from './emphasis';
import { legalCaseFacts } from './legal/case-facts';
import { legalTexts } from './legal/texts';
import { contactCadence, deadlineOptions } from './tenant-legal';
import { daysFrom, localDate, shortDate } from './time';

export interface CaseView {
  c: Case;
  employeeName: string;
  managerName: string;
  report: DeadlineReport;
  lastContactOn: IsoDate | null;
  nextContact: IsoDate | null;
  /** Who reported the absence, for HR's eyes; null for others and for cases from before it was kept. */
  openedByName: string | null;
}

/** One recorded conversation, as far as a case's view needs it: when, and the next one agreed. */
export interface Contact {
  on: IsoDate;
  next: IsoDate | null;
}

/** How many steps the timeline shows before "and N later steps". */
const TIMELINE_LENGTH = 5;

/**
 * The contacts of these cases, in one query whatever their number: only the date and the next
 * contact of each recorded conversation, not the records whole.
 */
export async function loadContacts(fc: FlowContext, caseIds: readonly string[]): Promise<Map<string, Contact[]>> {
  const rows = await fc.store.records.fieldsOf(fc.session.tenant.id, { caseIds, kind: 'outcome' }, ['date', 'nextContact']);
  const byCase = new Map<string, Contact[]>();
  for (const r of rows) {
    if (typeof r.data.date !== 'string') continue;
    const list = byCase.get(r.caseId) ?? [];
    list.push({ on: r.data.date, next: typeof r.data.nextContact === 'string' ? r.data.nextContact : null });
    byCase.set(r.caseId, list);
  }
  return byCase;
}

/** Someone's name through the turn's reads (the caller's own needs none); null when not found. */
export async function nameOf(fc: FlowContext, personId: string): Promise<string | null> {
  if (personId === fc.session.person.id) return fc.session.person.displayName;
  return (await fc.reads.person(personId))?.value.displayName ?? null;
}

/** Whose name a case's view shows besides its employee and manager: who reported it, to HR only. */
export function openedByToShow(fc: FlowContext, c: Case): string | null {
  return c.openedBy && isHr(fc.session.person) ? c.openedBy : null;
}

/** One case's view: its contacts and the names of its people, read together (the caller is known). */
export async function loadCaseView(fc: FlowContext, c: Case, known?: { contacts?: Contact[] }): Promise<CaseView> {
  const openedBy = openedByToShow(fc, c);
  const [contacts, employeeName, managerName, openedByName] = await Promise.all([
    known?.contacts ?? loadContacts(fc, [c.id]).then((m) => m.get(c.id) ?? []),
    nameOf(fc, c.employeeId),
    nameOf(fc, c.managerId),
    openedBy ? nameOf(fc, openedBy) : null,
  ]);
  return caseView(fc, c, contacts, { employeeName, managerName, openedByName });
}

/** What a case shows, from what was read. Pure. */
export function caseView(
  fc: FlowContext,
  c: Case,
  contacts: readonly Contact[],
  names: { employeeName: string | null; managerName: string | null; openedByName?: string | null },
): CaseView {
  const { tenant, today, t } = fc.session;
  const sorted = [...contacts].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const last = sorted[sorted.length - 1] ?? null;
  const report = computeDeadlines(c, today, deadlineOptions(fc));
  const nextContact =
    c.status === 'closed'
      ? null
      : nextContactDue(
          {
            phase: c.phase,
            caseStart: report.caseStart,
            reportedOn: localDate(new Date(c.createdAt), tenant.settings.timeZone),
            returnedOn: returnedOn(c),
            lastContactOn: last?.on ?? null,
            plannedNext: last?.next ?? null,
          },
          c.jurisdiction,
          contactCadence(fc),
        );
  return {
    c,
    employeeName: names.employeeName ?? t.common.unknown,
    managerName: names.managerName ?? t.common.unknown,
    report,
    lastContactOn: last?.on ?? null,
    nextContact,
    // Read only where shown (HR); a reporter no longer found shows as unknown.
    openedByName: openedByToShow(fc, c) ? (names.openedByName ?? t.common.unknown) : null,
  };
}

export function relativeDay(date: IsoDate, today: IsoDate, fc: FlowContext): string {
  const { t, lang } = fc.session;
  const d = daysFrom(today, date);
  const when = d === 0 ? t.common.today : d > 0 ? t.common.inDays(d) : t.common.overdueBy(-d);
  return `${shortDate(date, lang)} (${when})`;
}

const URGENCY: Record<MilestoneDeadline['status'], Urgency> = {
  done: 'none',
  open: 'none',
  due_soon: 'soon',
  overdue: 'late',
};

function timelineRow(m: MilestoneDeadline, lang: Lang) {
  return {
    due: shortDate(m.due, lang),
    label: milestoneLabel(m.id, lang),
    status: statusLabel(m.status, lang, m.kind),
    ...emphasis(URGENCY[m.status]),
  };
}

/** The next legal step still to do: the most overdue one, else the first upcoming one. */
export function nextMilestone(report: DeadlineReport): MilestoneDeadline | null {
  return report.milestones.find((m) => m.status !== 'done') ?? null;
}

export function caseCardData(fc: FlowContext, v: CaseView, intro = ''): Record<string, unknown> {
  const { t, lang, today } = fc.session;
  const open = v.report.milestones.filter((m) => m.status !== 'done');
  const facts = [
    { title: t.cases.sickSince, value: shortDate(v.report.caseStart, lang) },
    { title: t.cases.sickDays, value: String(v.report.sickDays) },
  ];
  if (v.c.expectedReturn) facts.push({ title: t.cases.expectedReturn, value: shortDate(v.c.expectedReturn, lang) });
  facts.push({
    title: t.cases.lastContact,
    value: v.lastContactOn ? shortDate(v.lastContactOn, lang) : t.cases.noContactYet,
  });
  if (v.c.status === 'closed') facts.push({ title: t.cases.phase, value: t.cases.closed });
  else if (v.nextContact) facts.push({ title: t.cases.nextContact, value: relativeDay(v.nextContact, today, fc) });
  if (v.c.managerId !== fc.session.person.id) facts.push({ title: t.cases.manager, value: v.managerName });
  if (v.openedByName) facts.push({ title: t.cases.openedBy, value: `${v.openedByName} · ${shortDate(localDate(new Date(v.c.createdAt), fc.session.tenant.settings.timeZone), lang)}` });
  facts.push(...legalCaseFacts(v.c, lang));
  return {
    caseId: v.c.id,
    title: `${v.employeeName} · ${phaseLabel(v.c.phase, lang)}`,
    intro,
    facts,
    timelineTitle: t.cases.timeline,
    milestones: open.slice(0, TIMELINE_LENGTH).map((m) => timelineRow(m, lang)),
    more: open.length > TIMELINE_LENGTH ? t.cases.moreMilestones(open.length - TIMELINE_LENGTH) : '',
    labels: {
      prepare: t.cases.prepare,
      record: t.cases.record,
      milestone: t.cases.milestone,
      status: t.cases.status,
      dossier: t.cases.dossier,
      // Dutch legal events only; a closed case takes no new events.
      legal: v.c.jurisdiction === 'NL' && v.c.status === 'open' ? legalTexts(lang).caseButton : '',
    },
  };
}

export function caseListItem(fc: FlowContext, v: CaseView): Record<string, unknown> {
  const { t, lang, today } = fc.session;
  const next = nextMilestone(v.report);
  return {
    id: v.c.id,
    name: v.employeeName,
    facts: [
      { title: t.cases.phase, value: phaseLabel(v.c.phase, lang) },
      { title: t.cases.nextContact, value: v.nextContact ? relativeDay(v.nextContact, today, fc) : t.common.none },
      {
        title: t.cases.nextMilestone,
        value: next ? `${milestoneLabel(next.id, lang)} · ${relativeDay(next.due, today, fc)}` : t.cases.noMilestone,
      },
    ],
  };
}
