// `npm run bench:scheduler`: (1) tick cost against one million open cases; (2) fan-out of
// nudges to a rate-limited fake Bot Connector. Prints figures; asserts nothing.
// Flags: --cases N (default 1,000,000), --nudges N (10,000), --limit N (50 per second).
import { parseArgs } from 'node:util';
import { benchFanout } from './scheduler-fanout';
import { benchTicks } from './scheduler-ticks';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { cases: { type: 'string' }, nudges: { type: 'string' }, limit: { type: 'string' }, only: { type: 'string' } },
  });
  const cases = Number(values.cases ?? 1_000_000);
  const nudges = Number(values.nudges ?? 10_000);
  const limit = Number(values.limit ?? 50);
  if (values.only !== 'fanout') {
    console.log(`Scheduler ticks: ${cases.toLocaleString('en')} open cases in SQLite`);
    await benchTicks({ cases, managers: Math.min(10_000, cases), dueSets: [1_000, 10_000] });
  }
  if (values.only !== 'ticks') {
    console.log(`\nFan-out: ${nudges.toLocaleString('en')} nudges to a fake Bot Connector limited to ${limit}/s per tenant (429 with Retry-After: 1)`);
    await benchFanout({ nudges, limit, pace: 0.96, label: 'paced at 0.96 of the limit' });
    await benchFanout({ nudges: Math.min(nudges, 3000), limit, pace: 1.5, label: 'paced too fast (1.5x), backing off on 429' });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
