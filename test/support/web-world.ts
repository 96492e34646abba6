// A Teams organisation made through the bot, for the workspace's tests: HR (Marleen, who set
// Herstart up), a second manager (Piet), cases reported in chat, a concern flagged so HR has an
// escalation card in its channel, and a browser that signs in with a link from a chat turn.
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from './app-harness';
import { cardOf, cardText, submitActions, TeamsClient, type TeamsUser } from './teams-client';

export const TENANT = '7d1c2a1e-0b4a-4f51-9c1e-1a2b3c4d5e6f';
export const OTHER_TENANT = '0f0e0d0c-0b0a-4909-8807-060504030201';
export const TAB_APP_ID = '5a4b3c2d-1e0f-4a1b-9c8d-7e6f5a4b3c2d';

const user = (id: string, oid: string, name: string): TeamsUser => ({ id, aadObjectId: oid, name });
export const marleen = user('marleen', 'a0000000-0000-4000-8000-000000000001', 'Marleen de Vries');
export const piet = user('piet', 'a0000000-0000-4000-8000-000000000002', 'Piet Bakker');
export const sanne = user('sanne', 'a0000000-0000-4000-8000-000000000003', 'Sanne Jansen');
export const ahmed = user('ahmed', 'a0000000-0000-4000-8000-000000000004', 'Ahmed El Amrani');
export const lotte = user('lotte', 'a0000000-0000-4000-8000-000000000005', 'Lotte Visser');
export const hrTeam = { id: '19:hr-team@thread.tacv2', conversationType: 'channel' as const };

/** A local key set standing in for Microsoft's: tests sign Entra tokens with it. */
export class LocalKeys {
  private server: Server | null = null;
  url = '';
  constructor(
    readonly privateKey: KeyLike,
    private readonly jwk: JWK,
  ) {}
  static async create(): Promise<LocalKeys> {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    return new LocalKeys(privateKey, { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' });
  }
  async start(): Promise<void> {
    this.server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [this.jwk] }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/keys`;
  }
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

export interface TokenClaims {
  tid?: string;
  oid?: string;
  aud?: string;
  iss?: string;
  scp?: string;
  expiresIn?: string;
  key?: KeyLike;
  kid?: string;
  now?: Date;
}

/** An Entra ID v2 access token for the tab's API, as Teams SSO would hand it out; claims can be spoiled. */
export async function entraToken(keys: LocalKeys, c: TokenClaims = {}): Promise<string> {
  const tid = c.tid ?? TENANT;
  const iat = Math.floor((c.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ tid, oid: c.oid ?? marleen.aadObjectId, scp: c.scp ?? 'access_as_user', name: 'ignored' })
    .setProtectedHeader({ alg: 'RS256', kid: c.kid ?? 'test-key' })
    .setIssuer(c.iss ?? `https://login.microsoftonline.com/${tid}/v2.0`)
    .setAudience(c.aud ?? TAB_APP_ID)
    .setIssuedAt(iat)
    .setExpirationTime(c.expiresIn ? iat + Number.parseInt(c.expiresIn, 10) : iat + 3600)
    .sign(c.key ?? keys.privateKey);
}

function button(card: any, action: string): Record<string, unknown> {
  const found = submitActions(card).find((a) => a.data.action === action);
  if (!found) throw new Error(`no ${action} in ${cardText(card)}`);
  return found.data;
}

export interface WebWorld {
  t: TestApp;
  teams: TeamsClient;
  keys: LocalKeys;
  tenantId: string;
  caseOf: Record<string, string>;
  stop(): Promise<void>;
}

/** Reports a colleague sick through the intake card, as a manager does in chat. */
export async function reportSick(teams: TeamsClient, manager: TeamsUser, employee: TeamsUser, firstSickDay: string): Promise<void> {
  const intake = (await teams.say(manager, 'ziekmelding')).map(cardOf).find(Boolean);
  const choice = intake.body.flatMap((b: any) => (b.id === 'employeeId' ? b.choices : [])).find((c: any) => c.title === employee.name);
  if (!choice) throw new Error(`${employee.name} not in the intake card`);
  await teams.submit(manager, 'x', { ...button(intake, 'intake.submit'), employeeId: choice.value, firstSickDay, expected: 'weeks', expectedReturn: '' });
}

export async function startWebWorld(env: Record<string, string> = {}): Promise<WebWorld> {
  const keys = await LocalKeys.create();
  await keys.start();
  const t = await startTestApp({ now: '2026-03-05T09:30:00Z', env: { HERSTART_TAB_APP_ID: TAB_APP_ID, HERSTART_ENTRA_JWKS_URL: keys.url, ...env } });
  const teams = new TeamsClient(t.url, t.connector, TENANT, 'nl-NL');
  t.connector.setRoster(hrTeam.id, [marleen, piet, sanne, ahmed, lotte].map((u) => ({ id: `29:${u.id}`, name: u.name, aadObjectId: u.aadObjectId })));
  const hello = await teams.install(marleen);
  const setup = hello.map(cardOf).find((c) => c && submitActions(c).some((a) => a.data.action === 'setup.submit'));
  await teams.submit(marleen, 'x', { ...button(setup, 'setup.submit'), jurisdiction: 'NL', employerSize: '120', locale: 'nl-NL', iAmHr: 'true' });
  await teams.install(marleen, hrTeam);
  await teams.say(marleen, 'hr hier', hrTeam);
  await teams.say(piet, 'hulp');
  const tenantId = (await t.app.store.tenants.findByChannelKey(`teams:${TENANT}`))!.value.id;
  // Piet came in with the team's roster (as an employee); he leads a team of his own.
  const p = (await t.app.store.people.findByIdentity(tenantId, `teams:${piet.aadObjectId}`))!;
  await t.app.store.people.update({ ...p.value, roles: ['manager'] }, p.etag);
  await reportSick(teams, marleen, sanne, '2026-02-02');
  await reportSick(teams, piet, ahmed, '2026-03-02');
  const cases = (await t.app.store.cases.list(tenantId)).map((c) => c.value);
  const nameOf = async (id: string) => (await t.app.store.people.get(tenantId, id))!.value.displayName;
  const caseOf: Record<string, string> = {};
  for (const c of cases) caseOf[await nameOf(c.employeeId)] = c.id;
  return {
    t,
    teams,
    keys,
    tenantId,
    caseOf,
    async stop() {
      await t.stop();
      await keys.stop();
    },
  };
}

/** Marleen flags a concern after a conversation: the next tick sends HR an escalation card. Returns that card. */
export async function escalate(w: WebWorld): Promise<any> {
  const caseId = w.caseOf[sanne.name]!;
  const personal = w.teams.personal(marleen);
  const form = (await w.teams.submit(marleen, 'x', { action: 'outcome.open', cardId: 'c-out', caseId }, personal)).map(cardOf).find(Boolean);
  await w.teams.submit(
    marleen,
    'x',
    { ...button(form, 'outcome.submit'), date: '2026-03-05', kind: 'call', mood: 'difficult', agreements: 'hours,buildup', wishes: 'remote', nextContact: '2026-03-12', flagHr: 'true', concern: 'workload', notes: '' },
    personal,
  );
  w.t.connector.clear();
  await w.t.app.scheduling.scheduler.tick();
  const card = w.t.connector.delivered(hrTeam.id).map(cardOf).find((c) => c && cardText(c).includes('Aandacht nodig'));
  if (!card) throw new Error('no escalation card reached the HR channel');
  return card;
}

/** A browser for plain HTTP: keeps cookies, follows nothing by itself. */
export class Browser {
  readonly jar = new Map<string, string>();
  constructor(private readonly base: string) {}

  cookie(): string {
    return [...this.jar.entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      if (attrs.some((a) => /max-age=0/i.test(a.trim())) || value === '') this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(new URL(path, this.base), { headers: { cookie: this.cookie(), ...headers }, redirect: 'manual' });
    this.keep(res);
    return res;
  }

  async post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(new URL(path, this.base), {
      method: 'POST',
      headers: { cookie: this.cookie(), origin: new URL(this.base).origin, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
      redirect: 'manual',
    });
    this.keep(res);
    return res;
  }
}

/** The path of the sign-in link Herstart posted in answer to "overzicht". */
export async function askForLink(teams: TeamsClient, who: TeamsUser): Promise<string> {
  const replies = await teams.say(who, 'overzicht');
  const text = replies.map((r) => r.body.text ?? '').join('\n');
  const m = /\((https?:\/\/[^)\s]+\/l\/[A-Za-z0-9_-]+)\)/.exec(text);
  if (!m) throw new Error(`no link in: ${text}`);
  // Local mode mints http://localhost:<port>/l/...; the test server listens on 127.0.0.1.
  return new URL(m[1]!).pathname;
}

/** Opens the link (a button page), presses the button: the browser is signed in. */
export async function signIn(browser: Browser, link: string): Promise<Response> {
  const shown = await browser.get(link);
  if (shown.status !== 200) return shown;
  return browser.post(link, {});
}

export const csrfOf = (html: string): string => /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
