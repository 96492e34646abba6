import fc from 'fast-check';
import type { Jurisdiction, RitState, SickPeriod } from '../../src/domain/case';
import { relapseDecision, splitIntoCases } from '../../src/domain/case-chains';
import { addDays } from '../../src/domain/dates';
import { computeDeadlines, type DeadlineReport } from '../../src/domain/deadlines';

const RUNS = { numRuns: 150 };

/** A first sick day between 2015 and 2030, as an IsoDate. */
const firstDay = fc.integer({ min: 0, max: 16 * 365 }).map((n) => addDays('2015-01-01', n));
const jurisdiction = fc.constantFrom<Jurisdiction>('NL', 'BE');

/** Smallest gap that starts a new case, per jurisdiction and the regime of the start date. */
function newCaseGap(j: Jurisdiction, start: string): number {
  if (j === 'NL') return 28;
  return start < '2026-01-01' ? 14 : 56;
}

/** Non-repeating milestones keyed by id; for repeating ones the open occurrence. */
function dueById(r: DeadlineReport): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of r.milestones) if (m.status !== 'done' || !map.has(m.id)) map.set(m.id, m.due);
  return map;
}

describe('deadline properties', () => {
  it('a later relapse within the gap never moves a deadline earlier', () => {
    fc.assert(
      fc.property(
        jurisdiction,
        firstDay,
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 55 }),
        fc.integer({ min: 1, max: 400 }),
        fc.option(fc.integer({ min: 1, max: 250 }), { nil: null }),
        (j, start, sickLength, rawGap, todayOffset, size) => {
          const gap = Math.min(rawGap, newCaseGap(j, start) - 1);
          const end = addDays(start, sickLength - 1);
          const today = addDays(start, todayOffset);
          const facts = { jurisdiction: j, employerSize: size };
          const continuous = computeDeadlines({ ...facts, sickPeriods: [{ start, end: null, kind: 'full' }] }, today);
          const relapsed: SickPeriod[] = [
            { start, end, kind: 'full' },
            { start: addDays(end, gap + 1), end: null, kind: 'full' },
          ];
          const withRelapse = computeDeadlines({ ...facts, sickPeriods: relapsed }, today);
          expect(withRelapse.caseStart).toBe(start);
          const after = dueById(withRelapse);
          for (const [id, due] of dueById(continuous)) {
            expect(after.has(id)).toBe(true);
            expect(after.get(id)! >= due).toBe(true);
          }
          // And against the case before the relapse was known (ended on `end`): nothing earlier either.
          const recovered = dueById(computeDeadlines({ ...facts, sickPeriods: [relapsed[0]!] }, today));
          for (const [id, due] of recovered) expect(after.get(id)! >= due).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('a gap of 28 days or more (NL; BE: 14 days before 2026, 8 weeks from 2026) starts a new case', () => {
    fc.assert(
      fc.property(
        jurisdiction,
        firstDay,
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 400 }),
        (j, start, sickLength, extraGap, todayOffset) => {
          const gap = newCaseGap(j, start) + extraGap;
          const end = addDays(start, sickLength - 1);
          const second: SickPeriod = { start: addDays(end, gap + 1), end: null, kind: 'full' };
          const periods: SickPeriod[] = [{ start, end, kind: 'full' }, second];
          expect(splitIntoCases(periods, { jurisdiction: j })).toHaveLength(2);
          expect(relapseDecision([periods[0]!], second.start, { jurisdiction: j }).continuesCase).toBe(false);
          const today = addDays(second.start, todayOffset);
          const both = computeDeadlines({ jurisdiction: j, employerSize: 30, sickPeriods: periods }, today);
          const alone = computeDeadlines({ jurisdiction: j, employerSize: 30, sickPeriods: [second] }, today);
          expect(both.caseStart).toBe(second.start);
          expect(both.milestones).toEqual(alone.milestones);
          expect(both.sickDays).toBe(alone.sickDays);
        },
      ),
      RUNS,
    );
  });

  /** Valid chains of 1 to 4 periods with random gaps; the last one may still run. */
  const chain = fc
    .record({
      start: firstDay,
      parts: fc.array(fc.record({ length: fc.integer({ min: 1, max: 300 }), gap: fc.integer({ min: 1, max: 70 }) }), {
        minLength: 1,
        maxLength: 4,
      }),
      lastOpen: fc.boolean(),
    })
    .map(({ start, parts, lastOpen }) => {
      const periods: SickPeriod[] = [];
      let from = start;
      parts.forEach((p, i) => {
        const end = addDays(from, p.length - 1);
        const last = i === parts.length - 1;
        periods.push({ start: from, end: last && lastOpen ? null : end, kind: 'full' });
        from = addDays(end, p.gap + 1);
      });
      return periods;
    });

  it('no due date falls before the first sick day, windows open before they close, order is by due date', () => {
    fc.assert(
      fc.property(
        jurisdiction,
        chain,
        fc.integer({ min: -30, max: 1200 }),
        fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
        fc.option(
          fc.record({ after: fc.integer({ min: 0, max: 300 }), decision: fc.constantFrom('A', 'B', 'C', null), wait: fc.integer({ min: 0, max: 90 }) }),
          { nil: null },
        ),
        (j, periods, todayOffset, size, ritInput) => {
          const first = periods[0]!.start;
          const rit: RitState | null =
            j === 'BE' && ritInput
              ? {
                  requestedOn: addDays(first, ritInput.after),
                  decision: ritInput.decision
                    ? { kind: ritInput.decision, on: addDays(first, ritInput.after + ritInput.wait) }
                    : null,
                }
              : null;
          const r = computeDeadlines({ jurisdiction: j, employerSize: size, sickPeriods: periods, rit }, addDays(first, todayOffset));
          expect(r.caseStart >= first).toBe(true);
          for (const m of r.milestones) {
            expect(m.due >= first).toBe(true);
            expect(m.due >= r.caseStart).toBe(true);
            if (m.windowStart) expect(m.windowStart <= m.due && m.windowStart >= r.caseStart).toBe(true);
          }
          const dues = r.milestones.map((m) => m.due);
          expect(dues).toEqual([...dues].sort());
        },
      ),
      RUNS,
    );
  });

  it('NL: a wage sanction or an agreed postponement never moves a deadline earlier (art. 24 and 25 WIA)', () => {
    fc.assert(
      fc.property(
        chain,
        fc.integer({ min: 0, max: 1300 }),
        fc.integer({ min: 1, max: 364 }),
        fc.integer({ min: 91, max: 500 }),
        fc.constantFrom('sanction', 'postponement', 'both'),
        (periods, todayOffset, sanctionDays, postponedDays, which) => {
          const first = periods[0]!.start;
          const today = addDays(first, todayOffset);
          const facts = { jurisdiction: 'NL' as const, employerSize: 30, sickPeriods: periods };
          const before = computeDeadlines(facts, today);
          const end = before.milestones.find((m) => m.id === 'nl.waiting_period_end')?.due ?? addDays(before.caseStart, 727);
          const legal = {
            wageSanction: which !== 'postponement' ? { decidedOn: addDays(end, -30), endsOn: addDays(end, sanctionDays) } : null,
            wiaPostponement: which !== 'sanction' ? { agreedOn: addDays(end, -120), endsOn: addDays(end, postponedDays) } : null,
          };
          const after = dueById(computeDeadlines({ ...facts, legal }, today));
          for (const [id, due] of dueById(before)) {
            expect(after.has(id)).toBe(true);
            expect(after.get(id)! >= due).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it('BE: a relapse marked "different illness" starts a new incapacity, whatever the gap (beci.be)', () => {
    fc.assert(
      fc.property(
        firstDay,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 300 }),
        (start, sickLength, gap, todayOffset) => {
          const end = addDays(start, sickLength - 1);
          const relapse: SickPeriod = { start: addDays(end, gap + 1), end: null, kind: 'full', differentIllness: true };
          const periods: SickPeriod[] = [{ start, end, kind: 'full' }, relapse];
          expect(splitIntoCases(periods, { jurisdiction: 'BE' })).toHaveLength(2);
          expect(relapseDecision([periods[0]!], relapse.start, { jurisdiction: 'BE' }, undefined, true).continuesCase).toBe(false);
          const today = addDays(relapse.start, todayOffset);
          const both = computeDeadlines({ jurisdiction: 'BE', employerSize: 30, sickPeriods: periods }, today);
          const alone = computeDeadlines({ jurisdiction: 'BE', employerSize: 30, sickPeriods: [relapse] }, today);
          expect(both.caseStart).toBe(relapse.start);
          expect(both.milestones).toEqual(alone.milestones);
          // NL counts every cause: the same periods stay one case when the gap is short.
          if (gap < 28) expect(splitIntoCases(periods, { jurisdiction: 'NL' })).toHaveLength(1);
        },
      ),
      RUNS,
    );
  });
});
