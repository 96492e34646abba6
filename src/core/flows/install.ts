// The app was added: greet once per conversation, and in a team remember who is in it so managers
// can pick colleagues. The app was removed: forget the greeting, so adding it back greets again.
import type { Store } from '../../store/store';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import type { CoreReply, InboundContext, MentionedUser } from '../messages';
import { ensurePersonFor } from '../session';
import { rememberReach } from '../checkins/reach';
import { employeeCase, employeeWelcome } from '../checkins/employee-help';
import { helpCard } from './help';
import { setupCard } from './setup';

/** Which conversations were greeted. Kept in the store: Teams sends two install events, maybe to two instances. */
const GREETED = 'greeted';

/**
 * A personal chat is one person's, so it is named with them too: a client that gives every
 * personal chat the same id (the Agents Playground does) still greets each person once.
 */
function greetedKey(tenantId: string, inbound: InboundContext): string {
  const who = inbound.conversationKind === 'personal' ? `|${inbound.actor.identityKey}` : '';
  return `${tenantId}|${inbound.conversationKey}${who}`;
}

export async function onInstall(fc: FlowContext, members: MentionedUser[]): Promise<CoreReply> {
  const { t, tenant, person, newTenant } = fc.session;
  for (const m of members) {
    const member = await ensurePersonFor(fc.store, tenant.id, fc.inbound.channel, m, fc.clock.now(), fc.newId);
    await rememberReach(fc, member, m);
  }
  const first = await fc.store.kv.putIfAbsent(GREETED, greetedKey(tenant.id, fc.inbound), { at: fc.clock.now().toISOString() });
  // The two install events arrive together: the one that created the tenant may lose the greeting
  // to the other, but it alone knows the tenant is new, so it still asks for the setup (once).
  if (!first) return { messages: firstAdminSetup(fc, newTenant) };
  if (fc.inbound.conversationKind !== 'personal') return { messages: [text(t.welcome.team)] };
  const ownCase = await employeeCase(fc);
  if (ownCase) return { messages: await employeeWelcome(fc, ownCase) };
  return { messages: [text(t.welcome.personal(person.displayName)), ...firstAdminSetup(fc, newTenant), helpCard(fc)] };
}

/** The app left this conversation. Nothing else changes: people and cases stay as they are. */
export async function onUninstall(store: Store, inbound: InboundContext): Promise<void> {
  const tenantId = await store.tenants.idForChannelKey(inbound.tenantKey);
  if (tenantId) await store.kv.delete(GREETED, greetedKey(tenantId, inbound));
}

/** The tenant's first person is its administrator: they choose the country before anything else. */
export function firstAdminSetup(fc: FlowContext, newTenant: boolean) {
  if (!newTenant) return [];
  const { t, person } = fc.session;
  return [text(t.welcome.firstAdmin(person.displayName)), setupCard(fc)];
}
