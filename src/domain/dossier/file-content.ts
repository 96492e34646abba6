// The case file's content: a pure function from the case, its records and the rule pack (through
// the deadline engine) to the file's sections, in the order the law asks for.
// - NL: UWV's re-integratieverslag (Regeling procesgang art. 6; Beleidsregels vorm- en
//   herkenbaarheidsvereisten, BWBR0015184): administrative data, problem analysis, plan of action
//   and its adjustments, evaluations, first-year evaluation, current assessment and final
//   evaluation, the employee's view on all of it. The contact log sits with the evaluations.
// - BE: the re-integration trajectory's own order (Codex welzijn op het werk, Boek I, Titel 4):
//   request, assessment and decision, plan or reasoned report, the employee's reply, appeal.
// Never anything medical: documents hold work terms only, and check-in answers (the employee's
// own) are not part of the file at all.
import type { Case } from '../case';
import { computeDeadlines, type DeadlineOptions, type DeadlineReport } from '../deadlines';
import { formatDay, type Locale } from '../labels';
import { completenessOf } from './completeness';
import type { DocumentType } from './document-types';
import { completenessBlocks, contactBlocks, coverBlocks, documentBlocks, legalEventBlocks, noneYet, timelineBlocks, viewsTable } from './file-blocks';
import type { CaseFile, FileBlock, FileMoment, FileNames, FileSection } from './file-model';
import { collectDocuments, latest, type CaseDocument, type FileRecord } from './records';
import { fileTexts } from './texts';

export interface CaseFileInput {
  c: Case;
  /** The case's records; kinds other than documents, views and contacts are ignored. */
  records: readonly FileRecord[];
  names: FileNames;
  moment: FileMoment;
  locale: Locale;
  options?: DeadlineOptions;
}

interface Parts {
  input: CaseFileInput;
  report: DeadlineReport;
  docs: CaseDocument[];
}

export function buildCaseFile(input: CaseFileInput): CaseFile {
  const { c, records, moment, locale } = input;
  const t = fileTexts(locale).file;
  const report = computeDeadlines(c, moment.today, input.options);
  const docs = collectDocuments(records);
  const completeness = completenessOf(c, report, docs, moment.today);
  const parts: Parts = { input, report, docs };
  const plan = docs.find((d) => d.type === 'nl.action_plan');
  const caseManager = plan ? ((latest(plan)?.fields.caseManager as string | undefined) ?? null) : null;
  const head: FileSection[] = [
    { id: 'cover', title: t.cover, blocks: coverBlocks(c, report, input.names, caseManager, locale) },
    { id: 'completeness', title: t.completeness, blocks: completenessBlocks(completeness, locale) },
    { id: 'timeline', title: t.timeline, blocks: [...timelineBlocks(report, locale), ...legalEventBlocks(c, locale)] },
  ];
  return {
    locale,
    jurisdiction: c.jurisdiction,
    title: c.jurisdiction === 'NL' ? t.titleNl : t.title,
    subtitle: `${input.names.employee} · ${t.firstSickDay.toLowerCase()} ${formatDay(report.caseStart, locale)}`,
    generated: t.generated(moment.generatedAt),
    completeness,
    sections: [...head, ...(c.jurisdiction === 'NL' ? dutchSections(parts) : belgianSections(parts))],
  };
}

function ofType(docs: readonly CaseDocument[], ...types: DocumentType[]): CaseDocument[] {
  return docs.filter((d) => types.includes(d.type) && (d.versions.length > 0 || d.draft));
}

function docsOrNone(docs: CaseDocument[], parts: Parts, heading?: (d: CaseDocument, i: number) => string): FileBlock[] {
  const { names, locale } = parts.input;
  if (docs.length === 0) return noneYet(locale);
  return docs.flatMap((d, i) => documentBlocks(d, names, locale, heading?.(d, i)));
}

function dutchSections(parts: Parts): FileSection[] {
  const { docs, input } = parts;
  const { locale, records } = input;
  const t = fileTexts(locale).file;
  const evaluations = ofType(docs, 'nl.evaluation');
  return [
    { id: 'problem_analysis', title: t.problemAnalysis, blocks: docsOrNone(ofType(docs, 'nl.problem_analysis'), parts) },
    { id: 'action_plan', title: t.actionPlan, blocks: docsOrNone(ofType(docs, 'nl.action_plan'), parts) },
    {
      id: 'evaluations',
      title: t.evaluations,
      blocks: docsOrNone(evaluations, parts, (d, i) => t.evaluationN(i + 1, formatDay((d.versions[0] ?? d.draft)!.on, locale))),
    },
    { id: 'contacts', title: t.contactLog, blocks: contactBlocks(records, locale) },
    { id: 'first_year', title: t.firstYear, blocks: docsOrNone(ofType(docs, 'nl.first_year_evaluation'), parts) },
    { id: 'final', title: t.finalEvaluation, blocks: docsOrNone(ofType(docs, 'nl.current_assessment', 'nl.final_evaluation'), parts) },
    { id: 'views', title: t.views, blocks: viewsTable(docs, locale) },
  ];
}

function belgianSections(parts: Parts): FileSection[] {
  const { docs, input, report } = parts;
  const { c, locale, records } = input;
  const t = fileTexts(locale).file;
  const day = (d: string) => formatDay(d, locale);
  const rit = c.rit && c.rit.requestedOn >= report.caseStart ? c.rit : null;
  const request: FileBlock[] = rit ? [{ type: 'facts', rows: [{ label: t.requestedOn, value: day(rit.requestedOn) }] }] : [{ type: 'paragraph', text: t.noRit, tone: 'muted' }];
  const decision = rit?.decision ?? null;
  const assessment: FileBlock[] = decision
    ? [{ type: 'facts', rows: [{ label: t.decision, value: t.decisions[decision.kind] }, { label: t.decidedOn, value: day(decision.on) }] }]
    : [{ type: 'paragraph', text: rit ? t.noDecision : t.noRit, tone: 'muted' }];
  const plans = ofType(docs, 'be.rit_plan', 'be.reasoned_report');
  const replies = plans.filter((d) => d.type === 'be.rit_plan');
  return [
    { id: 'rit_request', title: t.ritRequest, blocks: request },
    { id: 'rit_assessment', title: t.ritAssessment, blocks: assessment },
    { id: 'rit_plan', title: t.ritPlan, blocks: docsOrNone(plans, parts) },
    { id: 'rit_reply', title: t.ritReply, blocks: replies.length ? viewsTable(replies, locale) : noneYet(locale) },
    { id: 'rit_appeal', title: t.ritAppeal, blocks: appealBlocks(report, locale) },
    { id: 'contacts', title: t.contactLog, blocks: contactBlocks(records, locale) },
  ];
}

function appealBlocks(report: DeadlineReport, locale: Locale): FileBlock[] {
  const t = fileTexts(locale).file;
  const appeal = report.milestones.find((m) => m.id === 'be.rit_appeal');
  const day = (d: string) => formatDay(d, locale);
  if (!appeal) return [{ type: 'paragraph', text: t.appealNone, tone: 'muted' }];
  if (appeal.doneOn) return [{ type: 'paragraph', text: t.appealDone(day(appeal.doneOn)) }];
  if (appeal.status === 'overdue') return [{ type: 'paragraph', text: t.appealLapsed(day(appeal.due)), tone: 'muted' }];
  return [{ type: 'paragraph', text: t.appealOpen(day(appeal.due)) }];
}
