import { recordRitDecision, requestRit } from '../../../src/domain/case-events';
import { checkFileCompleteness } from '../../../src/domain/dossier';
import { addDays, aCase, ANALYSIS, contact, doc, done, evaluation, PLAN, view } from './fixtures';

// NL case from Monday 5 January 2026, no gaps: sick day n is START + n - 1.
const START = '2026-01-05';
const day = (n: number) => addDays(START, n - 1);

/** A Dutch case with arbo report, analysis (day 35), plan (day 45) and views, all on time. */
function timelyStart() {
  const c = done(aCase('NL', START), ['nl.arbo_report', day(3)], ['nl.problem_analysis', day(35)], ['nl.action_plan', day(45)]);
  const analysis = doc('nl.problem_analysis', day(35), ANALYSIS);
  const plan = doc('nl.action_plan', day(45), PLAN);
  return { c, records: [analysis, plan, view(plan, 'agree', day(47))], plan };
}

const summary = (r: ReturnType<typeof checkFileCompleteness>) => r.items.map((i) => [i.code, i.milestoneId ?? i.documentType, i.count]);

describe('checkFileCompleteness', () => {
  it('finds the overdue first step of a case nobody has touched', () => {
    const r = checkFileCompleteness(aCase('NL', START), [], day(30));
    expect(summary(r)).toEqual([['step_overdue', 'nl.arbo_report', 23]]);
    expect(r).toMatchObject({ complete: false, risks: 1 });
  });

  it('is complete when every step is on time, every document is in and every view given', () => {
    const { c, records } = timelyStart();
    const r = checkFileCompleteness(c, records, day(60));
    expect(r).toEqual({ complete: true, risks: 0, items: [] });
  });

  it.each([
    ['a step done late', () => {
      const { records } = timelyStart();
      const c = done(aCase('NL', START), ['nl.arbo_report', day(10)], ['nl.problem_analysis', day(35)], ['nl.action_plan', day(45)]);
      return { c, records };
    }, [['step_late', 'nl.arbo_report', 3]]],
    ['a step marked done without its document', () => {
      const { c, records } = timelyStart();
      return { c, records: records.filter((r) => r.data.type !== 'nl.problem_analysis') };
    }, [['document_missing', 'nl.problem_analysis', 0]]],
    ['a draft plan only (drafts do not count)', () => {
      const { c } = timelyStart();
      return { c, records: [doc('nl.problem_analysis', day(35), ANALYSIS), doc('nl.action_plan', day(45), PLAN, { status: 'draft' })] };
    }, [['document_missing', 'nl.action_plan', 0]]],
  ])('reports %s', (_label, make, expected) => {
    const { c, records } = make();
    expect(summary(checkFileCompleteness(c, records, day(60)))).toEqual(expected);
  });

  it('counts evaluations missed between evaluation moments and since the last one, in sick days', () => {
    const { c: base, records, plan } = timelyStart();
    // Plan day 45; evaluations day 85 (40 days on) and day 185 (100 days on: two missed); today day 250 (65 on: one missed).
    const c = done(base, ['nl.evaluation', day(85)], ['nl.evaluation', day(185)]);
    const e1 = doc('nl.evaluation', day(85), evaluation('Loopt'), { docId: 'e1' });
    const e2 = doc('nl.evaluation', day(185), evaluation('Loopt weer'), { docId: 'e2' });
    const all = [...records, e1, e2, view(e1, 'agree', day(86)), view(e2, 'partly', day(186))];
    const r = checkFileCompleteness(c, all, day(250));
    expect(r.items.map((i) => ({ code: i.code, count: i.count, due: i.due, doneOn: i.doneOn }))).toEqual([
      { code: 'evaluations_missed', count: 2, due: day(127), doneOn: day(185) },
      { code: 'evaluations_missed', count: 1, due: day(227), doneOn: null },
    ]);
    expect(plan.data.type).toBe('nl.action_plan');
  });

  it('lets the first-year evaluation count as an evaluation moment', () => {
    const { c: base, records } = timelyStart();
    const c = done(base, ...Array.from({ length: 7 }, (_, i) => ['nl.evaluation', day(85 + i * 40)] as [string, string]), ['nl.uwv_42_week', day(290)], ['nl.first_year_evaluation', day(350)]);
    const evals = Array.from({ length: 7 }, (_, i) => doc('nl.evaluation', day(85 + i * 40), evaluation(`Evaluatie ${i + 1}`), { docId: `e${i}` }));
    const fy = doc('nl.first_year_evaluation', day(350), { lookBack: 'Rustig opgebouwd.', outlook: 'Verder uitbreiden.', secondTrack: 'not_started', secondTrackReason: 'Terugkeer in eigen werk lukt.', employerView: 'Eens.' });
    const all = [...records, ...evals, fy, ...evals.map((e) => view(e, 'agree', e.data.on as string)), view(fy, 'agree', day(351))];
    expect(checkFileCompleteness(c, all, day(380)).items).toEqual([]);
  });

  it('waits two weeks for a view before it counts as missing', () => {
    const { c, records } = timelyStart();
    const withoutView = records.filter((r) => r.kind !== 'document_view');
    expect(summary(checkFileCompleteness(c, withoutView, day(45 + 14)))).toEqual([['view_awaited', 'nl.action_plan', 14]]);
    expect(summary(checkFileCompleteness(c, withoutView, day(45 + 15)))).toEqual([['view_missing', 'nl.action_plan', 15]]);
  });

  it('asks a view on every adjustment of the plan, and accepts one given on paper', () => {
    const { c, records, plan } = timelyStart();
    const adjusted = doc('nl.action_plan', day(70), { ...PLAN, adjustmentReason: 'Meer uren mogelijk.' });
    // Day 85: the first evaluation (due day 87) is not missed yet.
    const r1 = checkFileCompleteness(c, [...records, adjusted], day(85));
    expect(summary(r1)).toEqual([['view_missing', 'nl.action_plan', 15]]);
    expect(r1.items[0]!.versionId).toBe(adjusted.id);
    expect(plan.id).not.toBe(adjusted.id);
    const r2 = checkFileCompleteness(c, [...records, adjusted, view(adjusted, 'disagree', day(72), null, 'paper')], day(85));
    expect(r2.complete).toBe(true);
  });

  it('ignores contacts and other records', () => {
    const { c, records } = timelyStart();
    expect(checkFileCompleteness(c, [...records, contact(day(5), ['contact'])], day(60)).complete).toBe(true);
  });

  describe('Belgium', () => {
    const BE_START = '2026-02-02';
    const be = () => {
      const c = requestRit(aCase('BE', BE_START, 60), { on: '2026-03-02' });
      const decided = recordRitDecision(c, { kind: 'A', on: '2026-04-06' });
      return done(decided, ['be.medical_certificate', BE_START], ['be.reintegration_info', '2026-02-27'], ['be.work_potential_request', '2026-03-20'], ['be.quick_scan', '2026-04-10'], ['be.rit_request', '2026-03-02'], ['be.rit_assessment', '2026-04-06']);
    };

    it('expects the plan 63 days after decision A, and then the employee\'s reply', () => {
      expect(summary(checkFileCompleteness(be(), [], '2026-06-10'))).toEqual([['step_overdue', 'be.rit_plan', 2]]);
      const c = done(be(), ['be.rit_plan', '2026-06-01']);
      const plan = doc('be.rit_plan', '2026-06-01', { measures: ['adapted_work'], details: 'Halve dagen, andere taken.', hours: null, validFrom: '2026-06-08', validUntil: null });
      expect(summary(checkFileCompleteness(c, [plan], '2026-06-20'))).toEqual([['view_missing', 'be.rit_plan_reply', 19]]);
      expect(checkFileCompleteness(c, [plan, view(plan, 'agree', '2026-06-05')], '2026-06-20').complete).toBe(true);
    });

    it('takes a reasoned report in place of a plan, without a reply', () => {
      const c = done(be(), ['be.rit_plan', '2026-06-01']);
      const report = doc('be.reasoned_report', '2026-06-01', { reasons: 'Geen passend werk.', considered: 'Andere afdeling, opleiding.' });
      expect(checkFileCompleteness(c, [report], '2026-06-20').items).toEqual([]);
      expect(summary(checkFileCompleteness(c, [], '2026-06-20'))).toEqual([['document_missing', 'be.rit_plan', 0]]);
    });
  });
});
