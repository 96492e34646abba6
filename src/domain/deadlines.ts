// The legal deadlines of a case on a given day: every milestone that applies, in due order, with
// its status. Pure: the facts and `today` come in, nothing is read from a clock or a store.
import type { Case, DateInterval, IsoDate, Jurisdiction, MilestoneCompletion, RitState, SickPeriod } from './case';
import { splitIntoCases } from './case-chains';
import { daysBetween, requireIsoDate } from './dates';
import { DomainError } from './errors';
import { legalRecordOfCase } from './legal/validate';
import type { LegalRecord } from './legal/types';
import { rulePackFor } from './rules';
import { ruleSettings, type RuleSettings } from './rules/settings';
import type { ExternalParty, MilestoneKind, MilestoneRule, PlannedMilestone, RegimeId, Responsible, RuleContext } from './rules/types';
import { buildSickClock } from './sick-clock';
import { validateInterval } from './sick-periods';

export type MilestoneStatus = 'done' | 'open' | 'due_soon' | 'overdue';

export interface MilestoneDeadline {
  id: string;
  due: IsoDate;
  /** First day the step may be taken, where the rule has a window (first-year evaluation). */
  windowStart: IsoDate | null;
  status: MilestoneStatus;
  source: string;
  responsible: Responsible;
  /** For `external`: who outside the organisation acts. */
  party: ExternalParty | null;
  kind: MilestoneKind;
  doneOn: IsoDate | null;
}

/** What the deadline engine needs; a `Case` has all of it. */
export interface CaseFacts {
  jurisdiction: Jurisdiction;
  /** Null or absent when unknown: size-dependent duties are then listed. */
  employerSize?: number | null;
  sickPeriods: readonly SickPeriod[];
  maternityLeave?: DateInterval | null;
  separateAfterMaternity?: boolean | null;
  milestonesDone?: readonly MilestoneCompletion[];
  rit?: RitState | null;
  /** NL legal events (wage sanction, postponed WIA, early IVA, second track, expert opinions, safety net). */
  legal?: LegalRecord | null;
}

export interface DeadlineReport {
  jurisdiction: Jurisdiction;
  regime: RegimeId;
  today: IsoDate;
  /** First sick day of the current case (the last chain of periods). */
  caseStart: IsoDate;
  /** The current case's periods; earlier periods more than a gap apart formed earlier cases. */
  casePeriods: SickPeriod[];
  /** How many earlier cases the given periods contain (they do not count here). */
  earlierCases: number;
  /** Sick days of the current case up to and including `today`. */
  sickDays: number;
  /** True while the last period runs on (no end, or an end on or after `today`). */
  sickToday: boolean;
  /** BE: first day the employer may request a re-integration trajectory. NL: null. */
  ritPossibleFrom: IsoDate | null;
  milestones: MilestoneDeadline[];
  /** Milestones not yet done whose due date is today or later, in due order. */
  upcoming: MilestoneDeadline[];
}

/** Tenant overrides of the configurable values (due-soon window, arbo report day, BE gaps...). */
export type DeadlineOptions = Partial<RuleSettings>;

/**
 * Every milestone that applies to the case on `today`, in due order. Throws a DomainError when the
 * facts are invalid (dates that do not exist, overlapping periods, an end before its start).
 */
export function computeDeadlines(facts: CaseFacts | Case, today: IsoDate, options?: DeadlineOptions): DeadlineReport {
  requireIsoDate(today, 'today');
  const settings = ruleSettings(options);
  if (facts.jurisdiction !== 'NL' && facts.jurisdiction !== 'BE') {
    throw new DomainError('unknown_jurisdiction', `unknown jurisdiction ${String(facts.jurisdiction)}`, {
      value: String(facts.jurisdiction),
    });
  }
  const employerSize = facts.employerSize ?? null;
  if (employerSize !== null && (!Number.isInteger(employerSize) || employerSize < 1)) {
    throw new DomainError('invalid_employer_size', `employer size must be a whole number from 1, got ${employerSize}`, {
      value: employerSize,
    });
  }
  const maternityLeave = facts.maternityLeave ? validateInterval(facts.maternityLeave, 'maternity leave') : null;
  const chains = splitIntoCases(facts.sickPeriods, { ...facts, maternityLeave }, settings);
  const chain = chains[chains.length - 1]!;
  const caseStart = chain[0]!.start;
  const pack = rulePackFor(facts.jurisdiction, caseStart);
  const clock = buildSickClock(chain, maternityLeave);
  const completions = completionsSince(facts.milestonesDone ?? [], caseStart);
  const rit = validRit(facts.rit, caseStart);

  const ctx: RuleContext = {
    jurisdiction: facts.jurisdiction,
    clock,
    caseStart,
    employerSize,
    rit,
    legal: legalRecordOfCase(facts.legal, caseStart),
    settings,
    completions: (id) => completions.get(id) ?? [],
  };

  const milestones = pack.rules
    .flatMap((rule, order) => rule.plan(ctx).map((p) => ({ order, m: toDeadline(rule, p, today, settings) })))
    .sort((a, b) => cmp(a.m.due, b.m.due) || a.order - b.order || cmp(a.m.doneOn ?? '~', b.m.doneOn ?? '~'))
    .map((x) => x.m);

  const last = chain[chain.length - 1]!;
  return {
    jurisdiction: facts.jurisdiction,
    regime: pack.regime,
    today,
    caseStart,
    casePeriods: chain,
    earlierCases: chains.length - 1,
    sickDays: clock.daysUpTo(today),
    sickToday: today >= caseStart && (last.end == null || last.end >= today),
    ritPossibleFrom: pack.ritPossibleFrom(ctx),
    milestones,
    upcoming: milestones.filter((m) => m.status !== 'done' && m.due >= today),
  };
}

/** Status of one milestone on `today`. `dueSoonDays` 7: due within the coming week (today included). */
export function milestoneStatus(
  due: IsoDate,
  doneOn: IsoDate | null,
  kind: MilestoneKind,
  today: IsoDate,
  dueSoonDays: number,
): MilestoneStatus {
  if (doneOn) return 'done';
  const daysLeft = daysBetween(today, due);
  if (kind === 'event' && daysLeft < 0) return 'done';
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= dueSoonDays ? 'due_soon' : 'open';
}

function toDeadline(rule: MilestoneRule, p: PlannedMilestone, today: IsoDate, s: RuleSettings): MilestoneDeadline {
  const status = milestoneStatus(p.due, p.doneOn, rule.kind, today, s.dueSoonDays);
  // An event is done by itself once its day has passed.
  const doneOn = p.doneOn ?? (status === 'done' ? p.due : null);
  return {
    id: rule.id,
    due: p.due,
    windowStart: p.windowStart,
    status,
    source: p.source ?? rule.source,
    responsible: rule.responsible,
    party: rule.party ?? null,
    kind: rule.kind,
    doneOn,
  };
}

/** Completions on or after the case's first day, grouped by id and sorted by date. */
function completionsSince(done: readonly MilestoneCompletion[], caseStart: IsoDate): Map<string, IsoDate[]> {
  const byId = new Map<string, IsoDate[]>();
  for (const c of done) {
    requireIsoDate(c.on, `completion of ${c.id}`);
    if (c.on < caseStart) continue; // belongs to an earlier case
    const list = byId.get(c.id) ?? [];
    list.push(c.on);
    byId.set(c.id, list);
  }
  for (const list of byId.values()) list.sort();
  return byId;
}

/** The RIT of this case, checked; a request from before the case belongs to an earlier one. */
function validRit(rit: RitState | null | undefined, caseStart: IsoDate): RitState | null {
  if (!rit) return null;
  const requestedOn = requireIsoDate(rit.requestedOn, 'RIT request date');
  const decision = rit.decision ?? null;
  if (decision) {
    requireIsoDate(decision.on, 'RIT decision date');
    if (decision.kind !== 'A' && decision.kind !== 'B' && decision.kind !== 'C') {
      throw new DomainError('invalid_rit_decision', `RIT decision must be A, B or C, got ${String(decision.kind)}`, {
        value: String(decision.kind),
      });
    }
    if (decision.on < requestedOn) {
      throw new DomainError('date_before_previous', `the RIT decision ${decision.on} is before the request ${requestedOn}`, {
        date: decision.on,
        previous: requestedOn,
      });
    }
  }
  return requestedOn >= caseStart ? { requestedOn, decision } : null;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
