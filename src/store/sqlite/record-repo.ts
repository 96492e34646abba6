import type { AppendResult, RecordFilter, RecordRepo } from '../store';
import type { CaseRecord, RecordKind } from '../types';
import { parseDoc, type SqliteRunner } from './runner';

type Row = { doc: string };

export class SqliteRecordRepo implements RecordRepo {
  private readonly insert;
  private readonly byKey;
  private readonly list_;
  private readonly latest_;
  private readonly deleteForPerson_;
  private readonly deleteOneForPerson_;

  constructor(private readonly run: SqliteRunner) {
    const db = run.db;
    // ON CONFLICT DO NOTHING: the unique (tenant, idempotency key) decides, so a retried or
    // double-clicked submit is stored once even when both arrive together.
    this.insert = db.prepare(
      `INSERT INTO records (tenant_id, idempotency_key, case_id, person_id, kind, created_at, doc)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, idempotency_key) DO NOTHING`,
    );
    this.byKey = db.prepare<[string, string], Row>(
      'SELECT doc FROM records WHERE tenant_id = ? AND idempotency_key = ?',
    );
    this.list_ = db.prepare<{ tenant: string; caseId: string | null; personId: string | null; kind: string | null }, Row>(
      `SELECT doc FROM records
       WHERE tenant_id = @tenant
         AND (@caseId IS NULL OR case_id = @caseId)
         AND (@personId IS NULL OR person_id = @personId)
         AND (@kind IS NULL OR kind = @kind)
       ORDER BY created_at, seq`,
    );
    // One case's newest records: a walk down records_by_case_time, reading only what is returned.
    this.latest_ = db.prepare<{ tenant: string; caseId: string; kind: string | null; limit: number }, Row>(
      `SELECT doc FROM records INDEXED BY records_by_case_time
       WHERE tenant_id = @tenant AND case_id = @caseId AND (@kind IS NULL OR kind = @kind)
       ORDER BY created_at DESC, seq DESC LIMIT @limit`,
    );
    this.deleteForPerson_ = db.prepare<[string, string, string]>(
      `DELETE FROM records WHERE tenant_id = ? AND person_id = ?
       AND kind IN (SELECT value FROM json_each(?))`,
    );
    this.deleteOneForPerson_ = db.prepare<[string, string, string, string]>(
      `DELETE FROM records WHERE tenant_id = ? AND idempotency_key = ? AND person_id = ?
       AND kind IN (SELECT value FROM json_each(?))`,
    );
  }

  append(record: CaseRecord): Promise<AppendResult> {
    return this.run.write('records.append', () => {
      const inserted = this.insert.run(
        record.tenantId,
        record.idempotencyKey,
        record.caseId ?? null,
        record.personId ?? null,
        record.kind,
        record.createdAt,
        JSON.stringify(record),
      ).changes;
      if (inserted === 1) return { record, duplicate: false };
      const existing = this.byKey.get(record.tenantId, record.idempotencyKey);
      if (!existing) throw new Error(`record ${record.idempotencyKey} neither inserted nor found`);
      return { record: parseDoc<CaseRecord>(existing), duplicate: true };
    });
  }

  findByKey(tenantId: string, idempotencyKey: string): Promise<CaseRecord | null> {
    return this.run.read('records.findByKey', () => {
      const row = this.byKey.get(tenantId, idempotencyKey);
      return row ? parseDoc<CaseRecord>(row) : null;
    });
  }

  list(tenantId: string, filter: RecordFilter = {}): Promise<CaseRecord[]> {
    const params = { tenant: tenantId, caseId: filter.caseId ?? null, personId: filter.personId ?? null, kind: filter.kind ?? null };
    return this.run.read('records.list', () => {
      if (filter.latest === undefined) return this.list_.all(params).map((r) => parseDoc<CaseRecord>(r));
      const limit = Math.max(0, Math.floor(filter.latest));
      if (filter.caseId !== undefined && filter.personId === undefined) {
        return this.latest_.all({ tenant: tenantId, caseId: filter.caseId, kind: filter.kind ?? null, limit }).reverse().map((r) => parseDoc<CaseRecord>(r));
      }
      const all = this.list_.all(params);
      return all.slice(Math.max(0, all.length - limit)).map((r) => parseDoc<CaseRecord>(r));
    });
  }

  deleteForPerson(tenantId: string, personId: string, kinds: RecordKind[]): Promise<number> {
    if (kinds.length === 0) return Promise.resolve(0);
    return this.run.write('records.deleteForPerson', () =>
      this.deleteForPerson_.run(tenantId, personId, JSON.stringify(kinds)).changes,
    );
  }

  deleteOneForPerson(tenantId: string, personId: string, idempotencyKey: string, kinds: RecordKind[]): Promise<boolean> {
    if (kinds.length === 0) return Promise.resolve(false);
    return this.run.write('records.deleteOneForPerson', () =>
      this.deleteOneForPerson_.run(tenantId, idempotencyKey, personId, JSON.stringify(kinds)).changes === 1,
    );
  }
}
