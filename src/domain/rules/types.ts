// The shape every rule pack shares: data (id, source, who acts) plus one small planning function.
import type { IsoDate, Jurisdiction, RitState } from '../case';
import type { LegalRecord } from '../legal/types';
import type { SickClock } from '../sick-clock';
import type { RuleSettings } from './settings';

export type RegimeId = 'nl.poortwachter' | 'be.pre2026' | 'be.2026';
export const REGIMES: readonly RegimeId[] = ['nl.poortwachter', 'be.pre2026', 'be.2026'];

/** Who must act, so reminders reach the right person. */
export type Responsible = 'manager' | 'hr' | 'employee' | 'external';
/** For `external`: which outside party acts. */
export type ExternalParty = 'occupational_doctor' | 'uwv' | 'health_insurer';

/**
 * `duty`: someone must act by the due date (reminders, escalation when overdue).
 * `right`: someone may act until the due date (an appeal); overdue means the chance lapsed.
 * `event`: happens by itself on the due date (end of wage continuation); done once that day has passed.
 */
export type MilestoneKind = 'duty' | 'right' | 'event';

export interface PlannedMilestone {
  due: IsoDate;
  windowStart: IsoDate | null;
  doneOn: IsoDate | null;
  /** Replaces the rule's source when a recorded event moved this occurrence (a wage sanction...). */
  source?: string;
}

/** What a rule may look at. Completions are those of this case only, sorted by date. */
export interface RuleContext {
  jurisdiction: Jurisdiction;
  clock: SickClock;
  caseStart: IsoDate;
  /** Null when unknown: size-dependent duties are then included (better a reminder too many). */
  employerSize: number | null;
  rit: RitState | null;
  /** NL legal events of this case (empty when none were recorded). */
  legal: LegalRecord;
  settings: RuleSettings;
  completions(id: string): readonly IsoDate[];
}

export interface MilestoneRule {
  id: string;
  source: string;
  responsible: Responsible;
  party?: ExternalParty;
  kind: MilestoneKind;
  /** May be completed more than once (NL evaluations). */
  repeats?: boolean;
  /**
   * Done through a recorded legal event (a second track started, UWV's answer received) rather
   * than the generic "step done" form, which therefore does not offer it.
   */
  recordedAsEvent?: boolean;
  /** Every occurrence that applies to the case; empty when the rule does not apply. */
  plan(ctx: RuleContext): PlannedMilestone[];
}

export interface RulePack {
  regime: RegimeId;
  jurisdiction: Jurisdiction;
  /** A new period after a gap of fewer recovery days than this continues the case. */
  chainGapDays(settings: RuleSettings): number;
  /** BE: the first day the employer may request a re-integration trajectory; NL: none. */
  ritPossibleFrom(ctx: RuleContext): IsoDate | null;
  rules: readonly MilestoneRule[];
}
