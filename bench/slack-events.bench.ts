// How Slack traffic is handled on the shared restify server, against a local fake Web API:
// (a) the receiver's fixed cost: signed url_verification handshakes (raw body, signature, parse);
// (b) direct messages ("hulp"): Slack's answer comes after the dedupe and the ack, the work
//     (users.info, the core, chat.postMessage) after that; the drain shows full turns per second.
// Prints figures; asserts nothing. Run with `npm run bench:slack`.
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pino from 'pino';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { FakeSlack } from '../test/support/fake-slack';

const SECRET = 'bench-signing-secret';
const DURATION_S = 5;

function signed(body: string): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'content-type': 'application/json', 'x-slack-signature': sig, 'x-slack-request-timestamp': String(ts) };
}

async function run(url: string, title: string, makeBody: () => string): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}/slack/events`,
    method: 'POST',
    connections: 10,
    duration: DURATION_S,
    title,
    requests: [
      {
        setupRequest: (req) => {
          const body = makeBody();
          return { ...req, body, headers: { ...req.headers, ...signed(body) } };
        },
      },
    ],
  });
}

function line(name: string, r: autocannon.Result): string {
  return `${name.padEnd(28)} ${String(Math.round(r.requests.average)).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   non-2xx ${r.non2xx}`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'herstart-bench-'));
  const fake = new FakeSlack();
  await fake.start();
  const app = await startApp({
    config: loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_API_URL: fake.apiUrl }),
    storeConfig: { engine: 'sqlite', path: path.join(dir, 'bench.db') },
    logger: pino({ level: 'silent' }),
  });
  const url = `http://127.0.0.1:${app.port}`;
  try {
    const handshake = await run(url, 'url_verification', () => JSON.stringify({ type: 'url_verification', challenge: 'c' }));
    let n = 0;
    const users = 50;
    for (let i = 0; i < users; i++) fake.addUser({ id: `U${i}`, name: `user${i}`, realName: `Collega ${i}` });
    const dm = () => {
      n += 1;
      const user = `U${n % users}`;
      return JSON.stringify({
        type: 'event_callback', team_id: fake.teamId, event_id: `Ev${n}`, event_time: 1,
        event: { type: 'message', channel_type: 'im', channel: `D${user}`, user, text: 'hulp', ts: `${n}.1` },
      });
    };
    const started = Date.now();
    const messages = await run(url, 'dm hulp', dm);
    const acked = Date.now();
    await app.slack!.idle();
    const drained = Date.now();
    const posts = fake.of('chat.postMessage').length;

    console.log(`Slack on restify, ${DURATION_S} s per run, 10 connections, SQLite store, fake Web API on localhost`);
    console.log(line('(a) url_verification', handshake));
    console.log(line('(b) DM "hulp", until ack', messages));
    console.log(
      `    full turns: ${messages.requests.total} events, ${posts} replies posted, all done ${((drained - started) / 1000).toFixed(1)} s after the start ` +
        `(${Math.round(messages.requests.total / ((drained - started) / 1000))} turns/s; ${drained - acked} ms after the last ack)`,
    );
  } finally {
    await app.stop();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
