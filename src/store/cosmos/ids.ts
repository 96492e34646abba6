// Cosmos item ids may not contain / \ ? # and are limited in length, while our ids and keys come
// from Teams, Slack and callers. Safe strings are used as they are (readable in Data Explorer);
// anything else becomes a hash, deterministically, so lookups find it again.
import { createHash } from 'node:crypto';

const SAFE = /^[A-Za-z0-9_.:@|=+-]{1,200}$/;

export function hash(...parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

export function safeId(raw: string): string {
  return SAFE.test(raw) && !raw.startsWith('h_') ? raw : `h_${hash(raw)}`;
}

/** A record's item id: derived from tenant and idempotency key, so a second append gets 409. */
export function recordItemId(tenantId: string, idempotencyKey: string): string {
  return `r_${hash(tenantId, idempotencyKey)}`;
}
