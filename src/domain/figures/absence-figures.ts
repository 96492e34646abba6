// The three standard absence figures and a few of Herstart's own, per month or quarter, for one
// organisation. Pure: cases and their contact days come in, aggregates go out; nothing per person
// leaves this module, and every figure about fewer than five people is hidden (small-groups.ts).
//
// Definitions follow CBS (cbs.nl, "Begrippen"):
// - verzuimpercentage: sick calendar days as a share of the available calendar days of the
//   workforce in the period; a partial absence counts for its share of the hours.
// - meldingsfrequentie: sickness reports begun in the period per employee, converted to a year
//   ("omgerekend naar jaarbasis"), so a month and a quarter read on the same scale.
// - gemiddelde verzuimduur: calendar days per ended absence; here per ended case, whose relapses
//   within the legal gap (samentellen) belong to it.
import { PHASES, type Case, type IsoDate, type Phase, type SickPeriod } from '../case';
import { addDays, daysBetween, maxDate, minDate } from '../dates';
import type { MilestoneDeadline } from '../deadlines';
import { observedEnd, type Period } from './periods';
import { guard, guardBreakdown, type Guarded } from './small-groups';

/** One case as the figures need it. `employeeId` only counts distinct people; it is never shown. */
export interface FigureCase {
  c: Pick<Case, 'employeeId' | 'sickPeriods' | 'phaseHistory' | 'status' | 'closedOn'>;
  /** The case's legal timeline (computeDeadlines): only duties and their done days are read. */
  milestones: readonly Pick<MilestoneDeadline, 'kind' | 'due' | 'doneOn'>[];
  /** Days on which contact with the employee was recorded. */
  contactDays: readonly IsoDate[];
}

/** What the organisation told Herstart about its size; FTE wins for the percentage when given. */
export interface Workforce {
  headcount: number | null;
  fte?: number | null;
}

export interface PeriodFigures {
  period: Period;
  /** Days the period has been observed (up to today while it runs). */
  observedDays: number;
  /** Sickness reports begun in the period. */
  reports: Guarded<number>;
  /** Reports per employee per year; null without a headcount. */
  reportFrequency: Guarded<number> | null;
  /** Average calendar days of the cases whose absence ended in the period. */
  averageDuration: Guarded<number>;
  /** Percent; null without a headcount or FTE. */
  absencePercentage: Guarded<number> | null;
  /** Open cases by phase on the last observed day; a cell under five is null. */
  byPhase: { total: Guarded<number>; phases: Record<Phase, number | null> };
  /** Share (0..1) of legal duties due in the period that were done by their due day. */
  onTime: Guarded<number>;
  /** Median calendar days from the first sick day to the first recorded contact, for cases begun in the period. */
  daysToFirstContact: Guarded<number>;
}

export function periodFigures(cases: readonly FigureCase[], period: Period, today: IsoDate, workforce: Workforce): PeriodFigures {
  const end = observedEnd(period, today);
  const observedDays = daysBetween(period.start, end) + 1;
  const inPeriod = (d: IsoDate) => d >= period.start && d <= end;

  const reporters = new Set<string>();
  let reports = 0;
  const absent = new Set<string>();
  let weightedSickDays = 0;
  const ended: Array<{ who: string; days: number }> = [];
  const phaseCounts = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  const openPeople = new Set<string>();
  const stepPeople = new Set<string>();
  let stepsDue = 0;
  let stepsOnTime = 0;
  const firstContact: Array<{ who: string; days: number }> = [];

  for (const { c, milestones, contactDays } of cases) {
    const who = c.employeeId;
    const periods = c.sickPeriods;
    const caseStart = periods[0]?.start;
    if (!caseStart || caseStart > end) continue;

    for (const start of reportStarts(periods)) {
      if (inPeriod(start)) {
        reports++;
        reporters.add(who);
      }
    }

    for (const p of periods) {
      const from = maxDate(p.start, period.start);
      const to = minDate(p.end ?? end, end);
      if (from > to) continue;
      weightedSickDays += (daysBetween(from, to) + 1) * weight(p);
      absent.add(who);
    }

    const last = periods[periods.length - 1]!;
    const sickUntil = last.end ?? null;
    if (sickUntil && inPeriod(sickUntil)) ended.push({ who, days: sickCalendarDays(periods) });

    if (openOn(c, end)) {
      phaseCounts[phaseOn(c.phaseHistory, end)]++;
      openPeople.add(who);
    }

    for (const m of milestones) {
      if (m.kind !== 'duty' || !inPeriod(m.due)) continue;
      // A step that fell due after the absence ended lapsed with it; one due today can still be done.
      if (sickUntil && m.due > sickUntil) continue;
      const doneInTime = m.doneOn !== null && m.doneOn <= m.due;
      if (!doneInTime && m.due >= end) continue;
      stepsDue++;
      if (doneInTime) stepsOnTime++;
      stepPeople.add(who);
    }

    if (inPeriod(caseStart)) {
      const first = contactDays.filter((d) => d >= caseStart).sort()[0];
      if (first) firstContact.push({ who, days: daysBetween(caseStart, first) });
    }
  }

  const headcount = workforce.headcount && workforce.headcount > 0 ? workforce.headcount : null;
  const fte = workforce.fte && workforce.fte > 0 ? workforce.fte : null;
  const available = (fte ?? headcount ?? 0) * observedDays;
  const durations = ended.map((e) => e.days);
  const phases = guardBreakdown(phaseCounts);
  return {
    period,
    observedDays,
    reports: guard(reporters.size, reports),
    reportFrequency: headcount === null ? null : guard(reporters.size, round((reports / headcount) * (365 / observedDays), 2)),
    averageDuration: guard(distinct(ended), round(mean(durations), 1)),
    absencePercentage: available === 0 ? null : guard(absent.size, round((weightedSickDays / available) * 100, 1)),
    byPhase: { total: guard(openPeople.size, sum(Object.values(phaseCounts))), phases },
    onTime: guard(stepPeople.size, stepsDue === 0 ? 0 : round(stepsOnTime / stepsDue, 3)),
    daysToFirstContact: guard(distinct(firstContact), median(firstContact.map((f) => f.days))),
  };
}

/**
 * Where a new sickness report begins: the first period, and every period that does not follow
 * the previous one the next day (from partial to full work and back is the same report).
 */
export function reportStarts(periods: readonly SickPeriod[]): IsoDate[] {
  const out: IsoDate[] = [];
  periods.forEach((p, i) => {
    const prev = periods[i - 1];
    if (!prev || prev.end == null || addDays(prev.end, 1) !== p.start) out.push(p.start);
  });
  return out;
}

/** Calendar days off sick in the case, gaps between relapses left out; partial days count whole. */
export function sickCalendarDays(periods: readonly SickPeriod[]): number {
  let days = 0;
  for (const p of periods) if (p.end) days += daysBetween(p.start, p.end) + 1;
  return days;
}

function weight(p: SickPeriod): number {
  return p.kind === 'partial' && typeof p.percentage === 'number' ? p.percentage / 100 : 1;
}

function openOn(c: FigureCase['c'], day: IsoDate): boolean {
  if (c.sickPeriods[0]!.start > day) return false;
  return !(c.status === 'closed' && c.closedOn && c.closedOn <= day);
}

/** The phase on `day`: the last change on or before it (the first phase when none is). */
export function phaseOn(history: Case['phaseHistory'], day: IsoDate): Phase {
  let phase = history[0]?.phase ?? 'dropout';
  for (const h of history) if (h.on <= day) phase = h.phase;
  return phase;
}

function distinct(xs: ReadonlyArray<{ who: string }>): number {
  return new Set(xs.map((x) => x.who)).size;
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : sum(xs) / xs.length;
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
