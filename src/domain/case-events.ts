// Case operations as pure functions: each takes a Case and an input, validates, and returns a new
// Case (the input Case is never changed). Bad input throws a DomainError with a code. Repeating
// the same operation with the same input returns the case unchanged, so a duplicate delivery
// records nothing twice.
import {
  JURISDICTIONS,
  PHASES,
  type Case,
  type DateInterval,
  type IsoDate,
  type Jurisdiction,
  type Phase,
  type RitDecision,
  type SickPeriod,
} from './case';
import { relapseDecision } from './case-chains';
import { addDays, requireIsoDate } from './dates';
import { DomainError } from './errors';
import { phaseAfter, withPhase } from './phase-rules';
import { isRepeatingMilestone, milestoneIdsFor } from './rules';
import type { RuleSettings } from './rules/settings';
import { validateInterval } from './sick-periods';

export interface OpenCaseInput {
  id: string;
  tenantId: string;
  employeeId: string;
  managerId: string;
  jurisdiction: Jurisdiction;
  employerSize: number;
  firstSickDay: IsoDate;
  /** Expected return date, if the manager knows it. */
  expectedReturn?: IsoDate | null;
  /** Sick for part of the hours from the first day: share of hours unfit, 1..99. */
  partialPercentage?: number | null;
  maternityLeave?: DateInterval | null;
  /** ISO instant of creation (from the caller's clock). */
  createdAt: string;
  /** Person id of whoever reported the absence. */
  openedBy?: string | null;
}

export function openCase(input: OpenCaseInput): Case {
  for (const key of ['id', 'tenantId', 'employeeId', 'managerId', 'createdAt'] as const) {
    if (typeof input[key] !== 'string' || input[key].length === 0) {
      throw new DomainError('missing_field', `${key} is required to open a case`, { field: key });
    }
  }
  if (!JURISDICTIONS.includes(input.jurisdiction)) {
    throw new DomainError('unknown_jurisdiction', `unknown jurisdiction ${String(input.jurisdiction)}`, {
      value: String(input.jurisdiction),
    });
  }
  if (!Number.isInteger(input.employerSize) || input.employerSize < 1) {
    throw new DomainError('invalid_employer_size', `employer size must be a whole number from 1, got ${input.employerSize}`, {
      value: String(input.employerSize),
    });
  }
  const start = requireIsoDate(input.firstSickDay, 'first sick day');
  const expectedReturn = input.expectedReturn == null ? null : requireIsoDate(input.expectedReturn, 'expected return');
  if (expectedReturn !== null && expectedReturn <= start) {
    throw new DomainError('date_before_case', `the expected return ${expectedReturn} is not after the first sick day ${start}`, {
      date: expectedReturn,
      caseStart: start,
    });
  }
  const period: SickPeriod =
    input.partialPercentage == null
      ? { start, end: null, kind: 'full' }
      : { start, end: null, kind: 'partial', percentage: requirePercentage(input.partialPercentage) };
  return {
    id: input.id,
    tenantId: input.tenantId,
    employeeId: input.employeeId,
    managerId: input.managerId,
    jurisdiction: input.jurisdiction,
    employerSize: input.employerSize,
    sickPeriods: [period],
    maternityLeave: input.maternityLeave ? validateInterval(input.maternityLeave, 'maternity leave') : null,
    phase: 'dropout',
    phaseHistory: [{ phase: 'dropout', on: start }],
    milestonesDone: [],
    rit: null,
    expectedReturn,
    status: 'open',
    closedOn: null,
    createdAt: input.createdAt,
    ...(input.openedBy ? { openedBy: input.openedBy } : {}),
  };
}

/** Full recovery: `on` is the first day back at full hours, so the running period ends the day before. */
export function reportRecovery(c: Case, input: { on: IsoDate }): Case {
  const on = eventDate(c, input.on, 'recovery date');
  const { index, period } = runningPeriod(c, on);
  if (on <= period.start) throw notAfter(on, period.start);
  const ended: SickPeriod = { ...period, end: addDays(on, -1) };
  const next = { ...c, sickPeriods: replaceAt(c.sickPeriods, index, [ended]) };
  return withPhase(next, phaseAfter('recovery', c.phase), on);
}

/**
 * Partial return from `on`: the person works part of their hours; `percentage` is the share of
 * the usual hours they are still unfit for (1..99), as in `SickPeriod.percentage`. The sick chain
 * continues (partial work never breaks it). Also used when the percentage changes.
 */
export function reportPartialReturn(c: Case, input: { on: IsoDate; percentage: number }): Case {
  const on = eventDate(c, input.on, 'partial return date');
  const percentage = requirePercentage(input.percentage);
  const { index, period } = runningPeriod(c, on);
  if (period.kind === 'partial' && period.percentage === percentage) return c;
  const partial: SickPeriod = { start: on, end: period.end ?? null, kind: 'partial', percentage };
  const replacement = on === period.start ? [partial] : [{ ...period, end: addDays(on, -1) }, partial];
  const next = { ...c, sickPeriods: replaceAt(c.sickPeriods, index, replacement) };
  return withPhase(next, phaseAfter('partial_return', c.phase), on);
}

export type RelapseOutcome =
  | { decision: 'continues'; case: Case; gapDays: number }
  /**
   * Too long after recovery, or (BE) a different illness: this case stays as it is and the
   * caller opens a new one.
   */
  | { decision: 'new_case'; gapDays: number; newCaseGapDays: number; reason: 'gap' | 'different_illness' };

/**
 * A new sick report from `on`. After full recovery it continues this case when the gap is short
 * enough (samentellen), else the caller must open a new case. From partial work it is a return to
 * full absence and always continues. A relapse that continues a closed case reopens it.
 * `differentIllness` (BE only, a yes/no from the new certificate): a new incapacity, so a new case
 * whatever the gap; NL adds periods up whatever the cause, so there it changes nothing.
 */
export function reportRelapse(
  c: Case,
  input: { on: IsoDate; differentIllness?: boolean },
  settings?: Partial<RuleSettings>,
): RelapseOutcome {
  // A relapse may reopen a case HR closed: the law adds the periods up regardless.
  const on = eventDate({ ...c, status: 'open' }, input.on, 'relapse date');
  const last = c.sickPeriods[c.sickPeriods.length - 1]!;
  const full: SickPeriod = { start: on, end: null, kind: 'full' };
  if (last.end == null || last.end >= on) {
    if (last.kind !== 'partial') {
      throw new DomainError('period_running', `the sick period from ${last.start} is still running`, { start: last.start });
    }
    if (on <= last.start) throw notAfter(on, last.start);
    const sickPeriods = replaceAt(c.sickPeriods, c.sickPeriods.length - 1, [{ ...last, end: addDays(on, -1) }, full]);
    const next = withPhase({ ...c, sickPeriods }, phaseAfter('back_to_full_absence', c.phase), on);
    return { decision: 'continues', case: next, gapDays: 0 };
  }
  const other = c.jurisdiction === 'BE' && input.differentIllness === true;
  const d = relapseDecision(c.sickPeriods, on, c, settings, other);
  if (!d.continuesCase) {
    const reason = other && d.gapDays < d.newCaseGapDays ? 'different_illness' : 'gap';
    return { decision: 'new_case', gapDays: d.gapDays, newCaseGapDays: d.newCaseGapDays, reason };
  }
  const reopened = { ...c, sickPeriods: [...c.sickPeriods, full], status: 'open' as const, closedOn: null };
  const next = withPhase(reopened, phaseAfter('relapse', c.phase), on);
  return { decision: 'continues', case: next, gapDays: d.gapDays };
}

/** Records that a milestone was done on `on`. `nl.evaluation` may be recorded many times. */
export function completeMilestone(c: Case, input: { id: string; on: IsoDate }): Case {
  const on = eventDate(c, input.on, 'completion date');
  if (!milestoneIdsFor(c.jurisdiction).includes(input.id)) {
    throw new DomainError('unknown_milestone', `${String(input.id)} is not a ${c.jurisdiction} milestone`, {
      id: String(input.id),
    });
  }
  const same = c.milestonesDone.filter((m) => m.id === input.id);
  if (same.some((m) => m.on === on)) return c;
  if (same.length > 0 && !isRepeatingMilestone(input.id)) {
    throw new DomainError('milestone_already_done', `${input.id} was already done on ${same[0]!.on}`, {
      id: input.id,
      on: same[0]!.on,
    });
  }
  const milestonesDone = [...c.milestonesDone, { id: input.id, on }].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return { ...c, milestonesDone };
}

/** BE: a re-integration trajectory was requested on `on` (by the employee, employer or doctor). */
export function requestRit(c: Case, input: { on: IsoDate }): Case {
  if (c.jurisdiction !== 'BE') throw new DomainError('rit_not_applicable', 'a re-integration trajectory exists in BE only');
  const on = eventDate(c, input.on, 'RIT request date');
  if (c.rit) {
    if (c.rit.requestedOn === on) return c;
    throw new DomainError('rit_already_requested', `a RIT was already requested on ${c.rit.requestedOn}`, {
      on: c.rit.requestedOn,
    });
  }
  return { ...c, rit: { requestedOn: on, decision: null } };
}

/** BE: the occupational doctor's decision (A, B or C) on `on`. */
export function recordRitDecision(c: Case, input: { kind: RitDecision; on: IsoDate }): Case {
  const on = eventDate(c, input.on, 'RIT decision date');
  if (!c.rit) throw new DomainError('rit_not_requested', 'no re-integration trajectory was requested');
  if (input.kind !== 'A' && input.kind !== 'B' && input.kind !== 'C') {
    throw new DomainError('invalid_rit_decision', `RIT decision must be A, B or C, got ${String(input.kind)}`, {
      value: String(input.kind),
    });
  }
  if (on < c.rit.requestedOn) throw notAfter(on, c.rit.requestedOn, true);
  const existing = c.rit.decision;
  if (existing) {
    if (existing.kind === input.kind && existing.on === on) return c;
    throw new DomainError('rit_already_decided', `decision ${existing.kind} was recorded on ${existing.on}`, {
      kind: existing.kind,
      on: existing.on,
    });
  }
  return { ...c, rit: { ...c.rit, decision: { kind: input.kind, on } } };
}

/** A manual phase move, kept in the history. Moving into the current phase changes nothing. */
export function movePhase(c: Case, input: { phase: Phase; on: IsoDate }): Case {
  const on = eventDate(c, input.on, 'phase date');
  if (!PHASES.includes(input.phase)) {
    throw new DomainError('unknown_phase', `unknown phase ${String(input.phase)}`, { value: String(input.phase) });
  }
  const lastChange = c.phaseHistory[c.phaseHistory.length - 1];
  if (lastChange && on < lastChange.on) throw notAfter(on, lastChange.on, true);
  return withPhase(c, input.phase, on);
}

/**
 * The first day, from `from` on, on which a new sick report would open a new case instead of
 * continuing this one (NL: 28 days without sickness after recovery, maternity leave not counted).
 * Null while a sick period runs. A case may close from that day: before it, a relapse still
 * belongs to this case.
 */
export function firstNewCaseDay(c: Case, from: IsoDate, settings?: Partial<RuleSettings>): IsoDate | null {
  const last = c.sickPeriods[c.sickPeriods.length - 1]!;
  if (last.end == null) return null;
  // Gap days only grow with the date, so the first day past the window is found by walking; the
  // windows are weeks long, a year of days is far beyond any of them (and leave in the gap).
  let day = from > last.end ? from : addDays(last.end, 1);
  for (let n = 0; n < 366; n++, day = addDays(day, 1)) {
    if (!relapseDecision(c.sickPeriods, day, c, settings).continuesCase) return day;
  }
  return null;
}

/** HR confirms the case is over (recovered for good, or employment ended). The last period must have ended. */
export function closeCase(c: Case, input: { on: IsoDate }): Case {
  if (c.status === 'closed' && c.closedOn === input.on) return c;
  const on = eventDate(c, input.on, 'closing date');
  const last = c.sickPeriods[c.sickPeriods.length - 1]!;
  if (last.end == null || last.end >= on) {
    throw new DomainError('period_running', `the sick period from ${last.start} is still running on ${on}`, {
      start: last.start,
    });
  }
  return { ...c, status: 'closed', closedOn: on };
}

/** A date for an event on `c`: the case must be open and the date not before its first sick day. */
export function eventDate(c: Case, value: unknown, what: string): IsoDate {
  if (c.status === 'closed') throw new DomainError('case_closed', `case ${c.id} is closed`, { caseId: c.id });
  const on = requireIsoDate(value, what);
  const start = c.sickPeriods[0]?.start;
  if (start && on < start) {
    throw new DomainError('date_before_case', `${what} ${on} is before the first sick day ${start}`, {
      date: on,
      caseStart: start,
    });
  }
  return on;
}

/** The last period, if it still runs on `on` (no end, or a planned end on or after `on`). */
function runningPeriod(c: Case, on: IsoDate): { index: number; period: SickPeriod } {
  const index = c.sickPeriods.length - 1;
  const period = c.sickPeriods[index];
  if (!period || (period.end != null && period.end < on)) {
    throw new DomainError('no_running_period', `no sick period is running on ${on}`, { date: on });
  }
  return { index, period };
}

function requirePercentage(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 99) {
    throw new DomainError('invalid_percentage', `percentage must be a whole number from 1 to 99, got ${String(value)}`, {
      value: String(value),
    });
  }
  return value;
}

function notAfter(date: IsoDate, previous: IsoDate, allowSame = false): DomainError {
  const rule = allowSame ? 'on or after' : 'after';
  return new DomainError('date_before_previous', `${date} must be ${rule} ${previous}`, { date, previous });
}

function replaceAt<T>(list: readonly T[], index: number, items: T[]): T[] {
  return [...list.slice(0, index), ...items, ...list.slice(index + 1)];
}
