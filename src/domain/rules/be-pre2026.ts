// Belgium, incapacity that began before 2026-01-01 (KB 11 Sept 2022).
import { medicalCertificate, quickScan, reintegrationInfo } from './be-common';
import { BE_RIT_RULES } from './be-rit';
import { sickDayAfterMonths } from './plan-helpers';
import type { RulePack } from './types';

export const BE_PRE2026 = {
  /** The employer may start a RIT after 3 months of uninterrupted incapacity. */
  ritPossibleAfterMonths: 3,
} as const;

export const BE_PRE2026_PACK: RulePack = {
  regime: 'be.pre2026',
  jurisdiction: 'BE',
  // A return shorter than 14 days does not interrupt the incapacity (KB 11 Sept 2022).
  chainGapDays: (settings) => settings.bePre2026ChainGapDays,
  // The employer may start after 3 months; the employee may ask at any time.
  ritPossibleFrom: (ctx) =>
    ctx.clock.projectedDateOfDay(sickDayAfterMonths(ctx.caseStart, BE_PRE2026.ritPossibleAfterMonths)),
  rules: [medicalCertificate, reintegrationInfo, quickScan, ...BE_RIT_RULES],
};
