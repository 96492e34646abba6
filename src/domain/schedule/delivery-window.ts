// When a message may reach someone: in their own time zone, within working hours, on a working
// day of the tenant's country (no weekends, no public holidays). Reminders are planned as
// calendar days; this turns a day, or "now", into the first instant that respects all of that.
// Pure: the instant to start from is passed in.
import { TZDate, tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { IsoDate, Jurisdiction } from '../case';
import { InvalidSettingError } from './setting-error';
import { isWorkingDay, nextWorkingDay, previousWorkingDay } from '../working-days';

export interface DeliveryWindow {
  /** IANA time zone of the recipient (their own, else the tenant's). */
  timeZone: string;
  /** Local wall-clock times, `HH:mm`; `end` is exclusive. */
  start: string;
  end: string;
  /** Whose public holidays count: the tenant's country. */
  jurisdiction: Jurisdiction;
  /** The organisation's own days off (`YYYY-MM-DD` or yearly `MM-DD`): no messages then either. */
  daysOff?: readonly string[];
}

function calendarOf(w: DeliveryWindow) {
  return w.daysOff && w.daysOff.length > 0 ? { jurisdiction: w.jurisdiction, daysOff: w.daysOff } : w.jurisdiction;
}

export const DEFAULT_WORKING_HOURS = { start: '09:00', end: '17:00' } as const;

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight for `HH:mm`, or null when it is not a valid time. */
export function minutesOf(hhmm: string): number | null {
  const m = HH_MM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Checks a window once (at start-up or when a tenant changes settings), naming what is wrong. */
export function validateWindow(w: DeliveryWindow): DeliveryWindow {
  if (!isTimeZone(w.timeZone)) {
    throw new InvalidSettingError('timeZone', `unknown time zone ${JSON.stringify(w.timeZone)}`);
  }
  const start = minutesOf(w.start);
  const end = minutesOf(w.end);
  if (start === null || end === null || end <= start) {
    throw new InvalidSettingError('workingHours', `${w.start}-${w.end}: use HH:mm with the end after the start`);
  }
  return w;
}

/**
 * Time-zone arithmetic goes through Intl and costs microseconds a call; re-planning asks the
 * same questions again and again (the day a record was made, 09:00 on a given day), so answers
 * are remembered. Pure functions of their arguments: memoising cannot change a result.
 */
function memo<T>(limit: number): (key: string, compute: () => T) => T {
  const cache = new Map<string, T>();
  return (key, compute) => {
    let v = cache.get(key);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      v = compute();
      cache.set(key, v);
    }
    return v;
  };
}

const dayMemo = memo<IsoDate>(50_000);
const instantMemo = memo<number>(50_000);

/** The calendar day an instant falls on in `timeZone`. */
export function localDay(instant: Date, timeZone: string): IsoDate {
  return dayMemo(`${timeZone}|${instant.getTime()}`, () => format(instant, 'yyyy-MM-dd', { in: tz(timeZone) }));
}

/** ISO 8601 with the local offset, as people in that zone read it: `2026-03-30T09:00:00+02:00`. */
export function localIso(instant: Date, timeZone: string): string {
  return format(instant, "yyyy-MM-dd'T'HH:mm:ssxxx", { in: tz(timeZone) });
}

/** The instant of wall-clock `minutes` after midnight on `day` in `timeZone`. */
export function instantAt(day: IsoDate, minutes: number, timeZone: string): Date {
  const ms = instantMemo(`${timeZone}|${day}|${minutes}`, () =>
    new TZDate(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), Math.floor(minutes / 60), minutes % 60, timeZone).getTime(),
  );
  return new Date(ms);
}

/**
 * The first instant at or after `from` when a message may be delivered: `from` itself when it
 * falls inside working hours on a working day, else the start of the next working window.
 */
export function nextDeliveryInstant(from: Date, w: DeliveryWindow): Date {
  const start = minutesOf(w.start) ?? 9 * 60;
  const end = minutesOf(w.end) ?? 17 * 60;
  const day = localDay(from, w.timeZone);
  if (isWorkingDay(day, calendarOf(w))) {
    const opens = instantAt(day, start, w.timeZone);
    if (from < opens) return opens;
    if (from < instantAt(day, end, w.timeZone)) return from;
  }
  return instantAt(nextWorkingDay(day, calendarOf(w)), start, w.timeZone);
}

/** True when a message may go out at `at`. */
export function isInsideWindow(at: Date, w: DeliveryWindow): boolean {
  return nextDeliveryInstant(at, w).getTime() === at.getTime();
}

/**
 * When a reminder planned for `day` goes out: the opening of that day's window. When `day` is
 * not a working day the reminder moves to the next working day, or with `earlier` (a reminder
 * ahead of a due date: "tomorrow" must not arrive after the weekend) to the one before. A day
 * already past is caught up at the next allowed instant after `now`.
 */
export function deliveryInstantForDay(day: IsoDate, w: DeliveryWindow, now: Date, earlier = false): Date {
  const start = minutesOf(w.start) ?? 9 * 60;
  const target = earlier && !isWorkingDay(day, calendarOf(w)) ? previousWorkingDay(day, calendarOf(w)) : day;
  const planned = nextDeliveryInstant(instantAt(target, start, w.timeZone), w);
  return planned < now ? nextDeliveryInstant(now, w) : planned;
}
