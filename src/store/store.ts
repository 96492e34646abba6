// The one store interface. Two engines implement it (SQLite, Azure Cosmos DB); the rest of the
// code sees only this. Every call but `reminders.claimDue` is scoped to one tenant: isolation is
// structural, not a filter someone can forget.
import type { Case } from '../domain/case';
import type { LeaseData } from './lease';
import type {
  AuditEntry,
  CaseRecord,
  Channel,
  ConversationRef,
  Person,
  RecordKind,
  Reminder,
  Tenant,
  Versioned,
} from './types';

export interface TenantRepo {
  get(tenantId: string): Promise<Versioned<Tenant> | null>;
  /** The tenant a channel-side key (`teams:<aad tenant>`, `slack:<team>`) belongs to. */
  findByChannelKey(channelKey: string): Promise<Versioned<Tenant> | null>;
  /**
   * The id of the tenant a channel key is claimed for, without reading the tenant: one lookup, so a
   * caller can read the tenant alongside other reads. Unverified: the caller checks that the tenant
   * it reads still lists the key (a claim a crash left behind may name a tenant that does not).
   */
  idForChannelKey(channelKey: string): Promise<string | null>;
  /** Throws ConflictError if the id or one of its channel keys is taken. */
  create(tenant: Tenant): Promise<Versioned<Tenant>>;
  /** Throws ConflictError if `etag` is stale. */
  update(tenant: Tenant, etag: string): Promise<Versioned<Tenant>>;
  /** Every tenant id: only for maintenance jobs (retention) that then work tenant by tenant. */
  listIds(): Promise<string[]>;
}

export interface PersonRepo {
  get(tenantId: string, personId: string): Promise<Versioned<Person> | null>;
  findByIdentity(tenantId: string, identityKey: string): Promise<Versioned<Person> | null>;
  /** The id of the person an identity key is claimed for; unverified, as `TenantRepo.idForChannelKey`. */
  idForIdentity(tenantId: string, identityKey: string): Promise<string | null>;
  /** The people with these ids (those that exist, in no promised order), in one query: the names a list shows. */
  getMany(tenantId: string, personIds: readonly string[]): Promise<Person[]>;
  /** People whose display name contains `text` (case-insensitive), at most `limit`. */
  search(tenantId: string, text: string, limit: number): Promise<Person[]>;
  listByRole(tenantId: string, role: Person['roles'][number]): Promise<Person[]>;
  /** Throws ConflictError if the id or an identity key is taken within the tenant. */
  create(person: Person): Promise<Versioned<Person>>;
  /** Throws ConflictError if `etag` is stale, the person is gone, or a new identity key is taken. */
  update(person: Person, etag: string): Promise<Versioned<Person>>;
}

export interface CaseListFilter {
  status?: Case['status'];
  managerId?: string;
  employeeId?: string;
}

export interface CaseRepo {
  get(tenantId: string, caseId: string): Promise<Versioned<Case> | null>;
  /** The cases with these ids (those that exist, in no promised order), in one query: the scheduler reads a few dozen ahead. */
  getMany(tenantId: string, caseIds: readonly string[]): Promise<Case[]>;
  /** Oldest first (by createdAt). */
  list(tenantId: string, filter?: CaseListFilter): Promise<Versioned<Case>[]>;
  /** Throws ConflictError if the id is taken within the tenant. */
  create(c: Case): Promise<Versioned<Case>>;
  /** Throws ConflictError if `etag` is stale or the case is gone (purged). */
  update(c: Case, etag: string): Promise<Versioned<Case>>;
}

export interface RecordFilter {
  caseId?: string;
  personId?: string;
  kind?: RecordKind;
  /** Only the newest this many (still returned oldest first): for readers of the recent past. */
  latest?: number;
}

/** Some fields of one record's data, for lists (see `RecordRepo.fieldsOf`). */
export interface RecordFields {
  caseId: string;
  createdAt: string;
  /** Only the fields asked for; a field the record does not have is left out. */
  data: Record<string, unknown>;
}

export interface AppendResult {
  record: CaseRecord;
  /** True when a record with the same idempotency key already existed (nothing new was written). */
  duplicate: boolean;
}

export interface RecordRepo {
  append(record: CaseRecord): Promise<AppendResult>;
  /** The record stored under an idempotency key, if any: one indexed read, whatever the history. */
  findByKey(tenantId: string, idempotencyKey: string): Promise<CaseRecord | null>;
  /** Oldest first (by createdAt; records with equal createdAt in no promised order). */
  list(tenantId: string, filter?: RecordFilter): Promise<CaseRecord[]>;
  /**
   * For each of these cases its newest `latest` records (as `list` with `caseId` and `latest`),
   * read together: a case with many records never crowds out one with few. Oldest first per case,
   * the cases in no promised order.
   */
  latestForCases(tenantId: string, caseIds: readonly string[], latest: number): Promise<CaseRecord[]>;
  /**
   * The named fields of the records of one kind of many cases, in one query, oldest first: what a
   * list of cases shows (each one's last contact) without reading every record whole. Field names
   * are plain identifiers (letters, digits, underscore), else RangeError.
   */
  fieldsOf(tenantId: string, filter: { caseIds: readonly string[]; kind: RecordKind }, fields: readonly string[]): Promise<RecordFields[]>;
  /** Erasure on request ("forget me"): deletes the person's records of the given kinds; returns the count. */
  deleteForPerson(tenantId: string, personId: string, kinds: RecordKind[]): Promise<number>;
  /**
   * Erasure of one record on its owner's request (an employee deleting one check-in answer): deletes
   * the record stored under `idempotencyKey` only if it is about `personId` and of one of `kinds`.
   * True when a record was deleted.
   */
  deleteOneForPerson(tenantId: string, personId: string, idempotencyKey: string, kinds: RecordKind[]): Promise<boolean>;
}

export interface ClaimOptions {
  now: Date;
  /** Lease length: a claimed reminder not marked sent by then becomes due again. */
  leaseMs: number;
  owner: string;
  limit: number;
  /**
   * Only this tenant's due reminders (the holder of the tenant's delivery lease claims them).
   * Still oldest first; `limit` bounds the claim.
   */
  tenantId?: string;
}

export interface DueTenantsOptions {
  now: Date;
  /** Tenants to leave out (already seen, or leased by another instance). */
  exclude: readonly string[];
  /** How many due reminders to look at. */
  limit: number;
}

/**
 * What a writer read of a case's reminders just before (`listVersionsForCase`), by id; an id not
 * in it was not there. Writes are then made under those versions without reading each reminder
 * again; one that changed meanwhile is read again and decided on as it is now.
 */
export type SeenReminders = ReadonlyMap<string, Versioned<Reminder>>;

export interface ReminderRepo {
  /**
   * Insert or replace pending reminders by id; a reminder already sent or claimed is left alone.
   * A replaced (pending or cancelled) reminder keeps its `attempts` and `lastError`; a cancelled one
   * becomes pending again. Every reminder passed must have state `pending` (else TypeError).
   */
  upsertPending(reminders: Reminder[], seen?: SeenReminders): Promise<void>;
  /** Cancel the case's pending reminders, optionally only of one kind. Returns the count. Claimed ones stay claimed. */
  cancelForCase(tenantId: string, caseId: string, kind?: string): Promise<number>;
  /** Cancel these reminders where they are still pending (re-planning drops exactly what is no longer planned). Returns the count. */
  cancel(tenantId: string, reminderIds: readonly string[], seen?: SeenReminders): Promise<number>;
  /**
   * Stores `reminder` as pending whatever is stored under its id (sent, claimed, cancelled or
   * nothing): for a marker of work that must be done again after every change (a case to
   * re-plan), never for a message, which would go out twice.
   */
  putPending(reminder: Reminder): Promise<Versioned<Reminder>>;
  /** Deletes the reminder if it is still the version `etag` names; false when it changed or is gone. */
  deleteIfUnchanged(tenantId: string, reminderId: string, etag: string): Promise<boolean>;
  get(tenantId: string, reminderId: string): Promise<Versioned<Reminder> | null>;
  listForCase(tenantId: string, caseId: string): Promise<Reminder[]>;
  /** The same with each one's version: what a re-plan passes back as `seen`. */
  listVersionsForCase(tenantId: string, caseId: string): Promise<Versioned<Reminder>[]>;
  /** The same for many cases in one query (in no promised order). */
  listVersionsForCases(tenantId: string, caseIds: readonly string[]): Promise<Versioned<Reminder>[]>;
  /** A tenant's reminders of one kind, optionally in one state (the HR workspace: escalations sent). By dueAt. */
  listForTenant(tenantId: string, filter: { kind: string; state?: Reminder['state'] }): Promise<Reminder[]>;
  /**
   * Claims up to `limit` reminders that are due (pending with dueAt <= now, or claimed with a lease
   * that has run out), across tenants, each with its tenant id. Reads only due reminders.
   * Two callers never get the same reminder while a lease holds.
   */
  claimDue(opts: ClaimOptions): Promise<Versioned<Reminder>[]>;
  /**
   * Marks a claimed reminder sent. Throws ConflictError if the claim was lost (the stored reminder
   * is no longer claimed under `etag`). `reminder` is the claim exactly as it came with `etag` (from
   * claimDue or the last renewClaim): the change is written over it in one conditional write, with
   * no read first, so a value that is not claimed is refused and a stale etag is a conflict.
   */
  markSent(reminder: Reminder, etag: string, sentAt: Date): Promise<Versioned<Reminder>>;
  /** Gives a claimed reminder back as pending, due at `retryAt`, counting the attempt. ConflictError as markSent. */
  release(reminder: Reminder, etag: string, retryAt: Date, error?: string): Promise<Versioned<Reminder>>;
  /**
   * The tenants among the first `limit` due reminders (oldest first) outside `exclude`, each once,
   * in order of their oldest due reminder. Reads only due reminders; claims nothing.
   */
  dueTenants(opts: DueTenantsOptions): Promise<string[]>;
  /**
   * Extends a claim still held under `etag` to `until` (the sender is still at work on it).
   * ConflictError as markSent.
   */
  renewClaim(reminder: Reminder, etag: string, until: Date): Promise<Versioned<Reminder>>;
  /**
   * When the last claim still held in the tenant at `now` runs out (whoever holds it), or null
   * when none is held. A claim lives at most `MAX_CLAIM_MS` past its last write, so only
   * reminders available within that horizon are looked at.
   */
  claimsRunOutAt(tenantId: string, now: Date): Promise<Date | null>;
  /** Moves a pending reminder to a new due instant (snooze). Null if it is missing or not pending. */
  reschedule(tenantId: string, reminderId: string, dueAt: Date): Promise<Versioned<Reminder> | null>;
  /**
   * Rows or documents read by the last claimDue call on this handle: the benchmark's evidence.
   * SQLite counts the rows its index scan visited; Cosmos DB reports the server's retrieved-document
   * count when the service sends real query metrics, else the number of documents returned.
   */
  lastReadCount(): number;
}

export interface ConversationRefRepo {
  /** Insert or replace (a save with `dead: false` revives a reference marked dead). */
  save(ref: ConversationRef): Promise<void>;
  get(tenantId: string, ownerId: string, channel: Channel): Promise<ConversationRef | null>;
  listForOwner(tenantId: string, ownerId: string): Promise<ConversationRef[]>;
  /** Every reference of these owners, in one query (in no promised order). */
  listForOwners(tenantId: string, ownerIds: readonly string[]): Promise<ConversationRef[]>;
  /** No effect if there is no such reference. */
  markDead(tenantId: string, ownerId: string, channel: Channel, reason: string): Promise<void>;
}

export interface AuditRepo {
  append(entry: AuditEntry): Promise<void>;
  /** Oldest first (by `at`). */
  list(tenantId: string, filter?: { caseId?: string; actorId?: string }): Promise<AuditEntry[]>;
}

/** Where an inbound delivery stands when a worker asks for it. */
export type InboxClaim =
  /** Yours for the lease: do the work, then `complete` (or `release` when it failed). */
  | { state: 'claimed'; token: string }
  /** Another worker holds a live lease on it (a retry that came in while the first is handled). */
  | { state: 'busy' }
  /** Handled already, within its de-duplication window. */
  | { state: 'done' };

/** A delivery kept in the store (acknowledged, not yet handled), claimed for a worker. */
export interface PendingDelivery {
  key: string;
  payload: Record<string, unknown>;
  /** Earlier attempts that failed or whose worker died (0 on the first claim). */
  attempts: number;
  token: string;
}

export interface InboxClaimOptions {
  now: Date;
  /** How long the claim holds: a worker that has not completed by then is presumed dead. */
  leaseMs: number;
  /** Keeps the delivery in the store until it is completed, so another worker can finish it (`claimPending`). */
  payload?: Record<string, unknown>;
}

/**
 * Inbound deliveries (Slack events, Teams messages) are marked done after the work, not before:
 * a delivery whose handling failed, or whose worker died, is handled on its next delivery or from
 * the store, while a repeat during handling is not handled twice (a claim holds a lease).
 */
export interface InboxRepo {
  /**
   * Claims `key` unless it is done within its window or another claim's lease holds. A claim on a
   * key whose lease ran out (a dead worker) or whose failed attempt may be retried takes it over.
   */
  claim(key: string, opts: InboxClaimOptions): Promise<InboxClaim>;
  /** Keeps a claim alive while the work goes on (a heartbeat). False when `token` no longer holds it. */
  extend(key: string, token: string, leaseMs: number, now: Date): Promise<boolean>;
  /** The work is done: repeats get `done` for `ttlSeconds`; a kept payload is dropped. */
  complete(key: string, ttlSeconds: number, now: Date): Promise<void>;
  /**
   * The work failed: claimable again from `retryAt` (a kept payload stays), counting the attempt.
   * No effect when `token` no longer holds the claim.
   */
  release(key: string, token: string, retryAt: Date, error?: string): Promise<void>;
  /** Claims kept deliveries that are not done and free at `now` (lease run out, retry due), oldest first. */
  claimPending(opts: { now: Date; leaseMs: number; limit: number }): Promise<PendingDelivery[]>;
}

/** Opaque per-key documents for libraries that need somewhere to keep state (Slack installations). */
export interface KeyValueRepo {
  get(namespace: string, key: string): Promise<Record<string, unknown> | null>;
  /**
   * With `expiresAt` the entry is removed some time after that instant (SQLite sweeps, Cosmos DB's
   * per-item TTL deletes); readers that care about the exact instant check it themselves.
   */
  put(namespace: string, key: string, value: Record<string, unknown>, opts?: { expiresAt?: Date }): Promise<void>;
  /**
   * Stores `value`, without expiry, only if nothing is stored under the key (an expired entry not
   * yet removed still counts): true for the one caller that stored it, false for everyone else,
   * also when several instances try at once (a one-time greeting).
   */
  putIfAbsent(namespace: string, key: string, value: Record<string, unknown>): Promise<boolean>;
  delete(namespace: string, key: string): Promise<void>;
  /**
   * Atomic get-and-delete: the value if this call removed it, else null. Of two concurrent callers
   * exactly one gets the value (single-use tokens rely on it).
   */
  take(namespace: string, key: string): Promise<Record<string, unknown> | null>;
  /**
   * Removes entries whose `expiresAt` has passed; returns how many. SQLite does it here (the
   * retention job calls it); Cosmos DB's per-item TTL does it by itself, so there it returns 0.
   */
  purgeExpired(now: Date): Promise<number>;
}

/** A named, time-limited right to do shared work (see ./lease.ts). */
export interface Lease {
  name: string;
  owner: string;
  /** UTC ISO instant until which the lease holds. */
  until: string;
  /** Small state handed from holder to holder (a tenant's throttling pause, a job's last run). */
  data: Record<string, unknown>;
}

export interface LeaseRepo {
  /**
   * Takes the lease, or renews it when `owner` holds it already, until `now + ttlMs`. Null when
   * another owner holds it beyond `now`. Of two concurrent takers at most one gets it. `data`
   * replaces the stored data (a function of the stored data: computed inside the same conditional
   * write); without it the data is kept.
   */
  acquire(name: string, owner: string, now: Date, ttlMs: number, data?: LeaseData): Promise<Lease | null>;
  /**
   * Ends the lease at `now` if `owner` still holds it (true), so another may take it at once;
   * `data`, if given, replaces the stored data in the same write.
   */
  release(name: string, owner: string, now: Date, data?: LeaseData): Promise<boolean>;
  get(name: string): Promise<Lease | null>;
}

export interface PurgeResult {
  cases: number;
  records: number;
  reminders: number;
  /** HR's looks at the purged cases: the log of a case goes with the case. */
  audit: number;
}

export interface HealthStatus {
  ok: boolean;
  engine: 'sqlite' | 'cosmos';
  detail?: string;
}

export interface Store {
  readonly engine: 'sqlite' | 'cosmos';
  tenants: TenantRepo;
  people: PersonRepo;
  cases: CaseRepo;
  records: RecordRepo;
  reminders: ReminderRepo;
  refs: ConversationRefRepo;
  audit: AuditRepo;
  inbox: InboxRepo;
  kv: KeyValueRepo;
  leases: LeaseRepo;
  /**
   * Retention: removes closed cases (and their records, reminders and audit entries) whose `closedOn` is before
   * `endedBefore` (YYYY-MM-DD; `purgeCutoff(today)` in ./retention gives the two-year cutoff).
   * Closed cases without `closedOn` are kept. Audit entries are not touched.
   */
  purgeClosedCases(tenantId: string, endedBefore: string): Promise<PurgeResult>;
  health(): Promise<HealthStatus>;
  close(): Promise<void>;
}
