// Conversation references, saved so Herstart can write first (nudges, escalations, check-ins).
// Saved when a person talks to the bot one-to-one, refreshed when it changes (Teams may move a
// chat to another service URL) and at least hourly while in use, so delivery can prefer the app
// someone used last (a Slack address never changes). Channel conversations are never a person's
// address. The answer never waits for this: it runs after it (AfterTurn).
//
// Each instance remembers what it saved last, to skip a store write on every ordinary turn. A
// conversation marked dead (by any instance's delivery) bumps the tenant's dead-address stamp in
// the store; an instance looks at that stamp at most every few seconds, and a changed stamp makes
// it check the stored reference again, so a person who comes back is reachable on every instance.
import { randomUUID } from 'node:crypto';
import type { FlowContext } from './flow-context';
import type { Store } from '../store/store';

/** Last address saved per person and channel, and when: skips a store write on every ordinary turn. */
interface Saved {
  address: string;
  at: number;
  /** The tenant's dead-address stamp when this was saved or checked. */
  stamp: string;
}

const CACHE_LIMIT = 50_000;
const REFRESH_MS = 60 * 60_000;
const STAMP_NS = 'refs-dead';
/** How long an instance trusts the stamp it read: the "within 5 s" across instances. */
export const DEAD_STAMP_TTL_MS = 4_000;

interface PerStore {
  saved: Map<string, Saved>;
  stamps: Map<string, { value: string; until: number }>;
}

const perStore = new WeakMap<Store, PerStore>();

function cacheFor(store: Store): PerStore {
  let c = perStore.get(store);
  if (!c) {
    c = { saved: new Map(), stamps: new Map() };
    perStore.set(store, c);
  }
  return c;
}

async function deadStamp(store: Store, tenantId: string): Promise<string> {
  const { stamps } = cacheFor(store);
  const hit = stamps.get(tenantId);
  if (hit && hit.until > Date.now()) return hit.value;
  const doc = await store.kv.get(STAMP_NS, tenantId);
  const value = typeof doc?.stamp === 'string' ? doc.stamp : '';
  if (stamps.size >= CACHE_LIMIT) stamps.clear();
  stamps.set(tenantId, { value, until: Date.now() + DEAD_STAMP_TTL_MS });
  return value;
}

/** A conversation of this tenant was just marked dead: every instance checks its saved addresses again. */
export async function noteDeadAddress(store: Store, tenantId: string): Promise<void> {
  const value = randomUUID();
  await store.kv.put(STAMP_NS, tenantId, { stamp: value });
  cacheFor(store).stamps.set(tenantId, { value, until: Date.now() + DEAD_STAMP_TTL_MS });
}

/** Keeps the person's address current, after the answer: the answer never needs it. */
export function rememberAddress(fc: FlowContext): void {
  if (fc.inbound.conversationKind !== 'personal') return;
  const { tenant, person } = fc.session;
  const { saved } = cacheFor(fc.store);
  const key = `${tenant.id}\n${person.id}\n${fc.inbound.channel}`;
  const address = JSON.stringify(fc.inbound.address);
  const now = fc.clock.now().getTime();
  const seen = saved.get(key);
  const known = cacheFor(fc.store).stamps.get(tenant.id);
  const stampFresh = known !== undefined && known.until > Date.now();
  if (seen && stampFresh && seen.address === address && seen.stamp === known.value && now - seen.at < REFRESH_MS) return;
  const ref = fc.inbound.address;
  const channel = fc.inbound.channel;
  fc.later(`address\n${key}`, 'save a conversation reference', async () => {
    const stamp = await deadStamp(fc.store, tenant.id);
    // Only the stamp needed a look, and nothing was marked dead since: nothing to write.
    if (seen && seen.address === address && seen.stamp === stamp && now - seen.at < REFRESH_MS) return;
    const stored = await fc.store.refs.get(tenant.id, person.id, channel);
    const storedAt = stored ? Date.parse(stored.updatedAt) : Number.NaN;
    const current = stored && !stored.dead && JSON.stringify(stored.ref) === address && now - storedAt < REFRESH_MS;
    if (!current) {
      await fc.store.refs.save({ tenantId: tenant.id, ownerId: person.id, channel, ref, updatedAt: new Date(now).toISOString(), dead: false, deadReason: null });
    }
    if (saved.size >= CACHE_LIMIT) saved.clear();
    saved.set(key, { address, at: current ? storedAt : now, stamp });
  });
}
