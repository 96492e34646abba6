// What the file is made of, read from the store: the case's documents, views and contacts, and the
// names of everyone who wrote in it. One list query per case (records by case are indexed), one
// query for all the names.
import type { Case } from '../../domain/case';
import { DOCUMENT_RECORD, VIEW_RECORD, type FileNames } from '../../domain/dossier';
import type { Store } from '../../store/store';
import type { CaseRecord } from '../../store/types';

const FILE_KINDS = new Set<string>([DOCUMENT_RECORD, VIEW_RECORD, 'outcome']);

export async function loadFileRecords(store: Store, tenantId: string, caseId: string): Promise<CaseRecord[]> {
  return (await store.records.list(tenantId, { caseId })).filter((r) => FILE_KINDS.has(r.kind));
}

/** The names the file shows: employer, employee, manager, and every author or recorder. */
export async function loadFileNames(store: Store, c: Case, records: readonly CaseRecord[], employer: string, unknown: string): Promise<FileNames> {
  const ids = new Set<string>([c.employeeId, c.managerId, ...records.map((r) => r.createdBy)]);
  const people: Record<string, string> = {};
  for (const p of await store.people.getMany(c.tenantId, [...ids])) people[p.id] = p.displayName;
  return { employer, employee: people[c.employeeId] ?? unknown, manager: people[c.managerId] ?? unknown, people };
}
