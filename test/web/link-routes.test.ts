// The pages behind a one-time link, over HTTP on the real server: GET only shows a button (link
// scanners and unfurlers GET), the POST from our own page spends the link once and hands it to
// its purpose; everything else gets the same plain refusal page.
import pino from 'pino';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type restify from 'restify';
import { OneTimeLinks } from '../../src/links/one-time-links';
import { createHttpServer, listen } from '../../src/server/http-server';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { mountLinkRoutes, type Principal } from '../../src/web/link-routes';
import { startTestApp, VirtualClock, type TestApp } from '../support/app-harness';

const ask = { purpose: 'test', tenantId: 't1', personId: 'p1', target: '/somewhere', lang: 'nl-NL', ttlMs: 5 * 60_000 };

describe('one-time link pages on the app server', () => {
  let t: TestApp;
  const used: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-05-04T09:00:00Z' });
    t.app.linkHandlers.test = async (grant, _req, res) => {
      used.push(`${grant.personId} ${grant.target}`);
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(`welcome ${grant.personId}`);
    };
  });
  afterAll(() => t.stop());

  const mint = async (over: Partial<typeof ask> = {}) => {
    const { url } = await t.app.links.mint({ ...ask, ...over });
    // Without HERSTART_PUBLIC_URL the link points at this machine.
    expect(url.startsWith(`http://localhost:${t.app.port}/l/`)).toBe(true);
    return `${t.url}/l/${url.split('/l/')[1]}`;
  };
  const press = (url: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { Origin: t.url, 'Sec-Fetch-Site': 'same-origin', ...headers }, redirect: 'manual' });

  it('shows a button on GET, as often as asked, without spending the link', async () => {
    const url = await mint();
    for (let i = 0; i < 3; i++) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      const body = await res.text();
      expect(body).toContain('<form method="post"><button type="submit">Openen</button></form>');
      expect(body).toContain('<html lang="nl-NL">');
    }
    const before = used.length;
    expect(await (await press(url)).text()).toBe('welcome p1');
    expect(used.length).toBe(before + 1);
  });

  it('works once: a second press gets the refusal page and reaches nothing', async () => {
    const url = await mint({ personId: 'p2' });
    expect((await press(url)).status).toBe(200);
    const again = await press(url);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('Deze link werkt niet meer');
    expect((await fetch(url)).status).toBe(410);
    expect(used.filter((u) => u.startsWith('p2'))).toHaveLength(1);
  });

  it('is refused once its time is up', async () => {
    const url = await mint({ personId: 'p3' });
    t.clock.set('2026-05-04T09:05:00Z');
    expect((await fetch(url)).status).toBe(410);
    expect((await press(url)).status).toBe(410);
    t.clock.set('2026-05-04T09:00:00Z');
    expect(used.some((u) => u.startsWith('p3'))).toBe(false);
  });

  it('refuses a press from another site, and leaves the link for its owner', async () => {
    const url = await mint({ personId: 'p4' });
    expect((await press(url, { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await press(url, { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'same-origin' })).status).toBe(403);
    // `Origin: null` is what Chromium sends from the link page itself (Referrer-Policy: no-referrer):
    // only Fetch Metadata saying same-origin makes it ours (the workspace's browser test presses it).
    expect((await press(url, { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await press(url, { Origin: 'null', 'Sec-Fetch-Site': '' })).status).toBe(403);
    expect((await press(url, { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect(used.some((u) => u.startsWith('p4'))).toBe(false);
    expect((await press(url)).status).toBe(200);
  });

  it('answers unknown tokens, junk and purposes nobody handles with the refusal page, in the asker\'s language', async () => {
    for (const junk of ['nope', 'A'.repeat(43), '%00%00']) {
      const res = await fetch(`${t.url}/l/${junk}`, { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
      expect(res.status).toBe(410);
      expect(await res.text()).toContain('This link no longer works');
      expect((await press(`${t.url}/l/${junk}`)).status).toBe(410);
    }
    const orphan = await mint({ purpose: 'nobody-handles-this' });
    expect((await fetch(orphan)).status).toBe(410);
    expect((await press(orphan)).status).toBe(410);
  });

  it('speaks the language of the person who asked', async () => {
    const res = await fetch(await mint({ lang: 'en' }));
    const body = await res.text();
    expect(body).toContain('<button type="submit">Open</button>');
    expect(body).toContain('<html lang="en">');
  });
});

describe('one-time links and a browser that is already someone', () => {
  let dir: string;
  let store: SqliteStore;
  let server: restify.Server;
  let base = '';
  let links: OneTimeLinks;
  let browserIs: Principal | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'herstart-linkroutes-'));
    store = await openSqliteStore(path.join(dir, 'h.db'));
    const clock = new VirtualClock(new Date('2026-05-04T09:00:00Z'));
    links = new OneTimeLinks({ store, clock, baseUrl: 'https://herstart.example.com' });
    const logger = pino({ level: 'silent' });
    server = createHttpServer({ logger, health: async () => ({ ok: true }) });
    mountLinkRoutes(server, {
      links,
      logger,
      principal: async () => browserIs,
      handlers: { test: async (grant, _req, res) => void res.end(`hello ${grant.personId}`) },
    });
    base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const local = (url: string) => `${base}/l/${url.split('/l/')[1]}`;

  it('refuses a link meant for another person or tenant without spending it', async () => {
    const url = local((await links.mint(ask)).url);
    for (const other of [{ tenantId: 't1', personId: 'p9' }, { tenantId: 't2', personId: 'p1' }]) {
      browserIs = other;
      const res = await fetch(url, { method: 'POST' });
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain('hello');
    }
    browserIs = { tenantId: 't1', personId: 'p1' };
    expect(await (await fetch(url, { method: 'POST' })).text()).toBe('hello p1');
    browserIs = null;
  });

  it('lets a browser that is nobody yet use the link', async () => {
    const url = local((await links.mint({ ...ask, personId: 'p5' })).url);
    expect(await (await fetch(url, { method: 'POST' })).text()).toBe('hello p5');
  });
});
