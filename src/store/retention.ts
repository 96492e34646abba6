// How long a closed case is kept. The Dutch Autoriteit Persoonsgegevens (beleidsregels "De zieke
// werknemer") gives about 2 years after the re-integration ends for absence and re-integration
// files; Belgium has no longer general term for these. A case that ended on D is kept through
// the day before D + 2 years and purged from D + 2 years on.
import { addDays, format, parseISO, subYears } from 'date-fns';
import type { IsoDate } from '../domain/case';

export const RETENTION_YEARS = 2;

/** The `endedBefore` to pass to `Store.purgeClosedCases` on `today` (a local calendar date). */
export function purgeCutoff(today: IsoDate, years: number = RETENTION_YEARS): IsoDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new TypeError(`not a calendar date: ${today}`);
  return format(addDays(subYears(parseISO(today), years), 1), 'yyyy-MM-dd');
}
