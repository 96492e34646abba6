import type { SickPeriod } from '../../../src/domain/case';
import { firstReturnDay, returnOutcome, whatHelps, type HelpsCase } from '../../../src/domain/figures/what-helps';

const full = (start: string, end: string | null = null): SickPeriod => ({ start, end, kind: 'full' });
const partial = (start: string, end: string | null, percentage: number): SickPeriod => ({ start, end, kind: 'partial', percentage });
const THEMES = { helped: ['early_contact', 'adapted_hours'], different: ['contact_sooner'] };

function mk(who: string, sickPeriods: SickPeriod[], more: Partial<HelpsCase> = {}): HelpsCase {
  return { c: { employeeId: who, sickPeriods }, agreements: more.agreements ?? [], lookbacks: more.lookbacks ?? [], laterReports: more.laterReports ?? [] };
}

describe('the return and what followed', () => {
  it.each([
    ['still off sick', [full('2026-01-05')], null],
    ['back after a full absence', [full('2026-01-05', '2026-02-27')], '2026-02-28'],
    ['partial work is not yet back', [full('2026-01-05', '2026-01-31'), partial('2026-02-01', null, 50)], null],
    ['back after partial work', [full('2026-01-05', '2026-01-31'), partial('2026-02-01', '2026-02-27', 50)], '2026-02-28'],
    ['the first return counts, also when a relapse followed', [full('2026-01-05', '2026-01-31'), full('2026-03-02')], '2026-02-01'],
  ])('%s', (_name, periods, want) => {
    expect(firstReturnDay({ employeeId: 'x', sickPeriods: periods })).toBe(want);
  });

  it.each([
    ['six months without a new report: lasting', mk('a', [full('2025-01-06', '2025-02-28')]), '2025-09-01', 'lasting'],
    ['five months on: too early to tell', mk('a', [full('2025-01-06', '2025-02-28')]), '2025-08-01', 'too_early'],
    ['a relapse in the same case', mk('a', [full('2025-01-06', '2025-02-28'), full('2025-03-20')]), '2025-04-01', 'relapse'],
    ['a relapse in a later case', mk('a', [full('2025-01-06', '2025-02-28')], { laterReports: ['2025-06-02'] }), '2025-12-01', 'relapse'],
    ['a report more than six months on is not a relapse', mk('a', [full('2025-01-06', '2025-02-28')], { laterReports: ['2025-09-15'] }), '2025-12-01', 'lasting'],
    ['not back yet', mk('a', [full('2025-01-06')]), '2025-12-01', 'not_returned'],
  ])('%s', (_name, h, today, outcome) => {
    expect(returnOutcome(h, today).outcome).toBe(outcome);
  });
});

describe('what helps', () => {
  const lasting = (who: string, more: Partial<HelpsCase> = {}) => mk(who, [full('2025-01-06', '2025-02-28')], more);
  const relapsed = (who: string, more: Partial<HelpsCase> = {}) => mk(who, [full('2025-01-06', '2025-02-28'), full('2025-04-07')], more);
  const agreed = (...ids: string[]) => ({ agreements: [{ on: '2025-02-10', ids }] });

  it('counts agreements made before the return, split by what followed, hiding groups under five', () => {
    const cases = [
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((w) => lasting(w, agreed('hours', 'buildup', 'none'))),
      ...['g', 'h', 'i', 'j', 'k'].map((w) => relapsed(w, agreed('hours'))),
      lasting('late', { agreements: [{ on: '2025-05-01', ids: ['tasks'] }] }),
      mk('early', [full('2025-10-06', '2025-10-31')], agreed('tasks')),
    ];
    const r = whatHelps(cases, '2026-01-15', THEMES);
    expect(r.lasting).toMatchObject({ shown: true, value: 7 });
    expect(r.relapse).toMatchObject({ shown: true, value: 5 });
    const row = (id: string) => r.agreements.find((a) => a.id === id)!;
    expect(row('hours')).toMatchObject({ lasting: { value: 6 }, relapse: { value: 5 } });
    expect(row('buildup')).toMatchObject({ lasting: { value: 6 }, relapse: { shown: false } });
    // An agreement made after the return, or in a return too recent to judge, counts nowhere.
    expect(row('tasks')).toMatchObject({ lasting: { shown: false }, relapse: { shown: false } });
    expect(r.agreements.map((a) => a.id)).not.toContain('none');
  });

  it('counts look-back themes once per person and by outcome', () => {
    const lb = { lookbacks: [{ helped: ['early_contact', 'early_contact'], different: ['contact_sooner'] }] };
    const cases = [...['a', 'b', 'c', 'd', 'e'].map((w) => lasting(w, lb)), ...['f', 'g'].map((w) => relapsed(w, lb)), lasting('a', lb)];
    const r = whatHelps(cases, '2026-01-15', THEMES);
    const early = r.helped.find((h) => h.id === 'early_contact')!;
    expect(early.all).toMatchObject({ shown: true, value: 7 });
    expect(early.lasting).toMatchObject({ shown: true, value: 5 });
    expect(early.relapse).toMatchObject({ shown: false, value: null });
    expect(r.helped.find((h) => h.id === 'adapted_hours')!.all).toMatchObject({ shown: false });
  });

  it('says nothing about a person', () => {
    const r = whatHelps([lasting('secret-anna', agreed('hours'))], '2026-01-15', THEMES);
    expect(JSON.stringify(r)).not.toContain('secret');
    expect(r.lasting.shown).toBe(false);
  });
});
