// One Herstart instance for `npm run bench:scale`: the app's own scheduling (createScheduling,
// createProactiveDelivery: the paced queue, TeamsSender, the delivery lease) on the shared store,
// sending to the bench's fake Bot Connector. Prints "ready", starts ticking on "go" from stdin,
// and runs until it is stopped (or killed).
import pino from 'pino';
import { AfterTurn } from '../src/core/after-turn';
import type { Clock } from '../src/core/ports';
import { createProactiveDelivery, createScheduling } from '../src/scheduler/wiring';
import { openStore } from '../src/store/open-store';
import { StoreConfig } from '../src/store/store-config';

async function main(): Promise<void> {
  const storeConfig = StoreConfig.parse(JSON.parse(process.env.BENCH_STORE ?? '{}'));
  const anchor = Number(process.env.BENCH_ANCHOR_MS ?? '0');
  const clock: Clock = { now: () => new Date(Date.now() + anchor) };
  // Warnings (a 429 and the pause it caused) go to stderr as JSON lines: the bench counts them.
  const logger = pino({ level: process.env.BENCH_LOG ?? 'warn' }, pino.destination(2));
  const store = await openStore(storeConfig);
  const teams = { enabled: true, appId: '', appPassword: '', appType: 'MultiTenant' as const, appTenantId: '', openIdMetadata: '', maxActivityBytes: 256 * 1024, buttons: 'execute' as const };
  const proactive = createProactiveDelivery({ store, clock, logger, teams });
  const scheduling = await createScheduling({
    store,
    clock,
    logger,
    delivery: proactive.delivery,
    intervalSeconds: 1,
    leaseSeconds: Number(process.env.SCHEDULER_LEASE_SECONDS ?? '60'),
    pacing: proactive.pacing,
    afterTurn: new AfterTurn(logger),
  });
  process.stdout.write(`ready ${scheduling.scheduler.owner}\n`);
  process.stdin.once('data', () => scheduling.start());
  process.on('SIGTERM', () => {
    void scheduling.stop().then(() => store.close()).then(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
