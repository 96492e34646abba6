// Saving a document or a reply marks its legal step done, on the document's own date. A one-off
// step already marked done keeps its date; an evaluation adds a completion each time. A closed
// case changes no more (its file can still be completed).
import type { Case, IsoDate } from '../../domain/case';
import { completeMilestone } from '../../domain/case-events';
import { isRepeatingMilestone } from '../../domain/rules';

export function markStepDone(c: Case, milestoneId: string, on: IsoDate): Case {
  if (c.status !== 'open' || on < (c.sickPeriods[0]?.start ?? on)) return c;
  const same = c.milestonesDone.filter((m) => m.id === milestoneId);
  if (same.length > 0 && !isRepeatingMilestone(milestoneId)) return c;
  return completeMilestone(c, { id: milestoneId, on });
}
