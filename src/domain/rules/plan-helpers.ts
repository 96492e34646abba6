// Small building blocks the rule packs share.
import type { IsoDate } from '../case';
import { addMonths, daysBetween } from '../dates';
import type { PlannedMilestone, RuleContext } from './types';

/** The first completion of a one-off milestone in this case, if any. */
export function firstCompletion(ctx: RuleContext, id: string): IsoDate | null {
  return ctx.completions(id)[0] ?? null;
}

/**
 * A milestone due on sick day `day` (with an optional window opening on sick day `fromDay`).
 * If the case ended before that day the milestone no longer applies, unless it was already done:
 * then it keeps the date it would have had.
 */
export function onSickDay(ctx: RuleContext, id: string, day: number, fromDay?: number): PlannedMilestone[] {
  const doneOn = firstCompletion(ctx, id);
  const due = ctx.clock.dateOfDay(day) ?? (doneOn ? ctx.clock.projectedDateOfDay(day) : null);
  if (!due) return [];
  const windowStart =
    fromDay === undefined ? null : (ctx.clock.dateOfDay(fromDay) ?? ctx.clock.projectedDateOfDay(fromDay));
  return [{ due, windowStart, doneOn }];
}

/**
 * The sick-day number that "`months` months after the incapacity began" falls on: in a case
 * without gaps it is the calendar date `months` later; gap days push it back like any other day.
 */
export function sickDayAfterMonths(caseStart: IsoDate, months: number): number {
  return daysBetween(caseStart, addMonths(caseStart, months)) + 1;
}
