import type { Phase, SickPeriod } from '../../../src/domain/case';
import { periodFigures, reportStarts, sickCalendarDays, type FigureCase } from '../../../src/domain/figures/absence-figures';
import { monthOf, quarterOf } from '../../../src/domain/figures/periods';

const march = monthOf(2026, 3);
const full = (start: string, end: string | null = null): SickPeriod => ({ start, end, kind: 'full' });
const partial = (start: string, end: string | null, percentage: number): SickPeriod => ({ start, end, kind: 'partial', percentage });

function mk(who: string, sickPeriods: SickPeriod[], more: Partial<FigureCase> & { phase?: Array<{ phase: Phase; on: string }>; closedOn?: string } = {}): FigureCase {
  return {
    c: {
      employeeId: who,
      sickPeriods,
      phaseHistory: more.phase ?? [{ phase: 'dropout', on: sickPeriods[0]!.start }],
      status: more.closedOn ? 'closed' : 'open',
      closedOn: more.closedOn ?? null,
    },
    milestones: more.milestones ?? [],
    contactDays: more.contactDays ?? [],
  };
}
const people = (n: number, make: (who: string, i: number) => FigureCase) => Array.from({ length: n }, (_, i) => make(`p${i}`, i));

describe('sickness reports and their frequency', () => {
  it('counts where reports begin: a move between partial and full work is the same report', () => {
    expect(reportStarts([full('2026-01-05', '2026-01-20'), partial('2026-01-21', '2026-02-10', 50), full('2026-02-11')])).toEqual(['2026-01-05']);
    expect(reportStarts([full('2026-01-05', '2026-01-20'), full('2026-02-02')])).toEqual(['2026-01-05', '2026-02-02']);
  });

  it.each([
    ['five people reporting in March, 100 employees', 5, 100, { shown: true, value: 5 }, 0.59],
    ['four people: hidden, and so is the frequency', 4, 100, { shown: false, value: null }, null],
    ['no headcount: count only', 6, null, { shown: true, value: 6 }, 'none'],
  ] as const)('%s', (_name, n, headcount, reports, frequency) => {
    const f = periodFigures(people(n, (w, i) => mk(w, [full(`2026-03-0${1 + i}`, '2026-03-20')])), march, '2026-04-15', { headcount });
    expect(f.reports).toMatchObject(reports);
    if (frequency === 'none') expect(f.reportFrequency).toBeNull();
    else expect(f.reportFrequency?.value ?? null).toBe(frequency);
  });

  it('annualises a quarter and a running month on the same scale', () => {
    const cases = people(5, (w) => mk(w, [full('2026-03-02', '2026-03-04')]));
    // Q1 2026 has 90 days: 5 reports / 50 employees * 365 / 90.
    expect(periodFigures(cases, quarterOf(2026, 1), '2026-06-01', { headcount: 50 }).reportFrequency?.value).toBe(0.41);
    // On 10 March only ten days of March have been seen.
    const running = periodFigures(cases, march, '2026-03-10', { headcount: 50 });
    expect(running.observedDays).toBe(10);
    expect(running.reportFrequency?.value).toBe(3.65);
  });
});

describe('absence percentage', () => {
  it.each([
    ['five people sick all month of fifty', people(5, (w) => mk(w, [full('2026-02-20')])), { headcount: 50 }, 10],
    ['FTE wins over headcount', people(5, (w) => mk(w, [full('2026-02-20')])), { headcount: 50, fte: 25 }, 20],
    [
      'a partial absence counts for its share',
      [...people(4, (w) => mk(w, [full('2026-02-20')])), mk('half', [full('2026-02-20', '2026-02-28'), partial('2026-03-01', null, 50)])],
      { headcount: 50 },
      9,
    ],
    ['days outside the month do not count', people(5, (w) => mk(w, [full('2026-02-01', '2026-03-10')])), { headcount: 31 }, 5.2],
  ])('%s', (_name, cases, workforce, pct) => {
    expect(periodFigures(cases, march, '2026-05-01', workforce).absencePercentage).toMatchObject({ shown: true, value: pct });
  });

  it('is hidden when fewer than five people were absent, and absent without a size', () => {
    const four = people(4, (w) => mk(w, [full('2026-02-20')]));
    expect(periodFigures(four, march, '2026-05-01', { headcount: 50 }).absencePercentage).toMatchObject({ shown: false, value: null });
    expect(periodFigures(four, march, '2026-05-01', { headcount: null }).absencePercentage).toBeNull();
  });
});

describe('average duration of ended cases', () => {
  it('counts sick calendar days, leaving the gap before a relapse out', () => {
    expect(sickCalendarDays([full('2026-01-05', '2026-01-14'), full('2026-01-20', '2026-01-29')])).toBe(20);
  });

  it.each([
    ['five cases ending in March', [10, 20, 30, 40, 50], { shown: true, value: 30 }],
    ['four: hidden', [10, 20, 30, 40], { shown: false, value: null }],
  ] as const)('%s', (_name, lengths, want) => {
    const cases = lengths.map((days, i) => mk(`p${i}`, [full(addDays('2026-03-25', -days + 1), '2026-03-25')]));
    // A case still running is not an ended one.
    cases.push(mk('running', [full('2026-01-05')]));
    expect(periodFigures(cases, march, '2026-05-01', { headcount: 50 }).averageDuration).toMatchObject(want);
  });
});

describe('cases by phase', () => {
  it('takes each open case in its phase on the last day; small cells are hidden with a partner', () => {
    const cases = [
      ...people(6, (w) => mk(`r-${w}`, [full('2026-01-05')], { phase: [{ phase: 'dropout', on: '2026-01-05' }, { phase: 'recovery', on: '2026-01-20' }] })),
      ...people(2, (w) => mk(`d-${w}`, [full('2026-03-30')])),
      ...people(7, (w) => mk(`b-${w}`, [full('2026-01-05', '2026-02-01')], { phase: [{ phase: 'dropout', on: '2026-01-05' }, { phase: 'return', on: '2026-02-02' }] })),
      // Closed before the month ended, and one that starts later: neither counts.
      mk('closed', [full('2026-01-05', '2026-01-10')], { closedOn: '2026-03-15' }),
      mk('later', [full('2026-04-02')]),
    ];
    const f = periodFigures(cases, march, '2026-05-01', { headcount: 100 });
    expect(f.byPhase.total).toMatchObject({ shown: true, value: 15 });
    expect(f.byPhase.phases).toEqual({ dropout: null, recovery: null, pre_return: 0, return: 7, post_return: 0 });
  });
});

describe('legal steps on time', () => {
  const duty = (due: string, doneOn: string | null) => ({ kind: 'duty' as const, due, doneOn });
  it.each([
    ['four of five on time', [duty('2026-03-10', '2026-03-09'), duty('2026-03-10', '2026-03-10'), duty('2026-03-12', '2026-03-02'), duty('2026-03-20', '2026-03-19'), duty('2026-03-20', '2026-03-25')], 0.8],
    ['an undone step past its day is late', [duty('2026-03-10', null), duty('2026-03-10', '2026-03-10'), duty('2026-03-11', '2026-03-10'), duty('2026-03-12', '2026-03-12'), duty('2026-03-13', '2026-03-01')], 0.8],
  ])('%s', (_name, steps, share) => {
    const cases = steps.map((m, i) => mk(`p${i}`, [full('2026-01-05')], { milestones: [m] }));
    expect(periodFigures(cases, march, '2026-05-01', { headcount: 50 }).onTime).toMatchObject({ shown: true, value: share });
  });

  it('leaves out steps not yet due, due today, not duties, or after the absence ended', () => {
    const cases = [
      ...people(5, (w) => mk(w, [full('2026-01-05')], { milestones: [duty('2026-03-02', '2026-03-01')] })),
      mk('today', [full('2026-01-05')], { milestones: [duty('2026-03-10', null)] }),
      mk('event', [full('2026-01-05')], { milestones: [{ kind: 'event', due: '2026-03-03', doneOn: null }] }),
      mk('ended', [full('2026-01-05', '2026-02-20')], { milestones: [duty('2026-03-03', null)] }),
    ];
    expect(periodFigures(cases, march, '2026-03-10', { headcount: 50 }).onTime).toMatchObject({ shown: true, value: 1, people: 5 });
  });
});

describe('days to first contact', () => {
  it.each([
    ['median of five cases begun in March', [[0], [1], [1, 0], [3], [8]], { shown: true, value: 1 }],
    ['contact from before the case does not count; fewer than five hidden', [[-2], [1], [2], [3], [4]], { shown: false, value: null }],
  ] as const)('%s', (_name, offsets, want) => {
    const cases = offsets.map((days, i) => mk(`p${i}`, [full('2026-03-09')], { contactDays: days.map((d) => addDays('2026-03-09', d)) }));
    expect(periodFigures(cases, march, '2026-05-01', { headcount: 50 }).daysToFirstContact).toMatchObject(want);
  });
});

describe('nothing per person', () => {
  it('the figures carry no person id anywhere', () => {
    const cases = people(6, (w) => mk(`secret-${w}`, [full('2026-03-02', '2026-03-20')], { contactDays: ['2026-03-03'] }));
    expect(JSON.stringify(periodFigures(cases, march, '2026-05-01', { headcount: 50 }))).not.toContain('secret');
  });
});

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
