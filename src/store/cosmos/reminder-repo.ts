import type { Container } from '@azure/cosmos';
import type { ClaimOptions, DueTenantsOptions, ReminderRepo, SeenReminders } from '../store';
import type { Reminder, Versioned } from '../types';
import { ConflictError } from '../errors';
import { mapLimit } from '../map-limit';
import {
  asPending,
  availableAt,
  cancelled,
  claimed,
  released,
  renewed,
  replanned,
  rescheduled,
  MAX_CLAIM_MS,
  sent,
  validLease,
} from '../reminder-state';
import type { CosmosOps, Item, Stored } from './cosmos-ops';
import { safeId } from './ids';

export interface ReminderItem extends Item {
  tenantId: string;
  /** Epoch ms from which the reminder can be claimed; absent once sent or cancelled. */
  availableAt?: number;
  doc: Reminder;
}

type Row = ReminderItem & { _etag: string };

/**
 * The scheduler's due query, across tenants. A range on the indexed `availableAt` (only pending
 * and claimed reminders carry it), ordered by it, at most @limit: the index hands over only due
 * reminders, so the documents read grow with the number due, not with the container.
 */
export const DUE_QUERY = 'SELECT TOP @limit * FROM c WHERE c.availableAt <= @now ORDER BY c.availableAt';

/** The same inside one tenant's partition: what the holder of the tenant's delivery lease claims. */
export const TENANT_DUE_QUERY = 'SELECT TOP @limit * FROM c WHERE c.tenantId = @tenantId AND c.availableAt <= @now ORDER BY c.availableAt';

/** Which tenants have due reminders, oldest first, leaving some out: a projection, no documents. */
export const DUE_TENANTS_QUERY =
  'SELECT TOP @limit c.tenantId FROM c WHERE c.availableAt <= @now AND NOT ARRAY_CONTAINS(@exclude, c.tenantId) ORDER BY c.availableAt';

export interface DueQueryReading {
  /** Documents the due query returned. */
  returned: number;
  /** Documents the server says it loaded, if it reported real metrics (not the emulator). */
  retrieved: number | null;
  requestCharge: number;
}

export const WRITE_CONCURRENCY = 16;
const RACE_ROUNDS = 5;

export function toReminderItem(r: Reminder): ReminderItem {
  const at = availableAt(r);
  return { id: safeId(r.id), tenantId: r.tenantId, ...(at === null ? {} : { availableAt: at }), doc: r };
}

export class CosmosReminderRepo implements ReminderRepo {
  private lastDue: DueQueryReading = { returned: 0, retrieved: 0, requestCharge: 0 };

  constructor(
    private readonly ops: CosmosOps,
    private readonly c: Container,
  ) {}

  async upsertPending(reminders: Reminder[], seen?: SeenReminders): Promise<void> {
    const incoming = reminders.map(asPending);
    await mapLimit(incoming, WRITE_CONCURRENCY, (r) => {
      const write = async (current: Stored<ReminderItem> | null) => {
        const next = replanned(current?.item.doc ?? null, r);
        if (!next) return null;
        return current
          ? this.ops.replace('reminders.upsertPending', this.c, toReminderItem(next), r.tenantId, current.etag)
          : this.ops.create('reminders.upsertPending', this.c, toReminderItem(next), r.tenantId);
      };
      return this.untilSettled(r.tenantId, r.id, write, seenAs(seen, r.id));
    });
  }

  async cancelForCase(tenantId: string, caseId: string, kind?: string): Promise<number> {
    const res = await this.ops.queryTenant<Row>('reminders.cancelForCase', this.c, tenantId, {
      where: ['c.doc.caseId = @case', "c.doc.state = 'pending'", ...(kind === undefined ? [] : ['c.doc.kind = @kind'])],
      parameters: [{ name: '@case', value: caseId }, ...(kind === undefined ? [] : [{ name: '@kind', value: kind }])],
    });
    const done = await mapLimit(res.items, WRITE_CONCURRENCY, (row) =>
      this.untilSettled(tenantId, row.doc.id, async (current) =>
        current?.item.doc.state === 'pending'
          ? this.ops.replace('reminders.cancelForCase', this.c, toReminderItem(cancelled(current.item.doc)), tenantId, current.etag)
          : null,
      ),
    );
    return done.filter((d) => d !== null).length;
  }

  async cancel(tenantId: string, reminderIds: readonly string[], seen?: SeenReminders): Promise<number> {
    const done = await mapLimit([...new Set(reminderIds)], WRITE_CONCURRENCY, (id) =>
      this.untilSettled(
        tenantId,
        id,
        async (current) =>
          current?.item.doc.state === 'pending'
            ? this.ops.replace('reminders.cancel', this.c, toReminderItem(cancelled(current.item.doc)), tenantId, current.etag)
            : null,
        seenAs(seen, id),
      ),
    );
    return done.filter((d) => d !== null).length;
  }

  async putPending(reminder: Reminder): Promise<Versioned<Reminder>> {
    const r = asPending(reminder);
    // One blind write: whatever state the marker was in, it is due again.
    const s = await this.ops.upsert<ReminderItem>('reminders.putPending', this.c, toReminderItem(r));
    return { value: r, etag: s.etag };
  }

  async deleteIfUnchanged(tenantId: string, reminderId: string, etag: string): Promise<boolean> {
    try {
      return await this.ops.delete('reminders.deleteIfUnchanged', this.c, safeId(reminderId), tenantId, etag);
    } catch (err) {
      if (err instanceof ConflictError) return false;
      throw err;
    }
  }

  async get(tenantId: string, reminderId: string): Promise<Versioned<Reminder> | null> {
    const s = await this.read(tenantId, reminderId);
    return s ? { value: s.item.doc, etag: s.etag } : null;
  }

  async listForCase(tenantId: string, caseId: string): Promise<Reminder[]> {
    const res = await this.ops.queryTenant<ReminderItem>('reminders.listForCase', this.c, tenantId, {
      where: ['c.doc.caseId = @case'],
      parameters: [{ name: '@case', value: caseId }],
    });
    return res.items.map((i) => i.doc).sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
  }

  async listVersionsForCase(tenantId: string, caseId: string): Promise<Versioned<Reminder>[]> {
    const res = await this.ops.queryTenant<Row>('reminders.listVersionsForCase', this.c, tenantId, {
      where: ['c.doc.caseId = @case'],
      parameters: [{ name: '@case', value: caseId }],
    });
    return res.items.map((i) => ({ value: i.doc, etag: i._etag }));
  }

  async listVersionsForCases(tenantId: string, caseIds: readonly string[]): Promise<Versioned<Reminder>[]> {
    if (caseIds.length === 0) return [];
    const res = await this.ops.queryTenant<Row>('reminders.listVersionsForCases', this.c, tenantId, {
      where: ['ARRAY_CONTAINS(@cases, c.doc.caseId)'],
      parameters: [{ name: '@cases', value: [...new Set(caseIds)] }],
    });
    return res.items.map((i) => ({ value: i.doc, etag: i._etag }));
  }

  async listForTenant(tenantId: string, filter: { kind: string; state?: Reminder['state'] }): Promise<Reminder[]> {
    const where = ['c.doc.kind = @kind', ...(filter.state ? ['c.doc.state = @state'] : [])];
    const parameters = [{ name: '@kind', value: filter.kind }, ...(filter.state ? [{ name: '@state', value: filter.state }] : [])];
    const res = await this.ops.queryTenant<ReminderItem>('reminders.listForTenant', this.c, tenantId, { where, parameters });
    return res.items.map((i) => i.doc).sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
  }

  async claimDue(opts: ClaimOptions): Promise<Versioned<Reminder>[]> {
    validLease(opts.leaseMs, opts.limit);
    if (opts.limit === 0) {
      this.lastDue = { returned: 0, retrieved: 0, requestCharge: 0 };
      return [];
    }
    const tenant = opts.tenantId;
    const res = await this.ops.query<Row>(
      'reminders.claimDue',
      this.c,
      {
        query: tenant === undefined ? DUE_QUERY : TENANT_DUE_QUERY,
        parameters: [
          { name: '@limit', value: opts.limit },
          { name: '@now', value: opts.now.getTime() },
          ...(tenant === undefined ? [] : [{ name: '@tenantId', value: tenant }]),
        ],
      },
      tenant,
      // One page where possible (the service still cuts pages at 4 MB).
      { maxItemCount: opts.limit, populateQueryMetrics: true },
    );
    this.lastDue = { returned: res.items.length, retrieved: res.retrieved, requestCharge: res.requestCharge };
    // Each claim is a replace under the etag the query saw: of two schedulers that saw the same
    // reminder, exactly one write succeeds and the other skips it.
    const won = await mapLimit(res.items, WRITE_CONCURRENCY, async (row) => {
      const next = claimed(row.doc, opts.now, opts.leaseMs, opts.owner);
      try {
        const s = await this.ops.replace('reminders.claimDue', this.c, toReminderItem(next), row.tenantId, row._etag);
        return { value: next, etag: s.etag };
      } catch (err) {
        if (err instanceof ConflictError) return null;
        throw err;
      }
    });
    return won.filter((w): w is Versioned<Reminder> => w !== null);
  }

  markSent(reminder: Reminder, etag: string, sentAt: Date): Promise<Versioned<Reminder>> {
    return this.transition('reminders.markSent', reminder, etag, (r) => sent(r, sentAt));
  }

  release(reminder: Reminder, etag: string, retryAt: Date, error?: string): Promise<Versioned<Reminder>> {
    return this.transition('reminders.release', reminder, etag, (r) => released(r, retryAt, error));
  }

  renewClaim(reminder: Reminder, etag: string, until: Date): Promise<Versioned<Reminder>> {
    return this.transition('reminders.renewClaim', reminder, etag, (r) => renewed(r, until));
  }

  async dueTenants(opts: DueTenantsOptions): Promise<string[]> {
    if (opts.limit === 0) return [];
    const res = await this.ops.query<{ tenantId: string }>('reminders.dueTenants', this.c, {
      query: DUE_TENANTS_QUERY,
      parameters: [
        { name: '@limit', value: opts.limit },
        { name: '@now', value: opts.now.getTime() },
        { name: '@exclude', value: [...opts.exclude] },
      ],
    }, undefined, { maxItemCount: opts.limit });
    return [...new Set(res.items.map((r) => r.tenantId))];
  }

  async reschedule(tenantId: string, reminderId: string, dueAt: Date): Promise<Versioned<Reminder> | null> {
    const s = await this.untilSettled(tenantId, reminderId, async (current) =>
      current?.item.doc.state === 'pending'
        ? this.ops.replace('reminders.reschedule', this.c, toReminderItem(rescheduled(current.item.doc, dueAt)), tenantId, current.etag)
        : null,
    );
    return s ? { value: s.item.doc, etag: s.etag } : null;
  }

  async claimsRunOutAt(tenantId: string, now: Date): Promise<Date | null> {
    // One partition; the range on the indexed availableAt and the indexed state, newest end first.
    const res = await this.ops.queryTenant<{ availableAt: number }>('reminders.claimsRunOutAt', this.c, tenantId, {
      select: 'TOP 1 c.availableAt',
      where: ["c.doc.state = 'claimed'", 'c.availableAt > @now', 'c.availableAt <= @horizon'],
      parameters: [
        { name: '@now', value: now.getTime() },
        { name: '@horizon', value: now.getTime() + MAX_CLAIM_MS },
      ],
      orderBy: 'c.availableAt DESC',
    });
    const until = res.items[0]?.availableAt;
    return typeof until === 'number' ? new Date(until) : null;
  }

  lastReadCount(): number {
    return this.lastDue.retrieved ?? this.lastDue.returned;
  }

  /** The last due query's figures, for the benchmark. */
  lastDueReading(): DueQueryReading {
    return { ...this.lastDue };
  }

  /**
   * One conditional replace under the caller's etag, written from the caller's claim (the value that
   * goes with that etag), so settling or renewing a claim costs one round trip, not a read and a
   * write: a lost claim answers 412 (or 404 when it was purged), which becomes ConflictError.
   */
  private async transition(what: string, reminder: Reminder, etag: string, change: (r: Reminder) => Reminder): Promise<Versioned<Reminder>> {
    if (reminder.state !== 'claimed') throw new ConflictError(`${what}: reminder ${reminder.id} is not claimed`);
    const next = change(reminder);
    const s = await this.ops.replace(what, this.c, toReminderItem(next), reminder.tenantId, etag);
    return { value: next, etag: s.etag };
  }

  /**
   * Read-decide-write without a caller's etag: re-reads and tries again when another writer got
   * in between, so the decision is always made on the current version. `write` returns null to
   * leave the reminder as it is. `seen` (what the caller read just before; null: it was not
   * there) stands in for the first read.
   */
  private async untilSettled(
    tenantId: string,
    reminderId: string,
    write: (current: Stored<ReminderItem> | null) => Promise<Stored<ReminderItem> | null>,
    seen?: Stored<ReminderItem> | null,
  ): Promise<Stored<ReminderItem> | null> {
    for (let round = 0; round < RACE_ROUNDS; round++) {
      try {
        return await write(round === 0 && seen !== undefined ? seen : await this.read(tenantId, reminderId));
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
    }
    throw new ConflictError(`reminder ${reminderId} keeps changing; try again`);
  }

  private read(tenantId: string, reminderId: string): Promise<Stored<ReminderItem> | null> {
    return this.ops.read<ReminderItem>('reminders.get', this.c, safeId(reminderId), tenantId);
  }
}

/** The caller's earlier read of one reminder, as a stored item; undefined when it has none to offer. */
function seenAs(seen: SeenReminders | undefined, reminderId: string): Stored<ReminderItem> | null | undefined {
  if (!seen) return undefined;
  const v = seen.get(reminderId);
  return v ? { item: toReminderItem(v.value), etag: v.etag } : null;
}
