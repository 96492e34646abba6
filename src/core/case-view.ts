// What a manager or HR sees of one case: phase, sick days, contact rhythm and the legal
// timeline. Built from the case, its outcome records and the deadline engine.
import { nextContactDue, returnedOn } from '../domain/cadence';
import type { Case, IsoDate } from '../domain/case';
import { computeDeadlines, type DeadlineReport, type MilestoneDeadline } from '../domain/deadlines';
import { milestoneLabel, phaseLabel, statusLabel } from '../domain/labels';
import type { Person } from '../store/types';
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

/** How many steps the timeline shows before "and N later steps". */
const TIMELINE_LENGTH = 5;

export async function loadCaseView(fc: FlowContext, c: Case, people?: Map<string, Person>): Promise<CaseView> {
  const { tenant, today, t } = fc.session;
  const name = async (id: string): Promise<string> => {
    let p = people?.get(id);
    if (!p) {
      p = (await fc.store.people.get(tenant.id, id))?.value;
      if (p) people?.set(id, p);
    }
    return p?.displayName ?? t.common.unknown;
  };
  const outcomes = await fc.store.records.list(tenant.id, { caseId: c.id, kind: 'outcome' });
  const contacts = outcomes
    .map((r) => ({ on: r.data.date as string, next: (r.data.nextContact as string | null) ?? null }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const last = contacts[contacts.length - 1] ?? null;
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
    employeeName: await name(c.employeeId),
    managerName: await name(c.managerId),
    report,
    lastContactOn: last?.on ?? null,
    nextContact,
    openedByName: c.openedBy && isHr(fc.session.person) ? await name(c.openedBy) : null,
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
