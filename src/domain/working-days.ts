// Working days per jurisdiction: Monday to Friday, minus public holidays.
//
// Public holidays come from date-holidays, type `public` only: optional, bank, school and
// observance days (Goede Vrijdag, Oudejaarsavond, Belgian community days) are ordinary working
// days for deadlines. One addition for NL: 5 May (Bevrijdingsdag), which date-holidays types as
// `school` but the Algemene termijnenwet (art. 3) counts among the generally recognised holidays
// that push a legal deadline to the next day. The scheduler reuses these functions for "never on
// weekends or public holidays".
import type Holidays from 'date-holidays';
import type { IsoDate, Jurisdiction } from './case';
import { addDays, weekday } from './dates';

/** Extra holidays per jurisdiction, as `MM-DD`, with their source. */
const EXTRA_HOLIDAYS: Record<Jurisdiction, readonly string[]> = {
  NL: ['05-05'], // Bevrijdingsdag: Algemene termijnenwet art. 3 lid 1
  BE: [],
};

const calendars = new Map<Jurisdiction, Holidays>();
const holidaysByYear = new Map<string, ReadonlySet<IsoDate>>();

function calendar(jurisdiction: Jurisdiction): Holidays {
  let cal = calendars.get(jurisdiction);
  if (!cal) {
    // Loaded on first use: it parses every country's calendar (800 kB), which CLI runs that
    // never reach a holiday (help, bad input) should not pay for.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const HolidaysClass = require('date-holidays') as typeof Holidays;
    cal = new HolidaysClass(jurisdiction);
    calendars.set(jurisdiction, cal);
  }
  return cal;
}

/** The public holidays of one year, computed once and cached (a year has about ten). */
export function publicHolidays(year: number, jurisdiction: Jurisdiction): ReadonlySet<IsoDate> {
  const key = `${jurisdiction}:${year}`;
  let set = holidaysByYear.get(key);
  if (!set) {
    const days = new Set<IsoDate>();
    for (const h of calendar(jurisdiction).getHolidays(year)) {
      // `h.date` is the local calendar date ("2024-12-25 00:00:00"): no time-zone conversion.
      if (h.type === 'public') days.add(h.date.slice(0, 10));
    }
    for (const mmdd of EXTRA_HOLIDAYS[jurisdiction]) days.add(`${year}-${mmdd}`);
    set = days;
    holidaysByYear.set(key, set);
  }
  return set;
}

export function isPublicHoliday(date: IsoDate, jurisdiction: Jurisdiction): boolean {
  return publicHolidays(Number(date.slice(0, 4)), jurisdiction).has(date);
}

export function isWorkingDay(date: IsoDate, jurisdiction: Jurisdiction): boolean {
  const wd = weekday(date);
  return wd !== 0 && wd !== 6 && !isPublicHoliday(date, jurisdiction);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate, jurisdiction: Jurisdiction): IsoDate {
  let d = addDays(date, 1);
  while (!isWorkingDay(d, jurisdiction)) d = addDays(d, 1);
  return d;
}

/** `date` itself when it is a working day, else the next one. */
export function workingDayOnOrAfter(date: IsoDate, jurisdiction: Jurisdiction): IsoDate {
  return isWorkingDay(date, jurisdiction) ? date : nextWorkingDay(date, jurisdiction);
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(date: IsoDate, jurisdiction: Jurisdiction): IsoDate {
  let d = addDays(date, -1);
  while (!isWorkingDay(d, jurisdiction)) d = addDays(d, -1);
  return d;
}

/**
 * Moves `count` working days from `date`, not counting `date` itself (Monday + 2 = Wednesday;
 * Friday + 1 = Monday). Negative counts move back. `count` 0 returns `date` unchanged.
 */
export function addWorkingDays(date: IsoDate, count: number, jurisdiction: Jurisdiction): IsoDate {
  if (!Number.isInteger(count)) throw new RangeError(`addWorkingDays: count must be an integer, got ${count}`);
  let d = date;
  for (let i = 0; i < Math.abs(count); i++) {
    d = count > 0 ? nextWorkingDay(d, jurisdiction) : previousWorkingDay(d, jurisdiction);
  }
  return d;
}
