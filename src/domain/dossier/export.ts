// The whole case as JSON, for moving a file to another system: the case, its legal timeline, every
// document version with the employee's views, every contact and the completeness check. Stable
// codes, never translated text; the README documents the schema (`herstart.case-file/1`).
// Like the file, it leaves out what is the employee's own (check-in answers, wishes list).
import type { Case, IsoDate } from '../case';
import { daysBetween } from '../dates';
import { computeDeadlines, type DeadlineOptions } from '../deadlines';
import { completenessOf, type FileCompleteness } from './completeness';
import { DOCUMENT_SPECS } from './document-types';
import type { FileNames } from './file-model';
import { legalEntries, type LegalEntry } from '../legal/entries';
import { collectDocuments, type DocumentFields, type DocumentVersion, type EmployeeView, type FileRecord } from './records';

export const EXPORT_SCHEMA = 'herstart.case-file/1';

export interface ExportPerson {
  id: string;
  name: string | null;
}

export interface ExportVersion {
  id: string;
  number: number;
  status: 'final' | 'draft';
  on: IsoDate;
  author: ExportPerson & { title: string | null };
  createdAt: string;
  fields: DocumentFields;
  employeeView: (Omit<EmployeeView, 'viewId' | 'docId' | 'versionId' | 'recordedBy'> & { id: string; recordedBy: ExportPerson }) | null;
}

export interface CaseExport {
  schema: typeof EXPORT_SCHEMA;
  exportedAt: string;
  employer: { name: string };
  case: {
    id: string;
    jurisdiction: Case['jurisdiction'];
    regime: string;
    employerSize: number;
    status: Case['status'];
    firstSickDay: IsoDate;
    closedOn: IsoDate | null;
    phase: Case['phase'];
    expectedReturn: IsoDate | null;
    sickPeriods: Case['sickPeriods'];
    maternityLeave: Case['maternityLeave'] | null;
    phaseHistory: Case['phaseHistory'];
    rit: Case['rit'] | null;
    createdAt: string;
  };
  people: { employee: ExportPerson; manager: ExportPerson };
  /** Dutch legal events (wage sanction, postponed WIA, second track...) and BE new incapacities, oldest first. */
  legalEvents: LegalEntry[];
  timeline: Array<{ id: string; kind: string; responsible: string; party: string | null; due: IsoDate; windowStart: IsoDate | null; doneOn: IsoDate | null; status: string; daysLate: number | null; source: string }>;
  documents: Array<{ id: string; type: string; milestone: string; employeeView: string; versions: ExportVersion[]; draft: ExportVersion | null }>;
  contacts: Array<Record<string, unknown> & { id: string; date: IsoDate; recordedBy: ExportPerson; createdAt: string }>;
  completeness: FileCompleteness;
}

/** Contact fields carried over as stored (all chosen from lists, or a screened note). */
const CONTACT_FIELDS = ['kind', 'mood', 'agreements', 'buildupHours', 'wishes', 'nextContact', 'flagHr', 'concern', 'notes'] as const;

export function buildCaseExport(input: { c: Case; records: readonly FileRecord[]; names: FileNames; today: IsoDate; exportedAt: string; options?: DeadlineOptions }): CaseExport {
  const { c, records, names, today } = input;
  const person = (id: string): ExportPerson => ({ id, name: names.people[id] ?? null });
  const report = computeDeadlines(c, today, input.options);
  const docs = collectDocuments(records);
  const version = (v: DocumentVersion, view: EmployeeView | undefined): ExportVersion => ({
    id: v.versionId,
    number: v.number,
    status: v.status,
    on: v.on,
    author: { ...person(v.authorId), title: v.authorTitle },
    createdAt: v.createdAt,
    fields: v.fields,
    employeeView: view
      ? { id: view.viewId, stance: view.stance, words: view.words, source: view.source, givenOn: view.givenOn, recordedBy: person(view.recordedBy), createdAt: view.createdAt }
      : null,
  });
  return {
    schema: EXPORT_SCHEMA,
    exportedAt: input.exportedAt,
    employer: { name: names.employer },
    case: {
      id: c.id,
      jurisdiction: c.jurisdiction,
      regime: report.regime,
      employerSize: c.employerSize,
      status: c.status,
      firstSickDay: report.caseStart,
      closedOn: c.closedOn ?? null,
      phase: c.phase,
      expectedReturn: c.expectedReturn ?? null,
      sickPeriods: c.sickPeriods,
      maternityLeave: c.maternityLeave ?? null,
      phaseHistory: c.phaseHistory,
      rit: c.rit ?? null,
      createdAt: c.createdAt,
    },
    people: { employee: { id: c.employeeId, name: names.employee }, manager: { id: c.managerId, name: names.manager } },
    legalEvents: legalEntries(c),
    timeline: report.milestones.map((m) => ({
      id: m.id,
      kind: m.kind,
      responsible: m.responsible,
      party: m.party,
      due: m.due,
      windowStart: m.windowStart,
      doneOn: m.kind === 'event' ? null : m.doneOn,
      status: m.status,
      daysLate: m.kind === 'duty' && m.doneOn ? Math.max(0, daysBetween(m.due, m.doneOn)) : null,
      source: m.source,
    })),
    documents: docs.map((d) => ({
      id: d.docId,
      type: d.type,
      milestone: DOCUMENT_SPECS[d.type].milestone,
      employeeView: DOCUMENT_SPECS[d.type].employeeView,
      versions: d.versions.map((v) => version(v, d.views.get(v.versionId))),
      draft: d.draft ? version(d.draft, undefined) : null,
    })),
    contacts: records
      .filter((r) => r.kind === 'outcome' && typeof r.data.date === 'string')
      .map((r) => {
        const fields: Record<string, unknown> = {};
        for (const k of CONTACT_FIELDS) fields[k] = r.data[k] ?? null;
        return { id: r.id, date: r.data.date as IsoDate, ...fields, recordedBy: person(r.createdBy), createdAt: r.createdAt };
      })
      .sort((a, b) => a.date.localeCompare(b.date)),
    completeness: completenessOf(c, report, docs, today),
  };
}
