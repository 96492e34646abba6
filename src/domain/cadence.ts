// The manager's contact rhythm: when the next contact with the employee is due.
// These are defaults we can defend, not legal numbers; every tenant can change them.
// - First contact within 1 working day of the sick report: early, warm contact is the strongest
//   predictor of a good return (domain.md §1, "timely contact between employee and employer").
// - Weekly in recovery and before the return: regular without pressure.
// - Twice in the first week back (every 3 days), then weekly for 4 weeks, every 2 weeks up to
//   3 months and monthly up to 6 months: the post-return phase is the hardest and relapse is
//   common (De Gieter; Antwerp Management School, domain.md §1).
import type { Case, IsoDate, Phase } from './case';
import { addDays, daysBetween } from './dates';
import { addWorkingDays } from './working-days';

export interface CadenceSettings {
  /** Working days after the first sick day for the first contact. */
  firstContactWorkingDays: number;
  recoveryDays: number;
  preReturnDays: number;
  /** Interval during the first week after the return. */
  firstWeekBackDays: number;
  /** After the return: [until this many days after the return, contact every N days]. */
  postReturnSteps: ReadonlyArray<readonly [untilDay: number, everyDays: number]>;
  /**
   * While a due contact is not recorded the manager is reminded again after the rhythm's own
   * interval, but never waits longer than this many days (a monthly rhythm still gets a weekly
   * nudge once a contact is late).
   */
  maxRepeatDays: number;
}

export const DEFAULT_CADENCE: CadenceSettings = {
  firstContactWorkingDays: 1,
  recoveryDays: 7,
  preReturnDays: 7,
  firstWeekBackDays: 3,
  postReturnSteps: [
    [7, 3],
    [28, 7],
    [91, 14],
    [182, 30],
  ],
  maxRepeatDays: 7,
};

/** Tenant overrides are flat numbers keyed by setting name; unknown keys are ignored. */
export function cadenceSettings(overrides?: Record<string, number> | null): CadenceSettings {
  const o = overrides ?? {};
  const num = (key: keyof CadenceSettings, fallback: number) =>
    typeof o[key] === 'number' && Number.isFinite(o[key]) && o[key]! > 0 ? Math.round(o[key]!) : fallback;
  return {
    ...DEFAULT_CADENCE,
    firstContactWorkingDays: num('firstContactWorkingDays', DEFAULT_CADENCE.firstContactWorkingDays),
    recoveryDays: num('recoveryDays', DEFAULT_CADENCE.recoveryDays),
    preReturnDays: num('preReturnDays', DEFAULT_CADENCE.preReturnDays),
    firstWeekBackDays: num('firstWeekBackDays', DEFAULT_CADENCE.firstWeekBackDays),
    maxRepeatDays: num('maxRepeatDays', DEFAULT_CADENCE.maxRepeatDays),
  };
}

/** The day the employee came back (first move to `return` or `post_return`), if they did. */
export function returnedOn(c: Pick<Case, 'phaseHistory'>): IsoDate | null {
  const back = c.phaseHistory.find((p) => p.phase === 'return' || p.phase === 'post_return');
  return back ? back.on : null;
}

export interface ContactState {
  phase: Phase;
  caseStart: IsoDate;
  /**
   * The day the case was reported (created). A manager who reports a sickness days after it began
   * cannot have been in touch yet: the first contact counts from the later of this and the start.
   */
  reportedOn?: IsoDate | null;
  returnedOn: IsoDate | null;
  lastContactOn: IsoDate | null;
  /** A date the manager agreed with the employee; it wins over the rhythm. */
  plannedNext: IsoDate | null;
}

/**
 * When the next contact is due, or null when the rhythm has run its course (six months after
 * the return): then the manager gets a look-back prompt instead.
 */
export function nextContactDue(
  state: ContactState,
  jurisdiction: Case['jurisdiction'],
  settings: CadenceSettings = DEFAULT_CADENCE,
): IsoDate | null {
  if (state.plannedNext && (!state.lastContactOn || state.plannedNext > state.lastContactOn)) return state.plannedNext;
  if (!state.lastContactOn) {
    const from = state.reportedOn && state.reportedOn > state.caseStart ? state.reportedOn : state.caseStart;
    if (state.phase === 'dropout') return addWorkingDays(from, settings.firstContactWorkingDays, jurisdiction);
    return state.returnedOn ?? from;
  }
  const every = intervalDays(state, settings);
  return every === null ? null : addDays(state.lastContactOn, every);
}

/**
 * Days between reminders while the due contact is not recorded: the interval of the rhythm the
 * case is in, capped at `maxRepeatDays`. After the rhythm has ended there is nothing to repeat.
 */
export function contactRepeatDays(state: ContactState, settings: CadenceSettings = DEFAULT_CADENCE): number {
  const every = intervalDays(state, settings) ?? settings.maxRepeatDays;
  return Math.max(1, Math.min(every, settings.maxRepeatDays));
}

/**
 * The day of the manager's look-back prompt (what helped, what would you do differently): once
 * the rhythm has run its course, six months after the return (the last post-return step), and
 * not before the last recorded contact. Null while the rhythm runs or when there was no return.
 */
export function lookbackDue(
  state: ContactState,
  jurisdiction: Case['jurisdiction'],
  settings: CadenceSettings = DEFAULT_CADENCE,
): IsoDate | null {
  if (!state.returnedOn) return null;
  if (nextContactDue(state, jurisdiction, settings) !== null) return null;
  const lastStep = settings.postReturnSteps[settings.postReturnSteps.length - 1];
  const end = addDays(state.returnedOn, lastStep ? lastStep[0] : 0);
  return state.lastContactOn && state.lastContactOn > end ? state.lastContactOn : end;
}

function intervalDays(state: ContactState, s: CadenceSettings): number | null {
  switch (state.phase) {
    case 'dropout':
    case 'recovery':
      return s.recoveryDays;
    case 'pre_return':
      return s.preReturnDays;
    case 'return':
    case 'post_return': {
      if (!state.returnedOn) return s.firstWeekBackDays;
      const daysBack = daysBetween(state.returnedOn, state.lastContactOn ?? state.returnedOn);
      if (daysBack < 7) return s.firstWeekBackDays;
      const step = s.postReturnSteps.find(([until]) => daysBack < until);
      return step ? step[1] : null;
    }
  }
}
