import type { MilestoneCompletion, RitState, SickPeriod } from '../../src/domain/case';
import { computeDeadlines, type MilestoneDeadline } from '../../src/domain/deadlines';

const open = (start: string): SickPeriod => ({ start, end: null, kind: 'full' });
const closed = (start: string, end: string): SickPeriod => ({ start, end, kind: 'full' });

function be(
  periods: SickPeriod[],
  employerSize: number | null,
  today: string,
  rit: RitState | null = null,
  milestonesDone: MilestoneCompletion[] = [],
) {
  return computeDeadlines({ jurisdiction: 'BE', employerSize, sickPeriods: periods, rit, milestonesDone }, today);
}

const due = (list: MilestoneDeadline[]) => Object.fromEntries(list.map((m) => [m.id, m.due]));

describe('BE, incapacity before 2026 (KB 11 Sept 2022)', () => {
  // Monday 2025-03-03; day n = 2025-03-03 + (n - 1).
  it.each([10, 60])('with %i employees', (size) => {
    const r = be([open('2025-03-03')], size, '2025-03-03');
    expect(r.regime).toBe('be.pre2026');
    expect(due(r.milestones)).toEqual({
      'be.medical_certificate': '2025-03-04', // 2 working days, Monday counting as day one
      'be.reintegration_info': '2025-03-31', // day 29
      'be.quick_scan': '2025-05-25', // day 84
    });
    expect(r.milestones.find((m) => m.id === 'be.quick_scan')!.windowStart).toBe('2025-05-05'); // day 64
    expect(r.ritPossibleFrom).toBe('2025-06-03'); // after 3 months
  });

  it('chains periods less than 14 days apart', () => {
    expect(be([closed('2025-03-03', '2025-03-31'), open('2025-04-14')], 10, '2025-04-14').caseStart).toBe('2025-03-03'); // 13 days
    expect(be([closed('2025-03-03', '2025-03-31'), open('2025-04-15')], 10, '2025-04-15').caseStart).toBe('2025-04-15'); // 14 days
  });

  it('keeps the old regime for a case that began on 31 December 2025', () => {
    expect(be([open('2025-12-31')], 60, '2026-02-01').regime).toBe('be.pre2026');
  });
});

describe('BE, incapacity from 2026 (Act of 19 Dec 2025, KB 17 Dec 2025)', () => {
  // Monday 2026-01-05; day n = 2026-01-05 + (n - 1).
  it('with 10 employees: no duty to request a trajectory', () => {
    const r = be([open('2026-01-05')], 10, '2026-01-05');
    expect(r.regime).toBe('be.2026');
    expect(due(r.milestones)).toEqual({
      'be.medical_certificate': '2026-01-06',
      'be.reintegration_info': '2026-02-02', // day 29: kept in 2026 (art. I.4-71/1 Codex)
      'be.work_potential_request': '2026-03-02', // day 57
      'be.quick_scan': '2026-03-29', // day 84
    });
    expect(r.ritPossibleFrom).toBe('2026-01-05');
  });

  it('with 60 employees: a trajectory must be requested within 6 months', () => {
    const r = be([open('2026-01-05')], 60, '2026-01-05');
    expect(due(r.milestones)).toEqual({
      'be.medical_certificate': '2026-01-06',
      'be.reintegration_info': '2026-02-02',
      'be.work_potential_request': '2026-03-02',
      'be.quick_scan': '2026-03-29',
      'be.rit_request': '2026-07-05',
    });
    expect(r.milestones.find((m) => m.id === 'be.rit_request')!.responsible).toBe('hr');
  });

  it('lists the size-dependent duty when the size is unknown, and counts 20 as large', () => {
    expect(be([open('2026-01-05')], null, '2026-01-05').milestones.some((m) => m.id === 'be.rit_request')).toBe(true);
    expect(be([open('2026-01-05')], 20, '2026-01-05').milestones.some((m) => m.id === 'be.rit_request')).toBe(true);
    expect(be([open('2026-01-05')], 19, '2026-01-05').milestones.some((m) => m.id === 'be.rit_request')).toBe(false);
  });

  it('chains a relapse within 8 weeks (same incapacity): the 6-month RIT term still runs from the first day (lexgo.be, securex.be)', () => {
    const r = be([closed('2026-01-05', '2026-01-31'), open('2026-03-28')], 60, '2026-03-28'); // 55 recovery days
    expect(r.caseStart).toBe('2026-01-05');
    expect(due(r.milestones)['be.rit_request']).toBe('2026-07-05'); // 6 calendar months from 5 January, days worked not added
    expect(be([closed('2026-01-05', '2026-01-31'), open('2026-03-29')], 60, '2026-03-29').caseStart).toBe('2026-03-29');
  });

  it('starts a new incapacity for a relapse whose certificate states a different illness (beci.be: the window is for the same illness)', () => {
    const other: SickPeriod = { start: '2026-02-10', end: null, kind: 'full', differentIllness: true };
    const r = be([closed('2026-01-05', '2026-01-31'), other], 60, '2026-02-10'); // 9 recovery days
    expect(r.caseStart).toBe('2026-02-10');
    expect(r.earlierCases).toBe(1);
    expect(due(r.milestones)['be.rit_request']).toBe('2026-08-10');
  });

  it('drops the RIT request when the incapacity ended before the 6-month date, unless it was done', () => {
    const r = be([closed('2026-01-05', '2026-05-31')], 60, '2026-06-15');
    expect(r.milestones.some((m) => m.id === 'be.rit_request')).toBe(false);
    const done = be([closed('2026-01-05', '2026-05-31')], 60, '2026-06-15', { requestedOn: '2026-04-01' });
    expect(done.milestones.find((m) => m.id === 'be.rit_request')).toMatchObject({ due: '2026-07-05', doneOn: '2026-04-01' });
  });

  it('marks the trajectory request done once requested', () => {
    const r = be([open('2026-01-05')], 60, '2026-04-01', { requestedOn: '2026-03-10' });
    expect(r.milestones.find((m) => m.id === 'be.rit_request')).toMatchObject({ status: 'done', doneOn: '2026-03-10' });
  });
});

describe('BE re-integration trajectory', () => {
  const sick = [open('2026-01-05')];

  it('waits for the doctor: assessment 49 days after the request', () => {
    const r = be(sick, 60, '2026-04-21', { requestedOn: '2026-03-02' });
    expect(r.milestones.find((m) => m.id === 'be.rit_assessment')).toMatchObject({
      due: '2026-04-20',
      status: 'overdue',
      responsible: 'external',
      party: 'occupational_doctor',
    });
    expect(r.milestones.some((m) => m.id === 'be.rit_plan')).toBe(false);
  });

  it('decision A: a plan within 63 days, then the reply within 14 days of the plan', () => {
    const rit: RitState = { requestedOn: '2026-03-02', decision: { kind: 'A', on: '2026-04-10' } };
    const r = be(sick, 60, '2026-04-11', rit);
    expect(due(r.milestones)).toMatchObject({ 'be.rit_assessment': '2026-04-20', 'be.rit_plan': '2026-06-12' });
    expect(r.milestones.find((m) => m.id === 'be.rit_assessment')).toMatchObject({ status: 'done', doneOn: '2026-04-10' });
    expect(r.milestones.some((m) => m.id === 'be.rit_appeal')).toBe(false);
    expect(r.milestones.some((m) => m.id === 'be.rit_plan_reply')).toBe(false);

    const delivered = be(sick, 60, '2026-06-02', rit, [{ id: 'be.rit_plan', on: '2026-06-01' }]);
    expect(delivered.milestones.find((m) => m.id === 'be.rit_plan_reply')).toMatchObject({
      due: '2026-06-15',
      status: 'open',
      responsible: 'employee',
    });
  });

  it('decision B: a plan within 6 months and an appeal window of 21 days', () => {
    const rit: RitState = { requestedOn: '2026-03-02', decision: { kind: 'B', on: '2026-04-10' } };
    const r = be(sick, 60, '2026-04-11', rit);
    expect(due(r.milestones)).toMatchObject({ 'be.rit_plan': '2026-10-10', 'be.rit_appeal': '2026-05-01' });
    expect(r.milestones.find((m) => m.id === 'be.rit_appeal')).toMatchObject({ kind: 'right', responsible: 'employee' });
    expect(be(sick, 60, '2026-05-02', rit).milestones.find((m) => m.id === 'be.rit_appeal')!.status).toBe('overdue');
  });

  it('decision C: no plan', () => {
    const rit: RitState = { requestedOn: '2026-03-02', decision: { kind: 'C', on: '2026-04-10' } };
    const ids = be(sick, 60, '2026-04-11', rit).milestones.map((m) => m.id);
    expect(ids).toContain('be.rit_assessment');
    expect(ids).not.toContain('be.rit_plan');
  });

  it('works the same way in the old regime', () => {
    const rit: RitState = { requestedOn: '2025-06-02', decision: { kind: 'A', on: '2025-07-01' } };
    const r = be([open('2025-03-03')], 10, '2025-07-02', rit);
    expect(due(r.milestones)).toMatchObject({ 'be.rit_assessment': '2025-07-21', 'be.rit_plan': '2025-09-02' });
  });

  it('rejects a decision before the request', () => {
    const rit: RitState = { requestedOn: '2026-03-02', decision: { kind: 'A', on: '2026-03-01' } };
    expect(() => be(sick, 60, '2026-04-11', rit)).toThrow(expect.objectContaining({ code: 'date_before_previous' }));
  });
});

describe('BE medical certificate: 2 working days, the first day counting, Saturday a working day (art. 31 §2 Arbeidsovereenkomstenwet; certimed.be, orbiss.be)', () => {
  it.each([
    ['2026-01-05', '2026-01-06', 'Monday: due Tuesday'],
    ['2026-01-09', '2026-01-10', 'Friday: due Saturday'],
    ['2026-01-10', '2026-01-12', 'Saturday: due Monday'],
    ['2026-01-11', '2026-01-13', 'Sunday: Monday is day one'],
    ['2026-05-13', '2026-05-15', 'Wednesday before Ascension: Thursday is a public holiday'],
  ])('sick from %s: due %s (%s)', (first, dueOn) => {
    expect(due(be([open(first)], 10, first).milestones)['be.medical_certificate']).toBe(dueOn);
  });

  it('counts Monday to Friday only when the work rules say so, and skips the organisation\'s days off', () => {
    const noSaturdays = computeDeadlines({ jurisdiction: 'BE', employerSize: 10, sickPeriods: [open('2026-01-09')] }, '2026-01-09', {
      beMedicalCertificateSaturdays: false,
    });
    expect(due(noSaturdays.milestones)['be.medical_certificate']).toBe('2026-01-12');
    const dayOff = computeDeadlines({ jurisdiction: 'BE', employerSize: 10, sickPeriods: [open('2026-01-05')] }, '2026-01-05', {
      daysOff: ['2026-01-06'],
    });
    expect(due(dayOff.milestones)['be.medical_certificate']).toBe('2026-01-07');
  });
});
