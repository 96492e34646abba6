// npm run bench:roundtrips — what each conversation turn costs on Cosmos DB, counted: the real app
// on the Cosmos DB engine behind a counting front before @vercel/cosmosdb-server, real Teams turns
// over HTTP, cold (a new instance) and warm, with 3 and with 30 open cases. Prints, per turn, the
// requests awaited one after another before the answer (the chain, against the aim), the totals by
// kind, and what ran after the answer. BENCH_LATENCY_MS sets the delay added to each request
// (default 5, like a round trip within one Azure region); BENCH_CASES the case counts ("3,30");
// BENCH_TURNS some turns only ("help,case file").
import { startLocalCosmos } from '../test/store/cosmos/local-cosmos';
import { costTable, measureTurnCosts, TURNS, type TurnName } from '../test/support/turn-cost';

async function main(): Promise<void> {
  const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 5);
  const cases = (process.env.BENCH_CASES ?? '3,30').split(',').map(Number);
  const turns = process.env.BENCH_TURNS ? process.env.BENCH_TURNS.split(',').map((s) => s.trim()) : [...TURNS];
  const unknown = turns.filter((t) => !(TURNS as readonly string[]).includes(t));
  if (unknown.length) throw new Error(`BENCH_TURNS: no such turn: ${unknown.join(', ')} (turns: ${TURNS.join(', ')})`);
  const cosmos = await startLocalCosmos();
  try {
    const rows = await measureTurnCosts(cosmos, { cases, latencyMs, turns: turns as TurnName[] });
    console.log(`bench:roundtrips: Cosmos DB requests per Teams turn (manager), ${latencyMs} ms added per request, Node ${process.version}`);
    console.log(costTable(rows));
    if (process.env.BENCH_DETAIL) for (const r of rows) console.log(`\n${r.turn}, ${r.cases} cases, ${r.cache}:\n  ${r.detail.join('\n  ')}`);
  } finally {
    await cosmos.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
