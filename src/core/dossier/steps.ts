// Saving a document or a reply marks its legal step done, on the document's own date. A one-off
// step already marked done keeps its date; an evaluation adds a completion each time. A closed
// case changes no more (its file can still be completed). A final document also records the legal
// events it states (the first-year evaluation's second-track decision), so timeline and file agree.
import type { Case, IsoDate } from '../../domain/case';
import { completeMilestone } from '../../domain/case-events';
import { DOCUMENT_SPECS, legalEventsOf, type DocumentFields, type DocumentType } from '../../domain/dossier';
import { isDomainError } from '../../domain/errors';
import { recordLegalEvent } from '../../domain/legal/events';
import { isRepeatingMilestone } from '../../domain/rules';

/** What saving a final version does to the case: its step done, and the legal events it states. */
export function applyDocument(c: Case, doc: { type: DocumentType; fields: DocumentFields; on: IsoDate }): Case {
  let next = markStepDone(c, DOCUMENT_SPECS[doc.type].milestone, doc.on);
  if (next.status !== 'open') return next;
  for (const event of legalEventsOf(doc.type, doc.fields, doc.on)) {
    try {
      next = recordLegalEvent(next, event);
    } catch (err) {
      // A later decision recorded as a legal event stands: an older document does not overwrite it.
      if (!isDomainError(err)) throw err;
    }
  }
  return next;
}

export function markStepDone(c: Case, milestoneId: string, on: IsoDate): Case {
  if (c.status !== 'open' || on < (c.sickPeriods[0]?.start ?? on)) return c;
  const same = c.milestonesDone.filter((m) => m.id === milestoneId);
  if (same.length > 0 && !isRepeatingMilestone(milestoneId)) return c;
  return completeMilestone(c, { id: milestoneId, on });
}
