// NL: when wage payment during sickness ends, and what moves with it. Normally on sick day 728
// (104 weeks). Two recorded events push it later, never earlier:
// - a postponed WIA application agreed by employer and employee (art. 24 lid 1 WIA; uwv.nl:
//   at least 13 weeks, no maximum): the waiting time itself is extended, so the WIA application
//   (11 weeks before its end, art. 64 lid 3 WIA) and the up-to-date assessment before it move too;
// - a wage sanction (art. 25 lid 9 WIA; uwv.nl: up to 52 weeks), imposed after the application:
//   only the end of wage payment moves. A shortening after repair (bekortingsverzoek) ends it
//   sooner, but never before the end it would have had without the sanction.
import type { IsoDate } from '../case';
import { addDays, maxDate, minDate } from '../dates';
import type { RuleContext } from './types';

export const NL_PAY = {
  /** Last day of the 104 weeks of wage continuation (uwv.nl). */
  waitingPeriodEndDay: 728,
  /** WIA application by the end of week 93: 11 weeks before the waiting time ends (art. 64 lid 3 WIA; uwv.nl). */
  wiaApplicationDaysBeforeEnd: 77,
  /** Actueel oordeel around week 91, two weeks before the application (poortwachtersloket.nl). */
  currentAssessmentDaysBeforeApplication: 14,
  currentAssessmentWindowDays: 20,
  /** A postponement lasts at least 13 weeks (uwv.nl "Loon langer doorbetalen"; art. 24 WIA). */
  postponementMinDays: 91,
  /** A wage sanction lasts at most 52 weeks (art. 25 lid 9 WIA; uwv.nl "Verplicht loon doorbetalen"). */
  sanctionMaxDays: 364,
  /** UWV decides on a shortening request within 3 weeks (uwv.nl "Bekortingsverzoek indienen"). */
  shorteningDecisionDays: 21,
} as const;

export const NL_PAY_SOURCES = {
  postponement: 'art. 24 lid 1 WIA; uwv.nl "Loon langer doorbetalen" (at least 13 weeks)',
  sanction: 'art. 25 lid 9 WIA; uwv.nl "Verplicht loon doorbetalen" (at most 52 weeks)',
  shortened: 'uwv.nl "Bekortingsverzoek" (UWV decides within 3 weeks); end 6 weeks after the decision per rviregister.nl, fith.nl',
  application: 'art. 64 lid 3 WIA; uwv.nl (11 weeks before the end of the extended waiting time)',
} as const;

/** The end of the normal 104 weeks, counted in sick days (projected if the chain ended). */
export function normalPayEnd(ctx: RuleContext): IsoDate {
  return ctx.clock.projectedDateOfDay(NL_PAY.waitingPeriodEndDay);
}

/** The end of the waiting time after an agreed postponement, or null when none was agreed. */
export function postponedEnd(ctx: RuleContext): IsoDate | null {
  const p = ctx.legal.wiaPostponement;
  return p ? maxDate(p.endsOn, normalPayEnd(ctx)) : null;
}

/**
 * The last day of wage payment under a wage sanction, after any shortening; null when there is
 * none. Without the end date from UWV's letter a shortening ends the sanction a configurable
 * number of days after UWV's decision.
 */
export function sanctionEnd(ctx: RuleContext): IsoDate | null {
  const s = ctx.legal.wageSanction;
  if (!s) return null;
  const floor = maxDate(normalPayEnd(ctx), postponedEnd(ctx) ?? normalPayEnd(ctx));
  let end = s.endsOn;
  const decided = s.shortening?.decidedOn;
  if (decided) {
    const shortened = s.shortening?.endsOn ?? addDays(decided, ctx.settings.nlSanctionEndDaysAfterShortening);
    end = minDate(end, shortened);
  }
  return maxDate(end, floor);
}

export interface PayEnd {
  due: IsoDate;
  /** Why it is not day 728: the source of the extension; null for the normal end. */
  source: string | null;
}

/** The last day of wage payment, with the reason when an event moved it. */
export function payEnd(ctx: RuleContext): PayEnd {
  const sanction = sanctionEnd(ctx);
  const postponed = postponedEnd(ctx);
  if (sanction && (!postponed || sanction >= postponed)) {
    const shortened = ctx.legal.wageSanction?.shortening?.decidedOn;
    return { due: sanction, source: shortened ? `${NL_PAY_SOURCES.sanction}; ${NL_PAY_SOURCES.shortened}` : NL_PAY_SOURCES.sanction };
  }
  if (postponed) return { due: postponed, source: NL_PAY_SOURCES.postponement };
  return { due: normalPayEnd(ctx), source: null };
}

/** The WIA application's due day after a postponement (11 weeks before the new end), or null. */
export function postponedApplication(ctx: RuleContext): IsoDate | null {
  const end = postponedEnd(ctx);
  return end ? addDays(end, -NL_PAY.wiaApplicationDaysBeforeEnd) : null;
}
