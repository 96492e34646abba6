// Property-based fuzzing of both endpoints (issue 13, "Done when"): thousands of malformed,
// hostile, oversize, encoded and multipart requests at /api/messages and /slack/events, against
// Herstart in a process of its own, without credentials (local mode) and with them. Every answer is
// a 4xx (or a 2xx for a request that happens to be well formed), never a 5xx or a dropped
// connection; nothing lands in the temp directory; peak memory stays bounded; afterwards the
// server is healthy and still answers a real request.
import { createHmac, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { startChildApp, type ChildApp } from '../support/child-app';
import { FakeConnector } from '../support/fake-connector';

jest.setTimeout(300_000);

const SLACK_SECRET = 'fuzz-signing-secret';
const APP_ID = '6b7c2a9e-2f1d-4e3a-9b8c-0d1e2f3a4b5c';
const RUNS = 1200;
/** Well above what Herstart needs idle (about 150-250 MB with tsx); far below a body inflated or buffered whole. */
const MEMORY_LIMIT_BYTES = 450 * 1024 * 1024;

/** A local stand-in for Bot Framework's OpenID metadata and signing keys, so tokens can be made here. */
async function startIssuer(publicJwk: Record<string, unknown>): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url?.startsWith('/keys')) res.end(JSON.stringify({ keys: [{ ...publicJwk, kid: 'fuzz-key', use: 'sig', endorsements: ['msteams', 'emulator'] }] }));
    else res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openid`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function jwt(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = enc({ alg: 'RS256', typ: 'JWT', kid });
  const body = enc(claims);
  return `${head}.${body}.${createSign('RSA-SHA256').update(`${head}.${body}`).sign(key).toString('base64url')}`;
}

const slackSignature = (body: Buffer) => {
  const ts = String(Math.floor(Date.now() / 1000));
  return { 'x-slack-signature': `v0=${createHmac('sha256', SLACK_SECRET).update(`v0:${ts}:`).update(body).digest('hex')}`, 'x-slack-request-timestamp': ts };
};

// ---- what is thrown at the endpoints ----

const BOUNDARY = 'fuzzBoundary7MA4YWxkTrZu0gW';
/** 100 MB of zeros, gzipped to about 100 kB: inflated in memory, it would dwarf every limit. */
const GZIP_BOMB = gzipSync(Buffer.alloc(100 * 1024 * 1024));

const weird = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('__proto__'),
  fc.constant({ __proto__: { polluted: true } }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 }),
  fc.constant('x'.repeat(5000)),
);

/** Shaped like an activity, with hostile values wherever Herstart reads one. */
const hostileActivity = (serviceUrl: string) =>
  fc
    .record(
      {
        type: fc.oneof(fc.constantFrom('message', 'invoke', 'conversationUpdate', 'installationUpdate', ''), weird),
        id: weird,
        serviceUrl: fc.oneof(fc.constant(serviceUrl), weird),
        channelId: fc.oneof(fc.constant('msteams'), weird),
        from: fc.oneof(fc.record({ id: weird, name: weird, aadObjectId: weird }), weird),
        recipient: fc.oneof(fc.record({ id: weird }), weird),
        conversation: fc.oneof(fc.record({ id: weird, conversationType: weird, tenantId: weird }), weird),
        text: weird,
        value: fc.oneof(weird, fc.record({ action: weird, cardId: weird, caseId: weird, bundle: weird, items: weird, recordId: weird })),
        name: fc.oneof(fc.constant('adaptiveCard/action'), weird),
        entities: fc.oneof(fc.array(fc.record({ type: fc.constant('mention'), mentioned: weird })), weird),
        membersAdded: fc.oneof(fc.array(fc.record({ id: weird })), weird),
      },
      { requiredKeys: [] },
    )
    .map((a) => JSON.stringify(a));

/** Shaped like Slack's payloads, with hostile values. */
const hostileSlack = fc.oneof(
  fc
    .record({ type: fc.constantFrom('event_callback', 'url_verification', 'app_rate_limited'), team_id: weird, event_id: weird, challenge: weird, event: fc.oneof(weird, fc.record({ type: weird, user: weird, channel: weird, channel_type: weird, text: weird, tab: weird })) }, { requiredKeys: [] })
    .map((p) => ({ type: 'application/json', body: JSON.stringify(p) })),
  fc
    .record({ type: fc.constantFrom('block_actions', 'view_submission', 'shortcut'), user: weird, team: weird, trigger_id: weird, actions: weird, view: weird, container: weird })
    .map((p) => ({ type: 'application/x-www-form-urlencoded', body: `payload=${encodeURIComponent(JSON.stringify(p))}` })),
  fc
    .dictionary(fc.constantFrom('command', 'text', 'team_id', 'user_id', 'channel_id', 'trigger_id', 'response_url', 'ssl_check', 'payload'), fc.string({ maxLength: 30 }))
    .map((f) => ({ type: 'application/x-www-form-urlencoded', body: new URLSearchParams(f).toString() })),
);

/** `type` and `encoding`: what the body naturally goes with, used unless the shot says otherwise. */
type Body = { kind: string; bytes: Buffer; type?: string; encoding?: string };

/** Shown in a counterexample as its kind and size, not byte by byte. */
const labelled = (b: Body): Body =>
  Object.assign(b, { [fc.toStringMethod]: () => `${b.kind} body, ${b.bytes.length} bytes${b.bytes.length <= 200 ? `: ${JSON.stringify(b.bytes.toString('latin1'))}` : ''}` });

const bodies = (serviceUrl: string): fc.Arbitrary<Body> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.uint8Array({ maxLength: 2048 }).map((b) => ({ kind: 'junk', bytes: Buffer.from(b), type: 'application/json' })) },
    { weight: 3, arbitrary: fc.json({ maxDepth: 3 }).map((j) => ({ kind: 'json', bytes: Buffer.from(j), type: 'application/json' })) },
    { weight: 5, arbitrary: hostileActivity(serviceUrl).map((j) => ({ kind: 'activity', bytes: Buffer.from(j), type: 'application/json' })) },
    { weight: 4, arbitrary: hostileSlack.map((s) => ({ kind: 'slack', bytes: Buffer.from(s.body), type: s.type })) },
    {
      weight: 2,
      arbitrary: fc.uint8Array({ minLength: 1, maxLength: 50_000 }).map((file) => ({
        kind: 'multipart',
        type: `multipart/form-data; boundary=${BOUNDARY}`,
        bytes: Buffer.concat([
          Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="upload.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
          Buffer.from(file),
          Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
        ]),
      })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'gzip-bomb', bytes: GZIP_BOMB, type: 'application/json', encoding: 'gzip' }) },
    { weight: 1, arbitrary: fc.integer({ min: 300_000, max: 2_500_000 }).map((n) => ({ kind: 'oversize', bytes: Buffer.from(`{"type":"message","text":"${'a'.repeat(n)}"}`), type: 'application/json' })) },
  ).map(labelled);

const contentTypes = fc.oneof(
  fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/x-www-form-urlencoded', 'text/csv', 'text/tab-separated-values', 'text/plain', 'application/octet-stream', 'application/xml', ''),
  fc.string({ maxLength: 30 }).filter((s) => !/[\r\n]/.test(s)),
);
const encodings = fc.oneof(fc.constantFrom('', '', '', 'gzip', 'deflate', 'br', 'identity', 'gzip, deflate', 'compress'), fc.stringMatching(/^[a-z-]{1,12}$/));

interface Shot {
  endpoint: '/api/messages' | '/slack/events';
  body: Body;
  contentType: string | null;
  encoding: string | null;
  auth: 'none' | 'random' | 'forged' | 'valid';
  randomAuth: string;
  signature: 'none' | 'random' | 'valid' | 'stale';
}

const shots = (serviceUrl: string): fc.Arbitrary<Shot> =>
  fc.record({
    endpoint: fc.constantFrom('/api/messages' as const, '/slack/events' as const),
    body: bodies(serviceUrl),
    // Mostly what the body goes with, so that most requests get past the first checks.
    contentType: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: contentTypes }),
    encoding: fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: encodings }),
    auth: fc.constantFrom('none' as const, 'random' as const, 'forged' as const, 'valid' as const),
    randomAuth: fc.string({ maxLength: 60 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
    signature: fc.constantFrom('none' as const, 'random' as const, 'valid' as const, 'valid' as const, 'stale' as const),
  });

interface Target {
  child: ChildApp;
  uploads: string;
  /** What the temp directory held once started (tsx keeps its compile cache there). */
  uploadsAtStart: string[];
  withCredentials: boolean;
  tokens: { forged: string; valid: string } | null;
}

async function fire(target: Target, s: Shot): Promise<number> {
  const headers: Record<string, string> = {};
  const type = s.contentType ?? s.body.type ?? '';
  if (type) headers['content-type'] = type;
  const encoding = s.encoding ?? s.body.encoding ?? '';
  if (encoding) headers['content-encoding'] = encoding;
  if (s.endpoint === '/api/messages') {
    if (s.auth === 'random') headers.authorization = s.randomAuth;
    if (s.auth === 'forged' && target.tokens) headers.authorization = `Bearer ${target.tokens.forged}`;
    if (s.auth === 'valid' && target.tokens) headers.authorization = `Bearer ${target.tokens.valid}`;
  } else {
    if (s.signature === 'random') Object.assign(headers, { 'x-slack-signature': `v0=${'ab'.repeat(32)}`, 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)) });
    if (s.signature === 'valid') Object.assign(headers, slackSignature(s.body.bytes));
    if (s.signature === 'stale') Object.assign(headers, slackSignature(s.body.bytes), { 'x-slack-request-timestamp': '1500000000' });
  }
  const res = await fetch(`${target.child.url}${s.endpoint}`, { method: 'POST', headers, body: new Uint8Array(s.body.bytes) });
  await res.arrayBuffer();
  return res.status;
}

/** Whether the request could be well formed as far as the server can know: then a 2xx is fine too. */
function mayBeAccepted(target: Target, s: Shot): boolean {
  const type = (s.contentType ?? s.body.type ?? '').split(';')[0]!.trim().toLowerCase();
  const encoding = s.encoding ?? s.body.encoding ?? '';
  const plain = encoding === '' || encoding === 'identity';
  if (!plain || ['junk', 'multipart', 'gzip-bomb'].includes(s.body.kind)) return false;
  // Over the limit: 256 kB for an activity, 1 MB for Slack.
  if (s.body.bytes.length > (s.endpoint === '/api/messages' ? 256 * 1024 : 1024 * 1024)) return false;
  if (s.endpoint === '/api/messages') return type === 'application/json' && (!target.withCredentials || s.auth === 'valid');
  return s.signature === 'valid' && (type === 'application/json' || type === 'application/x-www-form-urlencoded');
}

async function fuzz(target: Target, serviceUrl: string): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(shots(serviceUrl), async (s) => {
      const status = await fire(target, s);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (mayBeAccepted(target, s)) return status < 500;
      return status >= 400 && status < 500;
    }),
    { numRuns: RUNS },
  );
  return statuses;
}

describe('fuzzing both endpoints', () => {
  const connector = new FakeConnector();
  const targets: Target[] = [];
  let issuer: { url: string; close(): Promise<void> } | null = null;
  const dirs: string[] = [];

  beforeAll(async () => {
    await connector.start();
  });
  afterAll(async () => {
    for (const t of targets) await t.child.stop().catch(() => undefined);
    await connector.stop();
    await issuer?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  async function start(withCredentials: boolean): Promise<Target> {
    const dir = mkdtempSync(path.join(tmpdir(), 'herstart-fuzz-'));
    const uploads = mkdtempSync(path.join(tmpdir(), 'herstart-fuzz-tmp-'));
    dirs.push(dir, uploads);
    let tokens: Target['tokens'] = null;
    const env: Record<string, string> = {
      HERSTART_DB: path.join(dir, 'herstart.db'),
      TMPDIR: uploads,
      SCHEDULER_INTERVAL_SECONDS: '0',
      SLACK_SIGNING_SECRET: SLACK_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-fuzz',
      // Nowhere: Slack's Web API calls fail fast (a kept delivery is retried later, not here).
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    };
    if (withCredentials) {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      issuer = await startIssuer(publicKey.export({ format: 'jwk' }) as Record<string, unknown>);
      const now = Math.floor(Date.now() / 1000);
      const claims = { iss: 'https://api.botframework.com', aud: APP_ID, nbf: now - 60, exp: now + 3600, serviceurl: connector.url };
      tokens = { valid: jwt(privateKey, 'fuzz-key', claims), forged: jwt(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, 'fuzz-key', claims) };
      Object.assign(env, { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'fuzz-secret', BotOpenIdMetadata: issuer.url });
    }
    const child = await startChildApp(env);
    const target = { child, uploads, uploadsAtStart: readdirSync(uploads).sort(), withCredentials, tokens };
    targets.push(target);
    return target;
  }

  async function healthyAfter(target: Target): Promise<void> {
    expect(readdirSync(target.uploads).sort()).toEqual(target.uploadsAtStart);
    expect(target.child.peakRss()).toBeLessThan(MEMORY_LIMIT_BYTES);
    expect((await fetch(`${target.child.url}/healthz`)).status).toBe(200);
  }

  it('without credentials: only 4xx for what is not well formed, no files, bounded memory, healthy after', async () => {
    const target = await start(false);
    const statuses = await fuzz(target, connector.url);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    await healthyAfter(target);
    // Still itself: a plain message is answered.
    connector.clear();
    const activity = {
      type: 'message', id: 'after-fuzz', channelId: 'msteams', serviceUrl: connector.url, text: 'hulp', locale: 'nl-NL',
      from: { id: '29:after', aadObjectId: 'aad-after', name: 'Na de fuzz' }, recipient: { id: '28:bot' },
      conversation: { id: 'a:after', conversationType: 'personal', tenantId: 'fuzz-tenant' },
    };
    const res = await fetch(`${target.child.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(res.status).toBe(200);
    expect(connector.sent('a:after').length).toBeGreaterThan(0);
  });

  it('with credentials: the same, and nothing without a valid token gets past 401', async () => {
    const target = await start(true);
    const statuses = await fuzz(target, connector.url);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    await healthyAfter(target);
    // A token signed by the issuer's key is accepted; the same request without one is not.
    const activity = JSON.stringify({
      type: 'conversationUpdate', id: 'after-fuzz', channelId: 'msteams', serviceUrl: connector.url,
      from: { id: '29:after' }, recipient: { id: '28:bot' }, conversation: { id: 'a:after-creds', tenantId: 'fuzz-tenant' },
    });
    const anonymous = await fetch(`${target.child.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activity });
    expect(anonymous.status).toBe(401);
    const signed = await fetch(`${target.child.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${target.tokens!.valid}` }, body: activity });
    expect(signed.status).toBe(200);
  });
});
