// Belgium: the steps of a re-integration trajectory (RIT) once it was requested, in both regimes.
// Sources (domain.md section 4): union and law-firm summaries of the KB of 11 Sept 2022, not yet
// re-checked against the 2025 decree. Counted in calendar days from the step before.
import { addDays, addMonths } from '../dates';
import { firstCompletion } from './plan-helpers';
import type { MilestoneRule, PlannedMilestone, RuleContext } from './types';

export const BE_RIT = {
  /** Assessment by the occupational doctor (decision A, B or C) within 49 days of the request. */
  assessmentDays: 49,
  /** Employer's re-integration plan (or reasoned report): 63 days after decision A... */
  planDaysAfterA: 63,
  /** ...and 6 months after decision B. Decision C (cannot assess now) starts no plan. */
  planMonthsAfterB: 6,
  /** The employee answers the plan within 14 days of receiving it. */
  replyDays: 14,
  /** Appeal against decision B within 21 days. */
  appealDays: 21,
} as const;

const SOURCE = 'KB 11 Sept 2022 (Codex welzijn op het werk, re-integratie) as summarised by unions and law firms';

const assessment: MilestoneRule = {
  id: 'be.rit_assessment',
  source: SOURCE,
  responsible: 'external',
  party: 'occupational_doctor',
  kind: 'duty',
  plan: (ctx) => {
    if (!ctx.rit) return [];
    const doneOn = ctx.rit.decision?.on ?? firstCompletion(ctx, 'be.rit_assessment');
    return [{ due: addDays(ctx.rit.requestedOn, BE_RIT.assessmentDays), windowStart: null, doneOn }];
  },
};

function planDue(ctx: RuleContext): string | null {
  const decision = ctx.rit?.decision;
  if (!decision) return null;
  if (decision.kind === 'A') return addDays(decision.on, BE_RIT.planDaysAfterA);
  if (decision.kind === 'B') return addMonths(decision.on, BE_RIT.planMonthsAfterB);
  return null;
}

const plan: MilestoneRule = {
  id: 'be.rit_plan',
  source: SOURCE,
  responsible: 'hr',
  kind: 'duty',
  plan: (ctx) => {
    const due = planDue(ctx);
    return due ? [{ due, windowStart: null, doneOn: firstCompletion(ctx, 'be.rit_plan') }] : [];
  },
};

/** Listed once the plan is recorded as delivered: the 14 days run from then. */
const planReply: MilestoneRule = {
  id: 'be.rit_plan_reply',
  source: SOURCE,
  responsible: 'employee',
  kind: 'duty',
  plan: (ctx): PlannedMilestone[] => {
    const delivered = planDue(ctx) ? firstCompletion(ctx, 'be.rit_plan') : null;
    if (!delivered) return [];
    const due = addDays(delivered, BE_RIT.replyDays);
    return [{ due, windowStart: null, doneOn: firstCompletion(ctx, 'be.rit_plan_reply') }];
  },
};

const appeal: MilestoneRule = {
  id: 'be.rit_appeal',
  source: SOURCE,
  responsible: 'employee',
  kind: 'right',
  plan: (ctx) => {
    const decision = ctx.rit?.decision;
    if (decision?.kind !== 'B') return [];
    const due = addDays(decision.on, BE_RIT.appealDays);
    return [{ due, windowStart: null, doneOn: firstCompletion(ctx, 'be.rit_appeal') }];
  },
};

export const BE_RIT_RULES: readonly MilestoneRule[] = [assessment, plan, planReply, appeal];
