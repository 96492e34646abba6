// Part of `npm run bench:store`: one tenant with a long history (2,000 cases, 20 records each) and
// the reads a turn makes of one case's records. The point to show: reading one case touches that
// case's rows only, however many records the tenant holds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseRecord } from '../src/store/types';
import { recordListSql } from '../src/store/sqlite/record-repo';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store';
import { range } from './store-fixtures';

const CASES = 2_000;
const PER_CASE = 20;
const READS = 500;

function record(c: number, i: number): CaseRecord {
  return {
    id: `rec-${c}-${i}`,
    tenantId: 'tenant-big',
    caseId: `case-${c}`,
    personId: `emp-${c}`,
    kind: i % 4 === 0 ? 'checkin' : 'outcome',
    idempotencyKey: `k-${c}-${i}`,
    createdBy: `mgr-${c % 40}`,
    createdAt: new Date(Date.UTC(2029, 0, 1) + i * 86_400_000).toISOString(),
    data: { agreed: 'call again next week' },
  };
}

export async function benchSqliteRecords(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'herstart-bench-'));
  const store = await openSqliteStore(join(dir, 'records.db'));
  try {
    store.db.pragma('synchronous = OFF');
    for (const c of range(CASES)) for (const i of range(PER_CASE)) await store.records.append(record(c, i));
    store.db.pragma('synchronous = FULL');
    store.db.exec('ANALYZE');

    let visited = 0;
    store.db.function('bench_visit', { deterministic: false }, () => ++visited && 1);
    const count = (sql: string, params: Record<string, unknown>) => {
      visited = 0;
      store.db.prepare(sql.replace('WHERE ', 'WHERE bench_visit() AND ')).all(params);
      return visited;
    };
    // The form records.list had before: one statement for every filter, each "unset or equal".
    const catchAll = `SELECT doc FROM records WHERE tenant_id = @tenant AND (@caseId IS NULL OR case_id = @caseId)
      AND (@personId IS NULL OR person_id = @personId) AND (@kind IS NULL OR kind = @kind) ORDER BY created_at, seq`;
    const oldVisited = count(catchAll, { tenant: 'tenant-big', caseId: 'case-7', personId: null, kind: null });
    const newVisited = count(recordListSql({ caseId: 'x' }), { tenant: 'tenant-big', caseId: 'case-7' });

    const timeIt = async (f: (c: number) => unknown) => {
      const t = performance.now();
      for (const n of range(READS)) await f((n * 7919) % CASES);
      return (performance.now() - t) / READS;
    };
    const old = store.db.prepare(catchAll);
    const oldMs = await timeIt((c) => old.all({ tenant: 'tenant-big', caseId: `case-${c}`, personId: null, kind: null }));
    let got = 0;
    const listMs = await timeIt(async (c) => (got = (await store.records.list('tenant-big', { caseId: `case-${c}` })).length));

    console.log(`\nsqlite records: ${CASES.toLocaleString('en')} cases x ${PER_CASE} records in one tenant; one case's records (${got} returned)`);
    console.log(`  records.list({ caseId }): ${newVisited} rows visited, ${(listMs * 1000).toFixed(0)} µs per read (incl. JSON parse)`);
    console.log(`  contrast, one catch-all statement: ${oldVisited.toLocaleString('en')} rows visited, ${(oldMs * 1000).toFixed(0)} µs per read`);
    console.log(`  ratio: ${(oldVisited / newVisited).toFixed(0)}x fewer rows, ${(oldMs / listMs).toFixed(0)}x faster`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
