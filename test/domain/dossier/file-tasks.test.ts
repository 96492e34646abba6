import { recordRitDecision, requestRit } from '../../../src/domain/case-events';
import type { Case, IsoDate } from '../../../src/domain/case';
import { computeDeadlines } from '../../../src/domain/deadlines';
import { collectDocuments, completenessOf, fileTaskHint, fileTaskName, fileTasks, type FileRecord } from '../../../src/domain/dossier';
import { addDays, aCase, ANALYSIS, doc, done, evaluation, PLAN, view } from './fixtures';

const START = '2026-01-05';
const day = (n: number) => addDays(START, n - 1);

/** The tasks as [name, status], in English, the way the case page lists them. */
function tasks(c: Case, records: FileRecord[], today: IsoDate) {
  const report = computeDeadlines(c, today);
  const docs = collectDocuments(records);
  return fileTasks(c.jurisdiction, report, docs, completenessOf(c, report, docs, today));
}
const shown = (list: ReturnType<typeof tasks>) => list.map((t) => [fileTaskName(t, 'en'), t.status]);

function timelyStart() {
  const c = done(aCase('NL', START), ['nl.arbo_report', day(3)], ['nl.problem_analysis', day(35)], ['nl.action_plan', day(45)]);
  const plan = doc('nl.action_plan', day(45), PLAN);
  return { c, plan, records: [doc('nl.problem_analysis', day(35), ANALYSIS), plan, view(plan, 'agree', day(47))] };
}

describe('fileTasks (the file as a task list)', () => {
  it('lists every document of a Dutch file and the view on it, done ones complete and the rest not due yet', () => {
    const { c, records } = timelyStart();
    const list = tasks(c, records, day(60));
    expect(shown(list)).toEqual([
      ["Problem analysis (occupational doctor's advice)", 'complete'],
      ['Plan of action', 'complete'],
      ["Employee's view: Plan of action", 'complete'],
      ['Review of the plan of action', 'not_yet'],
      ["Employee's view: Review of the plan of action", 'not_yet'],
      ['First-year review', 'not_yet'],
      ["Employee's view: First-year review", 'not_yet'],
      ["Occupational doctor's up-to-date assessment", 'not_yet'],
      ['Final review', 'not_yet'],
      ["Employee's view: Final review", 'not_yet'],
    ]);
    expect(list.map((t) => fileTaskHint(t, 'en'))).toEqual([
      'Latest version of Sun 8 Feb 2026.',
      'Latest version of Wed 18 Feb 2026.',
      'Last given on Fri 20 Feb 2026.',
      'Due by Wed 1 Apr 2026.',
      null,
      expect.stringMatching(/^Due by /),
      null,
      expect.stringMatching(/^Due by /),
      expect.stringMatching(/^Due by /),
      null,
    ]);
  });

  it('puts each finding of the check with its task: an overdue step without a document of its own gets a task', () => {
    const list = tasks(aCase('NL', START), [], day(30));
    expect(shown(list).filter(([, s]) => s !== 'not_yet')).toEqual([['Report the absence to the occupational health service', 'missing']]);
    expect(list.at(-1)!.items.map((i) => i.code)).toEqual(['step_overdue']);
  });

  it.each<[string, () => { c: Case; records: FileRecord[] }, IsoDate, Array<[string, string]>]>([
    ['steps done late', () => ({ ...timelyStart(), c: done(aCase('NL', START), ['nl.arbo_report', day(3)], ['nl.problem_analysis', day(50)], ['nl.action_plan', day(60)]) }), day(60),
      [["Problem analysis (occupational doctor's advice)", 'late'], ['Plan of action', 'late']]],
    ['a step marked done without its document', () => { const s = timelyStart(); return { ...s, records: s.records.filter((r) => r.data.type !== 'nl.problem_analysis') }; }, day(60),
      [["Problem analysis (occupational doctor's advice)", 'missing']]],
    ['a view asked and not in yet', () => { const s = timelyStart(); return { ...s, records: s.records.filter((r) => r.kind !== 'document_view') }; }, day(50),
      [["Employee's view: Plan of action", 'awaited']]],
    ['a view missing', () => { const s = timelyStart(); return { ...s, records: s.records.filter((r) => r.kind !== 'document_view') }; }, day(80),
      [["Employee's view: Plan of action", 'missing']]],
  ])('shows %s', (_label, make, today, changed) => {
    const { c, records } = make();
    const base = new Map(shown(tasks(timelyStart().c, timelyStart().records, today)).map(([n, s]) => [n, s]));
    const now = shown(tasks(c, records, today)).filter(([n, s]) => base.get(n) !== s);
    expect(now).toEqual(changed);
  });

  it('calls the evaluations late for a gap that was closed, and missing while one is open', () => {
    const { c: base, records } = timelyStart();
    const c = done(base, ['nl.evaluation', day(185)]);
    const e = doc('nl.evaluation', day(185), evaluation('Loopt weer'), { docId: 'e1' });
    const all = [...records, e, view(e, 'agree', day(186))];
    const status = (today: IsoDate) => tasks(c, all, today).find((t) => t.kind === 'document' && t.documentTypes[0] === 'nl.evaluation')!.status;
    expect(status(day(200))).toBe('late');
    expect(status(day(250))).toBe('missing');
  });

  it('marks both the current assessment and the final evaluation missing when their step is overdue', () => {
    const { c, records } = timelyStart();
    const list = tasks(c, records, day(700));
    for (const name of ["Occupational doctor's up-to-date assessment", 'Final review']) expect(shown(list)).toContainEqual([name, 'missing']);
  });

  it('takes the Belgian plan and the reasoned report as one task, then the reply', () => {
    const c0 = recordRitDecision(requestRit(aCase('BE', '2026-02-02', 60), { on: '2026-03-02' }), { kind: 'A', on: '2026-04-06' });
    const c = done(c0, ['be.medical_certificate', '2026-02-02'], ['be.reintegration_info', '2026-02-27'], ['be.work_potential_request', '2026-03-20'], ['be.quick_scan', '2026-04-10'], ['be.rit_request', '2026-03-02'], ['be.rit_assessment', '2026-04-06'], ['be.rit_plan', '2026-06-01']);
    const report = doc('be.reasoned_report', '2026-06-01', { reasons: 'Geen passend werk.', considered: 'Andere afdeling.' });
    expect(shown(tasks(c, [report], '2026-06-20'))).toEqual([
      ['Re-integration plan / Reasoned report (no plan possible)', 'complete'],
      ["Employee's reply: Re-integration plan", 'not_yet'],
    ]);
    const plan = doc('be.rit_plan', '2026-06-01', { measures: ['adapted_work'], details: 'Halve dagen.', hours: null, validFrom: '2026-06-08', validUntil: null });
    expect(shown(tasks(c, [plan], '2026-06-20'))).toEqual([
      ['Re-integration plan / Reasoned report (no plan possible)', 'complete'],
      ["Employee's reply: Re-integration plan", 'missing'],
    ]);
  });
});
