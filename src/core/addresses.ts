// Conversation references, saved so Herstart can write first (nudges, escalations, check-ins).
// Saved when a person talks to the bot one-to-one, refreshed when it changes (Teams may move a
// chat to another service URL) and at least hourly while in use, so delivery can prefer the app
// someone used last (a Slack address never changes). Channel conversations are never a person's
// address. The answer never waits for this: it runs after it (AfterTurn).
import type { FlowContext } from './flow-context';
import type { Store } from '../store/store';

/** Last address saved per person and channel, and when: skips a store write on every ordinary turn. */
const lastSavedByStore = new WeakMap<Store, Map<string, { address: string; at: number }>>();
const CACHE_LIMIT = 50_000;
const REFRESH_MS = 60 * 60_000;

/** Keeps the person's address current, after the answer: the answer never needs it. */
export function rememberAddress(fc: FlowContext): void {
  if (fc.inbound.conversationKind !== 'personal') return;
  const { tenant, person } = fc.session;
  const key = `${tenant.id}\n${person.id}\n${fc.inbound.channel}`;
  const address = JSON.stringify(fc.inbound.address);
  const now = fc.clock.now().getTime();
  let lastSaved = lastSavedByStore.get(fc.store);
  if (!lastSaved) lastSavedByStore.set(fc.store, (lastSaved = new Map()));
  const seen = lastSaved.get(key);
  if (seen && seen.address === address && now - seen.at < REFRESH_MS) return;
  const ref = fc.inbound.address;
  const channel = fc.inbound.channel;
  const saved = lastSaved;
  fc.later(`address\n${key}`, 'save a conversation reference', async () => {
    const stored = await fc.store.refs.get(tenant.id, person.id, channel);
    const storedAt = stored ? Date.parse(stored.updatedAt) : Number.NaN;
    const current = stored && !stored.dead && JSON.stringify(stored.ref) === address && now - storedAt < REFRESH_MS;
    if (!current) {
      await fc.store.refs.save({ tenantId: tenant.id, ownerId: person.id, channel, ref, updatedAt: new Date(now).toISOString(), dead: false, deadReason: null });
    }
    if (saved.size >= CACHE_LIMIT) saved.clear();
    saved.set(key, { address, at: current ? storedAt : now });
  });
}
