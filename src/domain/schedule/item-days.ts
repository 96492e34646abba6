// Shaping the days one item is reminded on: the manager's answer first (done stops it, snooze
// moves it), then at most one catch-up for days already past, then the planning horizon. The
// catch-up rule is what keeps a late-reported case or a scheduler back from downtime from
// flooding anyone: of everything that should have gone out already, only the latest goes now.
import type { IsoDate } from '../case';
import type { NudgeResponseFact } from './plan-types';

export interface DayCandidate {
  key: string;
  day: IsoDate;
  leadDays: number | null;
}

/** The answer that counts for `item`: the latest one (ties: the last given). */
export function latestResponse(item: string, responses: readonly NudgeResponseFact[]): NudgeResponseFact | null {
  let latest: NudgeResponseFact | null = null;
  for (const r of responses) if (r.item === item && (!latest || r.on >= latest.on)) latest = r;
  return latest;
}

export function shapeItemDays(
  item: string,
  candidates: readonly DayCandidate[],
  responses: readonly NudgeResponseFact[],
  today: IsoDate,
  horizonEnd: IsoDate,
): DayCandidate[] {
  const answer = latestResponse(item, responses);
  if (answer?.action === 'done') return [];
  let days = [...candidates];
  if (answer?.action === 'snooze' && answer.until) {
    const until = answer.until;
    days = days.filter((c) => c.day > until);
    days.push({ key: `${item}:s:${until}`, day: until, leadDays: null });
  }
  days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const past = days.filter((c) => c.day < today);
  const latestPast = past[past.length - 1];
  return days.filter((c) => (c.day >= today || c === latestPast) && c.day <= horizonEnd);
}
