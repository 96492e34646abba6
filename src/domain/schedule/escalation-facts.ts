// The facts an escalation rule can look at, by name. Tenants write rules over these names
// (adaptive-expressions: `milestone.overdueDays >= 3`, `case.unansweredNudges >= 3`), so the
// names are a public contract: add names, never rename one.
//
// Three groups:
// - `case.*`: the case as a whole on a given day;
// - `milestone.*`: one legal step that is not done yet. A rule naming `milestone.*` is evaluated
//   for each open step separately, so each overdue step escalates on its own;
// - `checkin.*`: signals from the employee's voluntary check-ins (fed by the check-in feature).
//   Only signals, never answers: HR sees what an escalation carries and nothing more.
// No fact says anything medical; there is nothing medical to say.

export interface CaseFacts {
  jurisdiction: string;
  phase: string;
  employerSize: number;
  /** Sick days counted so far in this case. */
  sickDays: number;
  /** Calendar days since the first sick day (day 1 = 1). */
  daysSinceStart: number;
  /** Days since the last recorded contact; since the first sick day when there was none. */
  daysSinceContact: number;
  /** Days the next contact is past its due day; 0 when it is not late. */
  contactOverdueDays: number;
  /** Reminders to the manager about this case, sent on earlier days, with no reaction since. */
  unansweredNudges: number;
  /** Legal duties past their due day and not marked done. */
  overdueCount: number;
  /**
   * Every conversation with the manager is gone. Not the employee's: removing the app stops the
   * voluntary check-ins, and HR hears of check-ins only the signals the employee was told about.
   */
  deadReference: boolean;
  /** Whose conversation is gone: `manager` or empty (the name stays for rules written against it). */
  deadRole: string;
  /** The manager flagged a concern to HR when recording a conversation. */
  concernFlagged: boolean;
  /** Which kind of concern (`wellbeing`, `progress`, `workload`, `relationship`, `other`) or empty. */
  concern: string;
}

export interface MilestoneFacts {
  id: string;
  /** `duty`, `right` or `event`. */
  kind: string;
  /** `manager`, `hr`, `employee` or `external`. */
  responsible: string;
  due: string;
  /** Days until the due day (negative once past). */
  daysLeft: number;
  /** Days past the due day; 0 until then. */
  overdueDays: number;
}

export interface CheckinFacts {
  /** How many check-ins the employee answered in this case. */
  answers: number;
  /** Low answers in a row up to the latest (energy or progress at 2 or below on 1..5). */
  lowStreak: number;
  /** The steepest fall between the last two answers, in points on the 1..5 scales. */
  drop: number;
  /** The latest answer asks for a talk with HR, and the employee agreed HR is told. */
  askedHr: boolean;
  /** The latest answer asks for a call with the manager. */
  askedManager: boolean;
  /** Days since the latest answer (-1 when there is none). */
  daysSinceLast: number;
}

export interface RuleFacts {
  case: CaseFacts;
  milestone?: MilestoneFacts;
  checkin: CheckinFacts;
}

/** Every name a rule may use. Validation rejects anything else, so a typo stops start-up. */
export const FACT_NAMES: readonly string[] = [
  ...[
    'jurisdiction',
    'phase',
    'employerSize',
    'sickDays',
    'daysSinceStart',
    'daysSinceContact',
    'contactOverdueDays',
    'unansweredNudges',
    'overdueCount',
    'deadReference',
    'deadRole',
    'concernFlagged',
    'concern',
  ].map((n) => `case.${n}`),
  ...['id', 'kind', 'responsible', 'due', 'daysLeft', 'overdueDays'].map((n) => `milestone.${n}`),
  ...['answers', 'lowStreak', 'drop', 'askedHr', 'askedManager', 'daysSinceLast'].map((n) => `checkin.${n}`),
];

export const NO_CHECKIN: CheckinFacts = {
  answers: 0,
  lowStreak: 0,
  drop: 0,
  askedHr: false,
  askedManager: false,
  daysSinceLast: -1,
};

/** Plausible facts for a trial evaluation when a rule is checked at start-up. */
export const SAMPLE_FACTS: Required<RuleFacts> = {
  case: {
    jurisdiction: 'NL',
    phase: 'recovery',
    employerSize: 50,
    sickDays: 30,
    daysSinceStart: 30,
    daysSinceContact: 8,
    contactOverdueDays: 1,
    unansweredNudges: 2,
    overdueCount: 1,
    deadReference: false,
    deadRole: '',
    concernFlagged: false,
    concern: '',
  },
  milestone: { id: 'nl.action_plan', kind: 'duty', responsible: 'manager', due: '2026-03-01', daysLeft: -2, overdueDays: 2 },
  checkin: { answers: 3, lowStreak: 1, drop: 1, askedHr: false, askedManager: false, daysSinceLast: 4 },
};
