import type { AuditRepo } from '../store';
import type { AuditEntry } from '../types';
import { parseDoc, type SqliteRunner } from './runner';

type Row = { doc: string };

export class SqliteAuditRepo implements AuditRepo {
  private readonly insert;
  private readonly list_;

  constructor(private readonly run: SqliteRunner) {
    const db = run.db;
    this.insert = db.prepare('INSERT INTO audit (tenant_id, case_id, actor_id, at, doc) VALUES (?, ?, ?, ?, ?)');
    this.list_ = db.prepare<{ tenant: string; caseId: string | null; actorId: string | null }, Row>(
      `SELECT doc FROM audit WHERE tenant_id = @tenant
         AND (@caseId IS NULL OR case_id = @caseId) AND (@actorId IS NULL OR actor_id = @actorId)
       ORDER BY at, seq`,
    );
  }

  append(entry: AuditEntry): Promise<void> {
    return this.run.write('audit.append', () => {
      this.insert.run(entry.tenantId, entry.caseId, entry.actorId, entry.at, JSON.stringify(entry));
    });
  }

  list(tenantId: string, filter: { caseId?: string; actorId?: string } = {}): Promise<AuditEntry[]> {
    return this.run.read('audit.list', () =>
      this.list_
        .all({ tenant: tenantId, caseId: filter.caseId ?? null, actorId: filter.actorId ?? null })
        .map((r) => parseDoc<AuditEntry>(r)),
    );
  }
}
