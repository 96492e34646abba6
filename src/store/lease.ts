// Leases: who may do a piece of shared work right now (deliver a tenant's reminders, re-plan a
// case, run this period's retention). Kept in the store, so N instances on one database agree
// without anything else to run. A lease is taken with a conditional write (SQLite: inside one
// IMMEDIATE transaction; Cosmos DB: create, or replace under the etag read), so of two takers
// exactly one wins; it holds until `until` and is renewed by taking it again before then.
import type { Lease } from './store';

/** Extra lifetime before an ended lease's entry is swept away (SQLite sweep, Cosmos DB TTL). */
export const LEASE_KEEP_MS = 7 * 24 * 3600_000;

/**
 * A lease's new data: a value replaces what was stored; a function gets what was stored (what the
 * last holder left) and returns the replacement, in the same conditional write.
 */
export type LeaseData = Record<string, unknown> | ((stored: Record<string, unknown>) => Record<string, unknown>);

/** What taking `name` at `now` does to `current`: the new lease, or null when another owner holds it. */
export function taken(current: Lease | null, name: string, owner: string, now: Date, ttlMs: number, data?: LeaseData): Lease | null {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`lease ttlMs must be positive, got ${ttlMs}`);
  if (current && current.owner !== owner && Date.parse(current.until) > now.getTime()) return null;
  return { name, owner, until: new Date(now.getTime() + ttlMs).toISOString(), data: nextData(current, data) };
}

/** The lease ended now, if `owner` still holds it; its data (or `data`, if given) stays for the next holder. */
export function ended(current: Lease | null, owner: string, now: Date, data?: LeaseData): Lease | null {
  if (!current || current.owner !== owner) return null;
  return { ...current, until: new Date(Math.min(now.getTime(), Date.parse(current.until))).toISOString(), data: nextData(current, data) };
}

function nextData(current: Lease | null, data: LeaseData | undefined): Record<string, unknown> {
  const stored = current?.data ?? {};
  if (data === undefined) return stored;
  return typeof data === 'function' ? data(stored) : data;
}
