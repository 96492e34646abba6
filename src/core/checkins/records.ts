// Reading and writing the employee's own check-in data: answers (`checkin`) and wish lists
// (`wishlist`). Stored records are read leniently; one that does not parse is skipped.
import { z } from 'zod';
import type { Case } from '../../domain/case';
import { HELP_CHOICES, WISH_HELPS, WISH_HINDERS, type CheckinData, type WishlistData } from '../../domain/checkins/answers';
import type { Store } from '../../store/store';
import type { CaseRecord } from '../../store/types';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const StoredCheckin = z.object({
  on: day,
  energy: z.number().int().min(1).max(5).nullable().default(null),
  progress: z.number().int().min(1).max(5).nullable().default(null),
  help: z.enum(HELP_CHOICES).nullable().default(null),
  note: z.string().nullable().default(null),
  shareWithManager: z.boolean().default(false),
  shareWithHr: z.boolean().default(false),
});

const StoredWishlist = z.object({
  helps: z.array(z.enum(WISH_HELPS)).default([]),
  hinders: z.array(z.enum(WISH_HINDERS)).default([]),
  helpsNote: z.string().nullable().default(null),
  hindersNote: z.string().nullable().default(null),
  sharedWithManager: z.boolean().default(false),
  items: z.array(z.string()).default([]),
});

export interface Answer {
  record: CaseRecord;
  data: CheckinData;
}

export interface Wishlist {
  record: CaseRecord;
  data: WishlistData;
}

export function asAnswer(record: CaseRecord): Answer | null {
  if (record.kind !== 'checkin') return null;
  const parsed = StoredCheckin.safeParse(record.data);
  return parsed.success ? { record, data: parsed.data } : null;
}

export function asWishlist(record: CaseRecord): Wishlist | null {
  if (record.kind !== 'wishlist') return null;
  const parsed = StoredWishlist.safeParse(record.data);
  return parsed.success ? { record, data: parsed.data } : null;
}

/** The person's answers, oldest first; only those of `caseId` when given. */
export async function answersOf(store: Store, tenantId: string, personId: string, caseId?: string): Promise<Answer[]> {
  const records = await store.records.list(tenantId, { personId, kind: 'checkin' });
  return records
    .filter((r) => !caseId || r.caseId === caseId)
    .map(asAnswer)
    .filter((a): a is Answer => a !== null);
}

/**
 * The person's wish lists, oldest first; only those of `caseId` when given. What an employee
 * shares belongs to the case it was shared in: a later case starts without one.
 */
export async function wishlistsOf(store: Store, tenantId: string, personId: string, caseId?: string): Promise<Wishlist[]> {
  const records = await store.records.list(tenantId, { personId, kind: 'wishlist' });
  return records
    .filter((r) => !caseId || r.caseId === caseId)
    .map(asWishlist)
    .filter((w): w is Wishlist => w !== null);
}

/** The employee's open case, if any (an employee has at most one). */
export async function openCaseOf(store: Store, tenantId: string, personId: string): Promise<Case | null> {
  const open = await store.cases.list(tenantId, { employeeId: personId, status: 'open' });
  return open[0]?.value ?? null;
}
