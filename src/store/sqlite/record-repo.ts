import type { AppendResult, RecordFields, RecordFilter, RecordRepo } from '../store';
import { pickFields } from '../record-fields';
import type { CaseRecord, RecordKind } from '../types';
import { parseDoc, type SqliteRunner } from './runner';
import type { Statement } from 'better-sqlite3';

type Row = { doc: string };
type ListParams = { tenant: string; caseId?: string; personId?: string; kind?: string };

/** The list query for one combination of filters (at most eight distinct texts). */
export function recordListSql(filter: Pick<RecordFilter, 'caseId' | 'personId' | 'kind'>): string {
  const conditions = ['tenant_id = @tenant'];
  if (filter.caseId !== undefined) conditions.push('case_id = @caseId');
  if (filter.personId !== undefined) conditions.push('person_id = @personId');
  if (filter.kind !== undefined) conditions.push('kind = @kind');
  return `SELECT doc FROM records WHERE ${conditions.join(' AND ')} ORDER BY created_at, seq`;
}

export class SqliteRecordRepo implements RecordRepo {
  private readonly insert;
  private readonly byKey;
  /** One statement per combination of filters: "@x IS NULL OR col = @x" would keep SQLite off the indexes. */
  private readonly lists = new Map<string, Statement<ListParams, Row>>();
  private readonly latest_;
  private readonly ofCases;
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
    // One case's newest records: a walk down records_by_case_time, reading only what is returned.
    this.latest_ = db.prepare<{ tenant: string; caseId: string; kind: string | null; limit: number }, Row>(
      `SELECT doc FROM records INDEXED BY records_by_case_time
       WHERE tenant_id = @tenant AND case_id = @caseId AND (@kind IS NULL OR kind = @kind)
       ORDER BY created_at DESC, seq DESC LIMIT @limit`,
    );
    this.ofCases = db.prepare<[string, string, string], Row>(
      `SELECT doc FROM records WHERE tenant_id = ? AND kind = ? AND case_id IN (SELECT value FROM json_each(?))
       ORDER BY created_at, seq`,
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

  private listStatement(filter: RecordFilter): Statement<ListParams, Row> {
    const sql = recordListSql(filter);
    let stmt = this.lists.get(sql);
    if (!stmt) {
      stmt = this.run.db.prepare<ListParams, Row>(sql);
      this.lists.set(sql, stmt);
    }
    return stmt;
  }

  list(tenantId: string, filter: RecordFilter = {}): Promise<CaseRecord[]> {
    const params: ListParams = { tenant: tenantId };
    if (filter.caseId !== undefined) params.caseId = filter.caseId;
    if (filter.personId !== undefined) params.personId = filter.personId;
    if (filter.kind !== undefined) params.kind = filter.kind;
    return this.run.read('records.list', () => {
      const list_ = this.listStatement(filter);
      if (filter.latest === undefined) return list_.all(params).map((r) => parseDoc<CaseRecord>(r));
      const limit = Math.max(0, Math.floor(filter.latest));
      if (filter.caseId !== undefined && filter.personId === undefined) {
        return this.latest_.all({ tenant: tenantId, caseId: filter.caseId, kind: filter.kind ?? null, limit }).reverse().map((r) => parseDoc<CaseRecord>(r));
      }
      const all = list_.all(params);
      return all.slice(Math.max(0, all.length - limit)).map((r) => parseDoc<CaseRecord>(r));
    });
  }

  latestForCases(tenantId: string, caseIds: readonly string[], latest: number): Promise<CaseRecord[]> {
    const limit = Math.max(0, Math.floor(latest));
    return this.run.read('records.latestForCases', () =>
      [...new Set(caseIds)].flatMap((caseId) => this.latest_.all({ tenant: tenantId, caseId, kind: null, limit }).reverse().map((r) => parseDoc<CaseRecord>(r))),
    );
  }

  async fieldsOf(tenantId: string, filter: { caseIds: readonly string[]; kind: RecordKind }, fields: readonly string[]): Promise<RecordFields[]> {
    const pick = pickFields(fields);
    if (filter.caseIds.length === 0) return [];
    return this.run.read('records.fieldsOf', () =>
      this.ofCases.all(tenantId, filter.kind, JSON.stringify([...new Set(filter.caseIds)])).map((row) => {
        const r = parseDoc<CaseRecord>(row);
        return { caseId: r.caseId ?? '', createdAt: r.createdAt, data: pick(r.data) };
      }),
    );
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
