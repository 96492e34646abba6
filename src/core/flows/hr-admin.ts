// HR's place in Herstart: the channel where escalations arrive, and who counts as HR.
import type { Role } from '../../store/types';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import type { CoreReply, MentionedUser } from '../messages';
import { isHr } from '../access';
import { ensurePersonFor } from '../session';
import { updatePerson } from '../writes';

/** Conversation-reference owner id for a tenant's HR channel on one chat platform. */
export function hrOwnerId(channel: string): string {
  return `hr:${channel}`;
}

export async function registerHrChannel(fc: FlowContext): Promise<CoreReply> {
  const { t, tenant, person } = fc.session;
  if (fc.inbound.conversationKind !== 'channel') return { messages: [text(t.errors.notInChannel)] };
  if (!isHr(person)) return { messages: [text(t.errors.onlyAdmin)] };
  await fc.store.refs.save({
    tenantId: tenant.id,
    ownerId: hrOwnerId(fc.inbound.channel),
    channel: fc.inbound.channel,
    ref: fc.inbound.address,
    updatedAt: fc.clock.now().toISOString(),
    dead: false,
    deadReason: null,
  });
  return { messages: [text(t.hr.hereSaved)] };
}

export async function changeHrMembers(fc: FlowContext, mentions: MentionedUser[], add: boolean): Promise<CoreReply> {
  const { t, tenant, person } = fc.session;
  if (!person.roles.includes('admin')) return { messages: [text(t.errors.onlyAdmin)] };
  if (mentions.length === 0) return { messages: [text(t.hr.addUsage)] };
  const names: string[] = [];
  for (const m of mentions) {
    const target = await ensurePersonFor(fc.store, tenant.id, fc.inbound.channel, m, fc.clock.now(), fc.newId);
    await updatePerson(fc, target.id, (p) => {
      const has = p.roles.includes('hr');
      if (has === add) return p;
      const roles: Role[] = add ? [...p.roles, 'hr'] : p.roles.filter((r) => r !== 'hr');
      return { ...p, roles };
    });
    names.push(target.displayName);
  }
  return { messages: [text(add ? t.hr.added(names.join(', ')) : t.hr.removed(names.join(', ')))] };
}
