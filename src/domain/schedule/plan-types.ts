// What the reminder planner takes and gives. Pure data: the scheduler reads the store, turns it
// into a PlanContext, and turns PlannedReminders into stored reminders with delivery instants.
import type { CadenceSettings } from '../cadence';
import type { IsoDate } from '../case';
import type { DeadlineOptions } from '../deadlines';
import type { CheckinAnswer } from './checkin-signals';
import type { CompiledRule } from './escalation-rules';
import type { LeadTimes } from './lead-times';

export type PlannedKind = 'milestone' | 'contact' | 'lookback' | 'contact_request' | 'escalation' | 'review';
/** `hr` is the tenant's HR destination (its channel, else each HR person), not one person. */
export type PlannedRecipient = 'manager' | 'hr';

export interface PlannedReminder {
  /** Unique within the case and derived only from what it reminds of: the id is `<caseId>:<key>`. */
  key: string;
  kind: PlannedKind;
  to: PlannedRecipient;
  /** The recipient's calendar day it is meant for (the delivery window picks the hour). */
  day: IsoDate;
  /** On a day off, deliver on the working day before rather than after (reminders ahead of a due day). */
  earlier: boolean;
  /** What it is about; nudge answers and HR states name this. */
  item: string;
  milestoneId: string | null;
  ruleId: string | null;
  /** The date the item is about: a milestone's due day, a contact's due day. */
  due: IsoDate | null;
  /** For milestone reminders: days before the due day (negative: a reminder after it). */
  leadDays: number | null;
}

/** A recorded conversation (an `outcome` record): its day and the next contact agreed, if any. */
export interface ContactFact {
  on: IsoDate;
  next: IsoDate | null;
}

/** The manager's (or HR's) answer to a nudge: done, or remind me again from `until`. */
export interface NudgeResponseFact {
  item: string;
  action: 'done' | 'snooze';
  on: IsoDate;
  until: IsoDate | null;
}

/** HR's answer to an escalation. */
export interface EscalationStateFact {
  item: string;
  state: 'acknowledged' | 'taken' | 'snoozed';
  on: IsoDate;
  until: IsoDate | null;
}

export interface DeadFact {
  /** Only the manager's conversations count (see escalation-facts.ts); the type keeps room for more. */
  role: 'manager' | 'employee';
  since: IsoDate;
}

export interface ConcernFact {
  recordId: string;
  on: IsoDate;
  concern: string;
}

/** Everything about one case the planner needs besides the case itself. */
export interface PlanContext {
  /** The tenant's calendar day now. */
  today: IsoDate;
  /** The tenant's calendar day the case was reported (created): the first contact counts from it. */
  reportedOn?: IsoDate | null;
  contacts: readonly ContactFact[];
  responses: readonly NudgeResponseFact[];
  escalationStates: readonly EscalationStateFact[];
  lookbackDone: boolean;
  /** The last day the manager did anything on this case (a record they created). */
  managerLastAction: IsoDate | null;
  /** Days on which reminders about this case reached the manager. */
  sentManagerNudgeDays: readonly IsoDate[];
  /** Keys of this case's reminders already sent. */
  sentKeys: ReadonlySet<string>;
  dead: DeadFact | null;
  concern: ConcernFact | null;
  checkins: readonly CheckinAnswer[];
}

export interface PlanSettings {
  leadTimes: LeadTimes;
  cadence: CadenceSettings;
  /** Who is nudged to make contact (BE: the work rules' contact procedure may name HR). Default: the manager. */
  contactTo?: PlannedRecipient;
  deadlines?: DeadlineOptions;
  rules: readonly CompiledRule[];
  /** How far ahead reminders are planned; a review re-plans before the horizon is reached. */
  horizonDays: number;
  /** Reminders after a legal duty's due day, one every `overdueRepeatDays`, at most this many. */
  overdueRepeats: number;
  overdueRepeatDays: number;
}

export const DEFAULT_HORIZON_DAYS = 63;
/** Reviews fall on a fixed grid from the first sick day, so re-planning does not move them. */
export const REVIEW_EVERY_DAYS = 14;
