import type { Container } from '@azure/cosmos';
import { mapLimit } from '../src/store/map-limit';
import { openCosmosStore } from '../src/store/cosmos/cosmos-store';
import { toCaseItem } from '../src/store/cosmos/case-repo';
import { DUE_QUERY, toReminderItem } from '../src/store/cosmos/reminder-repo';
import { EMULATOR_KEY, startLocalCosmos } from '../test/store/cosmos/local-cosmos';
import { DUE_STEPS, FULL, printRuns, type BenchSize, type DueRun } from './store';
import { benchCase, benchReminder, nowWithDue, range } from './store-fixtures';

/** Creates in flight while filling; the emulator is one in-process event loop. */
const FILL_CONCURRENCY = 16;

export async function benchCosmos(size: BenchSize): Promise<void> {
  const cosmos = await startLocalCosmos();
  const store = await openCosmosStore({ engine: 'cosmos', endpoint: cosmos.endpoint, key: EMULATOR_KEY, database: 'herstart-bench' });
  try {
    if (size.reminders < FULL.reminders) {
      console.log(
        `\ncosmos: smaller fill (${size.cases.toLocaleString('en')} cases, ${size.reminders.toLocaleString('en')} reminders):` +
          ' the emulator answers each query in time quadratic in the container size (see bench/store.ts).',
      );
    }
    const t0 = performance.now();
    // Filled with the engine's own item mapping straight through the SDK; the fill is not measured.
    await createAll(store.containers.cases, range(size.cases).map((i) => toCaseItem(benchCase(i))));
    await createAll(store.containers.reminders, range(size.reminders).map((i) => toReminderItem(benchReminder(i))));
    console.log(`\ncosmos (@vercel/cosmosdb-server in this process) fill: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const runs: DueRun[] = [];
    let requests = 0;
    for (const due of DUE_STEPS) {
      const spec = {
        query: DUE_QUERY,
        parameters: [
          { name: '@limit', value: 20_000 },
          { name: '@now', value: nowWithDue(due).getTime() },
        ],
      };
      const tq = performance.now();
      const seen = await store.containers.reminders.items.query(spec, { maxItemCount: 20_000 }).fetchAll();
      const queryMs = performance.now() - tq;
      if (seen.resources.length !== due) throw new Error(`expected ${due} due, the query found ${seen.resources.length}`);
      const before = cosmos.requests;
      const t = performance.now();
      const claimed = await store.reminders.claimDue({ now: nowWithDue(due), leaseMs: 1, owner: 'bench', limit: 20_000 });
      const ms = performance.now() - t;
      requests = cosmos.requests - before;
      const reading = store.reminders.lastDueReading();
      runs.push({ due, claimed: claimed.length, read: store.reminders.lastReadCount(), queryMs, ms });
      console.log(
        `  at ${due} due: ${requests} HTTP requests (query pages + one conditional replace per claim);` +
          ` server query metrics: ${reading.retrieved === null ? 'none real (emulator placeholder)' : `${reading.retrieved} retrieved`};` +
          ` request charge reported ${reading.requestCharge} (the emulator says 1 per request)`,
      );
    }
    printRuns('cosmos emulator', size, runs, 'documents returned');
    console.log(
      '  note: the emulator has no index and scans every item for each query, so its time grows with the total;' +
        ' the documents the query returns are what an indexed range on availableAt reads on real Cosmos DB.',
    );
  } finally {
    await store.database.delete();
    await store.close();
    await cosmos.close();
  }
}

/**
 * Plain creates, many in flight. The SDK's bulk API works against the emulator but is about
 * twenty times slower there than single creates (measured: 10 ms against 0.5 ms per item).
 */
async function createAll(container: Container, items: { id: string; tenantId: string }[]): Promise<void> {
  await mapLimit(items, FILL_CONCURRENCY, async (item) => {
    await container.items.create(item);
  });
}
