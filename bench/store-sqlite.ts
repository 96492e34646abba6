import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store';
import { DUE_QUERY } from '../src/store/sqlite/reminder-repo';
import { DUE_STEPS, printRuns, type BenchSize, type DueRun } from './store';
import { benchCase, benchReminder, nowWithDue, range } from './store-fixtures';

export async function benchSqlite(size: BenchSize): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'herstart-bench-'));
  const store = await openSqliteStore(join(dir, 'bench.db'));
  try {
    const t0 = performance.now();
    // The fill is not what is measured: skip the per-commit fsync while loading, then restore it.
    store.db.pragma('synchronous = OFF');
    for (const i of range(size.cases)) await store.cases.create(benchCase(i));
    const all = range(size.reminders).map(benchReminder);
    for (let i = 0; i < all.length; i += 5_000) await store.reminders.upsertPending(all.slice(i, i + 5_000));
    store.db.pragma('synchronous = FULL');
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.db.exec('ANALYZE');
    console.log(`\nsqlite fill: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const plan = store.db.prepare(`EXPLAIN QUERY PLAN ${DUE_QUERY}`).all({ now: 0, limit: 1 }) as { detail: string }[];
    console.log(`sqlite due query plan: ${plan.map((p) => p.detail).join(' | ')}`);

    const query = store.db.prepare(DUE_QUERY);
    // Contrast only: the same predicate with the index switched off. The visit counter comes first
    // in the WHERE clause so it counts every row the scan touches.
    let scanned = 0;
    store.db.function('bench_visit', { deterministic: false }, () => ++scanned && 1);
    const scan = store.db.prepare('SELECT count(*) AS n FROM reminders NOT INDEXED WHERE bench_visit() AND available_at <= @now');
    const ts = performance.now();
    const row = scan.get({ now: nowWithDue(DUE_STEPS[0]!).getTime() }) as { n: number };
    const scanMs = performance.now() - ts;
    const contrast =
      `  contrast, index switched off: the same predicate at 1k due visits ${scanned.toLocaleString('en')} rows` +
      ` (matching ${row.n.toLocaleString('en')}) in ${scanMs.toFixed(1)} ms`;
    const runs: DueRun[] = [];
    for (const due of DUE_STEPS) {
      const now = nowWithDue(due);
      const queryMs = median(
        range(5).map(() => {
          const tq = performance.now();
          query.all({ now: now.getTime(), limit: 20_000 });
          return performance.now() - tq;
        }),
      );
      // A 1 ms lease: the 1k claimed in the first step are due again (lease run out) in the second.
      const t = performance.now();
      const claimed = await store.reminders.claimDue({ now, leaseMs: 1, owner: 'bench', limit: 20_000 });
      runs.push({ due, claimed: claimed.length, read: store.reminders.lastReadCount(), queryMs, ms: performance.now() - t });
    }
    printRuns('sqlite', size, runs, 'rows visited (counted)');
    console.log(contrast);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
