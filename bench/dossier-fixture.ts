// A full two-year Dutch case for the case-file benchmark: 104 weeks off sick, 100 recorded
// conversations, the analysis, a plan with two adjustments, 20 evaluations, the first-year and
// final evaluations and the current assessment, each with the employee's view. Built with the
// domain's own operations and records shaped as the chat saves them.
import type { Case } from '../src/domain/case';
import { completeMilestone, openCase } from '../src/domain/case-events';
import { addDays } from '../src/domain/dates';
import type { DocumentFields, FileNames, FileRecord } from '../src/domain/dossier';

const START = '2024-01-08';
const day = (n: number) => addDays(START, n - 1);

const NOTE = [
  'We spraken over de opbouw van de uren en wat er in het team speelt. ',
  'Ze wil eerst de lopende klus afmaken, met Joris als vast aanspreekpunt. ',
  'Volgende week bellen we weer; dan kijken we of een extra ochtend haalbaar is. ',
  'Het team weet alleen dat ze rustig opbouwt; meer vertelt ze zelf als ze dat wil. ',
];

function text(length: number, seed: number): string {
  let s = '';
  for (let i = seed; s.length < length; i++) s += NOTE[i % NOTE.length];
  return s.slice(0, length).trim();
}

export function twoYearCase(): { c: Case; records: FileRecord[]; names: FileNames; today: string } {
  let seq = 0;
  const records: FileRecord[] = [];
  const at = (date: string) => `${date}T10:00:${String(seq % 60).padStart(2, '0')}.${String(seq % 1000).padStart(3, '0')}Z`;
  const add = (kind: string, date: string, data: Record<string, unknown>, by = 'p-manager'): FileRecord => {
    const r: FileRecord = { id: `r${String(++seq).padStart(5, '0')}`, kind, createdAt: at(date), createdBy: by, data };
    records.push(r);
    return r;
  };
  const doc = (type: string, on: string, fields: DocumentFields, docId = type) => {
    const r = add('document', on, { docId, type, status: 'final', on, fields, authorTitle: 'Teamleider klantenservice' });
    add('document_view', addDays(on, 2), { docId, versionId: r.id, stance: seq % 3 === 0 ? 'partly' : 'agree', words: seq % 2 ? text(220, seq) : null, source: 'chat', givenOn: addDays(on, 2) }, 'p-employee');
    return r;
  };

  let c = openCase({ id: 'case-bench', tenantId: 't', employeeId: 'p-employee', managerId: 'p-manager', jurisdiction: 'NL', employerSize: 250, firstSickDay: START, createdAt: `${START}T08:00:00Z` });
  const done = (id: string, on: string) => (c = completeMilestone(c, { id, on }));

  for (let i = 0; i < 100; i++) {
    const date = day(2 + i * 7);
    add('outcome', date, { date, kind: ['call', 'video', 'in_person', 'message'][i % 4], mood: 'mixed', agreements: i % 3 ? ['contact', 'hours'] : ['buildup'], buildupHours: i % 5 ? null : 8 + (i % 20), wishes: [], nextContact: day(9 + i * 7), flagHr: false, concern: null, notes: text(160 + (i % 5) * 60, i) });
  }
  done('nl.arbo_report', day(4));
  const advice = { canDo: text(300, 1), cannotDo: text(260, 2), duration: 'long', adjustments: text(200, 3), nextReview: day(90) };
  add('document', day(36), { docId: 'nl.problem_analysis', type: 'nl.problem_analysis', status: 'final', on: day(36), fields: advice, authorTitle: 'HR-adviseur' });
  done('nl.problem_analysis', day(36));
  const activities = Array.from({ length: 5 }, (_, i) => ({ what: text(90, i), who: ['employee', 'manager', 'hr', 'case_manager', 'occupational_doctor'][i]!, by: day(60 + i * 14) }));
  const plan = { goal: 'adapted_own_work', activities, caseManager: 'Petra Visser', contactRhythm: 'weekly', buildup: text(300, 4), employerView: text(400, 5) };
  doc('nl.action_plan', day(48), plan);
  done('nl.action_plan', day(48));
  doc('nl.action_plan', day(200), { ...plan, adjustmentReason: text(250, 6), goal: 'other_work_internal' });
  doc('nl.action_plan', day(420), { ...plan, adjustmentReason: text(250, 7), goal: 'work_elsewhere' });
  for (let i = 0; i < 20; i++) {
    const on = day(80 + i * 30 + (i > 9 ? 10 : 0));
    doc('nl.evaluation', on, { progress: ['as_planned', 'partly', 'behind'][i % 3]!, progressNote: text(500, i), changes: text(300, i + 1), nextEvaluation: addDays(on, 30), employerView: text(300, i + 2) }, `eval-${i}`);
    done('nl.evaluation', on);
  }
  done('nl.uwv_42_week', day(295));
  doc('nl.first_year_evaluation', day(355), { lookBack: text(800, 1), outlook: text(600, 2), secondTrack: 'started', secondTrackReason: text(400, 3), employerView: text(400, 4) });
  done('nl.first_year_evaluation', day(355));
  add('document', day(633), { docId: 'nl.current_assessment', type: 'nl.current_assessment', status: 'final', on: day(633), fields: advice, authorTitle: 'HR-adviseur' });
  doc('nl.final_evaluation', day(636), { result: 'work_elsewhere', summary: text(900, 5), suitableWork: text(400, 6), employerView: text(400, 7) });
  done('nl.current_assessment', day(633));
  const names: FileNames = { employer: 'Zorggroep De Linde B.V.', employee: 'Zoë Yılmaz-Çelik', manager: 'Marleen de Vries', people: { 'p-manager': 'Marleen de Vries', 'p-employee': 'Zoë Yılmaz-Çelik' } };
  return { c, records, names, today: day(728) };
}
