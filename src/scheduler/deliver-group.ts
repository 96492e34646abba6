// Delivering everything claimed for one recipient in one go. Before anything is sent each
// reminder is checked against the case's plan as it stands now (check state before send): a step
// marked done, a case closed or a contact recorded since the reminder was planned means it is
// not sent. What remains becomes one nudge card (or a few, for a long list) and one escalation
// card per case, each delivered and settled on its own: marked sent, or given back with a
// retry time that respects the recipient's working hours.
import type { Logger } from 'pino';
import type { Clock, SendOutcome } from '../core/ports';
import { isInsideWindow, localDay, nextDeliveryInstant, type DeliveryWindow } from '../domain/schedule/delivery-window';
import type { PlannedReminder } from '../domain/schedule/plan-types';
import { isConflict } from '../store/errors';
import type { Store } from '../store/store';
import type { Person, RecipientRole, Reminder, Tenant, Versioned } from '../store/types';
import type { CaseSnapshot } from './case-snapshot';
import { escalationCard } from './escalation-card';
import { ITEMS_PER_CARD, nudgeCard, type NudgeItem } from './nudge-card';
import type { DeliveryEvent, DeliveryResult, MessageBuilder, ProactiveDelivery } from './ports';
import { keyOf, toReminder } from './reminder-ids';
import type { ClaimKeeper } from './claim-keeper';
import type { Replanner } from './replanner';
import { windowFor } from './tenant-settings';
import type { TickCache } from './tick-cache';

export interface RecipientGroup {
  tenantId: string;
  role: RecipientRole;
  recipientId: string;
  reminders: Versioned<Reminder>[];
}

export interface GroupOutcome {
  sent: number;
  dropped: number;
  released: number;
  messages: number;
}

export interface DeliverDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  delivery: ProactiveDelivery;
  replanner: Replanner;
  newId: () => string;
  random: () => number;
  /** Failed or unreachable deliveries are given up after this many attempts (throttling never counts). */
  maxAttempts: number;
  observer?: (e: DeliveryEvent) => void;
  /** Keeps the claims alive while sending; settling goes through it so the two never overlap. */
  claims?: ClaimKeeper;
}

interface Claimed {
  r: Versioned<Reminder>;
  snap: CaseSnapshot;
  planned: PlannedReminder;
}

export async function deliverGroup(deps: DeliverDeps, cache: TickCache, group: RecipientGroup): Promise<GroupOutcome> {
  const out: GroupOutcome = { sent: 0, dropped: 0, released: 0, messages: 0 };
  const now = deps.clock.now();
  const tenant = await cache.tenant(deps.store, group.tenantId);
  if (!tenant) {
    await settle(deps, group.reminders, { kind: 'sent' }, now);
    out.dropped += group.reminders.length;
    return out;
  }
  // This recipient's cases and person, with those of the next ones in line (tick-cache.ts).
  cache.readAhead(deps.store, tenant, group, now, deps.logger);
  const person = group.role === 'hr' ? null : await cache.person(deps.store, tenant.id, group.recipientId);
  const window = windowFor(tenant, person);
  if (!isInsideWindow(now, window)) {
    // Claimed outside the recipient's working hours (after downtime, or a retry): wait for the window.
    await settle(deps, group.reminders, { kind: 'retry', at: nextDeliveryInstant(now, window), error: null }, now);
    out.released += group.reminders.length;
    return out;
  }

  const deliverable: Claimed[] = [];
  for (const r of group.reminders) {
    const snap = r.value.caseId ? await cache.snapshot(deps.store, tenant, r.value.caseId, now, deps.logger) : null;
    const planned = snap?.plan.get(keyOf(r.value));
    if (snap && r.value.kind === 'review') {
      // A silent review: plan the case again (the next review is part of that plan), from fresh
      // reads under the case's lease like every other plan.
      await deps.replanner.replan(tenant.id, snap.c.id);
      await settle(deps, [r], { kind: 'sent' }, now);
      out.sent++;
    } else if (!snap || !planned) {
      await settle(deps, [r], { kind: 'sent' }, now); // no longer planned: closed without a message
      out.dropped++;
    } else {
      const dueAt = new Date(toReminder(snap.c, planned, window, now).dueAt);
      if (dueAt > now) {
        // Moved later since it was claimed (snoozed): back in the queue at its new time.
        await settle(deps, [r], { kind: 'retry', at: dueAt, error: null }, now);
        out.released++;
      } else {
        deliverable.push({ r, snap, planned });
      }
    }
  }

  for (const message of composeMessages(deliverable)) {
    // Fencing: a claim that could not be kept alive (a slow store, a lease taken over) is not
    // sent here; it runs out and whoever claims it next sends it, so it goes out once.
    // Given back due now, all together, so they still make one card.
    const live = deps.claims;
    if (live && !message.reminders.every((c) => live.live(c.r, deps.clock.now()))) {
      await settle(deps, message.reminders.map((c) => c.r), { kind: 'retry', at: now, error: 'claim running out' }, now);
      out.released += message.reminders.length;
      continue;
    }
    const result = await send(deps, group, tenant, person, window, message, now);
    out.messages++;
    if (result.outcome.status === 'sent') out.sent += message.reminders.length;
    else out.released += message.reminders.length;
  }
  return out;
}

interface Message {
  kind: 'nudge' | 'escalation';
  /** Every reminder the message delivers (duplicates of one item included). */
  reminders: Claimed[];
  /** One per item, in order. */
  items: Claimed[];
}

/** Nudges: one item per case and subject, in cards of up to ITEMS_PER_CARD. Escalations: one card per case. */
export function composeMessages(claimed: readonly Claimed[]): Message[] {
  const nudges = new Map<string, Claimed[]>();
  const escalations = new Map<string, Claimed[]>();
  for (const c of claimed) {
    const target = c.planned.kind === 'escalation' ? escalations : nudges;
    const key = c.planned.kind === 'escalation' ? c.snap.c.id : `${c.snap.c.id}\u0000${c.planned.item}`;
    target.set(key, [...(target.get(key) ?? []), c]);
  }
  const messages: Message[] = [];
  const nudgeGroups = [...nudges.values()];
  for (let i = 0; i < nudgeGroups.length; i += ITEMS_PER_CARD) {
    const chunk = nudgeGroups.slice(i, i + ITEMS_PER_CARD);
    messages.push({ kind: 'nudge', reminders: chunk.flat(), items: chunk.map((g) => g[0]!) });
  }
  for (const group of escalations.values()) {
    const perRule = new Map<string, Claimed>();
    for (const c of group) if (!perRule.has(c.planned.item)) perRule.set(c.planned.item, c);
    messages.push({ kind: 'escalation', reminders: group, items: [...perRule.values()] });
  }
  return messages;
}

async function send(
  deps: DeliverDeps,
  group: RecipientGroup,
  tenant: Tenant,
  person: Person | null,
  window: DeliveryWindow,
  message: Message,
  now: Date,
): Promise<DeliveryResult> {
  const today = localDay(now, window.timeZone);
  const ids = message.reminders.map((c) => c.r.value.id);
  const build: MessageBuilder = (lang) => {
    const cardId = deps.newId();
    if (message.kind === 'escalation') {
      const snap = message.items[0]!.snap;
      return [escalationCard({ locale: lang, today, snap, escalations: message.items.map((i) => i.planned), state: '', taken: false, cardId })];
    }
    const items: NudgeItem[] = message.items.map((i) => ({ snap: i.snap, planned: i.planned }));
    return [nudgeCard({ locale: lang, today, recipientName: person?.displayName ?? null, items, reminderIds: ids, cardId })];
  };
  let result: DeliveryResult;
  try {
    result =
      group.role === 'hr'
        ? await deps.delivery.toHr(tenant.id, build)
        : await deps.delivery.toPerson(tenant.id, group.recipientId, group.role, build, person ? { tenant, person } : undefined);
  } catch (err) {
    deps.logger.error({ err, tenantId: tenant.id, recipient: group.recipientId }, 'delivery threw');
    result = { outcome: { status: 'failed', error: err instanceof Error ? err.message : String(err) }, channel: null };
  }
  deps.observer?.({
    at: now,
    tenantId: tenant.id,
    to: group.role,
    recipientId: group.recipientId,
    kind: message.kind,
    items: message.items.map((i) => ({
      reminderId: i.r.value.id,
      kind: i.planned.kind,
      caseId: i.snap.c.id,
      milestoneId: i.planned.milestoneId,
      ruleId: i.planned.ruleId,
    })),
    outcome: result.outcome,
  });
  // A conversation found gone here is Delivery's to report: its listener re-plans the manager's
  // cases so the dead-reference escalation goes out (wiring.ts).
  await settle(deps, message.reminders.map((c) => c.r), settlementFor(deps, result.outcome, message, window, now), now);
  return result;
}

type Settlement = { kind: 'sent' } | { kind: 'retry'; at: Date; error: string | null } | { kind: 'give_up'; error: string };

function settlementFor(deps: DeliverDeps, outcome: SendOutcome, message: Message, window: DeliveryWindow, now: Date): Settlement {
  const attempts = Math.max(...message.reminders.map((c) => c.r.value.attempts)) + 1;
  const jitter = 1 + 0.2 * deps.random();
  switch (outcome.status) {
    case 'sent':
      return { kind: 'sent' };
    case 'throttled':
      return { kind: 'retry', at: nextDeliveryInstant(new Date(now.getTime() + outcome.retryAfterMs * jitter), window), error: 'throttled' };
    case 'dead':
      if (attempts >= deps.maxAttempts) return { kind: 'give_up', error: `unreachable: ${outcome.reason}` };
      // Maybe they add the app again; look again tomorrow.
      return { kind: 'retry', at: nextDeliveryInstant(new Date(now.getTime() + 20 * 3_600_000), window), error: `unreachable: ${outcome.reason}` };
    case 'failed': {
      if (attempts >= deps.maxAttempts) return { kind: 'give_up', error: outcome.error };
      const backoff = Math.min(60_000 * 2 ** attempts, 6 * 3_600_000) * jitter;
      return { kind: 'retry', at: nextDeliveryInstant(new Date(now.getTime() + backoff), window), error: outcome.error };
    }
  }
}

async function settle(deps: DeliverDeps, reminders: readonly Versioned<Reminder>[], how: Settlement, now: Date): Promise<void> {
  for (const r of reminders) {
    try {
      if (deps.claims) await deps.claims.settle(r, () => settleOne(deps, r, how, now));
      else await settleOne(deps, r, how, now);
    } catch (err) {
      if (!isConflict(err)) throw err;
      // Our lease ran out and another scheduler took the reminder over: it is theirs now.
      deps.logger.warn({ tenantId: r.value.tenantId, reminderId: r.value.id }, 'claim lost before settling');
    }
  }
}

/** With the claim's current etag (a renewal may have moved it since the claim). */
async function settleOne(deps: DeliverDeps, r: Versioned<Reminder>, how: Settlement, now: Date): Promise<void> {
  if (how.kind === 'retry') {
    await deps.store.reminders.release(r.value, r.etag, how.at, how.error ?? undefined);
    return;
  }
  if (how.kind === 'give_up') {
    // Closed for good: logged with its last error so an operator can see what never arrived.
    deps.logger.error({ tenantId: r.value.tenantId, reminderId: r.value.id, attempts: r.value.attempts + 1, error: how.error }, 'reminder given up after repeated failures');
  }
  await deps.store.reminders.markSent(r.value, r.etag, now);
}
