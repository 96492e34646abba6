// Samentellen: which sick periods belong to one case.
//
// NL (art. 7:629 lid 10 BW): a new period less than 28 days after full recovery continues the
// case, whatever the cause; 28 or more recovery days start a new case. Partial work does not
// break the chain (a partial period is a sick period). Maternity-leave days do not count toward
// the gap; sickness straight before and after the leave is added up unless HR decided it clearly
// has another cause (`separateAfterMaternity`).
// BE: before 2026 a return shorter than 14 days does not interrupt the incapacity (KB 11 Sept
// 2022); from 2026 the relapse window is 8 weeks (Act of 19 Dec 2025). Both configurable. The
// window is about the same illness (beci.be, allesoverkanker.be): a relapse whose certificate
// states a different illness (`differentIllness`) starts a new incapacity, whatever the gap.
// The regime of a chain is fixed by its first sick day. Maternity leave is treated as in NL
// for BE too (no BE source; leave days are not incapacity days either way).
import type { DateInterval, IsoDate, Jurisdiction, SickPeriod } from './case';
import { requireIsoDate } from './dates';
import { DomainError } from './errors';
import { rulePackFor } from './rules';
import { ruleSettings, type RuleSettings } from './rules/settings';
import { gapDays, intervalInGap, validateSickPeriods } from './sick-periods';

export interface ChainFacts {
  jurisdiction: Jurisdiction;
  maternityLeave?: DateInterval | null;
  /** HR decided sickness after maternity leave has another cause: not added up. Yes/no only. */
  separateAfterMaternity?: boolean | null;
}

/** The smallest gap (in recovery days) that starts a new case for a chain that began on `chainStart`. */
export function newCaseGapDays(jurisdiction: Jurisdiction, chainStart: IsoDate, settings?: Partial<RuleSettings>): number {
  return rulePackFor(jurisdiction, chainStart).chainGapDays(ruleSettings(settings));
}

function continues(
  chainStart: IsoDate,
  prevEnd: IsoDate,
  next: Pick<SickPeriod, 'start' | 'differentIllness'>,
  facts: ChainFacts,
  settings: RuleSettings,
): { continues: boolean; gapDays: number; newCaseGapDays: number } {
  const gap = gapDays(prevEnd, next.start, facts.maternityLeave);
  const threshold = rulePackFor(facts.jurisdiction, chainStart).chainGapDays(settings);
  const separated = !!facts.separateAfterMaternity && intervalInGap(prevEnd, next.start, facts.maternityLeave);
  const otherIllness = facts.jurisdiction === 'BE' && next.differentIllness === true;
  return { continues: !separated && !otherIllness && gap < threshold, gapDays: gap, newCaseGapDays: threshold };
}

/**
 * Splits one person's sick periods into cases, oldest first; each case is a chain of periods in
 * date order. Validates the periods first (throws a DomainError on bad input).
 */
export function splitIntoCases(
  periods: readonly SickPeriod[],
  facts: ChainFacts,
  settings?: Partial<RuleSettings>,
): SickPeriod[][] {
  const s = ruleSettings(settings);
  const sorted = validateSickPeriods(periods);
  const cases: SickPeriod[][] = [];
  let current: SickPeriod[] = [];
  for (const p of sorted) {
    const prev = current[current.length - 1];
    if (prev && continues(current[0]!.start, prev.end!, p, facts, s).continues) {
      current.push(p);
    } else {
      if (current.length) cases.push(current);
      current = [p];
    }
  }
  cases.push(current);
  return cases;
}

export interface RelapseDecision {
  /** True: add the new period to this case. False: the caller opens a new case. */
  continuesCase: boolean;
  /** Recovery days between the last period and the relapse (maternity-leave days left out). */
  gapDays: number;
  /** A gap of this many days or more would have started a new case. */
  newCaseGapDays: number;
}

/**
 * Does a relapse starting on `relapseStart` continue the case made of `periods`? The last period
 * must have ended before `relapseStart`. `differentIllness` (BE): the certificate states another
 * illness, which starts a new incapacity.
 */
export function relapseDecision(
  periods: readonly SickPeriod[],
  relapseStart: IsoDate,
  facts: ChainFacts,
  settings?: Partial<RuleSettings>,
  differentIllness = false,
): RelapseDecision {
  requireIsoDate(relapseStart, 'relapse date');
  const chains = splitIntoCases(periods, facts, settings);
  const chain = chains[chains.length - 1]!;
  const last = chain[chain.length - 1]!;
  if (last.end == null) {
    throw new DomainError('period_running', `the sick period from ${last.start} is still running`, { start: last.start });
  }
  if (relapseStart <= last.end) {
    throw new DomainError('date_before_previous', `a relapse on ${relapseStart} must start after ${last.end}`, {
      date: relapseStart,
      previous: last.end,
    });
  }
  const r = continues(chain[0]!.start, last.end, { start: relapseStart, differentIllness }, facts, ruleSettings(settings));
  return { continuesCase: r.continues, gapDays: r.gapDays, newCaseGapDays: r.newCaseGapDays };
}
