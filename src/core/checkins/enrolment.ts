// Whether an employee takes part in check-ins, per case: invited, active, paused or stopped.
// Kept as one small document per person (the store's key-value space) because it changes; the
// answers themselves are append-only records. A new case starts a new invitation.
import { z } from 'zod';
import type { Store } from '../../store/store';

export type EnrolmentStatus = 'invited' | 'active' | 'paused' | 'stopped';

const EnrolmentSchema = z.object({
  caseId: z.string(),
  status: z.enum(['invited', 'active', 'paused', 'stopped']),
  /** The day the invitation is planned for: fixed when the case is first seen, so it does not drift. */
  inviteOn: z.string().nullable().default(null),
  /** The day the invitation went out (null while it waits). */
  invitedOn: z.string().nullable().default(null),
  /** The day the employee said yes or started again. */
  activeSince: z.string().nullable().default(null),
  /** The day we asked the manager to share the app, once. */
  askedManagerOn: z.string().nullable().default(null),
  changedAt: z.string(),
});

export type Enrolment = z.infer<typeof EnrolmentSchema>;

const NAMESPACE = 'checkin-enrolment';
const keyOf = (tenantId: string, personId: string) => `${tenantId}/${personId}`;

export async function loadEnrolment(store: Store, tenantId: string, personId: string): Promise<Enrolment | null> {
  const doc = await store.kv.get(NAMESPACE, keyOf(tenantId, personId));
  if (!doc) return null;
  const parsed = EnrolmentSchema.safeParse(doc);
  return parsed.success ? parsed.data : null;
}

export async function saveEnrolment(store: Store, tenantId: string, personId: string, e: Enrolment): Promise<void> {
  await store.kv.put(NAMESPACE, keyOf(tenantId, personId), { ...e });
}

export async function deleteEnrolment(store: Store, tenantId: string, personId: string): Promise<void> {
  await store.kv.delete(NAMESPACE, keyOf(tenantId, personId));
}

/** The enrolment for this case, or null when there is none or it belongs to an earlier case. */
export function forCase(e: Enrolment | null, caseId: string): Enrolment | null {
  return e && e.caseId === caseId ? e : null;
}
