// The manager's contact rhythm as reminders (cadence.ts says when contact is due), the look-back
// prompt once the rhythm has run its course, and the employee's request for a call.
import { contactRepeatDays, lookbackDue, nextContactDue, returnedOn, type ContactState } from '../cadence';
import type { Case, IsoDate } from '../case';
import { addDays, daysBetween, minDate } from '../dates';
import { latestAnswer } from './checkin-signals';
import { shapeItemDays, type DayCandidate } from './item-days';
import type { ContactFact, PlanContext, PlannedReminder, PlanSettings } from './plan-types';

/** The contact state from the recorded conversations, the latest one deciding. */
export function contactState(c: Case, caseStart: IsoDate, contacts: readonly ContactFact[], reportedOn: IsoDate | null = null): ContactState {
  let last: ContactFact | null = null;
  for (const k of contacts) if (!last || k.on >= last.on) last = k;
  return {
    phase: c.phase,
    caseStart,
    reportedOn,
    returnedOn: returnedOn(c),
    lastContactOn: last?.on ?? null,
    plannedNext: last?.next ?? null,
  };
}

/** How far ahead repeats of an unrecorded contact are planned; reviews come sooner (plan-types). */
export const CONTACT_AHEAD_DAYS = 28;

export function contactItem(due: IsoDate): string {
  return `c:${due}`;
}

/**
 * Reminders for the next contact: on its due day, then again every repeat interval while it is
 * not recorded (weekly at most), until the horizon. Recording the conversation moves the due
 * day, which makes a new item: the old reminders fall away.
 */
export function planContactReminders(
  c: Case,
  state: ContactState,
  ctx: PlanContext,
  settings: PlanSettings,
  horizonEnd: IsoDate,
): PlannedReminder[] {
  const due = nextContactDue(state, c.jurisdiction, settings.cadence);
  if (!due) return [];
  const every = contactRepeatDays(state, settings.cadence);
  const item = contactItem(due);
  const candidates: DayCandidate[] = [];
  // Only the last occurrence before today matters (shapeItemDays keeps one catch-up).
  const first = due < ctx.today ? Math.max(0, Math.floor(daysBetween(due, ctx.today) / every) - 1) : 0;
  // Four weeks of repeats are enough: a review re-plans the case within that time, and each
  // recorded conversation cancels what was planned for the old due day, so a long series would
  // only pile up cancelled reminders.
  const until = minDate(horizonEnd, addDays(ctx.today, CONTACT_AHEAD_DAYS));
  for (let n = first; ; n++) {
    const day = addDays(due, n * every);
    if (day > until) break;
    candidates.push({ key: `${item}:${n}`, day, leadDays: null });
  }
  const to = settings.contactTo ?? 'manager';
  return shapeItemDays(item, candidates, ctx.responses, ctx.today, horizonEnd).map((d) => ({
    key: d.key,
    kind: 'contact' as const,
    to,
    day: d.day,
    item,
    milestoneId: null,
    ruleId: null,
    due,
    leadDays: null,
    earlier: false,
  }));
}

export const LOOKBACK_ITEM = 'lb';

/** One look-back prompt, six months after the return, unless the manager already shared one. */
export function planLookback(c: Case, state: ContactState, ctx: PlanContext, settings: PlanSettings, horizonEnd: IsoDate): PlannedReminder[] {
  if (ctx.lookbackDone) return [];
  const day = lookbackDue(state, c.jurisdiction, settings.cadence);
  if (!day) return [];
  const candidates = [{ key: `${LOOKBACK_ITEM}:${day}`, day, leadDays: null }];
  return shapeItemDays(LOOKBACK_ITEM, candidates, ctx.responses, ctx.today, horizonEnd).map((d) => ({
    key: d.key,
    kind: 'lookback' as const,
    to: 'manager' as const,
    day: d.day,
    item: LOOKBACK_ITEM,
    milestoneId: null,
    ruleId: null,
    due: day,
    leadDays: null,
    earlier: false,
  }));
}

/**
 * The employee asked for a call with their manager in a check-in (issue 7): the manager hears
 * it the same day, once. A conversation recorded since then answers it.
 */
export function planContactRequest(state: ContactState, ctx: PlanContext, horizonEnd: IsoDate): PlannedReminder[] {
  const answer = latestAnswer(ctx.checkins);
  if (!answer || answer.help !== 'manager_call') return [];
  if (state.lastContactOn && state.lastContactOn >= answer.on) return [];
  const item = `k:${answer.id}`;
  const candidates = [{ key: item, day: answer.on, leadDays: null }];
  return shapeItemDays(item, candidates, ctx.responses, ctx.today, horizonEnd).map((d) => ({
    key: d.key,
    kind: 'contact_request' as const,
    to: 'manager' as const,
    day: d.day,
    item,
    milestoneId: null,
    ruleId: null,
    due: answer.on,
    leadDays: null,
    earlier: false,
  }));
}
