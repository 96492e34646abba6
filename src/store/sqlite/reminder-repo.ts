import type { ClaimOptions, DueTenantsOptions, ReminderRepo, SeenReminders } from '../store';
import type { Reminder, Versioned } from '../types';
import { ConflictError } from '../errors';
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
import { newEtag, parseDoc, type SqliteRunner } from './runner';

type Row = { doc: string; etag: string };

/**
 * The scheduler's due query. It ranges over the partial index `reminders_due`, which holds only
 * pending and claimed reminders, in `available_at` order, and stops after `limit` rows: the rows
 * it visits are the due ones, whatever the table's size. `herstart_visit()` is a residual filter
 * that counts every row the index scan hands over, which is what `lastReadCount()` reports.
 */
export const DUE_QUERY = `SELECT doc, etag FROM reminders INDEXED BY reminders_due
  WHERE available_at <= @now AND herstart_visit()
  ORDER BY available_at LIMIT @limit`;

/** The due query inside one tenant (migration 7's index): what the tenant's lease holder claims. */
export const TENANT_DUE_QUERY = `SELECT doc, etag FROM reminders INDEXED BY reminders_due_by_tenant
  WHERE tenant_id = @tenant AND available_at <= @now AND herstart_visit()
  ORDER BY available_at LIMIT @limit`;

export class SqliteReminderRepo implements ReminderRepo {
  private readonly byId;
  private readonly byCase;
  private readonly byKind;
  private readonly due;
  private readonly tenantDue;
  private readonly dueTenants_;
  private readonly claimsEnd;
  private readonly insert;
  private readonly replace;
  private readonly put;
  private readonly deleteAt;
  private visited = 0;
  private lastRead = 0;

  constructor(private readonly run: SqliteRunner) {
    const db = run.db;
    db.function('herstart_visit', { deterministic: false, varargs: false }, () => {
      this.visited++;
      return 1;
    });
    this.byId = db.prepare<[string, string], Row>('SELECT doc, etag FROM reminders WHERE tenant_id = ? AND id = ?');
    this.byCase = db.prepare<{ tenant: string; caseId: string; state: string | null; kind: string | null }, Row>(
      `SELECT doc, etag FROM reminders WHERE tenant_id = @tenant AND case_id = @caseId
         AND (@state IS NULL OR state = @state) AND (@kind IS NULL OR kind = @kind)
       ORDER BY json_extract(doc, '$.dueAt'), id`,
    );
    // The primary key's tenant prefix bounds the scan to one tenant.
    this.byKind = db.prepare<{ tenant: string; kind: string; state: string | null }, Row>(
      `SELECT doc, etag FROM reminders WHERE tenant_id = @tenant AND kind = @kind AND (@state IS NULL OR state = @state)
       ORDER BY json_extract(doc, '$.dueAt'), id`,
    );
    this.due = db.prepare<{ now: number; limit: number }, Row>(DUE_QUERY);
    this.tenantDue = db.prepare<{ tenant: string; now: number; limit: number }, Row>(TENANT_DUE_QUERY);
    this.dueTenants_ = db.prepare<{ now: number; limit: number; exclude: string }, { tenant_id: string }>(
      `SELECT tenant_id FROM reminders INDEXED BY reminders_due
       WHERE available_at <= @now AND tenant_id NOT IN (SELECT value FROM json_each(@exclude))
       ORDER BY available_at LIMIT @limit`,
    );
    // The tenant's live entries within the horizon, by the same index the claims use.
    this.claimsEnd = db.prepare<{ tenant: string; now: number; horizon: number }, { until: number | null }>(
      `SELECT MAX(available_at) AS until FROM reminders INDEXED BY reminders_due_by_tenant
       WHERE tenant_id = @tenant AND available_at > @now AND available_at <= @horizon AND state = 'claimed'`,
    );
    this.insert = db.prepare(
      `INSERT INTO reminders (tenant_id, id, etag, state, case_id, kind, available_at, doc)
       VALUES (@tenantId, @id, @etag, @state, @caseId, @kind, @availableAt, @doc)`,
    );
    this.replace = db.prepare(
      `UPDATE reminders SET etag = @etag, state = @state, case_id = @caseId, kind = @kind,
         available_at = @availableAt, doc = @doc
       WHERE tenant_id = @tenantId AND id = @id AND etag = @expected`,
    );
    this.put = db.prepare(
      `INSERT INTO reminders (tenant_id, id, etag, state, case_id, kind, available_at, doc)
       VALUES (@tenantId, @id, @etag, @state, @caseId, @kind, @availableAt, @doc)
       ON CONFLICT (tenant_id, id) DO UPDATE SET etag = excluded.etag, state = excluded.state, case_id = excluded.case_id,
         kind = excluded.kind, available_at = excluded.available_at, doc = excluded.doc`,
    );
    this.deleteAt = db.prepare<[string, string, string]>('DELETE FROM reminders WHERE tenant_id = ? AND id = ? AND etag = ?');
  }

  // `seen` saves Cosmos DB a read per reminder; here the read is in the same transaction and costs nothing.
  async upsertPending(reminders: Reminder[], _seen?: SeenReminders): Promise<void> {
    const incoming = reminders.map(asPending);
    return this.run.write('reminders.upsertPending', () => {
      for (const r of incoming) {
        const row = this.byId.get(r.tenantId, r.id);
        const next = replanned(row ? parseDoc<Reminder>(row) : null, r);
        if (!next) continue;
        if (row) this.replace.run({ ...columns(next, newEtag()), expected: row.etag });
        else this.insert.run(columns(next, newEtag()));
      }
    });
  }

  cancelForCase(tenantId: string, caseId: string, kind?: string): Promise<number> {
    return this.run.write('reminders.cancelForCase', () => {
      const rows = this.byCase.all({ tenant: tenantId, caseId, state: 'pending', kind: kind ?? null });
      for (const row of rows) this.write(cancelled(parseDoc<Reminder>(row)), row.etag);
      return rows.length;
    });
  }

  cancel(tenantId: string, reminderIds: readonly string[], _seen?: SeenReminders): Promise<number> {
    if (reminderIds.length === 0) return Promise.resolve(0);
    return this.run.write('reminders.cancel', () => {
      let count = 0;
      for (const id of new Set(reminderIds)) {
        const row = this.byId.get(tenantId, id);
        if (!row || parseDoc<Reminder>(row).state !== 'pending') continue;
        this.write(cancelled(parseDoc<Reminder>(row)), row.etag);
        count++;
      }
      return count;
    });
  }

  async putPending(reminder: Reminder): Promise<Versioned<Reminder>> {
    const r = asPending(reminder);
    return this.run.write('reminders.putPending', () => {
      const etag = newEtag();
      this.put.run(columns(r, etag));
      return { value: r, etag };
    });
  }

  deleteIfUnchanged(tenantId: string, reminderId: string, etag: string): Promise<boolean> {
    return this.run.write('reminders.deleteIfUnchanged', () => this.deleteAt.run(tenantId, reminderId, etag).changes === 1);
  }

  get(tenantId: string, reminderId: string): Promise<Versioned<Reminder> | null> {
    return this.run.read('reminders.get', () => {
      const row = this.byId.get(tenantId, reminderId);
      return row ? { value: parseDoc<Reminder>(row), etag: row.etag } : null;
    });
  }

  listForCase(tenantId: string, caseId: string): Promise<Reminder[]> {
    return this.run.read('reminders.listForCase', () =>
      this.byCase.all({ tenant: tenantId, caseId, state: null, kind: null }).map((r) => parseDoc<Reminder>(r)),
    );
  }

  listVersionsForCase(tenantId: string, caseId: string): Promise<Versioned<Reminder>[]> {
    return this.run.read('reminders.listVersionsForCase', () =>
      this.byCase.all({ tenant: tenantId, caseId, state: null, kind: null }).map((r) => ({ value: parseDoc<Reminder>(r), etag: r.etag })),
    );
  }

  listVersionsForCases(tenantId: string, caseIds: readonly string[]): Promise<Versioned<Reminder>[]> {
    return this.run.read('reminders.listVersionsForCases', () =>
      [...new Set(caseIds)].flatMap((caseId) =>
        this.byCase.all({ tenant: tenantId, caseId, state: null, kind: null }).map((r) => ({ value: parseDoc<Reminder>(r), etag: r.etag })),
      ),
    );
  }

  listForTenant(tenantId: string, filter: { kind: string; state?: Reminder['state'] }): Promise<Reminder[]> {
    return this.run.read('reminders.listForTenant', () =>
      this.byKind.all({ tenant: tenantId, kind: filter.kind, state: filter.state ?? null }).map((r) => parseDoc<Reminder>(r)),
    );
  }

  async claimDue(opts: ClaimOptions): Promise<Versioned<Reminder>[]> {
    validLease(opts.leaseMs, opts.limit);
    // One IMMEDIATE transaction: another process's claim waits for ours, so no reminder is
    // handed out twice while its lease holds.
    return this.run.write('reminders.claimDue', () => {
      this.visited = 0;
      const now = opts.now.getTime();
      const rows =
        opts.limit === 0
          ? []
          : opts.tenantId === undefined
            ? this.due.all({ now, limit: opts.limit })
            : this.tenantDue.all({ tenant: opts.tenantId, now, limit: opts.limit });
      this.lastRead = this.visited;
      return rows.map((row) => {
        const next = claimed(parseDoc<Reminder>(row), opts.now, opts.leaseMs, opts.owner);
        return { value: next, etag: this.write(next, row.etag) };
      });
    });
  }

  markSent(reminder: Reminder, etag: string, sentAt: Date): Promise<Versioned<Reminder>> {
    return this.transition('reminders.markSent', reminder, etag, 'claimed', (r) => sent(r, sentAt));
  }

  release(reminder: Reminder, etag: string, retryAt: Date, error?: string): Promise<Versioned<Reminder>> {
    return this.transition('reminders.release', reminder, etag, 'claimed', (r) => released(r, retryAt, error));
  }

  renewClaim(reminder: Reminder, etag: string, until: Date): Promise<Versioned<Reminder>> {
    return this.transition('reminders.renewClaim', reminder, etag, 'claimed', (r) => renewed(r, until));
  }

  dueTenants(opts: DueTenantsOptions): Promise<string[]> {
    return this.run.read('reminders.dueTenants', () => {
      const rows = this.dueTenants_.all({ now: opts.now.getTime(), limit: opts.limit, exclude: JSON.stringify(opts.exclude) });
      return [...new Set(rows.map((r) => r.tenant_id))];
    });
  }

  reschedule(tenantId: string, reminderId: string, dueAt: Date): Promise<Versioned<Reminder> | null> {
    return this.run.write('reminders.reschedule', () => {
      const row = this.byId.get(tenantId, reminderId);
      if (!row) return null;
      const current = parseDoc<Reminder>(row);
      if (current.state !== 'pending') return null;
      const next = rescheduled(current, dueAt);
      return { value: next, etag: this.write(next, row.etag) };
    });
  }

  claimsRunOutAt(tenantId: string, now: Date): Promise<Date | null> {
    return this.run.read('reminders.claimsRunOutAt', () => {
      const row = this.claimsEnd.get({ tenant: tenantId, now: now.getTime(), horizon: now.getTime() + MAX_CLAIM_MS });
      return row?.until == null ? null : new Date(row.until);
    });
  }

  lastReadCount(): number {
    return this.lastRead;
  }

  /** Stored state must be `from` and the etag current; the caller's copy only names the reminder. */
  private transition(
    what: string,
    reminder: Reminder,
    etag: string,
    from: Reminder['state'],
    change: (r: Reminder) => Reminder,
  ): Promise<Versioned<Reminder>> {
    return this.run.write(what, () => {
      // Written from the caller's value, as the Cosmos engine does (which does not read first).
      if (reminder.state !== from) throw new ConflictError(`reminder ${reminder.id} is not ${from}`);
      const row = this.byId.get(reminder.tenantId, reminder.id);
      if (!row || row.etag !== etag) throw new ConflictError(`reminder ${reminder.id} is no longer ${from} by this caller`);
      const next = change(reminder);
      return { value: next, etag: this.write(next, etag) };
    });
  }

  private write(next: Reminder, expected: string): string {
    const etag = newEtag();
    const changed = this.replace.run({ ...columns(next, etag), expected }).changes;
    if (changed === 0) throw new ConflictError(`reminder ${next.id} changed since it was read`);
    return etag;
  }
}

function columns(r: Reminder, etag: string) {
  return {
    tenantId: r.tenantId,
    id: r.id,
    etag,
    state: r.state,
    caseId: r.caseId ?? null,
    kind: r.kind,
    availableAt: availableAt(r),
    doc: JSON.stringify(r),
  };
}
