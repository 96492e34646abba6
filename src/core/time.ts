// Calendar dates in a person's or tenant's time zone. Legal deadlines are whole days; the
// instant an event arrives only decides which day it is where the user is.
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { IsoDate } from '../domain/case';
import { DATE_LOCALES, formatDay } from '../domain/labels';
import type { Lang } from './i18n';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date at `instant` in `timeZone`. Runs on every turn, so the formatter is cached. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  let f = dayFormats.get(timeZone);
  if (!f) {
    // en-CA formats as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  return f.format(instant);
}

export function plusDays(date: IsoDate, days: number): IsoDate {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

export function daysFrom(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** "ma 3 feb 2026" / "Mon 3 Feb 2026": the same short form as the legal timeline everywhere. */
export function shortDate(date: IsoDate, lang: Lang): string {
  return formatDay(date, lang);
}

/** "maandag 3 februari 2026" / "Monday 3 February 2026" / "lundi 3 février 2026". */
export function longDate(date: IsoDate, lang: Lang): string {
  return format(parseISO(date), 'EEEE d MMMM yyyy', { locale: DATE_LOCALES[lang] });
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in `YYYY-MM-DD`, or null. Checked by arithmetic: it runs on every submit. */
export function parseIsoDate(value: unknown): IsoDate | null {
  if (typeof value !== 'string') return null;
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? m[0] : null;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}
