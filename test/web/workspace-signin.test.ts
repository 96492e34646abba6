// Signing in to the workspace over HTTP: a link from a chat turn, a Teams tab token, sessions,
// CSRF and sign-out, against the real server.
import { Browser, OTHER_TENANT, TAB_APP_ID, askForLink, csrfOf, entraToken, lotte, marleen, piet, signIn, startWebWorld, type WebWorld } from '../support/web-world';
import { generateKeyPair } from 'jose';
import { TeamsClient } from '../support/teams-client';

let w: WebWorld;
beforeAll(async () => {
  w = await startWebWorld();
});
afterAll(() => w.stop());

describe('sign-in with a link from the chat', () => {
  it('posts a link only in the one-to-one chat, and the GET shows a button without spending it', async () => {
    const inChannel = await w.teams.say(marleen, 'overzicht', { id: '19:hr-team@thread.tacv2', conversationType: 'channel' });
    expect(inChannel.map((r) => r.body.text).join()).toContain('in je eigen chat met Herstart');
    const link = await askForLink(w.teams, marleen);
    const browser = new Browser(w.t.url);
    for (let i = 0; i < 2; i++) {
      const shown = await browser.get(link);
      expect(shown.status).toBe(200);
      expect(shown.headers.get('referrer-policy')).toBe('no-referrer');
      expect(await shown.text()).toContain('<form method="post">');
    }
    expect(browser.jar.size).toBe(0);
  });

  it('the press starts a session: an HttpOnly, SameSite cookie, and the cases page', async () => {
    const browser = new Browser(w.t.url);
    const res = await signIn(browser, await askForLink(w.teams, marleen));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const cookie = res.headers.getSetCookie()[0]!;
    // Local mode over plain HTTP: no Secure (and so no __Host- prefix), but HttpOnly and SameSite.
    expect(cookie).toMatch(/^herstart_session=[A-Za-z0-9_-]{43}; Path=\/; SameSite=Lax; HttpOnly; Max-Age=28800$/);
    const page = await browser.get('/');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Alle lopende casussen');
    expect(html).toContain('Sanne Jansen');
    expect(html).toContain('Ahmed El Amrani');
    expect(page.headers.get('content-security-policy')).toContain('frame-ancestors teams.microsoft.com *.teams.microsoft.com *.cloud.microsoft');
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a second use of the link', async () => {
    const link = await askForLink(w.teams, marleen);
    expect((await signIn(new Browser(w.t.url), link)).status).toBe(303);
    const again = new Browser(w.t.url);
    expect((await again.get(link)).status).toBe(410);
    expect((await again.post(link, {})).status).toBe(410);
    expect(again.jar.size).toBe(0);
  });

  it('refuses an expired link (5 minutes)', async () => {
    const link = await askForLink(w.teams, marleen);
    w.t.clock.set('2026-03-05T09:35:01Z');
    try {
      const browser = new Browser(w.t.url);
      expect((await signIn(browser, link)).status).toBe(410);
      expect(browser.jar.size).toBe(0);
    } finally {
      w.t.clock.set('2026-03-05T09:30:00Z');
    }
  });

  it("refuses another tenant's link in a browser signed in elsewhere, and leaves it unspent", async () => {
    const browser = new Browser(w.t.url);
    await signIn(browser, await askForLink(w.teams, marleen));
    // Someone of another organisation asks for their own link.
    const other = new TeamsClient(w.t.url, w.t.connector, OTHER_TENANT, 'en');
    const stranger = { id: 'x', aadObjectId: 'b0000000-0000-4000-8000-000000000009', name: 'Stranger' };
    await other.say(stranger, 'help');
    const theirs = await askForLink(other, stranger);
    expect((await browser.post(theirs, {})).status).toBe(403);
    // Still good for its owner.
    expect((await signIn(new Browser(w.t.url), theirs)).status).toBe(303);
  });

  it('refuses a press from another site', async () => {
    const link = await askForLink(w.teams, marleen);
    const browser = new Browser(w.t.url);
    expect((await browser.post(link, {}, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await signIn(browser, link)).status).toBe(303);
  });

  it('ends a session after 30 idle minutes and after 8 hours whatever happens', async () => {
    const browser = new Browser(w.t.url);
    await signIn(browser, await askForLink(w.teams, marleen));
    try {
      w.t.clock.set('2026-03-05T09:55:00Z');
      expect((await browser.get('/')).status).toBe(200);
      w.t.clock.set('2026-03-05T10:26:00Z');
      const idle = await browser.get('/');
      expect(idle.status).toBe(401);
      expect(await idle.text()).toContain('sessie is verlopen');

      w.t.clock.set('2026-03-05T11:00:00Z');
      const busy = new Browser(w.t.url);
      await signIn(busy, await askForLink(w.teams, marleen));
      for (let h = 0; h < 8 * 4; h++) {
        w.t.clock.set(new Date(Date.parse('2026-03-05T11:00:00Z') + (h + 1) * 15 * 60_000).toISOString());
        if ((await busy.get('/')).status !== 200) break;
      }
      expect(w.t.clock.now().toISOString()).toBe('2026-03-05T19:00:00.000Z');
      expect((await busy.get('/')).status).toBe(401);
    } finally {
      w.t.clock.set('2026-03-05T09:30:00Z');
    }
  });

  it('signs out: the session is gone on the server, not just the cookie', async () => {
    const browser = new Browser(w.t.url);
    await signIn(browser, await askForLink(w.teams, marleen));
    const stolen = browser.cookie();
    const html = await (await browser.get('/')).text();
    const out = await browser.post('/signout', { csrf: csrfOf(html) });
    expect(out.status).toBe(200);
    expect(await out.text()).toContain('Je bent afgemeld');
    expect(out.headers.getSetCookie()[0]).toContain('Max-Age=0');
    expect((await fetch(`${w.t.url}/`, { headers: { cookie: stolen } })).status).toBe(401);
  });

  it('refuses state changes without the CSRF token or from another origin', async () => {
    const browser = new Browser(w.t.url);
    await signIn(browser, await askForLink(w.teams, marleen));
    const csrf = csrfOf(await (await browser.get('/')).text());
    expect((await browser.post('/signout', {})).status).toBe(403);
    expect((await browser.post('/signout', { csrf: 'x'.repeat(csrf.length) })).status).toBe(403);
    expect((await browser.post('/signout', { csrf }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await browser.post('/theme', { theme: 'dark', csrf }, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await browser.get('/')).status).toBe(200);
  });

  it('remembers the chosen theme in a cookie and renders it', async () => {
    const browser = new Browser(w.t.url);
    await signIn(browser, await askForLink(w.teams, marleen));
    const csrf = csrfOf(await (await browser.get('/')).text());
    expect((await browser.post('/theme', { theme: 'contrast', csrf })).status).toBe(303);
    expect(await (await browser.get('/')).text()).toContain('data-theme="contrast"');
  });

  it('shows an employee a short page pointing to "mijn gegevens"', async () => {
    // Lotte only appears in the roster, so she is an employee to Herstart.
    await w.teams.say(lotte, 'hulp');
    const person = (await w.t.app.store.people.findByIdentity(w.tenantId, `teams:${lotte.aadObjectId}`))!;
    await w.t.app.store.people.update({ ...person.value, roles: ['employee'] }, person.etag);
    const browser = new Browser(w.t.url);
    await signIn(browser, await askForLink(w.teams, lotte));
    const html = await (await browser.get('/')).text();
    expect(html).toContain('Dit overzicht is voor leidinggevenden en HR');
    expect(html).toContain('<strong>mijn gegevens</strong>');
    expect(html).not.toContain('Sanne Jansen');
    expect((await browser.get('/figures')).status).toBe(403);
  });

  it('without a session, points to the chat', async () => {
    const res = await fetch(`${w.t.url}/`);
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('<strong>overzicht</strong>');
  });
});

describe('the Teams tab: an Entra ID token as a bearer', () => {
  const get = (token: string) => fetch(`${w.t.url}/`, { headers: { authorization: `Bearer ${token}` } });
  // Tokens are issued on the server's (virtual) clock.
  const token = (claims: Parameters<typeof entraToken>[1] = {}) => entraToken(w.keys, { now: w.t.clock.now(), ...claims });

  it('shows the cases for a valid token of a known person', async () => {
    const res = await get(await token());
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Alle lopende casussen');
  });

  it.each([
    ['another audience', { aud: '00000003-0000-0000-c000-000000000000' }],
    ['an issuer of another tenant', { iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }],
    ['another tenant (valid for itself)', { tid: OTHER_TENANT }],
    ['a tenant that is not a GUID', { tid: 'contoso' }],
    ['no access_as_user scope', { scp: 'User.Read' }],
    ['an expired token', { now: new Date(Date.parse('2026-03-05T09:30:00Z') - 3 * 3600_000) }],
    ['an unknown person', { oid: 'c0000000-0000-4000-8000-00000000000c' }],
  ])('refuses %s', async (_name, claims) => {
    const res = await get(await token(claims));
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('Sanne Jansen');
  });

  it('refuses a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    expect((await get(await token({ key: privateKey }))).status).toBe(401);
    expect((await get(await token({ key: privateKey, kid: 'other-key' }))).status).toBe(401);
  });

  it('refuses a token without a signature', async () => {
    const valid = await token();
    const [head, body] = valid.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${body}.`;
    expect((await get(none)).status).toBe(401);
    expect((await get(`${head}.${body}.`)).status).toBe(401);
  });

  it('gives the tab shell a CSP that only Teams and Microsoft 365 may frame, and no personal data', async () => {
    const res = await fetch(`${w.t.url}/tab`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    const ancestors = /frame-ancestors ([^;]+)/.exec(csp)![1]!.split(' ');
    expect(ancestors).toEqual(expect.arrayContaining(['teams.microsoft.com', '*.teams.microsoft.com', '*.cloud.microsoft', '*.office.com', 'outlook.office.com']));
    expect(ancestors.every((a) => /microsoft|office|cloud\.microsoft/.test(a))).toBe(true);
    const html = await res.text();
    expect(html).toContain(`data-client-id="${TAB_APP_ID}"`);
    expect(html).not.toContain('Sanne');
    for (const src of ['/static/teams-js.js', '/static/msal-browser.js', '/static/tab.js']) {
      expect(html).toContain(`src="${src}"`);
      expect((await fetch(`${w.t.url}${src}`)).status).toBe(200);
    }
    expect((await fetch(`${w.t.url}/static/..%2Fworkspace.ts`)).status).toBe(404);
    for (const name of ['toString', '__proto__', 'constructor']) expect((await fetch(`${w.t.url}/static/${name}`)).status).toBe(404);
  });

  it('lets a manager sign in from the tab too, with their own cases only', async () => {
    const res = await get(await token({ oid: piet.aadObjectId }));
    const html = await res.text();
    expect(html).toContain('Mijn lopende casussen');
    expect(html).toContain('Ahmed El Amrani');
    expect(html).not.toContain('Sanne Jansen');
  });
});
