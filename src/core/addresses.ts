// Conversation references, saved so Herstart can write first (nudges, escalations, check-ins).
// Saved when a person talks to the bot one-to-one, refreshed when it changes (Teams may move a
// chat to another service URL). Channel conversations are never a person's address.
import type { FlowContext } from './flow-context';

/** Last address saved per person and channel: skips a store write on every ordinary turn. */
const lastSaved = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export async function rememberAddress(fc: FlowContext): Promise<void> {
  if (fc.inbound.conversationKind !== 'personal') return;
  const { tenant, person } = fc.session;
  const key = `${tenant.id}\n${person.id}\n${fc.inbound.channel}`;
  const serialised = JSON.stringify(fc.inbound.address);
  if (lastSaved.get(key) === serialised) return;
  const stored = await fc.store.refs.get(tenant.id, person.id, fc.inbound.channel);
  if (!stored || stored.dead || JSON.stringify(stored.ref) !== serialised) {
    await fc.store.refs.save({
      tenantId: tenant.id,
      ownerId: person.id,
      channel: fc.inbound.channel,
      ref: fc.inbound.address,
      updatedAt: fc.clock.now().toISOString(),
      dead: false,
      deadReason: null,
    });
  }
  if (lastSaved.size >= CACHE_LIMIT) lastSaved.clear();
  lastSaved.set(key, serialised);
}
