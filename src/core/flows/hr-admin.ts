// HR's place in Herstart: the channel where escalations arrive, who counts as HR, and which
// managers the administrator named (who may report absences when reporting is restricted).
import type { Person, Role } from '../../store/types';
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

/** Mentions name people directly; in a one-to-one chat, where nobody can be mentioned, a name will do. */
async function targetsOf(fc: FlowContext, mentions: MentionedUser[], search: string, usage: string): Promise<Person[] | CoreReply> {
  const { t, tenant } = fc.session;
  if (mentions.length > 0) {
    const out: Person[] = [];
    for (const m of mentions) out.push(await ensurePersonFor(fc.store, tenant.id, fc.inbound.channel, m, fc.clock.now(), fc.newId));
    return out;
  }
  const query = search.replace(/^@/, '').trim();
  if (!query) return { messages: [text(usage)] };
  const found = await fc.store.people.search(tenant.id, query, 5);
  if (found.length === 1) return found;
  return { messages: [text(found.length === 0 ? t.intake.searchNoMatch(query) : t.hr.ambiguous(found.map((p) => p.displayName).join(', ')))] };
}

/** The administrator gives or takes a role: `hr` (HR rights and escalations) or `reporter` (a named manager). */
export async function changeRoleMembers(fc: FlowContext, role: 'hr' | 'reporter', mentions: MentionedUser[], search: string, add: boolean): Promise<CoreReply> {
  const { t, person } = fc.session;
  if (!person.roles.includes('admin')) return { messages: [text(t.errors.onlyAdmin)] };
  const targets = await targetsOf(fc, mentions, search, role === 'hr' ? t.hr.addUsage : t.hr.reportersUsage);
  if (!Array.isArray(targets)) return targets;
  const names: string[] = [];
  for (const target of targets) {
    await updatePerson(fc, target.id, (p) => {
      const has = p.roles.includes(role);
      if (has === add) return p;
      const roles: Role[] = add ? [...p.roles, role] : p.roles.filter((r) => r !== role);
      return { ...p, roles };
    });
    names.push(target.displayName);
  }
  const list = names.join(', ');
  if (role === 'hr') return { messages: [text(add ? t.hr.added(list) : t.hr.removed(list))] };
  return { messages: [text(add ? t.hr.reportersAdded(list) : t.hr.reportersRemoved(list))] };
}
