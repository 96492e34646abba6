// Calendar-date arithmetic on `YYYY-MM-DD` strings. Legal deadlines count whole days, so we work
// on "epoch days" (days since 1970-01-01, UTC) and never touch time zones or wall clocks.
import { addMonths as addMonthsFns } from 'date-fns';
import type { IsoDate } from './case';
import { DomainError } from './errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Years outside this range are typing mistakes in this product, not real sickness dates. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** True when `value` is a `YYYY-MM-DD` string naming a day that exists (no 2023-02-29). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Returns `value` as an IsoDate or throws `invalid_date`; `what` names the field in the message. */
export function requireIsoDate(value: unknown, what = 'date'): IsoDate {
  if (!isIsoDate(value)) {
    throw new DomainError('invalid_date', `${what}: ${String(value)} is not an existing date (YYYY-MM-DD)`, {
      what,
      value: String(value),
    });
  }
  return value;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01. Assumes a valid IsoDate (validate at the boundary). */
export function toEpochDay(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

export function fromEpochDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb), as date-fns does. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  // Local midnight is fine here: only the calendar fields are read back.
  const local = new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const moved = addMonthsFns(local, months);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moved.getFullYear()}-${pad(moved.getMonth() + 1)}-${pad(moved.getDate())}`;
}

/** `to - from` in days: 1 for consecutive days, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
