// Recording the Dutch legal events on a case: what each accepts, what it refuses (with the
// source of the limit in the test name), and that a repeat changes nothing.
import { openCase, reportRelapse, reportRecovery, type OpenCaseInput } from '../../src/domain/case-events';
import { legalEntries } from '../../src/domain/legal/entries';
import { recordLegalEvent, type LegalEventInput } from '../../src/domain/legal/events';

const base: OpenCaseInput = {
  id: 'c1',
  tenantId: 't1',
  employeeId: 'e1',
  managerId: 'm1',
  jurisdiction: 'NL',
  employerSize: 40,
  firstSickDay: '2024-01-01', // day 728: 2025-12-28
  createdAt: '2024-01-01T08:00:00Z',
};
const nl = openCase(base);
const code = (c: string) => expect.objectContaining({ code: c });
const record = (...events: LegalEventInput[]) => events.reduce((c, e) => recordLegalEvent(c, e), nl);

describe('wage sanction', () => {
  it('art. 25 lid 9 WIA: ends after the 104 weeks and at most 52 weeks later', () => {
    expect(record({ event: 'wage_sanction', on: '2025-11-10', endsOn: '2026-12-27' }).legal?.wageSanction).toEqual({
      decidedOn: '2025-11-10',
      endsOn: '2026-12-27',
      shortening: null,
    });
    expect(() => record({ event: 'wage_sanction', on: '2025-11-10', endsOn: '2026-12-28' })).toThrow(code('date_out_of_range'));
    expect(() => record({ event: 'wage_sanction', on: '2025-11-10', endsOn: '2025-12-28' })).toThrow(code('date_out_of_range'));
  });

  it('uwv.nl "Bekortingsverzoek": a request, then UWV\'s decision; neither before the step it follows', () => {
    const sanctioned = record({ event: 'wage_sanction', on: '2025-11-10', endsOn: '2026-12-27' });
    expect(() => recordLegalEvent(nl, { event: 'sanction_shortening_request', on: '2026-02-09' })).toThrow(code('not_recorded'));
    expect(() => recordLegalEvent(sanctioned, { event: 'sanction_shortening_request', on: '2025-11-01' })).toThrow(code('date_before_previous'));
    const requested = recordLegalEvent(sanctioned, { event: 'sanction_shortening_request', on: '2026-02-09' });
    expect(() => recordLegalEvent(sanctioned, { event: 'sanction_shortening_decision', on: '2026-03-02' })).toThrow(code('not_recorded'));
    expect(() => recordLegalEvent(requested, { event: 'sanction_shortening_decision', on: '2026-03-02', endsOn: '2027-01-01' })).toThrow(
      code('date_out_of_range'),
    );
    const decided = recordLegalEvent(requested, { event: 'sanction_shortening_decision', on: '2026-03-02', endsOn: null });
    expect(decided.legal?.wageSanction?.shortening).toEqual({ requestedOn: '2026-02-09', decidedOn: '2026-03-02', endsOn: null });
  });
});

describe('postponed WIA application', () => {
  it('uwv.nl "Loon langer doorbetalen": at least 13 weeks beyond the 104 weeks', () => {
    expect(() => record({ event: 'wia_postponement', on: '2025-09-01', endsOn: '2026-03-28' })).toThrow(code('date_too_early'));
    expect(record({ event: 'wia_postponement', on: '2025-09-01', endsOn: '2026-03-29' }).legal?.wiaPostponement).toEqual({
      agreedOn: '2025-09-01',
      endsOn: '2026-03-29',
    });
  });
});

describe('early IVA application', () => {
  it.each([
    ['2024-01-21', false, 'before week 3 (uwv.nl: "tussen 3 en 68 weken")'],
    ['2024-01-22', true, 'the first day of week 4'],
    ['2025-04-20', true, 'the last day of week 68'],
    ['2025-04-21', false, 'after week 68'],
  ])('applied on %s accepted: %s (%s)', (on, ok) => {
    const attempt = () => record({ event: 'early_iva', on });
    if (ok) expect(attempt().legal?.earlyIva?.appliedOn).toBe(on);
    else expect(attempt).toThrow(code('date_out_of_range'));
  });

  it('uwv.nl: an early application is possible once; the outcome is a yes or a no', () => {
    const applied = record({ event: 'early_iva', on: '2024-06-03' });
    expect(() => recordLegalEvent(applied, { event: 'early_iva', on: '2024-07-03' })).toThrow(code('already_recorded'));
    expect(recordLegalEvent(applied, { event: 'early_iva_outcome', on: '2024-07-20', granted: true }).legal?.earlyIva?.outcome).toEqual({
      granted: true,
      on: '2024-07-20',
    });
  });
});

describe('second track, expert opinion, safety net', () => {
  it('a later evaluation may change the second-track decision, an earlier one may not', () => {
    const no = record({ event: 'second_track_decision', on: '2024-12-20', needed: false });
    expect(recordLegalEvent(no, { event: 'second_track_decision', on: '2025-02-01', needed: true }).legal?.secondTrack?.decision).toEqual({
      needed: true,
      on: '2025-02-01',
    });
    expect(() => recordLegalEvent(no, { event: 'second_track_decision', on: '2024-12-01', needed: true })).toThrow(code('date_before_previous'));
  });

  it('keeps the provider as a tidy company name and refuses an endless one', () => {
    const started = record({ event: 'second_track_start', on: '2025-01-15', provider: '  Werkpad   BV ' });
    expect(started.legal?.secondTrack).toMatchObject({ startedOn: '2025-01-15', provider: 'Werkpad BV' });
    expect(() => record({ event: 'second_track_start', on: '2025-01-15', provider: 'x'.repeat(121) })).toThrow(code('invalid_choice'));
  });

  it('records expert opinion requests by either party and their answers', () => {
    const asked = record(
      { event: 'expert_opinion', on: '2024-05-06', by: 'employer', topic: 'suitable_work' },
      { event: 'expert_opinion', on: '2024-06-06', by: 'employee', topic: 'efforts' },
    );
    const answered = recordLegalEvent(asked, { event: 'expert_opinion_answer', on: '2024-05-24', request: 0 });
    expect(answered.legal?.expertOpinions?.map((o) => o.answeredOn ?? null)).toEqual(['2024-05-24', null]);
    expect(() => recordLegalEvent(asked, { event: 'expert_opinion_answer', on: '2024-05-01', request: 0 })).toThrow(code('date_before_previous'));
    expect(() => recordLegalEvent(asked, { event: 'expert_opinion_answer', on: '2024-07-01', request: 5 })).toThrow(code('not_recorded'));
    expect(() => record({ event: 'expert_opinion', on: '2024-05-06', by: 'doctor' as never, topic: 'efforts' })).toThrow(code('invalid_choice'));
  });

  it('AP beleidsregels §4.4: the safety net is a yes with its reporting term, nothing about which rule', () => {
    const net = record({ event: 'safety_net', on: '2024-01-02', reportTerm: 'week_6' });
    expect(net.legal?.safetyNet).toEqual({ recordedOn: '2024-01-02', reportTerm: 'week_6' });
    expect(Object.keys(net.legal!.safetyNet!).sort()).toEqual(['recordedOn', 'reportTerm']);
  });
});

describe('every legal event', () => {
  const all: LegalEventInput[] = [
    { event: 'safety_net', on: '2024-01-02', reportTerm: 'day_4' },
    { event: 'expert_opinion', on: '2024-05-06', by: 'employer', topic: 'own_work' },
    { event: 'early_iva', on: '2024-06-03' },
    { event: 'second_track_decision', on: '2024-12-20', needed: true },
    { event: 'labour_expert', on: '2024-12-10' },
    { event: 'second_track_start', on: '2025-01-15', provider: 'Werkpad BV' },
    { event: 'wage_sanction', on: '2025-11-10', endsOn: '2026-12-27' },
  ];

  it('is recorded once: the same input again returns the same case', () => {
    const c = record(...all);
    for (const e of all) expect(recordLegalEvent(c, e)).toBe(c);
  });

  it('exists in the Netherlands only', () => {
    const be = openCase({ ...base, jurisdiction: 'BE' });
    for (const e of all) expect(() => recordLegalEvent(be, e)).toThrow(code('nl_only'));
  });

  it('is listed in date order for the case file', () => {
    expect(legalEntries(record(...all)).map((e) => `${e.on} ${e.id}`)).toEqual([
      '2024-01-02 safety_net',
      '2024-05-06 expert_opinion',
      '2024-06-03 early_iva',
      '2024-12-10 labour_expert',
      '2024-12-20 second_track_decision',
      '2025-01-15 second_track_start',
      '2025-11-10 wage_sanction',
    ]);
  });
});

describe('BE relapse with a different illness (beci.be: the relapse window is for the same illness)', () => {
  const be = openCase({ ...base, jurisdiction: 'BE', firstSickDay: '2026-01-05' });
  const back = reportRecovery(be, { on: '2026-02-01' });

  it('continues the incapacity within 8 weeks, unless the certificate states a different illness', () => {
    expect(reportRelapse(back, { on: '2026-02-10' }).decision).toBe('continues');
    expect(reportRelapse(back, { on: '2026-02-10', differentIllness: true })).toEqual({
      decision: 'new_case',
      gapDays: 9,
      newCaseGapDays: 56,
      reason: 'different_illness',
    });
  });

  it('changes nothing in NL, where periods add up whatever the cause (art. 7:629 lid 10 BW)', () => {
    const nlBack = reportRecovery(nl, { on: '2024-02-01' });
    expect(reportRelapse(nlBack, { on: '2024-02-10', differentIllness: true }).decision).toBe('continues');
  });
});
