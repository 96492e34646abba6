// The HR escalation card: which case, why now, what is overdue and since when, and the buttons
// to acknowledge, take it on or snooze it. It carries a case summary without anything medical:
// names, phase, dates and legal steps only. Check-in signals are named, never the answers.
import type { IsoDate } from '../domain/case';
import { daysBetween } from '../domain/dates';
import { formatDay, milestoneLabel, phaseLabel, type Locale } from '../domain/labels';
import type { PlannedReminder } from '../domain/schedule/plan-types';
import type { CardMessage } from '../core/messages';
import { displayName, type CaseSnapshot } from './case-snapshot';
import { schedulerTexts, type ReasonParams, type SchedulerTexts } from './texts';

export interface EscalationCardInput {
  locale: Locale;
  today: IsoDate;
  snap: CaseSnapshot;
  /** The escalations this card carries (one case, one or more rules). */
  escalations: Array<Pick<PlannedReminder, 'item' | 'ruleId' | 'milestoneId' | 'due'>>;
  /** HR's state so far, in words; empty while nobody has answered. */
  state: string;
  /** Taken on by someone: the buttons go. */
  taken: boolean;
  cardId: string;
}

export function escalationCard(input: EscalationCardInput): CardMessage {
  const { locale, snap, today } = input;
  const t = schedulerTexts(locale);
  const employee = displayName(snap.employee, '?');
  const manager = displayName(snap.manager, t.escalation.theManager);
  const overdue = snap.report.milestones.filter((m) => m.kind === 'duty' && m.status !== 'done' && m.due < today);
  return {
    type: 'card',
    template: 'escalation',
    summary: t.escalation.summary(employee),
    presentation: 'inline',
    data: {
      cardId: input.cardId,
      caseId: snap.c.id,
      items: input.escalations.map((e) => e.item).join(','),
      title: t.escalation.title(employee),
      intro: t.escalation.intro,
      facts: [
        { title: t.escalation.manager, value: manager },
        { title: t.escalation.phase, value: phaseLabel(snap.c.phase, locale) },
        { title: t.escalation.sickSince, value: formatDay(snap.report.caseStart, locale) },
        { title: t.escalation.sickDays, value: String(snap.report.sickDays) },
      ],
      whyTitle: t.escalation.why,
      reasons: input.escalations.map((e) => ({ text: reason(t, e, input, employee, manager) })),
      overdueTitle: t.escalation.overdueTitle,
      overdue: overdue.map((m) => ({ text: t.escalation.overdueItem(milestoneLabel(m.id, locale), formatDay(m.due, locale), daysBetween(m.due, today)) })),
      state: input.state,
      taken: input.taken,
      labels: { take: t.escalation.take, acknowledge: t.escalation.acknowledge, snooze: t.escalation.snooze, open: t.escalation.open },
    },
  };
}

function reason(
  t: SchedulerTexts,
  e: Pick<PlannedReminder, 'ruleId' | 'milestoneId' | 'due'>,
  input: EscalationCardInput,
  employee: string,
  manager: string,
): string {
  const { snap, locale, today } = input;
  const ctx = snap.inputs.ctx;
  const p: ReasonParams = { milestone: '', date: '', days: 0, count: 0, manager, employee, who: '', concern: '', rule: e.ruleId ?? '' };
  const r = t.escalation.reasons;
  switch (e.ruleId) {
    case 'milestone_overdue':
      if (!e.milestoneId || !e.due) break;
      return r.milestone_overdue({ ...p, milestone: milestoneLabel(e.milestoneId, locale), date: formatDay(e.due, locale), days: daysBetween(e.due, today) });
    case 'nudges_unanswered': {
      const since = ctx.managerLastAction;
      const days = ctx.sentManagerNudgeDays.filter((d) => !since || d > since).sort();
      if (days.length === 0) break;
      return r.nudges_unanswered({ ...p, count: days.length, date: formatDay(days[0]!, locale) });
    }
    case 'dead_reference':
      if (!ctx.dead) break;
      return r.dead_reference({ ...p, who: ctx.dead.role === 'manager' ? manager : employee, date: formatDay(ctx.dead.since, locale) });
    case 'concern_flagged':
      if (!ctx.concern) break;
      return r.concern_flagged({ ...p, concern: t.escalation.concerns[ctx.concern.concern] ?? ctx.concern.concern, date: formatDay(ctx.concern.on, locale) });
    case 'checkin_low_streak':
      return r.checkin_low_streak(p);
    case 'checkin_steep_drop':
      return r.checkin_steep_drop(p);
    case 'checkin_asked_hr':
      return r.checkin_asked_hr(p);
    default:
      break;
  }
  return r.custom(p);
}
