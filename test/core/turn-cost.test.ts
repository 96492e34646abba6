// What each Teams turn costs on Cosmos DB, counted through a front before the emulator (see
// test/support/turn-cost.ts): the requests awaited one after another before the answer stay
// within the aims, cold (a new instance) and warm, and nothing a turn does grows with the number
// of open cases. `npm run bench:roundtrips` prints the same table.
import { startLocalCosmos, type LocalCosmos } from '../store/cosmos/local-cosmos';
import { CHAIN_AIM, costTable, measureTurnCosts, TURNS, type TurnCost } from '../support/turn-cost';

let cosmos: LocalCosmos;
let rows: TurnCost[] = [];

beforeAll(async () => {
  cosmos = await startLocalCosmos();
  // A generous delay per request: two requests sent together overlap even when the emulator,
  // which shares this process, keeps the event loop busy for a while.
  rows = await measureTurnCosts(cosmos, { cases: [3, 30], latencyMs: 25 });
}, 240_000);

afterAll(async () => {
  await cosmos?.close();
});

const row = (turn: string, cases: number, cache: 'cold' | 'warm') => rows.find((r) => r.turn === turn && r.cases === cases && r.cache === cache)!;

describe('turn cost on Cosmos DB', () => {
  it('measured every turn, cold and warm, with 3 and 30 open cases', () => {
    expect(rows).toHaveLength(TURNS.length * 2 * 2);
  });

  it.each(TURNS.map((t) => [t]))('%s: the requests one after another before the answer stay within the aim', (turn) => {
    for (const r of rows.filter((x) => x.turn === turn)) {
      if (r.chain > CHAIN_AIM[r.turn]) throw new Error(`${turn}, ${r.cases} cases, ${r.cache}: ${r.chain} in a row\n${costTable([r])}\n${r.detail.join('\n')}`);
    }
  });

  it.each(TURNS.map((t) => [t]))('%s: costs the same with 30 open cases as with 3', (turn) => {
    for (const cache of ['cold', 'warm'] as const) {
      const few = row(turn, 3, cache);
      const many = row(turn, 30, cache);
      const shape = (r: TurnCost) => ({ chain: r.chain, reads: r.reads, queries: r.queries, writes: r.writes });
      expect({ cache, ...shape(many) }).toEqual({ cache, ...shape(few) });
    }
  });

  it('re-plans after the answer, never before it', () => {
    for (const turn of ['record a conversation', 'sickness report', 'legal step done', 'save a document'] as const) {
      for (const r of rows.filter((x) => x.turn === turn)) {
        // Before the answer: the change, its record and the re-plan marker; the plans come after.
        expect(r.afterWrites).toBeGreaterThan(0);
        expect(r.detail.filter((d) => !d.startsWith('after') && d.includes(' reminders ') && d.startsWith('write'))).toHaveLength(1);
      }
    }
  });
});
