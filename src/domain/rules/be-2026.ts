// Belgium, incapacity that began on or after 2026-01-01 (law of 18 Dec 2025, KB 17 Dec 2025;
// lexgo.be, akd.eu, pwclegal.be, securex.be).
import { medicalCertificate, quickScan } from './be-common';
import { BE_RIT_RULES } from './be-rit';
import { firstCompletion, onSickDay, sickDayAfterMonths } from './plan-helpers';
import type { MilestoneRule, RulePack } from './types';

export const BE_2026 = {
  /** After 8 weeks the employer asks the occupational doctor to assess work potential. */
  workPotentialRequestDay: 57,
  /** Employers with 20 or more employees request a RIT within 6 months if there is potential. */
  ritRequestMinEmployees: 20,
  ritRequestMonths: 6,
} as const;

const SOURCE = 'law of 18 Dec 2025 and KB 17 Dec 2025 (lexgo.be, akd.eu, pwclegal.be, securex.be)';

const workPotentialRequest: MilestoneRule = {
  id: 'be.work_potential_request',
  source: SOURCE,
  responsible: 'hr',
  kind: 'duty',
  plan: (ctx) => onSickDay(ctx, 'be.work_potential_request', BE_2026.workPotentialRequestDay),
};

/**
 * Due "if there is potential": Herstart does not record the doctor's view, so the duty is listed
 * for every employer of 20 or more (and when the size is unknown) and HR judges.
 */
const ritRequest: MilestoneRule = {
  id: 'be.rit_request',
  source: `${SOURCE}; fine per employee concerned`,
  responsible: 'hr',
  kind: 'duty',
  plan: (ctx) => {
    if (ctx.employerSize !== null && ctx.employerSize < BE_2026.ritRequestMinEmployees) return [];
    const day = sickDayAfterMonths(ctx.caseStart, BE_2026.ritRequestMonths);
    const doneOn = ctx.rit?.requestedOn ?? firstCompletion(ctx, 'be.rit_request');
    const due = ctx.clock.dateOfDay(day) ?? (doneOn ? ctx.clock.projectedDateOfDay(day) : null);
    return due ? [{ due, windowStart: null, doneOn }] : [];
  },
};

export const BE_2026_PACK: RulePack = {
  regime: 'be.2026',
  jurisdiction: 'BE',
  // Relapse window for guaranteed salary, 8 weeks (was 14 days): secondary sources, configurable.
  chainGapDays: (settings) => settings.be2026ChainGapDays,
  // A RIT can start from day 1 with the employee's consent.
  ritPossibleFrom: (ctx) => ctx.caseStart,
  rules: [medicalCertificate, workPotentialRequest, quickScan, ritRequest, ...BE_RIT_RULES],
};
