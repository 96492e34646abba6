// The sickness-absence case as the domain sees it. Pure data: no channel, no storage.
// Medical data has no place here by design (AP beleidsregels "De zieke werknemer"): there is no
// field for a diagnosis, cause, symptom or treatment, and none may be added.

import type { LegalRecord } from './legal/types';

/** A calendar date, `YYYY-MM-DD`, without time zone: legal deadlines are counted in days. */
export type IsoDate = string;

export type Jurisdiction = 'NL' | 'BE';
export const JURISDICTIONS: readonly Jurisdiction[] = ['NL', 'BE'];

export type Phase = 'dropout' | 'recovery' | 'pre_return' | 'return' | 'post_return';
export const PHASES: readonly Phase[] = ['dropout', 'recovery', 'pre_return', 'return', 'post_return'];

/** One stretch of sickness. `end` is the last sick day; absent while the person is still sick. */
export interface SickPeriod {
  start: IsoDate;
  end?: IsoDate | null;
  /** `partial`: the person works part of their hours (partial return); the chain continues. */
  kind: 'full' | 'partial';
  /** For `partial`: percentage of the usual hours the person is still unfit for (1..99). */
  percentage?: number;
  /**
   * BE: the certificate for this relapse states a different illness, so it starts a new
   * incapacity instead of continuing the last one (the relapse window is about the same illness).
   * A yes/no only: the illness itself is never recorded. NL ignores it (samentellen counts every cause).
   */
  differentIllness?: boolean;
}

export interface DateInterval {
  start: IsoDate;
  end: IsoDate;
}

export interface PhaseChange {
  phase: Phase;
  on: IsoDate;
}

export interface MilestoneCompletion {
  /** A milestone id such as `nl.problem_analysis`; `nl.evaluation` may be completed many times. */
  id: string;
  on: IsoDate;
}

export type RitDecision = 'A' | 'B' | 'C';

/** Belgian re-integration trajectory (re-integratietraject). */
export interface RitState {
  requestedOn: IsoDate;
  decision?: { kind: RitDecision; on: IsoDate } | null;
}

export type CaseStatus = 'open' | 'closed';

export interface Case {
  id: string;
  tenantId: string;
  /** Person ids within the tenant. */
  employeeId: string;
  managerId: string;
  jurisdiction: Jurisdiction;
  /** Number of employees of the employer: some Belgian duties depend on it (20, 50). */
  employerSize: number;
  /** Ordered by start, never overlapping. */
  sickPeriods: SickPeriod[];
  /** Maternity leave does not count toward the NL 28-day gap (art. 7:629 lid 10 BW). */
  maternityLeave?: DateInterval | null;
  /**
   * HR decided that sickness after the maternity leave clearly has another cause, so it is not
   * added up with sickness before the leave (art. 7:629 lid 10 BW). A yes/no decision only: the
   * cause itself is never recorded.
   */
  separateAfterMaternity?: boolean | null;
  phase: Phase;
  phaseHistory: PhaseChange[];
  milestonesDone: MilestoneCompletion[];
  rit?: RitState | null;
  /** NL legal events HR recorded (wage sanction, postponed WIA, second track...): see legal/types.ts. */
  legal?: LegalRecord | null;
  /** Expected return date if the manager knows it; never why. */
  expectedReturn?: IsoDate | null;
  status: CaseStatus;
  /** The day the case ended (full recovery confirmed or employment ended); drives retention. */
  closedOn?: IsoDate | null;
  /** ISO instant the case was created. */
  createdAt: string;
  /** Person id of whoever reported the absence (HR sees it); absent on cases from before it was kept. */
  openedBy?: string | null;
}
