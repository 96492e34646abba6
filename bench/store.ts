// `npm run bench:store`: fills each engine with cases and reminders, then times the scheduler's
// due query (claimDue) at 1k and at 10k due reminders and counts what it read. The point to show:
// the work grows with the number due, not with the number stored.
//
//   npm run bench:store                          SQLite: 100k cases, 200k reminders, then one tenant's
//                                                records (bench/store-sqlite-records.ts); Cosmos emulator: see below
//   npm run bench:store -- --only sqlite
//   npm run bench:store -- --cosmos-reminders 11000 --cosmos-cases 5000
//
// The Cosmos run uses a smaller fill: @vercel/cosmosdb-server's query engine copies its item list
// once per item, so one query costs time quadratic in the container size (measured here: 0.1 s at
// 5k items, 0.5 s at 10k, over 30 s at 20k). 200k reminders would take hours per query there.
import { benchCosmos } from './store-cosmos';
import { benchSqlite } from './store-sqlite';
import { benchSqliteRecords } from './store-sqlite-records';

export interface BenchSize {
  cases: number;
  reminders: number;
}

export interface DueRun {
  due: number;
  claimed: number;
  read: number;
  /** The due query alone (no claim writes), where the engine lets us run it on its own. */
  queryMs?: number;
  /** The whole claimDue: the query plus one conditional write per claimed reminder. */
  ms: number;
}

export const FULL: BenchSize = { cases: 100_000, reminders: 200_000 };
export const COSMOS_EMULATOR: BenchSize = { cases: 5_000, reminders: 11_000 };
export const DUE_STEPS = [1_000, 10_000];

export function printRuns(engine: string, size: BenchSize, runs: DueRun[], readLabel: string): void {
  console.log(`\n${engine}: ${size.cases.toLocaleString('en')} cases, ${size.reminders.toLocaleString('en')} reminders`);
  const ms = (v: number | undefined) => (v === undefined ? '-' : `${v.toFixed(1)} ms`);
  console.log(`  due      claimed   ${readLabel.padEnd(26)} query only   claimDue     claimDue per due`);
  for (const r of runs) {
    console.log(
      `  ${String(r.due).padEnd(8)} ${String(r.claimed).padEnd(9)} ${String(r.read).padEnd(26)} ${ms(r.queryMs).padEnd(12)} ${ms(r.ms).padEnd(12)} ${((r.ms * 1000) / r.due).toFixed(1)} µs`,
    );
  }
  const [a, b] = runs;
  if (a && b) {
    const q = a.queryMs && b.queryMs ? `, query ${(b.queryMs / a.queryMs).toFixed(1)}x` : '';
    console.log(
      `  10k vs 1k due: due ${(b.due / a.due).toFixed(1)}x, read ${(b.read / a.read).toFixed(1)}x${q}, claimDue ${(b.ms / a.ms).toFixed(1)}x;` +
        ` at 1k due the query read ${((100 * a.read) / size.reminders).toFixed(2)}% of the stored reminders`,
    );
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const only = arg('only');
  const cosmosSize = {
    cases: Number(arg('cosmos-cases') ?? COSMOS_EMULATOR.cases),
    reminders: Number(arg('cosmos-reminders') ?? COSMOS_EMULATOR.reminders),
  };
  if (!(cosmosSize.reminders > Math.max(...DUE_STEPS)) || !(cosmosSize.cases >= 0)) {
    throw new Error(`--cosmos-reminders must exceed ${Math.max(...DUE_STEPS)}`);
  }
  console.log(`Node ${process.version}; due query = claimDue({ limit: 20000 }) with every due reminder claimed.`);
  if (only !== 'cosmos') await benchSqlite(FULL);
  if (only !== 'cosmos') await benchSqliteRecords();
  if (only !== 'sqlite') await benchCosmos(cosmosSize);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
