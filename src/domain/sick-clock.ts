// The sick-day clock of one case: day 1 is the first sick day and only sick days count.
// Recovery days between periods (samentellen, art. 7:629 lid 10 BW) and maternity-leave days
// (not sickness: the WAZO benefit replaces it) are skipped, so later deadlines move.
import type { DateInterval, IsoDate, SickPeriod } from './case';
import { fromEpochDay, toEpochDay } from './dates';

interface Segment {
  /** Epoch days, inclusive; `last` is Infinity for a running period. */
  first: number;
  last: number;
  /** Sick days counted before this segment. */
  before: number;
}

export interface SickClock {
  readonly firstDay: IsoDate;
  /** Counted sick days of a chain that has ended; null while the last period runs on. */
  readonly totalDays: number | null;
  /** The date of sick day `n` (1-based); null when the chain ended before reaching it. */
  dateOfDay(n: number): IsoDate | null;
  /** As `dateOfDay`, but if the chain ended it carries on as though sickness had continued. */
  projectedDateOfDay(n: number): IsoDate;
  /** Number of sick days on or before `date` (0 before the first sick day). */
  daysUpTo(date: IsoDate): number;
}

/** `periods`: one case's chain, validated and sorted. `excluded`: maternity leave, if any. */
export function buildSickClock(periods: readonly SickPeriod[], excluded?: DateInterval | null): SickClock {
  const first = periods[0];
  if (!first) throw new Error('buildSickClock: a case has at least one sick period');
  const last = periods[periods.length - 1]!;
  const actual = segmentsOf(periods, excluded);
  const running = last.end == null;
  const totalDays = running ? null : total(actual);
  // The projection adds one running period from the day after the chain's last sick day.
  const projected = running
    ? actual
    : segmentsOf([...periods, { start: fromEpochDay(toEpochDay(last.end!) + 1), end: null, kind: 'full' }], excluded);

  return {
    firstDay: first.start,
    totalDays,
    dateOfDay: (n) => dayIn(actual, n),
    projectedDateOfDay: (n) => dayIn(projected, n) ?? first.start,
    daysUpTo: (date) => countUpTo(actual, toEpochDay(date)),
  };
}

function segmentsOf(periods: readonly SickPeriod[], excluded?: DateInterval | null): Segment[] {
  const ex = excluded ? { first: toEpochDay(excluded.start), last: toEpochDay(excluded.end) } : null;
  const out: Segment[] = [];
  let before = 0;
  const push = (first: number, last: number) => {
    if (last < first) return;
    out.push({ first, last, before });
    before += last - first + 1;
  };
  for (const p of periods) {
    const first = toEpochDay(p.start);
    const last = p.end == null ? Infinity : toEpochDay(p.end);
    if (!ex || ex.last < first || ex.first > last) {
      push(first, last);
    } else {
      push(first, ex.first - 1);
      push(ex.last + 1, last);
    }
  }
  return out;
}

function total(segments: readonly Segment[]): number {
  const s = segments[segments.length - 1];
  return s ? s.before + (s.last - s.first + 1) : 0;
}

function dayIn(segments: readonly Segment[], n: number): IsoDate | null {
  if (!Number.isInteger(n) || n < 1) return null;
  for (const s of segments) {
    const length = s.last - s.first + 1;
    if (n <= s.before + length) return fromEpochDay(s.first + (n - s.before) - 1);
  }
  return null;
}

function countUpTo(segments: readonly Segment[], day: number): number {
  let count = 0;
  for (const s of segments) {
    if (day < s.first) break;
    count = s.before + (Math.min(day, s.last) - s.first + 1);
  }
  return count;
}
