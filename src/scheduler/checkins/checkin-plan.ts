// The one check-in reminder an employee should have now: the invitation, the next check-in or
// the single reminder of an unanswered one. Reminders of kind `checkin` live in the same store
// and are claimed by the same tick as every other reminder; only their planning is here.
import type { Case, IsoDate } from '../../domain/case';
import { checkinRhythm, invitationDay, nextCheckinStep, type CheckinHistory } from '../../domain/checkins/rhythm';
import { answersOf } from '../../core/checkins/records';
import type { Enrolment } from '../../core/checkins/enrolment';
import { localDate } from '../../core/time';
import type { Store } from '../../store/store';
import type { Person, Reminder, Tenant } from '../../store/types';
import { deliveryInstantForDay } from '../../domain/schedule/delivery-window';
import { windowFor } from '../tenant-settings';
import { newReminder } from '../../store/reminder-state';

export const CHECKIN_KIND = 'checkin';
export type CheckinStep = 'invite' | 'prompt' | 'reminder';

export interface CheckinPayload {
  type: CheckinStep;
  day: IsoDate;
}

export function payloadOf(r: Pick<Reminder, 'payload'>): CheckinPayload | null {
  const p = r.payload ?? {};
  const type = p.type;
  if ((type !== 'invite' && type !== 'prompt' && type !== 'reminder') || typeof p.day !== 'string') return null;
  return { type, day: p.day };
}

/** The employee's calendar day now. */
export function todayFor(tenant: Tenant, person: Person | null, now: Date): IsoDate {
  return localDate(now, person?.timeZone ?? tenant.settings.timeZone);
}

/**
 * When a check-in planned for `day` goes out: the start of the working day where the person is,
 * like every other message (a weekend or public holiday moves it to the next working day);
 * never in the past, never outside working hours.
 */
export function dueInstant(day: IsoDate, tenant: Tenant, person: Person | null, now: Date): Date {
  return deliveryInstantForDay(day, windowFor(tenant, person), now);
}

async function historyOf(store: Store, tenant: Tenant, c: Case, e: Enrolment, known?: readonly Reminder[]): Promise<CheckinHistory> {
  const [answers, reminders] = await Promise.all([answersOf(store, tenant.id, c.employeeId, c.id), known ?? store.reminders.listForCase(tenant.id, c.id)]);
  const promptDays: IsoDate[] = [];
  const reminderDays: IsoDate[] = [];
  for (const r of reminders) {
    if (r.kind !== CHECKIN_KIND || r.state !== 'sent') continue;
    const p = payloadOf(r);
    // The day it actually went out counts (a late delivery moves the reminder after it).
    const day = r.sentAt ? localDate(new Date(r.sentAt), tenant.settings.timeZone) : p?.day;
    if (!day) continue;
    if (p?.type === 'prompt') promptDays.push(day);
    if (p?.type === 'reminder') reminderDays.push(day);
  }
  return { activeSince: e.activeSince ?? e.invitedOn ?? '0000-01-01', promptDays, reminderDays, answerDays: answers.map((a) => a.data.on) };
}

/**
 * What should be pending for this case's employee, or null for nothing. Pure apart from reading;
 * `reminders` are the case's stored reminders when the caller has them already.
 */
export async function desiredCheckin(
  store: Store,
  tenant: Tenant,
  c: Case,
  person: Person | null,
  e: Enrolment | null,
  now: Date,
  reminders?: readonly Reminder[],
): Promise<Reminder | null> {
  if (c.status !== 'open' || !e || e.caseId !== c.id) return null;
  const rhythm = checkinRhythm(tenant.settings.checkinRhythm);
  const today = todayFor(tenant, person, now);
  let step: CheckinPayload | null = null;
  if (e.status === 'invited' && !e.invitedOn) {
    step = { type: 'invite', day: e.inviteOn ?? invitationDay(c.sickPeriods[0]?.start ?? today, today, rhythm) };
  } else if (e.status === 'active') {
    const next = nextCheckinStep(c, await historyOf(store, tenant, c, e, reminders), rhythm);
    if (next.kind !== 'none') step = { type: next.kind, day: next.day };
  }
  if (!step) return null;
  // The id names the planned day, so it stays the same while delivery waits; a missed day
  // (downtime, an unreachable employee) is caught up once, now, not once per day missed.
  const dueDay = step.day < today ? today : step.day;
  return newReminder({
    id: `${c.id}:ci:${step.type}:${step.day}`,
    tenantId: tenant.id,
    caseId: c.id,
    recipientId: c.employeeId,
    recipientRole: 'employee',
    kind: CHECKIN_KIND,
    milestoneId: null,
    ruleId: null,
    dueAt: dueInstant(dueDay, tenant, person, now).toISOString(),
    payload: { ...step },
  });
}
