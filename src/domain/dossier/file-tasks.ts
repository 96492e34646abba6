// The file's state as a task list (the GOV.UK "task list" pattern): every document the file
// needs and the employee's view on it, each with one status: complete, late, missing, awaited or
// not yet. Built from the completeness check's own findings, never a second check: each finding
// goes to the task it is about, and a task without findings is complete once its document (or
// view) is in. Steps that have no document of their own (the week-42 report...) get a task only
// when the check found them overdue or late. Pure, like the check; the workspace renders it.
import type { IsoDate, Jurisdiction } from '../case';
import type { DeadlineReport } from '../deadlines';
import { formatDay, milestoneLabel, type Locale } from '../labels';
import { DOCUMENTS_FOR_STEP, type CompletenessItem, type FileCompleteness } from './completeness';
import { DOCUMENT_SPECS, documentTypesFor, type DocumentType } from './document-types';
import { latest, type CaseDocument } from './records';
import { fileTexts } from './texts';

export const TASK_STATUSES = ['complete', 'late', 'missing', 'awaited', 'not_yet'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface FileTask {
  kind: 'document' | 'view' | 'step';
  /** The documents it is about: one, or alternatives (the BE plan or the reasoned report). */
  documentTypes: DocumentType[];
  /** The legal step it belongs to. */
  milestoneId: string | null;
  status: TaskStatus;
  /** The latest final version's date (a document), or the latest view's (a view). */
  on: IsoDate | null;
  /** Not complete yet: when its step is due, where the timeline has it open. */
  due: IsoDate | null;
  /** The check's findings about this task, in the check's order. */
  items: CompletenessItem[];
}

/** The tasks every file of the jurisdiction has, in the order of the document types. */
function skeleton(jurisdiction: Jurisdiction): FileTask[] {
  const tasks: FileTask[] = [];
  const task = (kind: FileTask['kind'], type: DocumentType, milestoneId: string): FileTask => ({ kind, documentTypes: [type], milestoneId, status: 'not_yet', on: null, due: null, items: [] });
  for (const type of documentTypesFor(jurisdiction)) {
    const spec = DOCUMENT_SPECS[type];
    // Documents that stand in for each other (either one completes the step) are one task.
    const alternative = DOCUMENTS_FOR_STEP[spec.milestone]?.any ? tasks.find((t) => t.kind === 'document' && t.milestoneId === spec.milestone) : undefined;
    if (alternative) alternative.documentTypes.push(type);
    else tasks.push(task('document', type, spec.milestone));
    if (spec.employeeView !== 'none') tasks.push(task('view', type, spec.employeeView === 'reply' ? 'be.rit_plan_reply' : spec.milestone));
  }
  return tasks;
}

const isView = (i: CompletenessItem) => i.code === 'view_missing' || i.code === 'view_awaited';

function tasksFor(item: CompletenessItem, tasks: FileTask[]): FileTask[] {
  const type = item.documentType;
  if (type) {
    const kind = isView(item) ? 'view' : 'document';
    const found = tasks.find((t) => t.kind === kind && t.documentTypes.includes(type));
    if (found) return [found];
  }
  const byStep = tasks.filter((t) => t.kind === 'document' && t.milestoneId === item.milestoneId);
  if (byStep.length > 0) return byStep;
  const step: FileTask = { kind: 'step', documentTypes: [], milestoneId: item.milestoneId, status: 'not_yet', on: null, due: null, items: [] };
  tasks.push(step);
  return [step];
}

function findingStatus(items: readonly CompletenessItem[]): TaskStatus | null {
  const missing = (i: CompletenessItem) =>
    i.code === 'step_overdue' || i.code === 'document_missing' || i.code === 'view_missing' || (i.code === 'evaluations_missed' && !i.doneOn);
  if (items.some(missing)) return 'missing';
  if (items.some((i) => i.code === 'step_late' || i.code === 'evaluations_missed')) return 'late';
  if (items.some((i) => i.code === 'view_awaited')) return 'awaited';
  return null;
}

const newest = (dates: Array<IsoDate | null | undefined>): IsoDate | null => dates.reduce<IsoDate | null>((a, d) => (d && (!a || d > a) ? d : a), null);

export function fileTasks(jurisdiction: Jurisdiction, report: DeadlineReport, docs: readonly CaseDocument[], check: FileCompleteness): FileTask[] {
  const tasks = skeleton(jurisdiction);
  for (const item of check.items) for (const t of tasksFor(item, tasks)) t.items.push(item);
  for (const t of tasks) {
    const own = docs.filter((d) => t.documentTypes.includes(d.type));
    t.on =
      t.kind === 'view'
        ? newest(own.flatMap((d) => [...d.views.values()].map((v) => v.givenOn)))
        : newest(own.map((d) => latest(d)?.on));
    t.status = findingStatus(t.items) ?? (t.on && t.kind !== 'step' ? 'complete' : 'not_yet');
    if (t.status !== 'complete' && t.kind === 'document') t.due = report.milestones.find((m) => m.id === t.milestoneId && !m.doneOn)?.due ?? null;
  }
  return tasks;
}

/** What the task is called: the document, the view on it, or the step. */
export function fileTaskName(task: FileTask, locale: Locale): string {
  const t = fileTexts(locale);
  const docs = task.documentTypes.map((type) => t.documents[type]).join(' / ');
  if (task.kind === 'step') return milestoneLabel(task.milestoneId ?? '', locale);
  if (task.kind === 'document') return docs;
  const reply = DOCUMENT_SPECS[task.documentTypes[0]!].employeeView === 'reply';
  return `${reply ? t.file.reply : t.file.view}: ${docs}`;
}

export function fileTaskStatusLabel(status: TaskStatus, locale: Locale): string {
  return fileTexts(locale).tasks[status];
}

/** The line under a task without findings: when its document or view came in, or when it is due. */
export function fileTaskHint(task: FileTask, locale: Locale): string | null {
  const t = fileTexts(locale).tasks;
  if (task.status === 'complete' && task.on) return task.kind === 'view' ? t.viewOn(formatDay(task.on, locale)) : t.latestOn(formatDay(task.on, locale));
  if (task.status === 'not_yet' && task.due) return t.dueBy(formatDay(task.due, locale));
  return null;
}
