import {
  closeCase,
  completeMilestone,
  movePhase,
  openCase,
  recordRitDecision,
  reportPartialReturn,
  reportRecovery,
  reportRelapse,
  requestRit,
  type OpenCaseInput,
} from '../../src/domain/case-events';
import { computeDeadlines } from '../../src/domain/deadlines';
import { domainErrorText } from '../../src/domain/error-text';
import { DOMAIN_ERROR_CODES, isDomainError, type DomainError } from '../../src/domain/errors';
import { recordLegalEvent } from '../../src/domain/legal/events';

const base: OpenCaseInput = {
  id: 'c',
  tenantId: 't',
  employeeId: 'e',
  managerId: 'm',
  jurisdiction: 'BE',
  employerSize: 5,
  firstSickDay: '2026-01-05',
  createdAt: '2026-01-05T08:00:00Z',
};
const be = openCase(base);
const nl = openCase({ ...base, jurisdiction: 'NL' });
const recovered = reportRecovery(be, { on: '2026-02-01' });
const decided = recordRitDecision(requestRit(be, { on: '2026-02-01' }), { kind: 'A', on: '2026-02-10' });
const facts = (sickPeriods: { start: string; end?: string | null; kind: 'full' }[]) => ({ jurisdiction: 'NL' as const, sickPeriods });

/** One real way to run into each error code. */
const TRIGGERS: Array<() => unknown> = [
  () => openCase({ ...base, managerId: '' }),
  () => reportRecovery(be, { on: '2026-02-30' }),
  () => computeDeadlines(facts([{ start: '2026-02-01', end: '2026-01-01', kind: 'full' }]), '2026-03-01'),
  () => computeDeadlines(facts([{ start: '2026-01-01', end: '2026-02-01', kind: 'full' }, { start: '2026-01-15', kind: 'full' }]), '2026-03-01'),
  () => computeDeadlines(facts([{ start: '2026-01-01', kind: 'full' }, { start: '2026-03-01', kind: 'full' }]), '2026-03-01'),
  () => computeDeadlines(facts([]), '2026-03-01'),
  () => reportPartialReturn(be, { on: '2026-01-20', percentage: 120 }),
  () => openCase({ ...base, employerSize: -3 }),
  () => openCase({ ...base, jurisdiction: 'FR' as never }),
  () => movePhase(be, { phase: 'holiday' as never, on: '2026-01-10' }),
  () => completeMilestone(be, { id: 'nl.action_plan', on: '2026-01-10' }),
  () => completeMilestone(completeMilestone(be, { id: 'be.quick_scan', on: '2026-03-10' }), { id: 'be.quick_scan', on: '2026-03-11' }),
  () => completeMilestone(be, { id: 'be.quick_scan', on: '2025-12-01' }),
  () => reportRecovery(be, { on: '2026-01-05' }),
  () => reportRelapse(be, { on: '2026-02-01' }),
  () => reportRecovery(recovered, { on: '2026-02-10' }),
  () => movePhase(closeCase(recovered, { on: '2026-02-10' }), { phase: 'post_return', on: '2026-02-11' }),
  () => requestRit(nl, { on: '2026-02-01' }),
  () => requestRit(decided, { on: '2026-02-02' }),
  () => recordRitDecision(be, { kind: 'A', on: '2026-02-10' }),
  () => recordRitDecision(decided, { kind: 'B', on: '2026-02-11' }),
  () => recordRitDecision(requestRit(be, { on: '2026-02-01' }), { kind: 'X' as never, on: '2026-02-11' }),
  () => recordLegalEvent(nl, { event: 'safety_net', on: '2026-01-06', reportTerm: 'week_9' as never }),
  () => recordLegalEvent(be, { event: 'safety_net', on: '2026-01-06', reportTerm: 'week_6' }),
  () => recordLegalEvent(recordLegalEvent(nl, { event: 'labour_expert', on: '2026-01-10' }), { event: 'labour_expert', on: '2026-01-11' }),
  () => recordLegalEvent(nl, { event: 'sanction_shortening_request', on: '2026-01-10' }),
  () => recordLegalEvent(nl, { event: 'wia_postponement', on: '2026-01-10', endsOn: '2028-01-10' }),
  () => recordLegalEvent(nl, { event: 'early_iva', on: '2026-01-10' }),
];

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('domain error texts', () => {
  const errors = TRIGGERS.map(thrown);

  it('are reachable for every code', () => {
    expect(new Set(errors.map((e) => e.code))).toEqual(new Set(DOMAIN_ERROR_CODES));
  });

  it.each(['nl-NL', 'en'] as const)('read as one complete sentence in %s', (locale) => {
    for (const e of errors) {
      const text = domainErrorText(e, locale);
      expect(text).not.toMatch(/undefined|\$\{|\n/);
      expect(text.length).toBeGreaterThan(10);
    }
  });
});
