// npm run bench:scale: 1, 2 and 3 Herstart instances (child processes) on one store, the Cosmos
// DB emulator used in the tests and one SQLite file, delivering to one fake Bot Connector that
// enforces 50 requests/s per tenant with 429 + Retry-After. Prints per tenant: delivered,
// duplicates, 429s (and how many the instances logged), peak and average rate against the limit,
// cards per person. Then, with 2 and 3 instances, kills (SIGKILL) the instance delivering a tenant
// mid-fan-out and prints the time to catch up and the repeats. The emulator runs in a process of
// its own (bench/cosmos-process.ts), like the real service; the bench prints its requests per card
// (`--detail`: by kind, and each tenant's cards per second).
//   npm run bench:scale -- --engines sqlite --instances 1,2 --managers 150 --lease 20 --no-kill --detail
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { deliveryLeaseName } from '../src/scheduler/tenant-lease';
import { openStore } from '../src/store/open-store';
import type { Store } from '../src/store/store';
import type { StoreConfig } from '../src/store/store-config';
import { FakeConnector, type RecordedCall } from '../test/support/fake-connector';
import { EMULATOR_KEY } from '../test/store/cosmos/local-cosmos';
import { seed, type Seeded } from './scale-seed';

const LIMIT = 50;
const TENANTS = ['north', 'south'];
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const engines = arg('engines', 'cosmos,sqlite').split(',') as Array<'cosmos' | 'sqlite'>;
const counts = arg('instances', '1,2,3').split(',').map(Number);
const managers = Number(arg('managers', '150'));
const leaseSeconds = Number(arg('lease', '20'));
const withKill = !args.includes('--no-kill');
/** Also print the emulator's requests by kind. */
const detail = args.includes('--detail');

interface Instance {
  child: ChildProcess;
  owner: string;
  /** Tenant ids of the 429 warnings it logged. */
  logged429: string[];
}

interface Run {
  engine: string;
  instances: number;
  kill: boolean;
}

async function main(): Promise<void> {
  console.log(`bench:scale: ${TENANTS.length} tenants x ${managers} managers x 2 due reminders; fake Teams limit ${LIMIT}/s per tenant; lease ${leaseSeconds} s`);
  console.log('(a shared 2-core machine: rates are noisy, counts are not)');
  for (const engine of engines) {
    const cosmos = engine === 'cosmos' ? await startEmulator() : null;
    try {
      const runs: Run[] = counts.map((n) => ({ engine, instances: n, kill: false }));
      if (withKill) for (const n of counts.filter((c) => c >= 2)) runs.push({ engine, instances: n, kill: true });
      for (const run of runs) await once(run, cosmos);
    } finally {
      await cosmos?.close();
    }
  }
}

async function once(run: Run, cosmos: Emulator | null): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'herstart-bench-scale-'));
  const config: StoreConfig = cosmos
    ? { engine: 'cosmos', endpoint: cosmos.endpoint, key: EMULATOR_KEY, database: `scale-${randomUUID()}` }
    : { engine: 'sqlite', path: join(dir, 'herstart.db'), durability: 'normal' };
  const connector = new FakeConnector();
  await connector.start();
  connector.limitRate(LIMIT, 1);
  // The instances' clock: Tuesday 6 January 2026, 09:30 in Amsterdam, running at the real pace.
  const anchor = Date.parse('2026-01-06T08:30:00Z') - Date.now();
  const store = await openStore(config);
  const instances: Instance[] = [];
  try {
    const seeded = await seed(store, connector.url, TENANTS, managers, new Date(Date.now() + anchor));
    for (let i = 0; i < run.instances; i++) instances.push(await startInstance(config, anchor));
    const before = await cosmos?.count();
    const started = Date.now();
    for (const inst of instances) inst.child.stdin!.write('go\n');
    let killedAt: number | null = null;
    let victimTenant: string | null = null;
    const expected = TENANTS.length * managers * 2;
    // Counted as the calls come in (each one read once), so watching costs the same all along.
    const seen = new Map<string, number>();
    let looked = 0;
    while (Date.now() - started < 5 * 60_000) {
      await sleep(200);
      for (; looked < connector.calls.length; looked++) {
        const c = connector.calls[looked]!;
        if (c.body?.type && c.status !== undefined && c.status < 300) countReminders(seen, c);
      }
      if (run.kill && killedAt === null) {
        const t = TENANTS[0]!;
        const doneHere = [...seen.keys()].filter((key) => key.startsWith(`${t}/`)).length;
        if (doneHere >= managers * 0.6) {
          const lease = await store.leases.get(deliveryLeaseName(t));
          const victim = instances.find((i) => i.owner === lease?.owner && Date.parse(lease.until) > Date.now() + anchor);
          if (victim) {
            victim.child.kill('SIGKILL');
            killedAt = Date.now();
            victimTenant = t;
          }
        }
      }
      if (seen.size >= expected) break;
    }
    const finished = Date.now();
    report(run, seeded, connector.calls, instances, started, finished, killedAt, victimTenant);
    if (cosmos && before) reportRequests(before, await cosmos.count(), connector.calls);
  } finally {
    for (const inst of instances) if (inst.child.exitCode === null && inst.child.signalCode === null) inst.child.kill('SIGTERM');
    await Promise.all(instances.map((i) => exited(i.child)));
    if (cosmos && config.engine === 'cosmos') await (store as unknown as { database: { delete(): Promise<unknown> } }).database.delete().catch(() => undefined);
    await store.close();
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function startInstance(config: StoreConfig, anchor: number): Promise<Instance> {
  // BENCH_INSTANCE_ARGS: node flags for the instances, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const flags = process.env.BENCH_INSTANCE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', join(__dirname, 'scale-instance.ts')], {
    env: { ...process.env, BENCH_STORE: JSON.stringify(config), BENCH_ANCHOR_MS: String(anchor), SCHEDULER_LEASE_SECONDS: String(leaseSeconds) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const inst: Instance = { child, owner: '', logged429: [] };
  createInterface({ input: child.stderr! }).on('line', (line) => {
    try {
      const entry = JSON.parse(line) as { msg?: string; tenantId?: string; level?: number; err?: { message?: string } };
      if (entry.msg?.startsWith('throttled')) inst.logged429.push(entry.tenantId ?? '');
      else if (process.env.BENCH_LOG) process.stderr.write(`  [instance ${child.pid}] ${line}\n`);
      else if ((entry.level ?? 0) >= 50) process.stderr.write(`  [instance ${child.pid}] ${entry.msg ?? ''}: ${entry.err?.message ?? ''}\n`);
    } catch {
      process.stderr.write(`  [instance ${child.pid}] ${line}\n`);
    }
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('ready ')) {
        inst.owner = line.slice(6).trim();
        resolve(inst);
      }
    });
    child.once('exit', (code) => reject(new Error(`instance exited early (${code})`)));
  });
}

/** `<tenant>/<reminder id>` -> how many delivered cards carried it (ids repeat across tenants). */
function remindersSeen(calls: RecordedCall[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const c of calls) countReminders(seen, c);
  return seen;
}

function countReminders(seen: Map<string, number>, c: RecordedCall): void {
  const tenant = String(c.body?.conversation?.tenantId ?? '').replace(/^aad-/, '');
  for (const id of reminderIdsIn(c)) seen.set(`${tenant}/${id}`, (seen.get(`${tenant}/${id}`) ?? 0) + 1);
}

interface RequestCount {
  requests: number;
  kinds: Record<string, number>;
}

interface Emulator {
  endpoint: string;
  /** What it has served so far. */
  count(): Promise<RequestCount>;
  close(): Promise<void>;
}

/** The emulator in a process of its own (bench/cosmos-process.ts). */
async function startEmulator(): Promise<Emulator> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'cosmos-process.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const waiting: Array<{ resolve: (line: string) => void; reject: (err: Error) => void }> = [];
  lines.on('line', (line) => waiting.shift()?.resolve(line));
  child.once('exit', (code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`the emulator exited (${code})`));
  });
  const next = () => new Promise<string>((resolve, reject) => waiting.push({ resolve, reject }));
  const first = await next();
  if (!first.startsWith('endpoint ')) throw new Error(`the emulator said: ${first}`);
  return {
    endpoint: first.slice('endpoint '.length),
    count: async () => {
      const answer = next();
      child.stdin!.write('count\n');
      return JSON.parse(await answer) as RequestCount;
    },
    close: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

/** The emulator's requests during one run, per card delivered. */
function reportRequests(before: RequestCount, after: RequestCount, calls: RecordedCall[]): void {
  const cards = calls.filter((c) => c.method === 'POST' && c.body?.type && (c.status ?? 0) < 300).length;
  const n = after.requests - before.requests;
  console.log(`  store requests: ${n}, ${(n / Math.max(1, cards)).toFixed(1)} per card delivered`);
  if (!detail) return;
  const kinds = Object.entries(after.kinds).map(([k, v]) => [k, v - (before.kinds[k] ?? 0)] as const).filter(([, v]) => v > 0);
  for (const [k, v] of kinds.sort((a, b) => b[1] - a[1])) console.log(`    ${String(v).padStart(7)} ${k}`);
}

function reminderIdsIn(call: RecordedCall): Set<string> {
  const ids = new Set<string>();
  for (const m of JSON.stringify(call.body).matchAll(/\\?"bundle\\?":\\?"([^"\\]*)/g)) for (const id of m[1]!.split(',')) if (id) ids.add(id);
  return ids;
}

function report(run: Run, seeded: Seeded, calls: RecordedCall[], instances: Instance[], started: number, finished: number, killedAt: number | null, victim: string | null): void {
  const label = `${run.engine}, ${run.instances} instance${run.instances > 1 ? 's' : ''}${run.kill ? ', one killed mid-fan-out' : ''}`;
  console.log(`\n${label}: ${((finished - started) / 1000).toFixed(1)} s`);
  for (const t of seeded.tenants) {
    const mine = calls.filter((c) => c.method === 'POST' && c.body?.type && c.body?.conversation?.tenantId === `aad-${t}`);
    const ok = mine.filter((c) => (c.status ?? 0) < 300);
    const throttled = mine.filter((c) => c.status === 429).length;
    const seen = remindersSeen(ok);
    const expected = seeded.reminders.get(t)!;
    const delivered = expected.filter((id) => seen.has(`${t}/${id}`)).length;
    const duplicates = [...seen.values()].reduce((n, k) => n + k - 1, 0);
    const perPerson = new Map<string, number>();
    for (const c of ok) perPerson.set(c.conversationId!, (perPerson.get(c.conversationId!) ?? 0) + 1);
    const cards = [...perPerson.values()];
    const times = mine.map((c) => c.at).sort((a, b) => a - b);
    const okTimes = ok.map((c) => c.at).sort((a, b) => a - b);
    const span = okTimes.length > 1 ? (okTimes[okTimes.length - 1]! - okTimes[0]!) / 1000 : 0;
    const avg = span > 0 ? (okTimes.length - 1) / span : 0;
    const peak = peakPerSecond(times);
    if (detail && okTimes.length > 0) {
      const perSecond = new Array<number>(Math.floor((okTimes[okTimes.length - 1]! - started) / 1000) + 1).fill(0);
      for (const x of okTimes) perSecond[Math.floor((x - started) / 1000)]!++;
      console.log(`    ${t}: cards per second from the start: ${perSecond.join(' ')}`);
    }
    const logged = instances.reduce((n, i) => n + i.logged429.filter((x) => x === t).length, 0);
    const senders = instances.length;
    console.log(
      `  ${t}: delivered ${delivered}/${expected.length} reminders in ${ok.length} cards, duplicates ${duplicates}, ` +
        `429s ${throttled} (logged ${logged}); requests/s peak ${peak} = ${(peak / LIMIT).toFixed(2)} of ${LIMIT}, ` +
        `average ${avg.toFixed(1)} = ${(avg / LIMIT).toFixed(2)}; cards per person avg ${(ok.length / Math.max(1, cards.length)).toFixed(2)}, max ${Math.max(0, ...cards)} (${senders} instance${senders > 1 ? 's' : ''})`,
    );
    if (killedAt !== null) {
      console.log(`    requests/s peak before the kill ${peakPerSecond(times.filter((x) => x <= killedAt))}, after it ${peakPerSecond(times.filter((x) => x > killedAt))}`);
    }
    if (killedAt !== null && t === victim) {
      const after = okTimes.filter((x) => x > killedAt);
      const caughtUp = after.length > 0 ? (after[after.length - 1]! - killedAt) / 1000 : 0;
      const gap = after.length > 0 ? (after[0]! - killedAt) / 1000 : 0;
      // A repeated card's first copy arrived this long before the kill: the window in which a
      // card had gone out and was not yet marked sent.
      const firstCopies = new Map<string, number>();
      const repeatedAt: number[] = [];
      for (const c of [...ok].sort((a, b) => a.at - b.at)) {
        const first = firstCopies.get(c.conversationId!);
        if (first === undefined) firstCopies.set(c.conversationId!, c.at);
        else repeatedAt.push(killedAt - first);
      }
      repeatedAt.sort((a, b) => a - b);
      const window = repeatedAt.length > 0 ? `; their first copies arrived ${repeatedAt[0]} to ${repeatedAt[repeatedAt.length - 1]} ms before the kill` : '';
      console.log(
        `    killed the instance delivering ${t} at ${((killedAt - started) / 1000).toFixed(1)} s: resumed after ${gap.toFixed(1)} s, ` +
          `caught up ${caughtUp.toFixed(1)} s after the kill (${(caughtUp / leaseSeconds).toFixed(2)} leases); repeats ${duplicates} reminders ` +
          `in ${repeatedAt.length} cards, at most ${Math.max(0, ...cards) - 1} per conversation${window}`,
      );
    }
  }
}

/** Most requests in any one-second window. */
function peakPerSecond(times: number[]): number {
  let peak = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j]! - times[i]! >= 1000) i++;
    peak = Math.max(peak, j - i + 1);
  }
  return peak;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const exited = (c: ChildProcess) => (c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => c.once('exit', () => r())));

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
