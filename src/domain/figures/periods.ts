// Calendar months and quarters for the absence figures. A figure for the running period counts
// up to today only, so this month's percentage is not diluted by days that have not happened.
import type { IsoDate } from '../case';
import { daysInMonth, minDate } from '../dates';

export type PeriodKind = 'month' | 'quarter';

export interface Period {
  kind: PeriodKind;
  /** `2026-03` for a month, `2026-Q1` for a quarter. */
  id: string;
  start: IsoDate;
  end: IsoDate;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function monthOf(year: number, month: number): Period {
  return { kind: 'month', id: `${year}-${pad(month)}`, start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` };
}

export function quarterOf(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  return { kind: 'quarter', id: `${year}-Q${quarter}`, start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(daysInMonth(year, last))}` };
}

/** The `count` periods up to and including the one `today` falls in, oldest first. */
export function recentPeriods(kind: PeriodKind, today: IsoDate, count: number): Period[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const out: Period[] = [];
  if (kind === 'month') {
    for (let i = count - 1; i >= 0; i--) {
      const index = year * 12 + (month - 1) - i;
      out.push(monthOf(Math.floor(index / 12), (index % 12) + 1));
    }
  } else {
    const q = Math.floor((month - 1) / 3);
    for (let i = count - 1; i >= 0; i--) {
      const index = year * 4 + q - i;
      out.push(quarterOf(Math.floor(index / 4), (index % 4) + 1));
    }
  }
  return out;
}

/** The last day a figure for `period` may look at: its end, or today while it runs. */
export function observedEnd(period: Period, today: IsoDate): IsoDate {
  return minDate(period.end, today);
}
