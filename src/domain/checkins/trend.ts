// What a manager sees of the check-ins: a direction and a rough level per scale, the explicit
// requests, and only the notes the employee chose to share. Never the scores one by one: the
// answers are the employee's; the manager gets enough to act on, not a report.
import type { IsoDate } from '../case';
import { MANAGER_VISIBLE_REQUESTS, type CheckinData, type HelpChoice } from './answers';

export type Direction = 'up' | 'steady' | 'down';
export type Level = 'low' | 'middle' | 'good';

export interface ScaleTrend {
  direction: Direction;
  /** Where the latest answers are: low (1-2), middle (3), good (4-5), averaged over the last two. */
  level: Level;
}

export interface ManagerTrend {
  answers: number;
  lastOn: IsoDate | null;
  energy: ScaleTrend | null;
  progress: ScaleTrend | null;
  /** Requests addressed to the manager, newest first, with the day they were made. */
  requests: Array<{ on: IsoDate; help: HelpChoice }>;
  /** Notes the employee shared with the manager, newest first. */
  sharedNotes: Array<{ on: IsoDate; note: string }>;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Direction compares the mean of the last two answers with the two before (half a point counts). */
export function scaleTrend(values: readonly number[]): ScaleTrend | null {
  if (values.length === 0) return null;
  const recent = values.slice(-2);
  const before = values.slice(-4, -2);
  const now = mean(recent);
  const level: Level = now <= 2 ? 'low' : now < 3.5 ? 'middle' : 'good';
  if (before.length === 0) return { direction: 'steady', level };
  const delta = now - mean(before);
  return { direction: delta >= 0.5 ? 'up' : delta <= -0.5 ? 'down' : 'steady', level };
}

export function managerTrend(answers: readonly CheckinData[], maxItems = 5): ManagerTrend {
  const sorted = [...answers].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const newest = [...sorted].reverse();
  return {
    answers: sorted.length,
    lastOn: sorted.length ? sorted[sorted.length - 1]!.on : null,
    energy: scaleTrend(sorted.map((a) => a.energy)),
    progress: scaleTrend(sorted.map((a) => a.progress)),
    requests: newest.filter((a) => MANAGER_VISIBLE_REQUESTS.includes(a.help)).slice(0, maxItems).map((a) => ({ on: a.on, help: a.help })),
    sharedNotes: newest
      .filter((a) => a.shareWithManager && a.note)
      .slice(0, maxItems)
      .map((a) => ({ on: a.on, note: a.note! })),
  };
}
