// What is refused before anything is parsed (issue 13, points 1 to 5): multipart bodies never
// reach the disk, encoded bodies cannot slip past the size limit, only JSON is read as JSON, a
// request without a valid token learns nothing about our schema, and trouble fetching Bot
// Framework's signing keys is a short 503, not an upstream error in the body.
import { createSign, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync, deflateSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/app-harness';
import type { TeamsUser } from '../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const APP_ID = '0f3b5e36-8f6e-4b8a-9a43-1c2d3e4f5a6b';

/** A JWT signed with a key nobody publishes: shaped like a Bot Framework channel token. */
function channelToken(serviceUrl: string): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(Date.now() / 1000);
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = enc({ alg: 'RS256', typ: 'JWT', kid: 'not-a-published-key' });
  const body = enc({ iss: 'https://api.botframework.com', aud: APP_ID, nbf: now - 60, exp: now + 3600, serviceurl: serviceUrl });
  const sig = createSign('RSA-SHA256').update(`${head}.${body}`).sign(privateKey).toString('base64url');
  return `${head}.${body}.${sig}`;
}

describe('Teams endpoint without credentials (local mode)', () => {
  let t: TestApp;
  let uploads: string;
  const savedTmp = process.env.TMPDIR;

  beforeAll(async () => {
    // Where a multipart parser would put uploaded files: empty, and ours alone.
    uploads = mkdtempSync(path.join(tmpdir(), 'herstart-uploads-'));
    process.env.TMPDIR = uploads;
    t = await startTestApp();
  });
  afterAll(async () => {
    process.env.TMPDIR = savedTmp;
    await t.stop();
    rmSync(uploads, { recursive: true, force: true });
  });

  it('refuses multipart uploads with 415 and writes nothing to disk (point 1)', async () => {
    for (let i = 0; i < 5; i++) {
      const form = new FormData();
      form.append('activity', JSON.stringify(t.teams.activity(marleen, t.teams.personal(marleen), { type: 'message', text: 'hulp' })));
      form.append('file', new Blob([Buffer.alloc(100_000, 0x61)]), 'big.bin');
      const res = await fetch(`${t.url}/api/messages`, { method: 'POST', body: form });
      expect(res.status).toBe(415);
    }
    expect(readdirSync(uploads)).toEqual([]);
    expect(t.connector.calls).toHaveLength(0);
  });

  it('refuses compressed bodies with 415 before inflating them (point 2)', async () => {
    // 20 MB of JSON that compresses to a few kB: counted compressed, it would pass the 256 kB limit.
    const inflated = JSON.stringify(t.teams.activity(marleen, t.teams.personal(marleen), { type: 'message', text: ' '.repeat(20_000_000) }));
    for (const [encoding, body] of [
      ['gzip', gzipSync(inflated)],
      ['deflate', deflateSync(inflated)],
      ['br', Buffer.from('not really brotli')],
    ] as const) {
      expect(body.length).toBeLessThan(256 * 1024);
      const res = await fetch(`${t.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': encoding },
        body,
      });
      expect(res.status).toBe(415);
    }
    expect(t.connector.calls).toHaveLength(0);
  });

  it('answers JSON sent as CSV or TSV with 415, not a parser error (point 3)', async () => {
    const body = JSON.stringify(t.teams.activity(marleen, t.teams.personal(marleen), { type: 'message', text: 'hulp' }));
    for (const type of ['text/csv', 'text/tab-separated-values', 'application/x-www-form-urlencoded', 'application/octet-stream']) {
      const res = await t.teams.post(body, { 'content-type': type });
      expect(res.status).toBe(415);
      expect(await res.text()).not.toMatch(/parse|Unexpected token|SyntaxError/i);
    }
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('still answers a plain JSON activity', async () => {
    const replies = await t.teams.say(marleen, 'hulp');
    expect(replies.length).toBeGreaterThan(0);
  });
});

describe('Teams endpoint with credentials', () => {
  it('says 401 before it looks at the body: nothing about our schema without a valid token (point 4)', async () => {
    const t = await startTestApp({ env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' } });
    try {
      for (const auth of [undefined, 'Bearer not-a-jwt', 'Basic dXNlcjpwYXNz']) {
        for (const body of ['{"type":"message"}', '{"type": "message", ', '[1,2,3]', '']) {
          const res = await t.teams.post(body, auth ? { authorization: auth } : {});
          expect(res.status).toBe(401);
          const text = await res.text();
          expect(text).not.toMatch(/conversation|serviceUrl|recipient|channelId|Invalid/);
        }
      }
      expect(t.connector.calls).toHaveLength(0);
    } finally {
      await t.stop();
    }
  });

  it('answers 503 with a short message when the signing keys cannot be fetched, and logs the rest (point 5)', async () => {
    const t = await startTestApp({
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'secret',
        // A host that never resolves: the keys cannot be fetched.
        BotOpenIdMetadata: 'https://login.botframework.invalid/v1/.well-known/openidconfiguration',
      },
    });
    try {
      const activity = t.teams.activity(marleen, t.teams.personal(marleen), { type: 'message', text: 'hulp' });
      const res = await t.teams.post(activity, { authorization: `Bearer ${channelToken(t.connector.url)}` });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBeTruthy();
      const text = await res.text();
      expect(text).not.toMatch(/botframework|invalid|ENOTFOUND|getaddrinfo|fetch|openid/i);
      expect(t.connector.calls).toHaveLength(0);
    } finally {
      await t.stop();
    }
  });
});

describe('Slack endpoint', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ slack: true });
  });
  afterAll(() => t.stop());

  it('refuses compressed bodies and other media types with 415 before reading them (point 2)', async () => {
    const event = JSON.stringify(t.slack.eventEnvelope({ type: 'message', channel_type: 'im', channel: 'DU1', user: 'U1', text: ' '.repeat(5_000_000) }));
    const gz = gzipSync(event);
    const res = await fetch(`${t.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...t.slack.sign(gz.toString('latin1')) },
      body: gz,
    });
    expect(res.status).toBe(415);
    for (const type of ['text/csv', 'multipart/form-data; boundary=x', 'text/plain']) {
      const other = await t.slack.send('{"type":"event_callback"}', type);
      expect(other.status).toBe(415);
    }
    // Only the start-up check of the bot token (auth.test) reached Slack.
    expect(t.fakeSlack.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);
  });

  it('reads payload types as names, not as keys of Object.prototype (found by the fuzz test)', async () => {
    for (const type of ['__proto__', 'constructor', 'hasOwnProperty', 'toString']) {
      const outer = await t.slack.json({ type });
      expect(outer.status).toBeLessThan(500);
      const inner = await t.slack.json(t.slack.eventEnvelope({ type, user: 'U1', channel: 'D1' }));
      expect(inner.status).toBeLessThan(500);
    }
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});

describe('card actions named like Object.prototype keys', () => {
  it('are unknown actions, answered kindly', async () => {
    const t = await startTestApp();
    try {
      for (const action of ['__proto__', 'constructor', 'toString']) {
        const replies = await t.teams.submit(marleen, 'x', { action, cardId: `c-${action}` });
        expect(replies.map((c) => c.body.text ?? '').join('\n')).toContain('formulier kon ik niet goed lezen');
      }
    } finally {
      await t.stop();
    }
  });
});
