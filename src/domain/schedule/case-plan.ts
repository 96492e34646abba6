// Every reminder one case should have, from the case, what was recorded about it and the
// tenant's settings. Pure and deterministic: the same input gives the same reminders with the
// same keys, so re-planning after any change is idempotent.
import { DEFAULT_CADENCE } from '../cadence';
import type { Case, IsoDate } from '../case';
import { addDays, daysBetween } from '../dates';
import { computeDeadlines, type DeadlineReport } from '../deadlines';
import { planContactReminders, planContactRequest, planLookback, contactState } from './contact-reminders';
import { planEscalations } from './escalation-plan';
import { DEFAULT_ESCALATION_RULES, tenantRules } from './escalation-rules';
import { planMilestoneReminders } from './milestone-reminders';
import {
  DEFAULT_HORIZON_DAYS,
  REVIEW_EVERY_DAYS,
  type PlanContext,
  type PlannedReminder,
  type PlanSettings,
} from './plan-types';

export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  leadTimes: {},
  cadence: DEFAULT_CADENCE,
  rules: tenantRules(DEFAULT_ESCALATION_RULES),
  horizonDays: DEFAULT_HORIZON_DAYS,
  overdueRepeats: 2,
  overdueRepeatDays: 7,
};

/** `known`: the deadline report of `c` on `ctx.today` under these settings, when the caller has it already. */
export function planCase(c: Case, ctx: PlanContext, settings: PlanSettings = DEFAULT_PLAN_SETTINGS, known?: DeadlineReport): PlannedReminder[] {
  if (c.status === 'closed') return [];
  const horizonEnd = addDays(ctx.today, settings.horizonDays);
  const report = known ?? computeDeadlines(c, ctx.today, settings.deadlines);
  const state = contactState(c, report.caseStart, ctx.contacts, ctx.reportedOn ?? null);

  // What was sent stays sent: the plan holds only what is still to go out.
  const nudges = [
    ...planMilestoneReminders(report.milestones, ctx, settings, horizonEnd),
    ...planContactReminders(c, state, ctx, settings, horizonEnd),
    ...planLookback(c, state, ctx, settings, horizonEnd),
    ...planContactRequest(state, ctx, horizonEnd),
  ].filter((n) => !ctx.sentKeys.has(n.key));
  // Catch-ups for past days go out today.
  const managerDays = [
    ...ctx.sentManagerNudgeDays,
    ...nudges.filter((n) => n.to === 'manager').map((n) => (n.day < ctx.today ? ctx.today : n.day)),
  ];
  const escalations = planEscalations(c, report, state, ctx, settings, managerDays, horizonEnd);
  const r = review(report.caseStart, ctx.today);
  return [...nudges, ...escalations, ...(ctx.sentKeys.has(r.key) ? [] : [r])].sort(byDayThenKey);
}

/**
 * A silent reminder that re-plans the case before the horizon runs out, so escalations that
 * depend only on time passing are found even when nothing else happens to the case.
 */
function review(caseStart: IsoDate, today: IsoDate): PlannedReminder {
  const k = Math.ceil((daysBetween(caseStart, today) + REVIEW_EVERY_DAYS) / REVIEW_EVERY_DAYS);
  const day = addDays(caseStart, k * REVIEW_EVERY_DAYS);
  return { key: `r:${day}`, kind: 'review', to: 'manager', day, item: 'review', milestoneId: null, ruleId: null, due: null, leadDays: null, earlier: false };
}

function byDayThenKey(a: PlannedReminder, b: PlannedReminder): number {
  return a.day < b.day ? -1 : a.day > b.day ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
