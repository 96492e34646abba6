// The app was added: greet, and in a team remember who is in it so managers can pick colleagues.
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import type { CoreReply, MentionedUser } from '../messages';
import { ensurePersonFor } from '../session';
import { rememberReach } from '../checkins/reach';
import { employeeCase, employeeWelcome } from '../checkins/employee-help';
import { helpCard } from './help';
import { setupCard } from './setup';

export async function onInstall(fc: FlowContext, members: MentionedUser[]): Promise<CoreReply> {
  const { t, tenant, person, newTenant } = fc.session;
  for (const m of members) {
    const member = await ensurePersonFor(fc.store, tenant.id, fc.inbound.channel, m, fc.clock.now(), fc.newId);
    await rememberReach(fc, member, m);
  }
  if (fc.inbound.conversationKind !== 'personal') return { messages: [text(t.welcome.team)] };
  const ownCase = await employeeCase(fc);
  if (ownCase) return { messages: await employeeWelcome(fc, ownCase) };
  return { messages: [text(t.welcome.personal(person.displayName)), ...firstAdminSetup(fc, newTenant), helpCard(fc)] };
}

/** The tenant's first person is its administrator: they choose the country before anything else. */
export function firstAdminSetup(fc: FlowContext, newTenant: boolean) {
  if (!newTenant) return [];
  const { t, person } = fc.session;
  return [text(t.welcome.firstAdmin(person.displayName)), setupCard(fc)];
}
