import type { Case } from '../../domain/case';
import type { CaseListFilter, CaseRepo } from '../store';
import type { Versioned } from '../types';
import { ConflictError } from '../errors';
import { isUniqueViolation, newEtag, parseDoc, type SqliteRunner } from './runner';

type Row = { doc: string; etag: string };

export class SqliteCaseRepo implements CaseRepo {
  private readonly byId;
  private readonly byIds;
  private readonly list_;
  private readonly insert;
  private readonly replace;

  constructor(private readonly run: SqliteRunner) {
    const db = run.db;
    this.byId = db.prepare<[string, string], Row>('SELECT doc, etag FROM cases WHERE tenant_id = ? AND id = ?');
    this.byIds = db.prepare<[string, string], Row>('SELECT doc, etag FROM cases WHERE tenant_id = ? AND id IN (SELECT value FROM json_each(?))');
    // NULL filter values match everything, so one prepared statement serves every filter combination.
    this.list_ = db.prepare<{ tenant: string; status: string | null; manager: string | null; employee: string | null }, Row>(
      `SELECT doc, etag FROM cases
       WHERE tenant_id = @tenant
         AND (@status IS NULL OR status = @status)
         AND (@manager IS NULL OR manager_id = @manager)
         AND (@employee IS NULL OR employee_id = @employee)
       ORDER BY created_at, id`,
    );
    this.insert = db.prepare(
      `INSERT INTO cases (tenant_id, id, etag, status, employee_id, manager_id, closed_on, created_at, doc)
       VALUES (@tenantId, @id, @etag, @status, @employeeId, @managerId, @closedOn, @createdAt, @doc)`,
    );
    this.replace = db.prepare(
      `UPDATE cases SET etag = @etag, status = @status, employee_id = @employeeId, manager_id = @managerId,
         closed_on = @closedOn, created_at = @createdAt, doc = @doc
       WHERE tenant_id = @tenantId AND id = @id AND etag = @expected`,
    );
  }

  get(tenantId: string, caseId: string): Promise<Versioned<Case> | null> {
    return this.run.read('cases.get', () => versioned(this.byId.get(tenantId, caseId)));
  }

  getMany(tenantId: string, caseIds: readonly string[]): Promise<Case[]> {
    if (caseIds.length === 0) return Promise.resolve([]);
    return this.run.read('cases.getMany', () => this.byIds.all(tenantId, JSON.stringify([...new Set(caseIds)])).map((r) => parseDoc<Case>(r)));
  }

  list(tenantId: string, filter: CaseListFilter = {}): Promise<Versioned<Case>[]> {
    return this.run.read('cases.list', () =>
      this.list_
        .all({
          tenant: tenantId,
          status: filter.status ?? null,
          manager: filter.managerId ?? null,
          employee: filter.employeeId ?? null,
        })
        .map((r) => ({ value: parseDoc<Case>(r), etag: r.etag })),
    );
  }

  create(c: Case): Promise<Versioned<Case>> {
    return this.run.write('cases.create', () => {
      const etag = newEtag();
      try {
        this.insert.run(columns(c, etag));
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`case ${c.id} already exists`);
        throw err;
      }
      return { value: c, etag };
    });
  }

  update(c: Case, etag: string): Promise<Versioned<Case>> {
    return this.run.write('cases.update', () => {
      const next = newEtag();
      const changed = this.replace.run({ ...columns(c, next), expected: etag }).changes;
      if (changed === 0) throw new ConflictError(`case ${c.id} changed since it was read`);
      return { value: c, etag: next };
    });
  }
}

function columns(c: Case, etag: string) {
  return {
    tenantId: c.tenantId,
    id: c.id,
    etag,
    status: c.status,
    employeeId: c.employeeId,
    managerId: c.managerId,
    closedOn: c.closedOn ?? null,
    createdAt: c.createdAt,
    doc: JSON.stringify(c),
  };
}

function versioned(row: Row | undefined): Versioned<Case> | null {
  return row ? { value: parseDoc<Case>(row), etag: row.etag } : null;
}
