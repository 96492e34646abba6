// Cosmos DB's per-item time-to-live, for items whose expiry Herstart checks itself (inbox keys,
// expiring key-value entries): deletion only cleans up, a little after the item stopped counting.

/** Extra lifetime before Cosmos deletes an expired item, so deletion never races our own check. */
export const TTL_SLACK_SECONDS = 600;

/** The `ttl` (seconds from the write) for an item that stops counting at `untilMs`. */
export function ttlUntil(untilMs: number, nowMs: number): number {
  return Math.max(1, Math.ceil((untilMs - nowMs) / 1000)) + TTL_SLACK_SECONDS;
}
