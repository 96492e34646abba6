// When an employee who said yes to check-ins is asked again. Defaults we can defend, not legal
// numbers; every tenant can change them (tenant settings `checkinRhythm`):
// - every 2 weeks while recovering: often enough to notice a change, rare enough not to weigh on
//   someone who is ill (domain.md §1: contact without pressure);
// - weekly in the weeks around the return (from two weeks before an expected return, in the
//   pre-return phase, and the first four weeks back): the moments where plans change fastest;
// - every 2 weeks for 3 months after the return, then the rhythm ends: the post-return phase is
//   the hardest and relapse is common (De Gieter; Antwerp Management School, domain.md §1).
// An unanswered check-in is reminded once; after three unanswered ones in a row we stop asking
// until the employee starts again. Nobody is nagged.
import type { Case, IsoDate } from '../case';
import { returnedOn } from '../cadence';
import { addDays, daysBetween, maxDate } from '../dates';

export interface CheckinRhythm {
  /** Days after the first sick day before the invitation: the first days belong to rest. */
  inviteAfterDays: number;
  recoveryDays: number;
  aroundReturnDays: number;
  /** An expected return this many days ahead counts as "around the return". */
  aroundReturnBeforeDays: number;
  /** The first this many days back count as "around the return". */
  aroundReturnAfterDays: number;
  afterReturnDays: number;
  /** The rhythm ends this many days after the return. */
  afterReturnUntilDays: number;
  /** One reminder, this many days after an unanswered check-in. */
  remindAfterDays: number;
  /** Unanswered check-ins in a row after which we stop asking. */
  quietAfterUnanswered: number;
}

export const DEFAULT_CHECKIN_RHYTHM: CheckinRhythm = {
  inviteAfterDays: 7,
  recoveryDays: 14,
  aroundReturnDays: 7,
  aroundReturnBeforeDays: 14,
  aroundReturnAfterDays: 28,
  afterReturnDays: 14,
  afterReturnUntilDays: 91,
  remindAfterDays: 3,
  quietAfterUnanswered: 3,
};

/** Tenant overrides are whole days keyed by setting name; unknown keys and bad values are ignored. */
export function checkinRhythm(overrides?: Record<string, unknown> | null): CheckinRhythm {
  const out = { ...DEFAULT_CHECKIN_RHYTHM };
  for (const key of Object.keys(out) as Array<keyof CheckinRhythm>) {
    const v = overrides?.[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 366) out[key] = Math.round(v);
  }
  // A zero interval would ask every day: never.
  for (const key of ['recoveryDays', 'aroundReturnDays', 'afterReturnDays', 'quietAfterUnanswered', 'remindAfterDays'] as const) {
    if (out[key] < 1) out[key] = DEFAULT_CHECKIN_RHYTHM[key];
  }
  return out;
}

/** The check-in interval on `day`, or null when the rhythm has run its course. */
export function intervalOn(c: Pick<Case, 'phase' | 'phaseHistory' | 'expectedReturn'>, day: IsoDate, r: CheckinRhythm): number | null {
  const back = returnedOn(c);
  if (back && (c.phase === 'return' || c.phase === 'post_return')) {
    const since = daysBetween(back, day);
    if (since < r.aroundReturnAfterDays) return r.aroundReturnDays;
    return since < r.afterReturnUntilDays ? r.afterReturnDays : null;
  }
  if (c.phase === 'pre_return' || c.phase === 'return') return r.aroundReturnDays;
  if (c.expectedReturn && daysBetween(day, c.expectedReturn) <= r.aroundReturnBeforeDays) return r.aroundReturnDays;
  return r.recoveryDays;
}

export interface CheckinHistory {
  /** The day the employee said yes (or resumed after a pause or a quiet spell). */
  activeSince: IsoDate;
  /** Days check-ins were sent (by the rhythm), oldest first. */
  promptDays: readonly IsoDate[];
  /** Days a reminder went out, oldest first. */
  reminderDays: readonly IsoDate[];
  /** Days the employee answered (any way: a prompt, or typing "check-in"). */
  answerDays: readonly IsoDate[];
}

export type NextStep =
  | { kind: 'prompt'; day: IsoDate }
  | { kind: 'reminder'; day: IsoDate; promptDay: IsoDate }
  | { kind: 'none'; reason: 'case_closed' | 'rhythm_done' | 'quiet' };

function latest(days: readonly IsoDate[], from: IsoDate): IsoDate | null {
  let out: IsoDate | null = null;
  for (const d of days) if (d >= from && (!out || d > out)) out = d;
  return out;
}

/** Unanswered prompts in a row, newest back, counting only those since `activeSince`. */
export function unansweredInARow(h: CheckinHistory): number {
  const prompts = h.promptDays.filter((d) => d >= h.activeSince).sort();
  let n = 0;
  for (let i = prompts.length - 1; i >= 0; i--) {
    const next = prompts[i + 1];
    const answered = h.answerDays.some((a) => a >= prompts[i]! && (!next || a < next));
    if (answered) break;
    n++;
  }
  return n;
}

/**
 * The one thing to plan next for an active employee: a reminder of the last unanswered check-in,
 * or the next check-in. Pure: the same history gives the same step, so planning is idempotent.
 */
export function nextCheckinStep(
  c: Pick<Case, 'status' | 'phase' | 'phaseHistory' | 'expectedReturn'>,
  h: CheckinHistory,
  r: CheckinRhythm,
): NextStep {
  if (c.status === 'closed') return { kind: 'none', reason: 'case_closed' };
  const lastPrompt = latest(h.promptDays, h.activeSince);
  const lastAnswer = latest(h.answerDays, h.activeSince);
  const anchor = maxDate(h.activeSince, maxDate(lastPrompt ?? h.activeSince, lastAnswer ?? h.activeSince));
  const every = intervalOn(c, anchor, r);
  if (every === null) return { kind: 'none', reason: 'rhythm_done' };
  const nextPrompt = addDays(anchor, every);
  if (lastPrompt && (!lastAnswer || lastAnswer < lastPrompt) && !h.reminderDays.some((d) => d >= lastPrompt)) {
    const remindOn = addDays(lastPrompt, r.remindAfterDays);
    // Never a reminder on top of the next check-in.
    if (remindOn < nextPrompt) return { kind: 'reminder', day: remindOn, promptDay: lastPrompt };
  }
  if (unansweredInARow(h) >= r.quietAfterUnanswered) return { kind: 'none', reason: 'quiet' };
  return { kind: 'prompt', day: nextPrompt };
}

/** The invitation day for a case: some days after the first sick day, never before today. */
export function invitationDay(caseStart: IsoDate, today: IsoDate, r: CheckinRhythm): IsoDate {
  return maxDate(addDays(caseStart, r.inviteAfterDays), today);
}

/** The return is near (pre-return phase, or an expected return within three weeks): time for a wish list. */
export function returnIsNear(c: Pick<Case, 'phase' | 'expectedReturn'>, today: IsoDate): boolean {
  if (c.phase === 'pre_return') return true;
  if (c.phase === 'return' || c.phase === 'post_return') return false;
  return !!c.expectedReturn && daysBetween(today, c.expectedReturn) <= 21;
}
