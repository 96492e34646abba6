// What a manager sees of the check-ins: a direction and a rough level per scale, the explicit
// requests, and only the notes the employee chose to share. Never the scores one by one: the
// answers are the employee's; the manager gets enough to act on, not a report.
import type { IsoDate } from '../case';
import { MANAGER_VISIBLE_REQUESTS, type CheckinData, type HelpChoice } from './answers';

export type Direction = 'up' | 'steady' | 'down';
export type Level = 'low' | 'middle' | 'good';

export interface ScaleTrend {
  /** Null with a single answer: one answer shows a level, not where things are going. */
  direction: Direction | null;
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

/**
 * The answers given on one scale (skipped ones left out), oldest first. Direction compares the
 * mean of the last two answers with the two before, or with two or three answers the last with
 * the one before (half a point counts); with one answer there is no direction yet.
 */
export function scaleTrend(values: ReadonlyArray<number | null>): ScaleTrend | null {
  const given = values.filter((v): v is number => v !== null);
  if (given.length === 0) return null;
  const level = levelOf(mean(given.slice(-2)));
  if (given.length < 2) return { direction: null, level };
  const span = given.length >= 4 ? 2 : 1;
  const delta = mean(given.slice(-span)) - mean(given.slice(-2 * span, -span));
  return { direction: delta >= 0.5 ? 'up' : delta <= -0.5 ? 'down' : 'steady', level };
}

function levelOf(score: number): Level {
  return score <= 2 ? 'low' : score < 3.5 ? 'middle' : 'good';
}

export function managerTrend(answers: readonly CheckinData[], maxItems = 5): ManagerTrend {
  const sorted = [...answers].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const newest = [...sorted].reverse();
  return {
    answers: sorted.length,
    lastOn: sorted.length ? sorted[sorted.length - 1]!.on : null,
    energy: scaleTrend(sorted.map((a) => a.energy)),
    progress: scaleTrend(sorted.map((a) => a.progress)),
    requests: newest
      .flatMap((a) => (a.help && MANAGER_VISIBLE_REQUESTS.includes(a.help) ? [{ on: a.on, help: a.help }] : []))
      .slice(0, maxItems),
    sharedNotes: newest
      .filter((a) => a.shareWithManager && a.note)
      .slice(0, maxItems)
      .map((a) => ({ on: a.on, note: a.note! })),
  };
}
