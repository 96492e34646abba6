// Reminders of legal milestones, to whoever has to act: the manager for the manager's duties,
// HR for HR's. Steps taken by someone outside the organisation (the occupational doctor, UWV)
// or by the employee (their WIA application, the health insurer's questionnaire) go to HR, who
// makes sure they happen; the employee's own reminders come with the check-ins, by their choice.
// Rights (an appeal) are the employee's to use and are not chased. Events that happen by
// themselves (the end of wage continuation) get one heads-up to HR.
import { addDays } from '../dates';
import type { MilestoneDeadline } from '../deadlines';
import type { Responsible } from '../rules/types';
import { shapeItemDays, type DayCandidate } from './item-days';
import { leadDaysFor } from './lead-times';
import type { PlanContext, PlannedRecipient, PlannedReminder, PlanSettings } from './plan-types';

export function recipientFor(responsible: Responsible): PlannedRecipient {
  return responsible === 'manager' ? 'manager' : 'hr';
}

/** The item a milestone's reminders share: one step with one due date. */
export function milestoneItem(m: Pick<MilestoneDeadline, 'id' | 'due'>): string {
  return `m:${m.id}@${m.due}`;
}

export function planMilestoneReminders(
  milestones: readonly MilestoneDeadline[],
  ctx: PlanContext,
  settings: PlanSettings,
  horizonEnd: string,
): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  for (const m of milestones) {
    if (m.status === 'done' || m.kind === 'right') continue;
    const item = milestoneItem(m);
    const leads = leadDaysFor(m.id, settings.leadTimes);
    const candidates: DayCandidate[] =
      m.kind === 'event'
        ? [{ key: `${item}:${leads[0]}`, day: addDays(m.due, -leads[0]!), leadDays: leads[0]! }]
        : leads.map((l) => ({ key: `${item}:${l}`, day: addDays(m.due, -l), leadDays: l }));
    if (m.kind === 'duty') {
      for (let i = 1; i <= settings.overdueRepeats; i++) {
        const after = i * settings.overdueRepeatDays;
        candidates.push({ key: `${item}:+${after}`, day: addDays(m.due, after), leadDays: -after });
      }
    }
    for (const c of shapeItemDays(item, candidates, ctx.responses, ctx.today, horizonEnd)) {
      out.push({
        key: c.key,
        kind: 'milestone',
        to: m.kind === 'event' ? 'hr' : recipientFor(m.responsible),
        day: c.day,
        item,
        milestoneId: m.id,
        ruleId: null,
        due: m.due,
        leadDays: c.leadDays,
        earlier: c.leadDays !== null && c.leadDays >= 0,
      });
    }
  }
  return out;
}
