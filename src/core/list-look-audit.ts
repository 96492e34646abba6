// An HR look at a list of cases is audited per case: one entry for every case in the list. A list
// does not wait for one write per case, so the entries are written after the answer; what makes
// that safe is a marker stored before the answer (one write, alongside the list's own reads)
// naming the look. The work after the answer writes the entries from it and removes it; should
// the process die first, the scheduler finds the marker two minutes later and does the same
// (scheduler/list-look-handler.ts). Every look is audited, even across a crash.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { mapLimit } from '../store/map-limit';
import type { Store } from '../store/store';
import type { AuditEntry, Reminder, Versioned } from '../store/types';
import { newReminder } from '../store/reminder-state';

export const LIST_LOOK_KIND = 'audit_list';

/** How long a marker waits before the scheduler takes it: far beyond the work after an answer. */
export const LIST_LOOK_GRACE_MS = 2 * 60_000;

const Look = z.object({ caseIds: z.array(z.string()), at: z.string(), detail: z.string().nullable() });

export interface ListLook {
  tenantId: string;
  actorId: string;
  caseIds: string[];
  at: Date;
  /** The channel it was seen in. */
  detail: string | null;
}

/**
 * The marker of one look. Its id names the actor and the list, so a burst of the same look (a
 * double press) is one marker and one set of entries.
 */
export function listLookMarker(look: ListLook): Reminder {
  const list = createHash('sha256').update(look.caseIds.join('\n')).digest('hex').slice(0, 16);
  return newReminder({
    id: `${LIST_LOOK_KIND}:${look.actorId}:${list}`,
    tenantId: look.tenantId,
    caseId: null,
    recipientId: look.actorId,
    recipientRole: 'hr',
    kind: LIST_LOOK_KIND,
    dueAt: new Date(look.at.getTime() + LIST_LOOK_GRACE_MS).toISOString(),
    payload: { caseIds: look.caseIds, at: look.at.toISOString(), detail: look.detail },
  });
}

/** Writes the look's entries from its marker, then removes the marker (unless it changed meanwhile: a newer look). */
export async function writeListLook(store: Store, marker: Versioned<Reminder>, remove: (m: Versioned<Reminder>) => Promise<unknown>): Promise<number> {
  const m = marker.value;
  const look = Look.safeParse(m.payload);
  if (look.success) {
    const entries: AuditEntry[] = look.data.caseIds.map((caseId) => ({
      tenantId: m.tenantId,
      actorId: m.recipientId,
      caseId,
      action: 'list',
      at: look.data.at,
      detail: look.data.detail,
    }));
    await mapLimit(entries, 8, (e) => store.audit.append(e));
  }
  await remove(marker);
  return look.success ? look.data.caseIds.length : 0;
}
