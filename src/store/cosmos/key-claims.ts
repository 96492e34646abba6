// Uniqueness of a key that lives inside an array (a tenant's channel keys, a person's identity
// keys). Cosmos unique-key policies cannot index array elements, so each key gets a claim item
// whose id is the key: creating it succeeds for exactly one owner. Claims and owners are separate
// items (and batches are not used), so a crash can leave a claim whose owner no longer lists the
// key; such an orphan is taken over by the next claimant instead of blocking the key for ever.
// A claim younger than the grace period is never taken over: its owner may be between writing
// the claim and writing itself.
import type { Container } from '@azure/cosmos';
import { ConflictError } from '../errors';
import type { CosmosOps, Item } from './cosmos-ops';

export interface ClaimItem extends Item {
  type: string;
  ownerId: string;
  /** Set by Cosmos: last write, epoch seconds. */
  _ts?: number;
}

export const ORPHAN_GRACE_MS = 5 * 60_000;

export interface KeyClaimsSpec {
  container: Container;
  type: string;
  /** The claim's item id for a key. */
  itemId(key: string): string;
  /** The claim's partition key value for a key. */
  partitionKey(key: string): string;
  /** Extra fields the container needs on the claim (the partition key field). */
  extra(key: string): Record<string, unknown>;
  /** Whether `ownerId` still lists `key`: a claim whose owner does not is an orphan. */
  ownerHolds(ownerId: string, key: string): Promise<boolean>;
}

export class KeyClaims {
  constructor(
    private readonly ops: CosmosOps,
    private readonly spec: KeyClaimsSpec,
    private readonly graceMs: number = ORPHAN_GRACE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The owner a claim names, or null: one point read. Unverified: the caller reads the owner (it
   * wants it anyway) and checks that it still lists the key, else the claim is an orphan.
   */
  async claimedBy(key: string): Promise<string | null> {
    const s = this.spec;
    const claim = await this.ops.read<ClaimItem>(`${s.type}.lookup`, s.container, s.itemId(key), s.partitionKey(key));
    return claim?.item.ownerId ?? null;
  }

  /**
   * Claims every key for `ownerId`, or none: on a key held by another live owner it gives back
   * what it claimed and throws ConflictError. Returns the keys newly claimed by this call.
   */
  async claim(keys: Iterable<string>, ownerId: string): Promise<string[]> {
    const created: string[] = [];
    try {
      for (const key of new Set(keys)) {
        if (await this.claimOne(key, ownerId)) created.push(key);
      }
      return created;
    } catch (err) {
      await this.release(created, ownerId);
      throw err;
    }
  }

  /** Removes claims on `keys` that `ownerId` holds; claims of others are left alone. */
  async release(keys: Iterable<string>, ownerId: string): Promise<void> {
    const s = this.spec;
    for (const key of new Set(keys)) {
      const claim = await this.ops.read<ClaimItem>(`${s.type}.release`, s.container, s.itemId(key), s.partitionKey(key));
      if (!claim || claim.item.ownerId !== ownerId) continue;
      try {
        await this.ops.delete(`${s.type}.release`, s.container, claim.item.id, s.partitionKey(key), claim.etag);
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
    }
  }

  /** True if this call created or took over the claim, false if the owner already held it. */
  private async claimOne(key: string, ownerId: string): Promise<boolean> {
    const s = this.spec;
    const item: ClaimItem = { id: s.itemId(key), type: s.type, ownerId, ...s.extra(key) };
    for (let round = 0; round < 3; round++) {
      try {
        await this.ops.create(`${s.type}.claim`, s.container, item, s.partitionKey(key));
        return true;
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
      const held = await this.ops.read<ClaimItem>(`${s.type}.claim`, s.container, item.id, s.partitionKey(key));
      if (!held) continue;
      if (held.item.ownerId === ownerId) return false;
      const young = this.now() - (held.item._ts ?? 0) * 1000 < this.graceMs;
      if (young || (await s.ownerHolds(held.item.ownerId, key))) throw new ConflictError(`${s.type} ${key} is taken`);
      try {
        await this.ops.replace(`${s.type}.claim`, s.container, item, s.partitionKey(key), held.etag);
        return true;
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
    }
    throw new ConflictError(`${s.type} ${key} keeps changing hands`);
  }
}
