// Working days per jurisdiction: Monday to Friday, minus public holidays and the organisation's
// own days off.
//
// Two calendars, because the law and the office do not close on the same days:
// - `work` (the default): public holidays from date-holidays, type `public` only, plus NL 5 May.
//   Optional, bank, school and observance days (Goede Vrijdag, Oudejaarsavond, Belgian community
//   days) are ordinary working days. The scheduler uses it for "never on a day off".
// - `terms`: for legal terms counted in working days. NL follows the Algemene termijnenwet art. 3:
//   lid 1 the generally recognised holidays (5 May included), lid 2 Good Friday, lid 3 the days a
//   decree equates with them (listed below with the decree). BE has no such act; its terms use
//   the public holidays.
// Both add the organisation's own days off (a collective agreement's), when it set any.
import type Holidays from 'date-holidays';
import type { IsoDate, Jurisdiction } from './case';
import { addDays, weekday } from './dates';

export type CalendarKind = 'work' | 'terms';

/** Which days count: a jurisdiction, which calendar, and the organisation's own days off. */
export interface WorkCalendar {
  jurisdiction: Jurisdiction;
  kind?: CalendarKind;
  /** `YYYY-MM-DD` for one day, `MM-DD` for the same day every year. */
  daysOff?: readonly string[];
  /** BE medical certificate: Saturday is a working day for that term unless the work rules say otherwise. */
  saturdayWorks?: boolean;
}

export type CalendarLike = Jurisdiction | WorkCalendar;

/**
 * NL: days equated with a generally recognised holiday by decree under art. 3 lid 3 Algemene
 * termijnenwet ("Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december
 * 2024 en 30 mei 2025 met een algemeen erkende feestdag"; "Besluit gelijkstelling van 2 januari
 * 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 ..."). A decree comes every three
 * years: add the next one here when it is published in the Staatscourant.
 */
const NL_EQUATED_DAYS: readonly IsoDate[] = [
  '2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30',
  '2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26',
];

const calendars = new Map<string, Holidays>();
const holidaysByYear = new Map<string, ReadonlySet<IsoDate>>();

function holidayCalendar(jurisdiction: Jurisdiction, kind: CalendarKind): Holidays {
  const key = `${jurisdiction}:${kind}`;
  let cal = calendars.get(key);
  if (!cal) {
    // Loaded on first use: it parses every country's calendar (800 kB), which CLI runs that
    // never reach a holiday (help, bad input) should not pay for.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const HolidaysClass = require('date-holidays') as typeof Holidays;
    cal = new HolidaysClass(jurisdiction);
    if (jurisdiction === 'NL') {
      // date-holidays types 5 May as `school`; the Algemene termijnenwet art. 3 lid 1 names it.
      cal.setHoliday('05-05', { name: { nl: 'Bevrijdingsdag' }, type: 'public' });
      // Goede Vrijdag counts for legal terms only (art. 3 lid 2 Algemene termijnenwet).
      if (kind === 'terms') cal.setHoliday('easter -2', { name: { nl: 'Goede Vrijdag' }, type: 'public' });
    }
    calendars.set(key, cal);
  }
  return cal;
}

/** The public holidays of one year in the chosen calendar, computed once and cached. */
export function publicHolidays(year: number, jurisdiction: Jurisdiction, kind: CalendarKind = 'work'): ReadonlySet<IsoDate> {
  const key = `${jurisdiction}:${kind}:${year}`;
  let set = holidaysByYear.get(key);
  if (!set) {
    const days = new Set<IsoDate>();
    for (const h of holidayCalendar(jurisdiction, kind).getHolidays(year)) {
      // `h.date` is the local calendar date ("2024-12-25 00:00:00"): no time-zone conversion.
      if (h.type === 'public') days.add(h.date.slice(0, 10));
    }
    if (jurisdiction === 'NL' && kind === 'terms') {
      for (const d of NL_EQUATED_DAYS) if (d.startsWith(`${year}-`)) days.add(d);
    }
    set = days;
    holidaysByYear.set(key, set);
  }
  return set;
}

function asCalendar(c: CalendarLike): WorkCalendar {
  return typeof c === 'string' ? { jurisdiction: c } : c;
}

export function isPublicHoliday(date: IsoDate, calendar: CalendarLike): boolean {
  const cal = asCalendar(calendar);
  return publicHolidays(Number(date.slice(0, 4)), cal.jurisdiction, cal.kind ?? 'work').has(date);
}

/** True for a day the organisation marked as its own day off (`YYYY-MM-DD` or yearly `MM-DD`). */
export function isOwnDayOff(date: IsoDate, daysOff: readonly string[] | undefined): boolean {
  if (!daysOff || daysOff.length === 0) return false;
  const mmdd = date.slice(5);
  return daysOff.some((d) => d === date || d === mmdd);
}

/** A valid day-off entry: an existing date, or a month and day that exist in a leap year. */
export function isDayOffEntry(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const probe = `${m[1] ?? '2024'}-${m[2]}-${m[3]}`;
  const d = new Date(`${probe}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === probe;
}

export function isWorkingDay(date: IsoDate, calendar: CalendarLike): boolean {
  const cal = asCalendar(calendar);
  const wd = weekday(date);
  if (wd === 0 || (wd === 6 && !cal.saturdayWorks)) return false;
  return !isPublicHoliday(date, cal) && !isOwnDayOff(date, cal.daysOff);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate, calendar: CalendarLike): IsoDate {
  let d = addDays(date, 1);
  while (!isWorkingDay(d, calendar)) d = addDays(d, 1);
  return d;
}

/** `date` itself when it is a working day, else the next one. */
export function workingDayOnOrAfter(date: IsoDate, calendar: CalendarLike): IsoDate {
  return isWorkingDay(date, calendar) ? date : nextWorkingDay(date, calendar);
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(date: IsoDate, calendar: CalendarLike): IsoDate {
  let d = addDays(date, -1);
  while (!isWorkingDay(d, calendar)) d = addDays(d, -1);
  return d;
}

/**
 * Moves `count` working days from `date`, not counting `date` itself (Monday + 2 = Wednesday;
 * Friday + 1 = Monday). Negative counts move back. `count` 0 returns `date` unchanged.
 */
export function addWorkingDays(date: IsoDate, count: number, calendar: CalendarLike): IsoDate {
  if (!Number.isInteger(count)) throw new RangeError(`addWorkingDays: count must be an integer, got ${count}`);
  let d = date;
  for (let i = 0; i < Math.abs(count); i++) {
    d = count > 0 ? nextWorkingDay(d, calendar) : previousWorkingDay(d, calendar);
  }
  return d;
}

/**
 * The `count`th working day of a term that counts `date` itself as day one when it is a working
 * day ("within 2 working days from the first day of incapacity": Monday and Tuesday).
 */
export function nthWorkingDayFrom(date: IsoDate, count: number, calendar: CalendarLike): IsoDate {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`nthWorkingDayFrom: count must be 1 or more, got ${count}`);
  return addWorkingDays(workingDayOnOrAfter(date, calendar), count - 1, calendar);
}
