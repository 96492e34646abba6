// From planned reminders (domain) to stored ones (store) and back: ids, recipients, payload.
// A reminder's id is `<caseId>:<key>`: the planner's key names what it reminds of, so planning
// the same thing twice writes the same row.
import type { Case } from '../domain/case';
import { deliveryInstantForDay, type DeliveryWindow } from '../domain/schedule/delivery-window';
import type { PlannedKind, PlannedReminder } from '../domain/schedule/plan-types';
import type { Reminder } from '../store/types';
import { newReminder } from '../store/reminder-state';

/** HR is reached through the tenant's HR destination, not as one person. */
export const HR_RECIPIENT = 'hr';

/** Kinds this scheduler plans; re-planning a case touches only these (check-ins plan their own). */
export const PLANNED_KINDS: ReadonlySet<string> = new Set<PlannedKind>([
  'milestone',
  'contact',
  'lookback',
  'contact_request',
  'escalation',
  'review',
]);

/** Reminders to the manager that count toward "nudges left unanswered". */
export const MANAGER_NUDGE_KINDS: ReadonlySet<string> = new Set(['milestone', 'contact', 'lookback', 'contact_request']);

export interface ReminderPayload {
  key: string;
  item: string;
  day: string;
  due: string | null;
  leadDays: number | null;
  earlier: boolean;
}

export function reminderId(caseId: string, key: string): string {
  return `${caseId}:${key}`;
}

export function keyOf(r: Pick<Reminder, 'id' | 'caseId' | 'payload'>): string {
  const key = r.payload?.key;
  if (typeof key === 'string') return key;
  return r.caseId && r.id.startsWith(`${r.caseId}:`) ? r.id.slice(r.caseId.length + 1) : r.id;
}

export function payloadOf(r: Pick<Reminder, 'id' | 'caseId' | 'payload'>): ReminderPayload {
  const p = (r.payload ?? {}) as Partial<ReminderPayload>;
  return {
    key: keyOf(r),
    item: typeof p.item === 'string' ? p.item : keyOf(r),
    day: typeof p.day === 'string' ? p.day : '',
    due: typeof p.due === 'string' ? p.due : null,
    leadDays: typeof p.leadDays === 'number' ? p.leadDays : null,
    earlier: p.earlier === true,
  };
}

/** The stored form of a planned reminder, due at the opening of its delivery window. */
export function toReminder(c: Case, p: PlannedReminder, window: DeliveryWindow, now: Date): Reminder {
  const payload: ReminderPayload = { key: p.key, item: p.item, day: p.day, due: p.due, leadDays: p.leadDays, earlier: p.earlier };
  return newReminder({
    id: reminderId(c.id, p.key),
    tenantId: c.tenantId,
    caseId: c.id,
    recipientId: p.to === 'manager' ? c.managerId : HR_RECIPIENT,
    recipientRole: p.to,
    kind: p.kind,
    milestoneId: p.milestoneId,
    ruleId: p.ruleId,
    dueAt: deliveryInstantForDay(p.day, window, now, p.earlier).toISOString(),
    payload: { ...payload },
  });
}
