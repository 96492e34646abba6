// A case's legal timeline for a page, or none: a case edited into facts the deadline engine
// refuses still gets its row, its page and its place in the figures, without a timeline.
import type { Case, IsoDate } from '../../domain/case';
import { computeDeadlines, type DeadlineOptions, type DeadlineReport } from '../../domain/deadlines';
import { isDomainError } from '../../domain/errors';

export function timelineOf(c: Case, today: IsoDate, options: DeadlineOptions | undefined): DeadlineReport | null {
  try {
    return computeDeadlines(c, today, options);
  } catch (err) {
    if (isDomainError(err)) return null;
    throw err;
  }
}
