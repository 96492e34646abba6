// Every event starts by finding its tenant; tenants change rarely (settings, a linked channel).
// A short-lived cache per store spares a read on each turn. This process's own changes replace
// the entry at once; another instance's changes (settings, a linked channel) are seen within the
// time-to-live, which keeps several instances within 5 seconds of each other.
import type { Store } from '../store/store';
import type { Tenant } from '../store/types';

export const TENANT_CACHE_TTL_MS = 4_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  tenant: Tenant;
  expires: number;
}

const caches = new WeakMap<Store, Map<string, Entry>>();

function cacheFor(store: Store): Map<string, Entry> {
  let c = caches.get(store);
  if (!c) {
    c = new Map();
    caches.set(store, c);
  }
  return c;
}

export async function tenantByChannelKey(store: Store, channelKey: string, now = Date.now()): Promise<Tenant | null> {
  const cache = cacheFor(store);
  const hit = cache.get(channelKey);
  if (hit && hit.expires > now) return hit.tenant;
  const found = await store.tenants.findByChannelKey(channelKey);
  if (!found) {
    cache.delete(channelKey);
    return null;
  }
  remember(store, found.value, now);
  return found.value;
}

/** After this process created or changed a tenant. */
export function remember(store: Store, tenant: Tenant, now = Date.now()): void {
  const cache = cacheFor(store);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  for (const key of tenant.channelKeys) cache.set(key, { tenant, expires: now + TENANT_CACHE_TTL_MS });
}

export function forget(store: Store, channelKeys: string[]): void {
  const cache = cacheFor(store);
  for (const key of channelKeys) cache.delete(key);
}
