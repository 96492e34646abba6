// Reaching an employee who never wrote to Herstart. In Teams the bot may open a one-to-one chat
// with someone it shares a team with: the team install tells us who is in the team and how to
// address that team, which we keep per person. In Slack the bot opens a DM with anyone in the
// workspace. Each channel brings an opener; the core keeps only what it was told, opaquely.
import type { Store } from '../../store/store';
import type { Channel, ConversationRef, Person } from '../../store/types';
import type { FlowContext } from '../flow-context';
import type { MentionedUser } from '../messages';

/** How a channel starts a one-to-one conversation with a person. */
export interface ConversationOpener {
  readonly channel: Channel;
  /**
   * Opens (or finds) the one-to-one conversation and returns its address, or null when the
   * channel cannot reach the person (the app is not installed for them, no shared team...).
   * `via` is the address of a conversation where the bot met the person (a team), if any.
   */
  open(person: Person, userId: string, via: Record<string, unknown> | null): Promise<Record<string, unknown> | null>;
}

const NAMESPACE = 'checkin-reach';
const keyOf = (tenantId: string, personId: string, channel: Channel) => `${tenantId}/${personId}/${channel}`;

/** At a team install: remember that this person shares the team with the bot, and the team's address. */
export async function rememberReach(fc: FlowContext, person: Person, member: MentionedUser): Promise<void> {
  if (fc.inbound.conversationKind === 'personal') return;
  await fc.store.kv.put(NAMESPACE, keyOf(fc.session.tenant.id, person.id, fc.inbound.channel), {
    userId: member.userId,
    via: fc.inbound.address,
    at: fc.clock.now().toISOString(),
  });
}

/**
 * Makes sure the person has a live conversation on some channel: true when one exists or one of
 * the openers could create it (it is then saved like any conversation the person started).
 */
export async function ensureReachable(store: Store, openers: readonly ConversationOpener[], person: Person, now: Date): Promise<boolean> {
  const refs = await store.refs.listForOwner(person.tenantId, person.id);
  if (refs.some((r) => !r.dead)) return true;
  for (const opener of openers) {
    const identity = person.identities.find((i) => i.channel === opener.channel);
    if (!identity) continue;
    const reach = await store.kv.get(NAMESPACE, keyOf(person.tenantId, person.id, opener.channel));
    const via = reach && typeof reach.via === 'object' && reach.via !== null ? (reach.via as Record<string, unknown>) : null;
    const address = await opener.open(person, identity.userId, via);
    if (!address) continue;
    const ref: ConversationRef = { tenantId: person.tenantId, ownerId: person.id, channel: opener.channel, ref: address, updatedAt: now.toISOString(), dead: false, deadReason: null };
    await store.refs.save(ref);
    return true;
  }
  return false;
}
