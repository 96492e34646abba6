// Conversation references, saved so Herstart can write first (nudges, escalations, check-ins).
// Saved when a person talks to the bot one-to-one, refreshed when it changes (Teams may move a
// chat to another service URL) and at least hourly while in use, so delivery can prefer the app
// someone used last (a Slack address never changes). Channel conversations are never a person's
// address.
import type { FlowContext } from './flow-context';

/** Last address saved per person and channel, and when: skips a store write on every ordinary turn. */
const lastSaved = new Map<string, { address: string; at: number }>();
const CACHE_LIMIT = 50_000;
const REFRESH_MS = 60 * 60_000;

export async function rememberAddress(fc: FlowContext): Promise<void> {
  if (fc.inbound.conversationKind !== 'personal') return;
  const { tenant, person } = fc.session;
  const key = `${tenant.id}\n${person.id}\n${fc.inbound.channel}`;
  const address = JSON.stringify(fc.inbound.address);
  const now = fc.clock.now().getTime();
  const seen = lastSaved.get(key);
  if (seen && seen.address === address && now - seen.at < REFRESH_MS) return;
  const stored = await fc.store.refs.get(tenant.id, person.id, fc.inbound.channel);
  const storedAt = stored ? Date.parse(stored.updatedAt) : Number.NaN;
  const current = stored && !stored.dead && JSON.stringify(stored.ref) === address && now - storedAt < REFRESH_MS;
  if (!current) {
    await fc.store.refs.save({
      tenantId: tenant.id,
      ownerId: person.id,
      channel: fc.inbound.channel,
      ref: fc.inbound.address,
      updatedAt: new Date(now).toISOString(),
      dead: false,
      deadReason: null,
    });
  }
  if (lastSaved.size >= CACHE_LIMIT) lastSaved.clear();
  lastSaved.set(key, { address, at: current ? storedAt : now });
}
