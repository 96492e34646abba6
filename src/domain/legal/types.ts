// The Dutch legal events HR records on a case beyond the Poortwachter steps themselves: UWV's
// wage sanction and its shortening, a postponed WIA application, an early IVA application, the
// second track, expert opinions and the Ziektewet safety net. Pure data. Nothing here says why
// someone is ill: the safety net is a yes with its reporting term, never which rule applies
// (AP beleidsregels "De zieke werknemer" §4.4: "of de werknemer onder een vangnetbepaling valt,
// zo ja niet welke").
import type { IsoDate } from '../case';

/** UWV extended the wage payment (loonsanctie, art. 25 lid 9 WIA): up to 52 weeks. */
export interface WageSanction {
  /** Date of UWV's decision. */
  decidedOn: IsoDate;
  /** Last day of the extended wage payment, as UWV's letter gives it. */
  endsOn: IsoDate;
  /** The employer repaired the shortcomings and asked UWV to end the sanction early (bekortingsverzoek). */
  shortening?: SanctionShortening | null;
}

export interface SanctionShortening {
  requestedOn: IsoDate;
  /** UWV agreed on this day; null while UWV has not decided. */
  decidedOn?: IsoDate | null;
  /** Last day of wage payment after the shortening, from UWV's letter; null: the default term applies. */
  endsOn?: IsoDate | null;
}

/** Employer and employee agreed to postpone the WIA application (art. 24 lid 1 WIA; uwv.nl: at least 13 weeks). */
export interface WiaPostponement {
  agreedOn: IsoDate;
  /** Last day of the extended wage payment. */
  endsOn: IsoDate;
}

/** The employee applied for an IVA benefit early (art. 23 WIA; uwv.nl: between weeks 3 and 68). */
export interface EarlyIva {
  appliedOn: IsoDate;
  /** UWV's answer, once known. A yes or no only. */
  outcome?: { granted: boolean; on: IsoDate } | null;
}

/** Second track (spoor 2): work with another employer. */
export interface SecondTrack {
  /** The first-year evaluation (or a later one) concluded whether a second track is needed. */
  decision?: { needed: boolean; on: IsoDate } | null;
  /** A labour expert's assessment (arbeidsdeskundig onderzoek) was held on this day. */
  labourExpertOn?: IsoDate | null;
  startedOn?: IsoDate | null;
  /** The re-integration provider's name (a company, never a person's health). */
  provider?: string | null;
}

export type ExpertOpinionTopic = 'own_work' | 'efforts' | 'suitable_work';
export const EXPERT_OPINION_TOPICS: readonly ExpertOpinionTopic[] = ['own_work', 'efforts', 'suitable_work'];
export type RequestingParty = 'employer' | 'employee';
export const REQUESTING_PARTIES: readonly RequestingParty[] = ['employer', 'employee'];

/** A request to UWV for an expert opinion (deskundigenoordeel), either party, at any time. */
export interface ExpertOpinion {
  requestedOn: IsoDate;
  by: RequestingParty;
  topic: ExpertOpinionTopic;
  answeredOn?: IsoDate | null;
}

/**
 * The UWV reporting term a safety-net case has (uwv.nl "Ziek melden bij UWV"): by the 4th sick
 * day, or within 6 weeks. Which of the two follows from the rule, which the employer may not
 * record; HR picks the term UWV gives.
 */
export type SafetyNetTerm = 'day_4' | 'week_6';
export const SAFETY_NET_TERMS: readonly SafetyNetTerm[] = ['day_4', 'week_6'];

export interface SafetyNet {
  recordedOn: IsoDate;
  reportTerm: SafetyNetTerm;
}

export interface LegalRecord {
  wageSanction?: WageSanction | null;
  wiaPostponement?: WiaPostponement | null;
  earlyIva?: EarlyIva | null;
  secondTrack?: SecondTrack | null;
  expertOpinions?: ExpertOpinion[] | null;
  safetyNet?: SafetyNet | null;
}

export const NO_LEGAL_EVENTS: Readonly<LegalRecord> = Object.freeze({});
