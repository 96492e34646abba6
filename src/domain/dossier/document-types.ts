// The documents of a re-integration file (domain.md section 7): what each one holds, which legal
// step it belongs to, and whether the employee gives their view on it. Pure data. No field may
// ever hold a diagnosis: the doctor's advice is kept in work terms only (AP beleidsregels "De
// zieke werknemer", BWBR0037896), and every free-text field is screened before it is saved.
import type { Jurisdiction } from '../case';

export const DOCUMENT_TYPES = [
  'nl.problem_analysis',
  'nl.action_plan',
  'nl.evaluation',
  'nl.first_year_evaluation',
  'nl.current_assessment',
  'nl.final_evaluation',
  'be.rit_plan',
  'be.reasoned_report',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value);
}

/**
 * `date`, `text` (one line), `longtext`, `choice` (one of `options`), `multi` (several), and
 * `activities`: agreed activities, each with what, who and by when (Regeling procesgang art. 4).
 */
export type FieldKind = 'date' | 'text' | 'longtext' | 'choice' | 'multi' | 'activities';

export interface FieldSpec {
  id: string;
  kind: FieldKind;
  required?: boolean;
  options?: readonly string[];
  /** Asked only when the document already has a final version (an adjustment). */
  adjustmentOnly?: boolean;
}

/**
 * `view`: both parties' view is recorded (NL since 1 July 2023, Stcrt. 2023, 13931);
 * `reply`: the employee agrees or refuses with reasons (BE plan, 14 days; Codex welzijn I.4);
 * `none`: the doctor's own advice, or a report that only informs.
 */
export type EmployeeViewPolicy = 'view' | 'reply' | 'none';

export interface DocumentSpec {
  type: DocumentType;
  jurisdiction: Jurisdiction;
  /** The legal step the document belongs to: saving it marks that step done on its date. */
  milestone: string;
  employeeView: EmployeeViewPolicy;
  /** Many per case (each evaluation its own) or one, whose later versions are updates. */
  multiple: boolean;
  /** The occupational doctor's advice, received by the employer; else written by employer and employee. */
  fromDoctor: boolean;
  fields: readonly FieldSpec[];
}

/** Who carries out an agreed activity. */
export const ACTIVITY_PARTIES = ['employee', 'manager', 'hr', 'case_manager', 'occupational_doctor', 'other'] as const;
/** How many activity rows a form offers; a plan with more is adjusted with a new version. */
export const ACTIVITY_ROWS = 5;

/** Goal order as UWV gives it: own job, adapted own job, other work here, work elsewhere (second track). */
export const PLAN_GOALS = ['own_work', 'adapted_own_work', 'other_work_internal', 'work_elsewhere'] as const;
export const DURATIONS = ['weeks', 'months', 'long', 'unknown'] as const;
export const CONTACT_RHYTHMS = ['weekly', 'fortnightly', 'monthly', 'other'] as const;
export const PROGRESS = ['as_planned', 'partly', 'behind'] as const;
export const SECOND_TRACK = ['started', 'not_started'] as const;
export const FINAL_RESULTS = ['own_work', 'adapted_own_work', 'other_work_internal', 'work_elsewhere', 'no_work'] as const;
/** Belgian plan measures (Codex welzijn op het werk, Boek I, Titel 4, Hoofdstuk VI). */
export const BE_MEASURES = ['workstation', 'adapted_work', 'other_work', 'training'] as const;

const on: FieldSpec = { id: 'on', kind: 'date', required: true };
const employerView: FieldSpec = { id: 'employerView', kind: 'longtext', required: true };

/** What the doctor may pass on: capacity and limits in work terms, duration, adjustments. */
const workTermsAdvice: readonly FieldSpec[] = [
  on,
  { id: 'canDo', kind: 'longtext', required: true },
  { id: 'cannotDo', kind: 'longtext', required: true },
  { id: 'duration', kind: 'choice', required: true, options: DURATIONS },
  { id: 'adjustments', kind: 'longtext' },
  { id: 'nextReview', kind: 'date' },
];

export const DOCUMENT_SPECS: Readonly<Record<DocumentType, DocumentSpec>> = {
  'nl.problem_analysis': {
    type: 'nl.problem_analysis',
    jurisdiction: 'NL',
    milestone: 'nl.problem_analysis',
    employeeView: 'none',
    multiple: false,
    fromDoctor: true,
    fields: workTermsAdvice,
  },
  'nl.action_plan': {
    type: 'nl.action_plan',
    jurisdiction: 'NL',
    milestone: 'nl.action_plan',
    employeeView: 'view',
    multiple: false,
    fromDoctor: false,
    fields: [
      on,
      { id: 'adjustmentReason', kind: 'longtext', required: true, adjustmentOnly: true },
      { id: 'goal', kind: 'choice', required: true, options: PLAN_GOALS },
      { id: 'activities', kind: 'activities', required: true },
      { id: 'caseManager', kind: 'text', required: true },
      { id: 'contactRhythm', kind: 'choice', required: true, options: CONTACT_RHYTHMS },
      { id: 'buildup', kind: 'longtext' },
      employerView,
    ],
  },
  'nl.evaluation': {
    type: 'nl.evaluation',
    jurisdiction: 'NL',
    milestone: 'nl.evaluation',
    employeeView: 'view',
    multiple: true,
    fromDoctor: false,
    fields: [
      on,
      { id: 'progress', kind: 'choice', required: true, options: PROGRESS },
      { id: 'progressNote', kind: 'longtext', required: true },
      { id: 'changes', kind: 'longtext' },
      { id: 'nextEvaluation', kind: 'date' },
      employerView,
    ],
  },
  'nl.first_year_evaluation': {
    type: 'nl.first_year_evaluation',
    jurisdiction: 'NL',
    milestone: 'nl.first_year_evaluation',
    employeeView: 'view',
    multiple: false,
    fromDoctor: false,
    fields: [
      on,
      { id: 'lookBack', kind: 'longtext', required: true },
      { id: 'outlook', kind: 'longtext', required: true },
      { id: 'secondTrack', kind: 'choice', required: true, options: SECOND_TRACK },
      { id: 'secondTrackReason', kind: 'longtext', required: true },
      employerView,
    ],
  },
  'nl.current_assessment': {
    type: 'nl.current_assessment',
    jurisdiction: 'NL',
    milestone: 'nl.current_assessment',
    employeeView: 'none',
    multiple: false,
    fromDoctor: true,
    fields: workTermsAdvice,
  },
  'nl.final_evaluation': {
    type: 'nl.final_evaluation',
    jurisdiction: 'NL',
    milestone: 'nl.current_assessment',
    employeeView: 'view',
    multiple: false,
    fromDoctor: false,
    fields: [
      on,
      { id: 'result', kind: 'choice', required: true, options: FINAL_RESULTS },
      { id: 'summary', kind: 'longtext', required: true },
      { id: 'suitableWork', kind: 'longtext', required: true },
      employerView,
    ],
  },
  'be.rit_plan': {
    type: 'be.rit_plan',
    jurisdiction: 'BE',
    milestone: 'be.rit_plan',
    employeeView: 'reply',
    multiple: false,
    fromDoctor: false,
    fields: [
      on,
      { id: 'adjustmentReason', kind: 'longtext', required: true, adjustmentOnly: true },
      { id: 'measures', kind: 'multi', required: true, options: BE_MEASURES },
      { id: 'details', kind: 'longtext', required: true },
      { id: 'hours', kind: 'longtext' },
      { id: 'validFrom', kind: 'date', required: true },
      { id: 'validUntil', kind: 'date' },
    ],
  },
  'be.reasoned_report': {
    type: 'be.reasoned_report',
    jurisdiction: 'BE',
    milestone: 'be.rit_plan',
    employeeView: 'none',
    multiple: false,
    fromDoctor: false,
    fields: [on, { id: 'reasons', kind: 'longtext', required: true }, { id: 'considered', kind: 'longtext', required: true }],
  },
};

export function documentTypesFor(jurisdiction: Jurisdiction): DocumentType[] {
  return DOCUMENT_TYPES.filter((t) => DOCUMENT_SPECS[t].jurisdiction === jurisdiction);
}

/** The fields a form asks for: adjustment-only fields once the document has a final version. */
export function formFields(type: DocumentType, isAdjustment: boolean): FieldSpec[] {
  return DOCUMENT_SPECS[type].fields.filter((f) => isAdjustment || !f.adjustmentOnly);
}

/** The Dutch employee view (agree, in part, not) and the Belgian reply (agree, or refuse with reasons). */
export const VIEW_STANCES = ['agree', 'partly', 'disagree'] as const;
export type ViewStance = (typeof VIEW_STANCES)[number];

export function stancesFor(policy: EmployeeViewPolicy): readonly ViewStance[] {
  return policy === 'reply' ? ['agree', 'disagree'] : VIEW_STANCES;
}
