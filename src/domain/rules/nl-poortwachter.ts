// Netherlands: Wet verbetering poortwachter. Day 1 is the first sick day, "within week n" means
// by day 7n, and day numbers count sick days only (samentellen, art. 7:629 lid 10 BW).
import { addDays } from '../dates';
import { workingDayOnOrAfter } from '../working-days';
import { NL_LEGAL_RULES } from './nl-legal';
import { NL_PAY, NL_PAY_SOURCES, payEnd, postponedApplication } from './nl-pay-end';
import { firstCompletion, onSickDay } from './plan-helpers';
import type { MilestoneRule, PlannedMilestone, RuleContext, RulePack } from './types';

export const NL = {
  /** Periods less than 4 weeks apart are one case (art. 7:629 lid 10 BW). */
  chainGapDays: 28,
  /** Probleemanalyse by the bedrijfsarts by the end of week 6 (Regeling procesgang art. 2, BWBR0013540). */
  problemAnalysisDay: 42,
  /** Plan van aanpak within 2 weeks of the probleemanalyse, at the latest week 8 (UWV; arboportaal.nl). */
  actionPlanDaysAfterAnalysis: 14,
  actionPlanLatestDay: 56,
  /** Evaluate the plan at least every 6 weeks (UWV). */
  evaluationIntervalDays: 42,
  /** Report to UWV on the first working day after sick week 42 (uwv.nl werkgevers). */
  uwv42WeekDay: 295,
  /** Eerstejaarsevaluatie between week 46 and week 52 (sazas.nl; UWV). */
  firstYearEvaluationFromDay: 316,
  firstYearEvaluationDueDay: 364,
  /** UWV's letter about the WIA application after 88 weeks (uwv.nl; older texts say 87 or 89). */
  wiaLetterDay: 617,
  /** Actueel oordeel and final evaluation around week 91 (poortwachtersloket.nl). */
  currentAssessmentFromDay: 631,
  currentAssessmentDueDay: 637,
  /** WIA application with re-integratieverslag by the end of week 93 (art. 64 lid 3 WIA; uwv.nl). */
  wiaApplicationDay: 651,
  /** Last day of the 104 weeks of wage continuation (uwv.nl). */
  waitingPeriodEndDay: NL_PAY.waitingPeriodEndDay,
} as const;

// Sources as domain.md gives them (section 3).
const SRC = {
  arbo: 'Regeling procesgang art. 2; praktijkgidsarbeidsrecht.nl (no statutory day: week 1 in practice)',
  analysis: 'Regeling procesgang art. 2 (BWBR0013540)',
  plan: 'UWV "Creating an action plan"; arboportaal.nl',
  evaluation: 'UWV (evaluate the plan at least every 42 days)',
  report42: 'uwv.nl werkgevers (first working day after sick week 42)',
  firstYear: 'sazas.nl; UWV',
  wiaLetter: 'uwv.nl (after 88 weeks)',
  assessment: 'poortwachtersloket.nl (week 91)',
  wia: 'art. 64 lid 3 WIA; uwv.nl',
  end: 'uwv.nl (104 weeks of wage continuation)',
};

const arboReport: MilestoneRule = {
  id: 'nl.arbo_report',
  source: SRC.arbo,
  responsible: 'hr',
  kind: 'duty',
  plan: (ctx) => onSickDay(ctx, 'nl.arbo_report', ctx.settings.nlArboReportDay),
};

const problemAnalysis: MilestoneRule = {
  id: 'nl.problem_analysis',
  source: SRC.analysis,
  responsible: 'external',
  party: 'occupational_doctor',
  kind: 'duty',
  plan: (ctx) => onSickDay(ctx, 'nl.problem_analysis', NL.problemAnalysisDay),
};

/** Sick day the plan of approach is due: 14 days after an early analysis, never after day 56. */
function actionPlanDay(ctx: RuleContext): number {
  const analysis = firstCompletion(ctx, 'nl.problem_analysis');
  if (!analysis) return NL.actionPlanLatestDay;
  return Math.min(ctx.clock.daysUpTo(analysis) + NL.actionPlanDaysAfterAnalysis, NL.actionPlanLatestDay);
}

const actionPlan: MilestoneRule = {
  id: 'nl.action_plan',
  source: SRC.plan,
  responsible: 'manager',
  kind: 'duty',
  plan: (ctx) => onSickDay(ctx, 'nl.action_plan', actionPlanDay(ctx)),
};

/**
 * Evaluations recur at most 42 sick days apart, counted from the plan of approach (its completion,
 * or its due date while it is not done) and then from the last recorded evaluation. A first-year
 * evaluation is an evaluation of the plan too, so it restarts the count. Every recorded evaluation
 * is listed as done; the next one is listed while it falls within the 104 weeks and the case.
 */
function planEvaluations(ctx: RuleContext): PlannedMilestone[] {
  const planDone = firstCompletion(ctx, 'nl.action_plan');
  const planDue = ctx.clock.projectedDateOfDay(actionPlanDay(ctx));
  let anchor = planDone ?? planDue;
  const restarts = [...ctx.completions('nl.first_year_evaluation')];
  const nextDay = (from: string) => ctx.clock.daysUpTo(from) + NL.evaluationIntervalDays;
  const out: PlannedMilestone[] = [];
  for (const done of ctx.completions('nl.evaluation')) {
    for (const r of restarts.filter((r) => r <= done && r > anchor)) anchor = r;
    out.push({ due: ctx.clock.projectedDateOfDay(nextDay(anchor)), windowStart: null, doneOn: done });
    if (done > anchor) anchor = done;
  }
  for (const r of restarts) if (r > anchor) anchor = r;
  const day = nextDay(anchor);
  const due = ctx.clock.dateOfDay(day);
  // Evaluations go on while wage payment lasts, also when a sanction or postponement extends it.
  if (due && (day <= NL.waitingPeriodEndDay || due <= payEnd(ctx).due)) out.push({ due, windowStart: null, doneOn: null });
  return out;
}

const evaluation: MilestoneRule = {
  id: 'nl.evaluation',
  source: SRC.evaluation,
  responsible: 'manager',
  kind: 'duty',
  repeats: true,
  plan: planEvaluations,
};

const uwv42Week: MilestoneRule = {
  id: 'nl.uwv_42_week',
  source: SRC.report42,
  responsible: 'hr',
  kind: 'duty',
  // A safety-net case was reported to UWV long before (nl.safety_net_report): no 42nd-week
  // report then (uwv.nl "42 weken ziek? Melden bij UWV": not for employees with a Ziektewet benefit).
  // The first working day counts legal terms: Algemene termijnenwet holidays and the organisation's days off.
  plan: (ctx) =>
    ctx.legal.safetyNet
      ? []
      : onSickDay(ctx, 'nl.uwv_42_week', NL.uwv42WeekDay).map((m) => ({
          ...m,
          due: workingDayOnOrAfter(m.due, { jurisdiction: 'NL', kind: 'terms', daysOff: ctx.settings.daysOff }),
        })),
};

const firstYearEvaluation: MilestoneRule = {
  id: 'nl.first_year_evaluation',
  source: SRC.firstYear,
  responsible: 'manager',
  kind: 'duty',
  plan: (ctx) =>
    onSickDay(ctx, 'nl.first_year_evaluation', NL.firstYearEvaluationDueDay, NL.firstYearEvaluationFromDay),
};

const wiaLetter: MilestoneRule = {
  id: 'nl.uwv_wia_letter',
  source: SRC.wiaLetter,
  responsible: 'external',
  party: 'uwv',
  kind: 'event',
  plan: (ctx) => onSickDay(ctx, 'nl.uwv_wia_letter', NL.wiaLetterDay),
};

/** After a postponement the step before the application moves with it: two weeks before. */
const currentAssessment: MilestoneRule = {
  id: 'nl.current_assessment',
  source: SRC.assessment,
  responsible: 'external',
  party: 'occupational_doctor',
  kind: 'duty',
  plan: (ctx) => {
    const application = postponedApplication(ctx);
    return onSickDay(ctx, 'nl.current_assessment', NL.currentAssessmentDueDay, NL.currentAssessmentFromDay).map((m) =>
      application
        ? {
            ...m,
            due: addDays(application, -NL_PAY.currentAssessmentDaysBeforeApplication),
            windowStart: addDays(application, -NL_PAY.currentAssessmentWindowDays),
            source: `${SRC.assessment}; moved with the postponed WIA application (${NL_PAY_SOURCES.postponement})`,
          }
        : m,
    );
  },
};

const wiaApplication: MilestoneRule = {
  id: 'nl.wia_application',
  source: SRC.wia,
  // The employee applies; the employer supplies the re-integratieverslag. Reminders go to the
  // employee and, through the `hr` escalation path, to HR.
  responsible: 'employee',
  kind: 'duty',
  plan: (ctx) => {
    const postponed = postponedApplication(ctx);
    return onSickDay(ctx, 'nl.wia_application', NL.wiaApplicationDay).map((m) =>
      postponed ? { ...m, due: postponed, source: NL_PAY_SOURCES.application } : m,
    );
  },
};

/** The end of wage payment: day 728, or later after a postponement or a wage sanction. */
const waitingPeriodEnd: MilestoneRule = {
  id: 'nl.waiting_period_end',
  source: SRC.end,
  responsible: 'hr',
  kind: 'event',
  plan: (ctx) => {
    const end = payEnd(ctx);
    return onSickDay(ctx, 'nl.waiting_period_end', NL.waitingPeriodEndDay).map((m) =>
      end.source ? { ...m, due: end.due, source: end.source } : m,
    );
  },
};

export const NL_POORTWACHTER: RulePack = {
  regime: 'nl.poortwachter',
  jurisdiction: 'NL',
  chainGapDays: () => NL.chainGapDays,
  ritPossibleFrom: () => null,
  rules: [
    arboReport,
    problemAnalysis,
    actionPlan,
    evaluation,
    uwv42Week,
    firstYearEvaluation,
    wiaLetter,
    currentAssessment,
    wiaApplication,
    waitingPeriodEnd,
    ...NL_LEGAL_RULES,
  ],
};
