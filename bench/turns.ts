// npm run bench:turns — how much a real Herstart turn costs next to the bare Bot Framework stack.
// (a) an echo bot on the same restify + CloudAdapter + body parser; (b) Herstart handling a
// "record outcome" press as Teams sends it (an Action.Execute invoke, answered with the "saved"
// card) that writes to the embedded SQLite store; (c) the same press as an Action.Submit message
// (Emulator, cards posted before), where the form is updated with a PUT. Same machine, same
// local fake connector, same load. Each server runs in its own process; the load generator and
// the fake connector run here. Prints throughput, the ratio b/a, and p50/p99 latency.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { FakeConnector } from '../test/support/fake-connector';
import { TeamsClient, cardOf, submitActions, type TeamsUser } from '../test/support/teams-client';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const manager: TeamsUser = { id: 'm', aadObjectId: 'aad-m', name: 'Marleen de Vries' };
const employee = { id: '29:e', name: 'Sanne Jansen', aadObjectId: 'aad-e' };

async function load(url: string, body: () => string, onBody: (body: string) => void = () => {}, afterWarmUp: () => void = () => {}): Promise<autocannon.Result> {
  const run = (duration: number, onResponse: (status: number, body: string) => void) =>
    autocannon({
      url: `${url}/api/messages`,
      method: 'POST',
      connections: CONNECTIONS,
      duration,
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (req: any) => ({ ...req, body: body() }), onResponse }],
    });
  await run(2, () => {}); // warm-up: JIT, statement caches
  afterWarmUp();
  return run(SECONDS, (_status, b) => onBody(b));
}

/** Starts `bench/turns-server.ts <kind>` in a child process and waits for its port. */
function serve(kind: 'echo' | 'herstart'): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(path.join(__dirname, 'turns-server.ts'), [kind], {
    execArgv: [
      '-r', path.join(__dirname, '../bin/quiet.js'), '-r', 'tsx/cjs',
      // BENCH_PROFILE=dir writes a CPU profile of each server process there, for looking into.
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
    ],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ url: `http://127.0.0.1:${m.port}`, child }));
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

const DURABILITY = process.env.HERSTART_DB_SYNC === 'full' ? 'full' : 'normal';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const connector = new FakeConnector();
  await connector.start();
  const echo = await serve('echo');
  const echoClient = new TeamsClient(echo.url, connector);
  const echoBody = () =>
    JSON.stringify(echoClient.activity(manager, echoClient.personal(manager), { type: 'message', text: 'hallo' }));

  const app = await serve('herstart');
  const url = app.url;
  const client = new TeamsClient(url, connector);
  await client.install(manager);
  const entities = [{ type: 'mention', mentioned: { id: employee.id, name: employee.name }, text: `<at>${employee.name}</at>` }];
  const intake = (await client.say(manager, `ziekmelding <at>${employee.name}</at>`, undefined, entities)).map(cardOf).find(Boolean);
  const submit = submitActions(intake).find((a) => a.data.action === 'intake.submit')!.data;
  const today = new Date().toISOString().slice(0, 10);
  await client.submit(manager, 'x', { ...submit, firstSickDay: today, expected: 'unknown' });
  // The case id travels on the case card's buttons, as it does for a real manager.
  const caseCard = connector.sent().map((c) => cardOf(c)).filter(Boolean).pop();
  const caseId = String(submitActions(caseCard).find((a) => a.data.action === 'outcome.open')!.data.caseId);

  // Each press is a distinct card (its own cardId), so each stores a new outcome record.
  let n = 0;
  const values = () => {
    n++;
    return {
      action: 'outcome.submit', cardId: `bench-card-${n}`, caseId, date: today, kind: 'call', mood: 'good',
      agreements: 'contact,hours', wishes: 'team_not_informed', nextContact: '', flagHr: 'false', concern: '',
      notes: 'We spraken af dat ze volgende week zelf belt; het team weet wat zij wil delen.',
    };
  };
  // (b) Teams: an Action.Execute press; the "saved" card is the answer to the invoke itself.
  const execute = () => {
    const { action, ...data } = values();
    return JSON.stringify(
      client.activity(manager, client.personal(manager), {
        type: 'invoke', name: 'adaptiveCard/action', replyToId: `card-activity-${n}`,
        value: { action: { type: 'Action.Execute', verb: action, data: { action, ...data } }, trigger: 'manual' },
      }),
    );
  };
  // (c) Emulator and older cards: an Action.Submit message; the form is updated with a PUT to the connector.
  const submitMessage = () =>
    JSON.stringify(client.activity(manager, client.personal(manager), { type: 'message', replyToId: `card-activity-${n}`, value: values() }));

  // Alternate the runs so that load from elsewhere on the machine hits all alike.
  const rows: Array<{ a: autocannon.Result; b: autocannon.Result; c: autocannon.Result }> = [];
  let answeredInvoke = 0; // "saved" cards in the invoke answers: one per stored outcome
  let answeredPut = 0; // "saved" cards put in place of submitted forms
  const savedCard = (body: string) => body.includes('application/vnd.microsoft.card.adaptive') && body.includes('✓');
  for (let round = 0; round < ROUNDS; round++) {
    const a = await load(echo.url, echoBody);
    connector.clear();
    const b = await load(url, execute, (body) => savedCard(body) && answeredInvoke++);
    const c = await load(url, submitMessage, undefined, () => connector.clear());
    answeredPut += connector.calls.filter((call) => call.method === 'PUT').length;
    connector.clear();
    rows.push({ a, b, c });
  }
  echo.child.kill('SIGINT');
  app.child.kill('SIGINT');
  await new Promise((r) => setTimeout(r, 500)); // let a profile be written
  await connector.stop();

  const row = (name: string, r: autocannon.Result) =>
    `${name.padEnd(40)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   non-2xx ${r.non2xx}`;
  console.log(`bench:turns: ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} alternating rounds, SQLite synchronous=${DURABILITY}, Node ${process.version}`);
  rows.forEach(({ a, b, c }, i) => {
    console.log(row(`round ${i + 1} (a) echo bot`, a));
    console.log(row(`round ${i + 1} (b) Herstart outcome, Teams`, b));
    console.log(row(`round ${i + 1} (c) Herstart outcome, Action.Submit`, c));
    console.log(`round ${i + 1} ratio b/a: ${(b.requests.average / a.requests.average).toFixed(2)}   c/a: ${(c.requests.average / a.requests.average).toFixed(2)}`);
  });
  const ratio = (pick: (r: (typeof rows)[number]) => autocannon.Result) => median(rows.map((r) => pick(r).requests.average / r.a.requests.average));
  console.log(`median ratio b/a: ${ratio((r) => r.b).toFixed(2)} (aim: 0.8 or better)   c/a: ${ratio((r) => r.c).toFixed(2)}`);
  console.log(`median p50/p99 (b): ${median(rows.map((r) => r.b.latency.p50))} / ${median(rows.map((r) => r.b.latency.p99))} ms`);
  const total = (pick: (r: (typeof rows)[number]) => autocannon.Result) => rows.reduce((sum, r) => sum + pick(r).requests.total, 0);
  console.log(`outcome presses sent: ${n} with warm-ups, each a distinct card (so each a new record)`);
  console.log(`measured (b) presses ${total((r) => r.b)}, answered with the "saved" card in the invoke answer: ${answeredInvoke}`);
  console.log(`measured (c) presses ${total((r) => r.c)}, answered with the "saved" card by PUT: ${answeredPut}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
