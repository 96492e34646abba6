// The Cosmos DB emulator of the tests (@vercel/cosmosdb-server behind local-cosmos.ts's front) in a
// process of its own, for `npm run bench:scale`: in the bench's process it would share one event
// loop with the fake Bot Connector and the bench's own bookkeeping, and each would slow the others
// (the connector's rate limiter would see sends late and bunched). Like the real service, it is
// somewhere else. Prints "endpoint <url>"; answers "count" on stdin with one JSON line: the
// requests it served, by kind.
import { createInterface } from 'node:readline';
import { startLocalCosmos } from '../test/store/cosmos/local-cosmos';

async function main(): Promise<void> {
  const cosmos = await startLocalCosmos();
  cosmos.recording = true;
  let counted = 0;
  const kinds = new Map<string, number>();
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() !== 'count') return;
    // Counted as they are asked for, then forgotten, so the log does not grow for the whole bench.
    for (const r of cosmos.log.splice(0)) {
      counted++;
      const plan = r.headers['x-ms-cosmos-is-query-plan-request'] ? ' query plan' : r.headers['x-ms-documentdb-isquery'] ? ' query' : '';
      const k = `${r.method} ${r.url.replace(/\/(dbs|colls|docs)\/[^/]+/g, '/$1/*')}${plan} ${r.status}`;
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
    process.stdout.write(`${JSON.stringify({ requests: counted, kinds: Object.fromEntries(kinds) })}\n`);
  });
  process.on('SIGTERM', () => void cosmos.close().then(() => process.exit(0)));
  process.stdout.write(`endpoint ${cosmos.endpoint}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
