// The Dutch legal events and the deadlines they add or move, one table per rule, each named by
// its source. Sick from Monday 2024-01-01: day n is 2024-01-01 + (n - 1); day 651 is 2025-10-12,
// day 728 is 2025-12-28.
import type { SickPeriod } from '../../src/domain/case';
import { computeDeadlines, type MilestoneDeadline } from '../../src/domain/deadlines';
import type { LegalRecord } from '../../src/domain/legal/types';

const start = '2024-01-01';
const open: SickPeriod = { start, end: null, kind: 'full' };

function nl(legal: LegalRecord | null, today: string, options = {}) {
  return computeDeadlines({ jurisdiction: 'NL', sickPeriods: [open], legal }, today, options);
}
const find = (list: MilestoneDeadline[], id: string) => list.find((m) => m.id === id);
const dueOf = (list: MilestoneDeadline[], id: string) => find(list, id)?.due ?? null;

describe('NL wage sanction (art. 25 lid 9 WIA; uwv.nl "Verplicht loon doorbetalen")', () => {
  it.each([
    ['no sanction: pay ends on day 728', null, '2025-12-28'],
    ['a 52-week sanction moves the end of pay to its end', { decidedOn: '2025-11-10', endsOn: '2026-12-27' }, '2026-12-27'],
    [
      'a shortening decided on 2026-03-02 ends it 6 weeks later (rviregister.nl, fith.nl; configurable)',
      { decidedOn: '2025-11-10', endsOn: '2026-12-27', shortening: { requestedOn: '2026-02-09', decidedOn: '2026-03-02' } },
      '2026-04-13',
    ],
    [
      "a shortening with the end date from UWV's letter uses that date",
      { decidedOn: '2025-11-10', endsOn: '2026-12-27', shortening: { requestedOn: '2026-02-09', decidedOn: '2026-03-02', endsOn: '2026-03-31' } },
      '2026-03-31',
    ],
    [
      'a shortening never ends pay before day 728',
      { decidedOn: '2025-11-10', endsOn: '2026-12-27', shortening: { requestedOn: '2025-11-12', decidedOn: '2025-11-14' } },
      '2025-12-28',
    ],
  ])('%s', (_what, wageSanction, end) => {
    const r = nl(wageSanction ? { wageSanction } : null, '2025-11-20');
    expect(dueOf(r.milestones, 'nl.waiting_period_end')).toBe(end);
    // The WIA application was made before the sanction: it does not move.
    expect(dueOf(r.milestones, 'nl.wia_application')).toBe('2025-10-12');
    if (wageSanction) expect(find(r.milestones, 'nl.waiting_period_end')!.source).toMatch(/art\. 25 lid 9 WIA/);
  });

  it('uwv.nl "Bekortingsverzoek": UWV decides within 3 weeks of the request', () => {
    const requested = { wageSanction: { decidedOn: '2025-11-10', endsOn: '2026-12-27', shortening: { requestedOn: '2026-02-09' } } };
    expect(find(nl(requested, '2026-02-24').milestones, 'nl.sanction_shortening_decision')).toMatchObject({
      due: '2026-03-02',
      responsible: 'external',
      party: 'uwv',
      status: 'due_soon',
    });
    const decided = { wageSanction: { ...requested.wageSanction, shortening: { requestedOn: '2026-02-09', decidedOn: '2026-02-25' } } };
    expect(find(nl(decided, '2026-02-26').milestones, 'nl.sanction_shortening_decision')).toMatchObject({ status: 'done', doneOn: '2026-02-25' });
  });

  it('keeps the plan evaluated every 6 weeks while the extended pay lasts (UWV)', () => {
    const sanctioned = nl({ wageSanction: { decidedOn: '2025-11-10', endsOn: '2026-12-27' } }, '2025-12-20', {});
    const done = computeDeadlines(
      {
        jurisdiction: 'NL',
        sickPeriods: [open],
        legal: { wageSanction: { decidedOn: '2025-11-10', endsOn: '2026-12-27' } },
        milestonesDone: [{ id: 'nl.evaluation', on: '2025-12-20' }],
      },
      '2025-12-21',
    );
    expect(sanctioned.milestones.some((m) => m.id === 'nl.evaluation')).toBe(true);
    expect(done.milestones.filter((m) => m.id === 'nl.evaluation' && m.status !== 'done').map((m) => m.due)).toEqual(['2026-01-31']);
  });
});

describe('NL postponed WIA application (art. 24 lid 1 WIA; uwv.nl "Loon langer doorbetalen": at least 13 weeks)', () => {
  it.each([
    ['13 weeks', '2026-03-29', '2026-01-11', '2025-12-28'],
    ['26 weeks', '2026-06-28', '2026-04-12', '2026-03-29'],
  ])('a postponement of %s to %s moves the WIA application to %s (11 weeks before, art. 64 lid 3 WIA) and the current assessment 2 weeks before it', (_len, endsOn, application, assessment) => {
    const r = nl({ wiaPostponement: { agreedOn: '2025-09-01', endsOn } }, '2025-09-02');
    expect(dueOf(r.milestones, 'nl.waiting_period_end')).toBe(endsOn);
    expect(dueOf(r.milestones, 'nl.wia_application')).toBe(application);
    expect(dueOf(r.milestones, 'nl.current_assessment')).toBe(assessment);
    expect(find(r.milestones, 'nl.wia_application')!.source).toMatch(/art\. 64 lid 3 WIA/);
  });
});

describe('NL early IVA application (art. 23 WIA; uwv.nl "Vervroegd WIA aanvragen")', () => {
  it('lists the application as done and the benefit 10 weeks after it', () => {
    const r = nl({ earlyIva: { appliedOn: '2024-06-03' } }, '2024-06-04');
    expect(find(r.milestones, 'nl.early_iva_application')).toMatchObject({ status: 'done', doneOn: '2024-06-03', windowStart: '2024-01-22', due: '2025-04-20' });
    expect(find(r.milestones, 'nl.iva_start')).toMatchObject({ due: '2024-08-12', kind: 'event', party: 'uwv' });
  });

  it('takes the benefit off the timeline when UWV refuses', () => {
    const r = nl({ earlyIva: { appliedOn: '2024-06-03', outcome: { granted: false, on: '2024-07-20' } } }, '2024-07-21');
    expect(find(r.milestones, 'nl.iva_start')).toBeUndefined();
  });
});

describe('NL second track (art. 7:658a lid 1 BW; within 6 weeks of the first-year evaluation, secondary: configurable)', () => {
  it.each([
    ['needed on 2024-12-20: start due 6 weeks later', { decision: { needed: true, on: '2024-12-20' } }, '2025-01-31', null],
    ['needed, with 8 weeks configured', { decision: { needed: true, on: '2024-12-20' } }, '2025-02-14', 56],
    ['not needed: no reminder', { decision: { needed: false, on: '2024-12-20' } }, null, null],
  ])('%s', (_what, secondTrack, due, days) => {
    const r = nl({ secondTrack }, '2024-12-21', days ? { nlSecondTrackStartDays: days } : {});
    expect(dueOf(r.milestones, 'nl.second_track_start')).toBe(due);
  });

  it('marks the start done and lists the labour expert assessment before it', () => {
    const r = nl({ secondTrack: { decision: { needed: true, on: '2024-12-20' }, labourExpertOn: '2024-12-10', startedOn: '2025-01-15', provider: 'Werkpad BV' } }, '2025-01-16');
    expect(find(r.milestones, 'nl.second_track_start')).toMatchObject({ status: 'done', doneOn: '2025-01-15' });
    expect(find(r.milestones, 'nl.labour_expert_assessment')).toMatchObject({ status: 'done', doneOn: '2024-12-10' });
  });
});

describe('NL expert opinion (uwv.nl "Deskundigenoordeel": either party, answer after 2 to 4 weeks)', () => {
  it('expects each answer 4 weeks after its request, and marks answered ones done', () => {
    const r = nl(
      {
        expertOpinions: [
          { requestedOn: '2024-05-06', by: 'employer', topic: 'suitable_work', answeredOn: '2024-05-24' },
          { requestedOn: '2024-07-01', by: 'employee', topic: 'efforts' },
        ],
      },
      '2024-07-02',
    );
    const opinions = r.milestones.filter((m) => m.id === 'nl.expert_opinion');
    expect(opinions.map((m) => [m.due, m.status])).toEqual([
      ['2024-06-03', 'done'],
      ['2024-07-29', 'open'],
    ]);
    expect(opinions[1]).toMatchObject({ responsible: 'external', party: 'uwv' });
  });
});

describe('NL safety net (uwv.nl "Ziek melden bij UWV"; AP beleidsregels §4.4: whether, not which)', () => {
  it.each([
    ['day_4', '2024-01-04'],
    ['week_6', '2024-02-11'],
  ] as const)('report term %s: UWV report due %s, and no 42nd-week report', (reportTerm, due) => {
    const r = nl({ safetyNet: { recordedOn: start, reportTerm } }, start);
    expect(find(r.milestones, 'nl.safety_net_report')).toMatchObject({ due, responsible: 'hr', kind: 'duty' });
    expect(find(r.milestones, 'nl.uwv_42_week')).toBeUndefined();
  });
});

describe('NL legal events before the case began belong to an earlier case', () => {
  it('leaves them out', () => {
    const r = nl({ earlyIva: { appliedOn: '2023-12-01' }, expertOpinions: [{ requestedOn: '2023-11-01', by: 'employer', topic: 'own_work' }] }, start);
    expect(r.milestones.filter((m) => m.id === 'nl.iva_start' || m.id === 'nl.expert_opinion')).toEqual([]);
  });
});
