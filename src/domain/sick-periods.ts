// Validating sick periods and measuring the gaps between them. A gap is the run of days
// between the last sick day of one period and the first of the next (recovery days).
import type { DateInterval, IsoDate, SickPeriod } from './case';
import { addDays, daysBetween, maxDate, minDate, requireIsoDate } from './dates';
import { DomainError } from './errors';

/**
 * Checks every date exists, each end is on or after its start, percentages are 1..99 for partial
 * periods, periods do not overlap and only the last one is still running. Returns the periods
 * sorted by start (copies; the input is not changed). Throws a DomainError naming the problem.
 */
export function validateSickPeriods(periods: readonly SickPeriod[]): SickPeriod[] {
  if (periods.length === 0) throw new DomainError('no_sick_period', 'at least one sick period is needed');
  const sorted = periods.map(validatePeriod).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const next = sorted[i]!;
    if (prev.end == null) {
      throw new DomainError('open_period_not_last', `the period from ${prev.start} has no end but another period follows`, {
        start: prev.start,
        next: next.start,
      });
    }
    if (next.start <= prev.end) {
      throw new DomainError('overlapping_periods', `the periods from ${prev.start} and from ${next.start} overlap`, {
        start: prev.start,
        next: next.start,
      });
    }
  }
  return sorted;
}

function validatePeriod(p: SickPeriod): SickPeriod {
  const start = requireIsoDate(p.start, 'start of sick period');
  const end = p.end == null ? null : requireIsoDate(p.end, 'end of sick period');
  if (end !== null && end < start) {
    throw new DomainError('end_before_start', `the sick period ${start}:${end} ends before it starts`, { start, end });
  }
  if (p.kind !== 'full' && p.kind !== 'partial') {
    throw new DomainError('invalid_percentage', `sick period kind must be full or partial, got ${String(p.kind)}`, {
      value: String(p.kind),
    });
  }
  if (p.kind === 'partial') {
    const pct = p.percentage;
    if (typeof pct !== 'number' || !Number.isInteger(pct) || pct < 1 || pct > 99) {
      throw new DomainError('invalid_percentage', `a partial period needs a percentage from 1 to 99, got ${String(pct)}`, {
        value: String(pct),
      });
    }
    return withIllnessFlag({ start, end, kind: 'partial', percentage: pct }, p);
  }
  return withIllnessFlag({ start, end, kind: 'full' }, p);
}

/** Keeps the BE "different illness" yes (and only a yes: absent means the same illness). */
function withIllnessFlag(period: SickPeriod, from: SickPeriod): SickPeriod {
  return from.differentIllness === true ? { ...period, differentIllness: true } : period;
}

/** Checks the maternity-leave interval, if any. */
export function validateInterval(interval: DateInterval, what: string): DateInterval {
  const start = requireIsoDate(interval.start, `start of ${what}`);
  const end = requireIsoDate(interval.end, `end of ${what}`);
  if (end < start) throw new DomainError('end_before_start', `${what} ${start}:${end} ends before it starts`, { start, end });
  return { start, end };
}

/** Number of days in [from, to] that fall inside `interval` (0 when `to` < `from`). */
export function overlapDays(from: IsoDate, to: IsoDate, interval: DateInterval | null | undefined): number {
  if (!interval || to < from) return 0;
  const a = maxDate(from, interval.start);
  const b = minDate(to, interval.end);
  return b < a ? 0 : daysBetween(a, b) + 1;
}

/** Recovery days between a period that ended on `prevEnd` and one starting on `nextStart`. */
export function gapDays(prevEnd: IsoDate, nextStart: IsoDate, excluded?: DateInterval | null): number {
  const from = addDays(prevEnd, 1);
  const to = addDays(nextStart, -1);
  if (to < from) return 0;
  return daysBetween(from, to) + 1 - overlapDays(from, to, excluded);
}

/** True when `interval` lies (at least partly) between the two periods. */
export function intervalInGap(prevEnd: IsoDate, nextStart: IsoDate, interval: DateInterval | null | undefined): boolean {
  return overlapDays(addDays(prevEnd, 1), addDays(nextStart, -1), interval) > 0;
}
