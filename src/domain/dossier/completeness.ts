// The completeness check at the top of the file: which required documents or views are missing,
// and which steps were late, so HR sees a wage-sanction risk before UWV does. Pure, so the HR
// workspace can call it too: a case, its records and a day in, a list of findings out.
//
// Generic over the deadline engine: every duty it returns that is overdue or was done late is a
// finding, whatever rule pack it came from. Two steps are checked in their own way:
// - NL evaluations recur "at least every 6 weeks" (UWV) from the plan, through every evaluation
//   and the first-year evaluation; the engine lists only the next one, so the gaps between
//   evaluation moments are counted here, in sick days, as evaluations missed.
// - The BE employee's reply is the view on the plan, checked with the views.
import type { Case, IsoDate } from '../case';
import { daysBetween } from '../dates';
import { computeDeadlines, type DeadlineOptions, type DeadlineReport } from '../deadlines';
import { NL } from '../rules/nl-poortwachter';
import { BE_RIT } from '../rules/be-rit';
import { buildSickClock } from '../sick-clock';
import { DOCUMENT_SPECS, type DocumentType } from './document-types';
import { collectDocuments, versionsAwaitingView, type CaseDocument, type FileRecord } from './records';

export type CompletenessCode =
  | 'step_overdue'
  | 'step_late'
  | 'document_missing'
  | 'evaluations_missed'
  | 'view_missing'
  | 'view_awaited';

export interface CompletenessItem {
  code: CompletenessCode;
  /** `risk`: UWV may see a shortfall (wage sanction); `attention`: a view still to collect. */
  severity: 'risk' | 'attention';
  milestoneId: string | null;
  documentType: DocumentType | null;
  docId: string | null;
  versionId: string | null;
  /** Due date of the step (or of the first evaluation missed). */
  due: IsoDate | null;
  /** When it was done (late steps), or the evaluation that ended a gap. */
  doneOn: IsoDate | null;
  /** Days late or overdue; for evaluations missed, how many. */
  count: number;
}

export interface FileCompleteness {
  complete: boolean;
  risks: number;
  items: CompletenessItem[];
}

/** Steps checked on their own below, not by the generic overdue/late rule. */
const OWN_CHECK = new Set(['nl.evaluation', 'be.rit_plan_reply']);

/** A step marked done needs these documents in the file: all of them, or one of them. */
export const DOCUMENTS_FOR_STEP: Readonly<Record<string, { all?: DocumentType[]; any?: DocumentType[] }>> = {
  'nl.problem_analysis': { all: ['nl.problem_analysis'] },
  'nl.action_plan': { all: ['nl.action_plan'] },
  'nl.first_year_evaluation': { all: ['nl.first_year_evaluation'] },
  // The RIV lists the current assessment and the final evaluation as two elements (BWBR0015184).
  'nl.current_assessment': { all: ['nl.current_assessment', 'nl.final_evaluation'] },
  'be.rit_plan': { any: ['be.rit_plan', 'be.reasoned_report'] },
};

/**
 * How long a view may be awaited before it counts as missing: the Belgian reply term of 14 days
 * (BE_RIT.replyDays), and for the Dutch view the same two weeks (a request and a reminder a week later).
 */
export const VIEW_WAIT_DAYS = BE_RIT.replyDays;

function item(code: CompletenessCode, severity: CompletenessItem['severity'], rest: Partial<CompletenessItem>): CompletenessItem {
  return { code, severity, milestoneId: null, documentType: null, docId: null, versionId: null, due: null, doneOn: null, count: 0, ...rest };
}

/** The check from a case and its records (what the HR workspace calls). */
export function checkFileCompleteness(c: Case, records: readonly FileRecord[], today: IsoDate, options?: DeadlineOptions): FileCompleteness {
  return completenessOf(c, computeDeadlines(c, today, options), collectDocuments(records), today);
}

/** The check from what the file already computed. */
export function completenessOf(c: Case, report: DeadlineReport, docs: readonly CaseDocument[], today: IsoDate): FileCompleteness {
  const items: CompletenessItem[] = [...stepFindings(report, today), ...documentFindings(report, docs)];
  if (c.jurisdiction === 'NL') items.push(...evaluationGaps(c, report, docs, today));
  items.push(...viewFindings(docs, today));
  return { complete: items.length === 0, risks: items.filter((i) => i.severity === 'risk').length, items };
}

function stepFindings(report: DeadlineReport, today: IsoDate): CompletenessItem[] {
  const out: CompletenessItem[] = [];
  for (const m of report.milestones) {
    if (m.kind !== 'duty' || OWN_CHECK.has(m.id)) continue;
    if (m.status === 'overdue') out.push(item('step_overdue', 'risk', { milestoneId: m.id, due: m.due, count: daysBetween(m.due, today) }));
    else if (m.doneOn && m.doneOn > m.due) {
      out.push(item('step_late', 'risk', { milestoneId: m.id, due: m.due, doneOn: m.doneOn, count: daysBetween(m.due, m.doneOn) }));
    }
  }
  return out;
}

function finalTypes(docs: readonly CaseDocument[]): Set<DocumentType> {
  return new Set(docs.filter((d) => d.versions.length > 0).map((d) => d.type));
}

function documentFindings(report: DeadlineReport, docs: readonly CaseDocument[]): CompletenessItem[] {
  const present = finalTypes(docs);
  const out: CompletenessItem[] = [];
  for (const m of report.milestones) {
    if (!m.doneOn || m.kind === 'event') continue;
    const need = DOCUMENTS_FOR_STEP[m.id];
    if (need?.all) {
      for (const type of need.all) if (!present.has(type)) out.push(item('document_missing', 'risk', { milestoneId: m.id, documentType: type, doneOn: m.doneOn }));
    } else if (need?.any && !need.any.some((t) => present.has(t))) {
      out.push(item('document_missing', 'risk', { milestoneId: m.id, documentType: need.any[0]!, doneOn: m.doneOn }));
    } else if (m.id === 'nl.evaluation') {
      // Every evaluation held needs its written evaluation, dated the day it was held.
      const dates = new Set(docs.filter((d) => d.type === 'nl.evaluation').flatMap((d) => d.versions.map((v) => v.on)));
      if (!dates.has(m.doneOn)) out.push(item('document_missing', 'risk', { milestoneId: m.id, documentType: 'nl.evaluation', doneOn: m.doneOn }));
    }
  }
  return out;
}

/**
 * Evaluation moments are the plan, each evaluation and the first-year evaluation; between two of
 * them at most 42 sick days may pass (UWV), and after the last one until today (within the 104
 * weeks). Each stretch longer than that counts the evaluations that were due and not held.
 */
function evaluationGaps(c: Case, report: DeadlineReport, docs: readonly CaseDocument[], today: IsoDate): CompletenessItem[] {
  const done = (id: string) => report.milestones.filter((m) => m.id === id && m.doneOn).map((m) => m.doneOn!);
  const plan = done('nl.action_plan')[0];
  if (!plan) return [];
  const held = new Set([plan, ...done('nl.evaluation'), ...done('nl.first_year_evaluation')]);
  for (const d of docs) if (d.type === 'nl.evaluation') for (const v of d.versions) if (v.on >= plan) held.add(v.on);
  const moments = [...held].filter((d) => d >= plan && d <= today).sort();
  const clock = buildSickClock(report.casePeriods, c.maternityLeave ?? null);
  const every = NL.evaluationIntervalDays;
  const out: CompletenessItem[] = [];
  const gap = (from: IsoDate, toDay: number, doneOn: IsoDate | null) => {
    const fromDay = clock.daysUpTo(from);
    const missed = Math.floor((toDay - fromDay - 1) / every);
    if (missed > 0) {
      const due = clock.projectedDateOfDay(fromDay + every);
      out.push(item('evaluations_missed', 'risk', { milestoneId: 'nl.evaluation', documentType: 'nl.evaluation', due, doneOn, count: missed }));
    }
  };
  for (let i = 1; i < moments.length; i++) gap(moments[i - 1]!, clock.daysUpTo(moments[i]!), moments[i]!);
  const last = moments[moments.length - 1]!;
  gap(last, Math.min(clock.daysUpTo(today), NL.waitingPeriodEndDay), null);
  return out;
}

function viewFindings(docs: readonly CaseDocument[], today: IsoDate): CompletenessItem[] {
  const out: CompletenessItem[] = [];
  for (const doc of docs) {
    const spec = DOCUMENT_SPECS[doc.type];
    for (const v of versionsAwaitingView(doc)) {
      const asked = v.createdAt.slice(0, 10);
      const waited = daysBetween(asked, today);
      const base = { milestoneId: spec.employeeView === 'reply' ? 'be.rit_plan_reply' : spec.milestone, documentType: doc.type, docId: doc.docId, versionId: v.versionId, doneOn: v.on, count: waited };
      out.push(waited <= VIEW_WAIT_DAYS ? item('view_awaited', 'attention', base) : item('view_missing', 'attention', base));
    }
  }
  return out;
}
