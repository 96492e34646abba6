// npm run bench:turns — how much a real Herstart turn costs next to the bare Bot Framework stack.
// (a) an echo bot on the same restify + CloudAdapter + body parser; (b) Herstart handling a
// "record outcome" card submit that writes to the embedded SQLite store. Same machine, same
// local fake connector, same load. Prints throughput, the ratio b/a, and p50/p99 latency.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pino from 'pino';
import restify from 'restify';
import { startApp } from '../src/app';
import { createTeamsAdapter } from '../src/channels/teams/teams-adapter';
import { loadConfig } from '../src/config';
import { listen } from '../src/server/http-server';
import { FakeConnector } from '../test/support/fake-connector';
import { TeamsClient, cardOf, submitActions, type TeamsUser } from '../test/support/teams-client';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const manager: TeamsUser = { id: 'm', aadObjectId: 'aad-m', name: 'Marleen de Vries' };
const employee = { id: '29:e', name: 'Sanne Jansen', aadObjectId: 'aad-e' };

async function load(url: string, body: () => string): Promise<autocannon.Result> {
  const run = (duration: number) =>
    autocannon({
      url: `${url}/api/messages`,
      method: 'POST',
      connections: CONNECTIONS,
      duration,
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (req: any) => ({ ...req, body: body() }) }],
    });
  await run(2); // warm-up: JIT, statement caches
  return run(SECONDS);
}

async function echoBot(connector: FakeConnector) {
  const adapter = createTeamsAdapter(loadConfig({}).teams);
  const server = restify.createServer();
  server.post('/api/messages', restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }), async function echo(req: restify.Request, res: restify.Response) {
    await adapter.process(req, res, async (turn) => {
      await turn.sendActivity(`echo: ${turn.activity.text ?? ''}`);
    });
  });
  const port = await listen(server, 0, '127.0.0.1');
  const client = new TeamsClient(`http://127.0.0.1:${port}`, connector);
  return { url: `http://127.0.0.1:${port}`, client, stop: () => server.close() };
}

const DURABILITY = process.env.HERSTART_DB_SYNC === 'full' ? 'full' : 'normal';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const connector = new FakeConnector();
  await connector.start();
  const echo = await echoBot(connector);
  const echoBody = () =>
    JSON.stringify(echo.client.activity(manager, echo.client.personal(manager), { type: 'message', text: 'hallo' }));

  const dir = mkdtempSync(path.join(tmpdir(), 'herstart-bench-'));
  const app = await startApp({
    config: loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }),
    storeConfig: { engine: 'sqlite', path: path.join(dir, 'herstart.db'), durability: DURABILITY },
    logger: pino({ level: 'silent' }),
  });
  const url = `http://127.0.0.1:${app.port}`;
  const client = new TeamsClient(url, connector);
  await client.install(manager);
  const entities = [{ type: 'mention', mentioned: { id: employee.id, name: employee.name }, text: `<at>${employee.name}</at>` }];
  const intake = (await client.say(manager, `ziekmelding <at>${employee.name}</at>`, undefined, entities)).map(cardOf).find(Boolean);
  const submit = submitActions(intake).find((a) => a.data.action === 'intake.submit')!.data;
  const today = new Date().toISOString().slice(0, 10);
  await client.submit(manager, 'x', { ...submit, firstSickDay: today, expected: 'unknown' });
  const tenantId = (await app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
  const caseId = (await app.store.cases.list(tenantId))[0]!.value.id;

  let n = 0;
  const outcome = () => {
    n++;
    return JSON.stringify(
      client.activity(manager, client.personal(manager), {
        type: 'message',
        replyToId: `card-activity-${n}`,
        value: {
          action: 'outcome.submit', cardId: `bench-card-${n}`, caseId, date: today, kind: 'call', mood: 'good',
          agreements: 'contact,hours', wishes: 'team_not_informed', nextContact: '', flagHr: 'false', concern: '',
          notes: 'We spraken af dat ze volgende week zelf belt; het team weet wat zij wil delen.',
        },
      }),
    );
  };

  // Alternate the two so that load from elsewhere on the machine hits both alike.
  const rows: Array<{ a: autocannon.Result; b: autocannon.Result }> = [];
  for (let round = 0; round < ROUNDS; round++) {
    const a = await load(echo.url, echoBody);
    connector.clear();
    const b = await load(url, outcome);
    connector.clear();
    rows.push({ a, b });
  }
  const stored = (await app.store.records.list(tenantId, { caseId, kind: 'outcome' })).length;
  echo.stop();
  await app.stop();
  await connector.stop();
  rmSync(dir, { recursive: true, force: true });

  const row = (name: string, r: autocannon.Result) =>
    `${name.padEnd(30)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   non-2xx ${r.non2xx}`;
  console.log(`bench:turns: ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} alternating rounds, SQLite synchronous=${DURABILITY}, Node ${process.version}`);
  rows.forEach(({ a, b }, i) => {
    console.log(row(`round ${i + 1} (a) echo bot`, a));
    console.log(row(`round ${i + 1} (b) Herstart outcome`, b));
    console.log(`round ${i + 1} ratio b/a: ${(b.requests.average / a.requests.average).toFixed(2)}`);
  });
  const ratios = rows.map(({ a, b }) => b.requests.average / a.requests.average);
  console.log(`median ratio b/a: ${median(ratios).toFixed(2)} (aim: 0.8 or better)`);
  console.log(`median p50/p99 (b): ${median(rows.map((r) => r.b.latency.p50))} / ${median(rows.map((r) => r.b.latency.p99))} ms`);
  console.log(`outcome records stored: ${stored}; submits sent: ${n} (each a distinct card, so each one a write)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
