// Signals from the employee's check-ins, as escalation facts. The check-in feature (issue 7)
// stores the answers; this only reduces them to the few signals a rule may read. The answers
// themselves never leave the employee's record: HR sees that a signal fired, not what was said.
import type { IsoDate } from '../case';
import { daysBetween } from '../dates';
import { NO_CHECKIN, type CheckinFacts } from './escalation-facts';

/** One answered check-in, as the check-in feature hands it over. */
export interface CheckinAnswer {
  id: string;
  on: IsoDate;
  /** 1 (empty) to 5 (full of energy); null when skipped. */
  energy: number | null;
  /** How work or recovery is going, 1 to 5; null when skipped. */
  progress: number | null;
  /** The "what would help now" choice: `manager_call`, `talk_hr`, `fewer_hours`... or null. */
  help: string | null;
  /** The employee agreed that HR is told about this answer. */
  shareWithHr: boolean;
}

/** An answer at or below this on either scale counts as low. */
export const LOW_ANSWER = 2;

/** A skipped question says nothing: it is neither low nor not low, so it breaks no streak by itself. */
function isLow(a: CheckinAnswer): boolean {
  return (a.energy !== null && a.energy <= LOW_ANSWER) || (a.progress !== null && a.progress <= LOW_ANSWER);
}

/** How far a scale fell from one answer to the next; 0 when either skipped it. */
function fall(before: number | null, after: number | null): number {
  return before !== null && after !== null ? before - after : 0;
}

/** The check-in facts on `today` from the answers of this case (any order). */
export function checkinFacts(answers: readonly CheckinAnswer[], today: IsoDate): CheckinFacts {
  if (answers.length === 0) return NO_CHECKIN;
  const sorted = [...answers].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.id < b.id ? -1 : 1));
  const last = sorted[sorted.length - 1]!;
  const previous = sorted[sorted.length - 2];
  let lowStreak = 0;
  for (let i = sorted.length - 1; i >= 0 && isLow(sorted[i]!); i--) lowStreak++;
  const drop = previous ? Math.max(0, fall(previous.energy, last.energy), fall(previous.progress, last.progress)) : 0;
  return {
    answers: sorted.length,
    lowStreak,
    drop,
    askedHr: last.help === 'talk_hr' && last.shareWithHr,
    askedManager: last.help === 'manager_call',
    daysSinceLast: daysBetween(last.on, today),
  };
}

/** The latest answer: an escalation from check-ins is about it (one escalation per answer). */
export function latestAnswer(answers: readonly CheckinAnswer[]): CheckinAnswer | null {
  let latest: CheckinAnswer | null = null;
  for (const a of answers) if (!latest || a.on > latest.on || (a.on === latest.on && a.id > latest.id)) latest = a;
  return latest;
}
