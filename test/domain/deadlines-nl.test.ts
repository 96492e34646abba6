import type { MilestoneCompletion, SickPeriod } from '../../src/domain/case';
import { computeDeadlines, type MilestoneDeadline } from '../../src/domain/deadlines';

const open = (start: string): SickPeriod => ({ start, end: null, kind: 'full' });
const closed = (start: string, end: string): SickPeriod => ({ start, end, kind: 'full' });

function nl(periods: SickPeriod[], today: string, milestonesDone: MilestoneCompletion[] = [], options = {}) {
  return computeDeadlines({ jurisdiction: 'NL', employerSize: 40, sickPeriods: periods, milestonesDone }, today, options);
}

function byId(list: MilestoneDeadline[], id: string): MilestoneDeadline {
  const m = list.find((x) => x.id === id);
  if (!m) throw new Error(`${id} not listed: ${list.map((x) => x.id).join(', ')}`);
  return m;
}

describe('NL Poortwachter, a plain case from Monday 2024-03-04', () => {
  const report = nl([open('2024-03-04')], '2024-03-04');

  // Dates worked out by hand: day n is 2024-03-04 + (n - 1) days.
  it.each([
    ['nl.arbo_report', '2024-03-10', null, 'hr', 7],
    ['nl.problem_analysis', '2024-04-14', null, 'external', 42],
    ['nl.action_plan', '2024-04-28', null, 'manager', 56],
    ['nl.evaluation', '2024-06-09', null, 'manager', 98],
    ['nl.uwv_42_week', '2024-12-23', null, 'hr', 295],
    ['nl.first_year_evaluation', '2025-03-02', '2025-01-13', 'manager', 364],
    ['nl.uwv_wia_letter', '2025-11-10', null, 'external', 617],
    ['nl.current_assessment', '2025-11-30', '2025-11-24', 'external', 637],
    ['nl.wia_application', '2025-12-14', null, 'employee', 651],
    ['nl.waiting_period_end', '2026-03-01', null, 'hr', 728],
  ])('%s is due %s (window from %s), %s acts (sick day %i)', (id, due, windowStart, responsible, _day) => {
    const m = byId(report.milestones, id);
    expect(m.due).toBe(due);
    expect(m.windowStart).toBe(windowStart);
    expect(m.responsible).toBe(responsible);
    expect(m.source.length).toBeGreaterThan(3);
  });

  it('lists every milestone once, in due order, with the regime and day count', () => {
    expect(report.regime).toBe('nl.poortwachter');
    expect(report.milestones.map((m) => m.id)).toEqual([
      'nl.arbo_report',
      'nl.problem_analysis',
      'nl.action_plan',
      'nl.evaluation',
      'nl.uwv_42_week',
      'nl.first_year_evaluation',
      'nl.uwv_wia_letter',
      'nl.current_assessment',
      'nl.wia_application',
      'nl.waiting_period_end',
    ]);
    expect(report.sickDays).toBe(1);
    expect(report.upcoming).toHaveLength(10);
  });

  it('gives each status on the right day', () => {
    const status = (today: string) => byId(nl([open('2024-03-04')], today).milestones, 'nl.problem_analysis').status;
    expect(status('2024-04-06')).toBe('open'); // 8 days left
    expect(status('2024-04-07')).toBe('due_soon'); // 7 days left
    expect(status('2024-04-14')).toBe('due_soon'); // the day itself
    expect(status('2024-04-15')).toBe('overdue');
    const done = nl([open('2024-03-04')], '2024-05-01', [{ id: 'nl.problem_analysis', on: '2024-04-10' }]);
    expect(byId(done.milestones, 'nl.problem_analysis')).toMatchObject({ status: 'done', doneOn: '2024-04-10' });
  });

  it('takes the due-soon window and the arbo report day as settings', () => {
    const r = nl([open('2024-03-04')], '2024-03-04', [], { dueSoonDays: 14, nlArboReportDay: 3 });
    expect(byId(r.milestones, 'nl.arbo_report')).toMatchObject({ due: '2024-03-06', status: 'due_soon' });
  });

  it('marks the end of wage continuation passed once its day is over', () => {
    const r = nl([open('2024-03-04')], '2026-03-02');
    expect(byId(r.milestones, 'nl.waiting_period_end')).toMatchObject({ status: 'done', doneOn: '2026-03-01', kind: 'event' });
    expect(r.sickDays).toBe(729);
  });
});

describe('NL plan of approach and evaluations', () => {
  const start = '2024-03-04';

  it('is due 14 days after an early problem analysis', () => {
    const r = nl([open(start)], '2024-03-30', [{ id: 'nl.problem_analysis', on: '2024-03-23' }]); // day 20
    expect(byId(r.milestones, 'nl.action_plan').due).toBe('2024-04-06'); // day 34
  });

  it('is never later than day 56, even after a late analysis', () => {
    const r = nl([open(start)], '2024-04-20', [{ id: 'nl.problem_analysis', on: '2024-04-20' }]); // day 48
    expect(byId(r.milestones, 'nl.action_plan').due).toBe('2024-04-28');
  });

  it('schedules evaluations 42 sick days after the plan, then after the last evaluation', () => {
    const done = [
      { id: 'nl.action_plan', on: '2024-04-22' }, // day 50
      { id: 'nl.evaluation', on: '2024-05-22' }, // day 80
      { id: 'nl.evaluation', on: '2024-07-01' }, // day 120
    ];
    const evaluations = nl([open(start)], '2024-07-02', done).milestones.filter((m) => m.id === 'nl.evaluation');
    expect(evaluations).toEqual([
      expect.objectContaining({ due: '2024-06-03', status: 'done', doneOn: '2024-05-22' }), // day 92
      expect.objectContaining({ due: '2024-07-03', status: 'done', doneOn: '2024-07-01' }), // day 122
      expect.objectContaining({ due: '2024-08-12', status: 'open', doneOn: null }), // day 162
    ]);
  });

  it('restarts the count after the first-year evaluation', () => {
    const done = [
      { id: 'nl.action_plan', on: '2024-04-22' },
      { id: 'nl.first_year_evaluation', on: '2025-02-01' }, // day 335
    ];
    const next = nl([open(start)], '2025-02-02', done).milestones.filter((m) => m.status !== 'done' && m.id === 'nl.evaluation');
    expect(next.map((m) => m.due)).toEqual(['2025-03-15']); // day 377
  });

  it('stops evaluating at the end of the 104 weeks', () => {
    const r = nl([open(start)], '2026-02-01', [{ id: 'nl.evaluation', on: '2026-01-30' }]); // day 698
    expect(r.milestones.filter((m) => m.id === 'nl.evaluation' && m.status !== 'done')).toEqual([]);
  });
});

describe('NL 42nd-week report falls on the first working day after week 42 (Algemene termijnenwet art. 3)', () => {
  it.each([
    ['2024-03-06', '2024-12-25', '2024-12-30', 'Christmas, Boxing Day and 27 Dec 2024 (equated by decree, art. 3 lid 3)'],
    ['2024-03-02', '2024-12-21', '2024-12-23', 'a Saturday'],
    ['2024-03-03', '2024-12-22', '2024-12-23', 'a Sunday'],
    ['2024-08-08', '2025-05-29', '2025-06-02', 'Ascension Day and 30 May 2025 (equated by decree, art. 3 lid 3)'],
    ['2025-06-11', '2026-04-01', '2026-04-01', 'an ordinary Wednesday'],
    ['2025-06-13', '2026-04-03', '2026-04-07', 'Good Friday (art. 3 lid 2) and Easter Monday'],
    ['2024-07-15', '2025-05-05', '2025-05-06', 'Liberation Day'],
    ['2024-03-04', '2024-12-23', '2024-12-23', 'an ordinary Monday'],
  ])('sick from %s: day 295 is %s, report due %s (%s)', (first, day295, due) => {
    const r = nl([open(first)], first);
    expect(byId(r.milestones, 'nl.first_year_evaluation').windowStart! > day295).toBe(true);
    expect(byId(r.milestones, 'nl.uwv_42_week').due).toBe(due);
  });
});

describe('NL samentellen', () => {
  it('moves the end of wage continuation by the recovery days (rviregister.nl example)', () => {
    const before = nl([open('2022-01-03')], '2022-07-01');
    expect(byId(before.milestones, 'nl.waiting_period_end').due).toBe('2023-12-31');
    const after = nl([closed('2022-01-03', '2022-07-03'), open('2022-07-25')], '2022-07-25');
    expect(byId(after.milestones, 'nl.waiting_period_end').due).toBe('2024-01-21');
    expect(after.sickDays).toBe(183); // 182 days to 3 July, plus 25 July
    expect(after.earlierCases).toBe(0);
  });

  it('starts a new case 28 recovery days after the last period', () => {
    const r = nl([closed('2024-01-01', '2024-01-31'), open('2024-02-29')], '2024-03-01');
    expect(r.caseStart).toBe('2024-02-29');
    expect(r.earlierCases).toBe(1);
    expect(byId(r.milestones, 'nl.problem_analysis').due).toBe('2024-04-10');
  });

  it('continues the case after 27 recovery days', () => {
    const r = nl([closed('2024-01-01', '2024-01-31'), open('2024-02-28')], '2024-03-01');
    expect(r.caseStart).toBe('2024-01-01');
    expect(byId(r.milestones, 'nl.problem_analysis').due).toBe('2024-03-09'); // day 31 is 31 Jan, day 42 is 9 Mar
  });

  it('leaves maternity-leave days out of the gap and out of the sick days', () => {
    const periods = [closed('2024-01-01', '2024-01-31'), open('2024-06-10')];
    const maternityLeave = { start: '2024-02-01', end: '2024-05-22' }; // 112 days
    const withLeave = computeDeadlines({ jurisdiction: 'NL', sickPeriods: periods, maternityLeave }, '2024-06-10');
    expect(withLeave.caseStart).toBe('2024-01-01'); // 18 recovery days after the leave
    expect(withLeave.sickDays).toBe(32);
    const separate = computeDeadlines(
      { jurisdiction: 'NL', sickPeriods: periods, maternityLeave, separateAfterMaternity: true },
      '2024-06-10',
    );
    expect(separate.caseStart).toBe('2024-06-10');
    const withoutLeave = computeDeadlines({ jurisdiction: 'NL', sickPeriods: periods }, '2024-06-10');
    expect(withoutLeave.caseStart).toBe('2024-06-10');
  });

  it('does not count leave days inside a sick period', () => {
    const maternityLeave = { start: '2024-03-01', end: '2024-06-20' }; // 112 days
    const r = computeDeadlines({ jurisdiction: 'NL', sickPeriods: [open('2024-01-01')], maternityLeave }, '2024-07-01');
    expect(byId(r.milestones, 'nl.waiting_period_end').due).toBe('2026-04-19'); // 2025-12-28 + 112 days
    expect(r.sickDays).toBe(60 + 11);
  });

  it('keeps partial work in the chain', () => {
    const partial: SickPeriod = { start: '2024-02-01', end: null, kind: 'partial', percentage: 50 };
    const r = nl([closed('2024-01-01', '2024-01-31'), partial], '2024-03-01');
    expect(byId(r.milestones, 'nl.problem_analysis').due).toBe('2024-02-11');
  });

  it('drops milestones after a recovery that have not been done, and keeps those that were', () => {
    const r = nl([closed('2024-03-04', '2024-04-20')], '2024-05-01', [{ id: 'nl.action_plan', on: '2024-04-18' }]);
    expect(r.milestones.map((m) => m.id)).toEqual(['nl.arbo_report', 'nl.problem_analysis', 'nl.action_plan']);
    expect(byId(r.milestones, 'nl.action_plan')).toMatchObject({ due: '2024-04-28', status: 'done' });
    expect(r.sickToday).toBe(false);
    expect(r.sickDays).toBe(48);
  });
});

describe('NL invalid facts', () => {
  it.each([
    [[closed('2024-03-10', '2024-03-01')], 'end_before_start'],
    [[closed('2024-03-01', '2024-03-10'), open('2024-03-10')], 'overlapping_periods'],
    [[open('2024-03-01'), open('2024-04-01')], 'open_period_not_last'],
    [[open('2023-02-29')], 'invalid_date'],
    [[], 'no_sick_period'],
  ])('rejects %j with %s', (periods, code) => {
    expect(() => nl(periods, '2024-05-01')).toThrow(expect.objectContaining({ code }));
  });
});
