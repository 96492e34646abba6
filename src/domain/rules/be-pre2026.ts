// Belgium, incapacity that began before 2026-01-01 (KB 11 Sept 2022).
import { medicalCertificate, quickScan } from './be-common';
import { BE_RIT_RULES } from './be-rit';
import { onSickDay, sickDayAfterMonths } from './plan-helpers';
import type { MilestoneRule, RulePack } from './types';

export const BE_PRE2026 = {
  /** After 4 weeks the occupational doctor informs the employee of the re-integration options. */
  reintegrationInfoDay: 29,
  /** The employer may start a RIT after 3 months of uninterrupted incapacity. */
  ritPossibleAfterMonths: 3,
} as const;

const SOURCE = 'KB 11 Sept 2022 (re-integratie)';

/** Not in domain.md with an id: named `be.reintegration_info` in the style of the others. */
const reintegrationInfo: MilestoneRule = {
  id: 'be.reintegration_info',
  source: `${SOURCE}: after 4 weeks the occupational doctor informs the employee`,
  responsible: 'external',
  party: 'occupational_doctor',
  kind: 'duty',
  plan: (ctx) => onSickDay(ctx, 'be.reintegration_info', BE_PRE2026.reintegrationInfoDay),
};

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
