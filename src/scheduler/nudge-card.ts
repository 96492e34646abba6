// The nudge card: everything one person should do today, in one message. Each item says what it
// is about and offers its buttons: done, remind me tomorrow, next week, and the flow that gets it
// done (mark the step, record the conversation, prepare it, share the look-back).
import type { IsoDate } from '../domain/case';
import { daysBetween } from '../domain/dates';
import { formatDay, milestoneLabel, responsibleLabel, type Locale } from '../domain/labels';
import { isRecordedAsEvent } from '../domain/rules';
import { procedureContactLabel, procedureFor } from '../domain/contact-procedure';
import type { PlannedReminder } from '../domain/schedule/plan-types';
import { emphasis } from '../core/emphasis';
import type { CardMessage } from '../core/messages';
import { displayName, type CaseSnapshot } from './case-snapshot';
import { schedulerTexts, type SchedulerTexts } from './texts';

/** Steps that need more than a tick (a decision, a request that changes the case): the form only. */
const FORM_ONLY = new Set(['be.rit_request', 'be.rit_assessment']);

/** At most this many items per card; more become a second card (a long card is not read). */
export const ITEMS_PER_CARD = 10;

export interface NudgeItem {
  snap: CaseSnapshot;
  planned: PlannedReminder;
  /** Shown instead of the buttons once the item was answered (after a click). */
  state?: string;
}

export function nudgeItemData(item: NudgeItem, locale: Locale, today: IsoDate): Record<string, unknown> {
  const t = schedulerTexts(locale);
  const { snap, planned } = item;
  const employee = displayName(snap.employee, '?');
  const base = { caseId: snap.c.id, item: planned.item, ...emphasis('none'), state: item.state ?? '', openAction: '', openTitle: '', prepareTitle: '', doneTitle: '' };
  switch (planned.kind) {
    case 'milestone': {
      const m = snap.report.milestones.find((x) => x.id === planned.milestoneId && x.due === planned.due);
      const due = planned.due ?? today;
      const days = daysBetween(today, due);
      const label = milestoneLabel(planned.milestoneId ?? '', locale);
      let detail = m?.kind === 'event' ? t.nudge.event(formatDay(due, locale)) : days < 0 ? t.nudge.overdue(formatDay(due, locale), -days) : t.nudge.dueIn(formatDay(due, locale), days);
      if (m && (m.responsible === 'external' || m.responsible === 'employee')) detail += ` ${t.nudge.whoActs(responsibleLabel(m.responsible, locale, m.party))}`;
      const isEvent = m?.kind === 'event';
      // A step done through a legal event (a second track started, UWV answered) opens that form.
      const viaLegal = isRecordedAsEvent(planned.milestoneId ?? '');
      return {
        ...base,
        heading: t.nudge.milestoneHeading(label, employee),
        detail,
        ...emphasis(days < 0 ? 'late' : days <= 1 ? 'soon' : 'none'),
        openAction: isEvent ? '' : viaLegal ? 'legal.open' : 'milestone.open',
        openTitle: isEvent ? '' : viaLegal ? t.nudge.openLegal : t.nudge.openMilestone,
        doneTitle: isEvent || viaLegal || FORM_ONLY.has(planned.milestoneId ?? '') ? '' : t.nudge.done,
      };
    }
    case 'contact': {
      const late = planned.due !== null && planned.due < today;
      const detail = late ? t.nudge.contactLate(employee, formatDay(planned.due!, locale)) : t.nudge.contactDue(employee);
      // BE: the work rules' contact procedure named HR or a role; HR gets the nudge and the reason.
      const procedure = planned.to === 'hr' ? procedureFor(snap.tenant.settings.jurisdiction, snap.tenant.settings.contactProcedure) : null;
      const who = procedure ? procedureContactLabel(procedure, locale) : null;
      return {
        ...base,
        heading: t.nudge.contactHeading(employee),
        detail: who ? `${detail} ${t.nudge.contactByRule(who)}` : detail,
        ...emphasis(late ? 'soon' : 'none'),
        openAction: 'outcome.open',
        openTitle: t.nudge.openOutcome,
        prepareTitle: t.nudge.openPrepare,
        doneTitle: t.nudge.contactDone,
      };
    }
    case 'contact_request':
      return {
        ...base,
        heading: t.nudge.requestHeading(employee),
        detail: t.nudge.requestDetail(employee),
        ...emphasis('soon'),
        openAction: 'outcome.open',
        openTitle: t.nudge.openOutcome,
        prepareTitle: t.nudge.openPrepare,
        doneTitle: t.nudge.contactDone,
      };
    case 'lookback':
      return { ...base, heading: t.nudge.lookbackHeading(employee), detail: t.nudge.lookbackDetail, openAction: 'lookback.open', openTitle: t.nudge.openLookback };
    default:
      return { ...base, heading: planned.item, detail: '' };
  }
}

export interface NudgeCardInput {
  locale: Locale;
  today: IsoDate;
  /** The person's name for a manager's card; null for HR. */
  recipientName: string | null;
  items: NudgeItem[];
  /** Ids of the reminders this card delivers, so an answer can redraw it. */
  reminderIds: string[];
  cardId: string;
}

export function nudgeCard(input: NudgeCardInput): CardMessage {
  const t: SchedulerTexts = schedulerTexts(input.locale);
  const count = input.items.length;
  const title = input.recipientName ? t.nudge.titleManager(input.recipientName.split(' ')[0]!, count) : t.nudge.titleHr(count);
  return {
    type: 'card',
    template: 'nudge',
    summary: t.nudge.summary(count),
    presentation: 'inline',
    data: {
      cardId: input.cardId,
      title,
      bundle: input.reminderIds.join(','),
      items: input.items.map((i) => nudgeItemData(i, input.locale, input.today)),
      labels: { tomorrow: t.nudge.tomorrow, nextWeek: t.nudge.nextWeek },
    },
  };
}
