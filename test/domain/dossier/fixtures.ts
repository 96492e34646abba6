// Cases and records for the file's tests: built with the domain's own operations, as the chat
// would leave them.
import type { Case, IsoDate, Jurisdiction } from '../../../src/domain/case';
import { completeMilestone, openCase } from '../../../src/domain/case-events';
import { addDays } from '../../../src/domain/dates';
import type { DocumentFields, FileRecord } from '../../../src/domain/dossier';

let seq = 0;
const nextId = (prefix: string) => `${prefix}-${String(++seq).padStart(5, '0')}`;

export function aCase(jurisdiction: Jurisdiction, firstSickDay: IsoDate, employerSize = 120): Case {
  return openCase({
    id: 'case-1',
    tenantId: 't-1',
    employeeId: 'p-employee',
    managerId: 'p-manager',
    jurisdiction,
    employerSize,
    firstSickDay,
    createdAt: `${firstSickDay}T08:00:00.000Z`,
  });
}

export function done(c: Case, ...steps: Array<[string, IsoDate]>): Case {
  return steps.reduce((acc, [id, on]) => completeMilestone(acc, { id, on }), c);
}

export function doc(
  type: string,
  on: IsoDate,
  fields: DocumentFields,
  opts: { docId?: string; status?: 'draft' | 'final'; savedOn?: IsoDate; by?: string; title?: string } = {},
): FileRecord {
  return {
    id: nextId('r'),
    kind: 'document',
    createdAt: `${opts.savedOn ?? on}T10:00:00.${String(seq).padStart(3, '0')}Z`,
    createdBy: opts.by ?? 'p-manager',
    data: { docId: opts.docId ?? type, type, status: opts.status ?? 'final', on, fields, authorTitle: opts.title ?? 'Teamleider' },
  };
}

export function view(of: FileRecord, stance: 'agree' | 'partly' | 'disagree', givenOn: IsoDate, words: string | null = null, source: 'chat' | 'paper' = 'chat'): FileRecord {
  return {
    id: nextId('v'),
    kind: 'document_view',
    createdAt: `${givenOn}T12:00:00.000Z`,
    createdBy: source === 'chat' ? 'p-employee' : 'p-manager',
    data: { docId: of.data.docId, versionId: of.id, stance, words, source, givenOn },
  };
}

export function contact(date: IsoDate, agreements: string[], notes: string | null = null, extra: Record<string, unknown> = {}): FileRecord {
  return {
    id: nextId('o'),
    kind: 'outcome',
    createdAt: `${date}T15:00:00.000Z`,
    createdBy: 'p-manager',
    data: { date, kind: 'call', mood: 'good', agreements, buildupHours: null, wishes: [], nextContact: null, flagHr: false, concern: null, notes, ...extra },
  };
}

export const ANALYSIS: DocumentFields = {
  canDo: 'Halve dagen licht administratief werk, zelf het tempo bepalen.',
  cannotDo: 'Geen klantcontact aan de balie, niet tillen boven 10 kilo.',
  duration: 'months',
  adjustments: 'Rustige werkplek, vaste pauzes.',
  nextReview: null,
};

export const PLAN: DocumentFields = {
  goal: 'adapted_own_work',
  activities: [
    { what: 'Werkplek bij het raam inrichten', who: 'manager', by: null },
    { what: 'Opbouwschema met de bedrijfsarts bespreken', who: 'employee', by: null },
  ],
  caseManager: 'Petra Visser',
  contactRhythm: 'weekly',
  buildup: 'Week 1-2: 3 x 4 uur; week 3-4: 4 x 4 uur.',
  employerView: 'We willen rustig opbouwen en elke week bijsturen.',
};

export function evaluation(note: string): DocumentFields {
  return { progress: 'as_planned', progressNote: note, changes: null, nextEvaluation: null, employerView: 'Goed op weg.' };
}

export { addDays };
