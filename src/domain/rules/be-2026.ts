// Belgium, incapacity that began on or after 2026-01-01: the Act of 19 December 2025 "exécutant
// une politique renforcée de retour au travail" and the KB of 17 December 2025 amending the Codex
// welzijn op het werk, both published 30 Dec 2025 (prevent.be "Réintégration 3.0"; lexgo.be,
// securex.be, cohezio.be).
import { addMonths } from '../dates';
import { medicalCertificate, quickScan, reintegrationInfo } from './be-common';
import { BE_RIT_RULES } from './be-rit';
import { firstCompletion, onSickDay } from './plan-helpers';
import type { MilestoneRule, RulePack } from './types';

export const BE_2026 = {
  /** After 8 weeks the employer asks the occupational doctor to assess work potential. */
  workPotentialRequestDay: 57,
  /** Employers with 20 or more employees request a RIT within 6 months if there is potential. */
  ritRequestMinEmployees: 20,
  ritRequestMonths: 6,
} as const;

const SOURCE = 'Act of 19 Dec 2025 and KB 17 Dec 2025 (prevent.be, lexgo.be, securex.be)';

const workPotentialRequest: MilestoneRule = {
  id: 'be.work_potential_request',
  source: SOURCE,
  responsible: 'hr',
  kind: 'duty',
  plan: (ctx) => onSickDay(ctx, 'be.work_potential_request', BE_2026.workPotentialRequestDay),
};

/**
 * Due "if there is potential": Herstart does not record the doctor's view, so the duty is listed
 * for every employer of 20 or more (and when the size is unknown) and HR judges. The term runs
 * "uiterlijk 6 maanden na de start van de arbeidsongeschiktheid" (lexgo.be, securex.be): a
 * calendar date from the first day. A relapse within the relapse window continues the same
 * incapacity, so the date stays; days worked in between do not push it back. A relapse after the
 * window, or one the certificate puts down to a different illness, starts a new incapacity and a
 * new case. If the incapacity ended before the date, the duty lapses unless it was done.
 */
const ritRequest: MilestoneRule = {
  id: 'be.rit_request',
  source: `${SOURCE}: at the latest 6 months after the incapacity began; fine per employee concerned`,
  responsible: 'hr',
  kind: 'duty',
  plan: (ctx) => {
    if (ctx.employerSize !== null && ctx.employerSize < BE_2026.ritRequestMinEmployees) return [];
    const due = addMonths(ctx.caseStart, BE_2026.ritRequestMonths);
    const doneOn = ctx.rit?.requestedOn ?? firstCompletion(ctx, 'be.rit_request');
    const total = ctx.clock.totalDays;
    const lastSickDay = total === null ? null : ctx.clock.dateOfDay(total);
    if (!doneOn && lastSickDay !== null && lastSickDay < due) return [];
    return [{ due, windowStart: null, doneOn }];
  },
};

export const BE_2026_PACK: RulePack = {
  regime: 'be.2026',
  jurisdiction: 'BE',
  // Relapse window for guaranteed salary, 8 weeks (was 14 days), same illness only: secondary
  // sources (beci.be, securex.be), configurable.
  chainGapDays: (settings) => settings.be2026ChainGapDays,
  // A RIT can start from day 1 with the employee's consent.
  ritPossibleFrom: (ctx) => ctx.caseStart,
  rules: [medicalCertificate, reintegrationInfo, workPotentialRequest, quickScan, ritRequest, ...BE_RIT_RULES],
};
