// The organisation `npm run bench:scale` delivers to: two tenants, each with managers who have two
// sick employees whose first contact is due now (so every manager should get one card of two
// items), their Teams chats pointing at the bench's fake Bot Connector.
import { TurnContext } from 'botbuilder';
import { openCase } from '../src/domain/case-events';
import { planCase } from '../src/domain/schedule/case-plan';
import { toReminder } from '../src/scheduler/reminder-ids';
import { windowFor } from '../src/scheduler/tenant-settings';
import { mapLimit } from '../src/store/map-limit';
import type { Store } from '../src/store/store';
import type { Reminder, Tenant } from '../src/store/types';

export const FIRST_SICK_DAY = '2026-01-05';
/** The first contact is due the next working day: Tuesday 6 January, from 09:00 in Amsterdam. */
export const TODAY = '2026-01-06';
export const CASES_PER_MANAGER = 2;

export interface Seeded {
  tenants: string[];
  /** Reminder ids per tenant. */
  reminders: Map<string, string[]>;
  managersPerTenant: number;
}

export async function seed(store: Store, serviceUrl: string, tenants: string[], managersPerTenant: number, now: Date): Promise<Seeded> {
  const reminders = new Map<string, string[]>();
  for (const id of tenants) {
    const tenant: Tenant = {
      id,
      name: `Tenant ${id}`,
      channelKeys: [`teams:aad-${id}`],
      settings: { jurisdiction: 'NL', timeZone: 'Europe/Amsterdam', locale: 'nl-NL', workingHours: { start: '09:00', end: '17:00' }, employerSize: 5000 },
      createdAt: now.toISOString(),
    };
    await store.tenants.create(tenant);
    const due: Reminder[] = [];
    await mapLimit(Array.from({ length: managersPerTenant }, (_, i) => i), 16, async (i) => {
      const m = `m${i}`;
      await store.people.create({ id: m, tenantId: id, displayName: `Manager ${i}`, roles: ['manager'], identities: [{ channel: 'teams', key: `teams:${id}-${m}`, userId: `29:${id}-${m}` }], createdAt: tenant.createdAt });
      const activity = { type: 'message', channelId: 'msteams', serviceUrl, from: { id: `29:${id}-${m}` }, recipient: { id: '28:bot' }, conversation: { id: `${id}-conv-${i}`, tenantId: `aad-${id}` } };
      await store.refs.save({ tenantId: id, ownerId: m, channel: 'teams', ref: TurnContext.getConversationReference(activity as never) as never, updatedAt: tenant.createdAt, dead: false });
      for (let k = 0; k < CASES_PER_MANAGER; k++) {
        const c = openCase({ id: `case-${i}-${k}`, tenantId: id, employeeId: `e${i}-${k}`, managerId: m, jurisdiction: 'NL', employerSize: 5000, firstSickDay: FIRST_SICK_DAY, createdAt: `${FIRST_SICK_DAY}T08:00:00Z` });
        await store.cases.create(c);
        const ctx = { today: TODAY, contacts: [], responses: [], escalationStates: [], lookbackDone: false, managerLastAction: null, sentManagerNudgeDays: [], sentKeys: new Set<string>(), dead: null, concern: null, checkins: [] };
        const contact = planCase(c, ctx).find((p) => p.kind === 'contact')!;
        due.push(toReminder(c, contact, windowFor(tenant), now));
      }
    });
    for (let i = 0; i < due.length; i += 100) await store.reminders.upsertPending(due.slice(i, i + 100));
    reminders.set(id, due.map((r) => r.id));
  }
  return { tenants, reminders, managersPerTenant };
}
