// A local stand-in for Slack's Web API (SLACK_API_URL points here) and for response_url posts.
// Every call is recorded with its parameters and token; answers look like Slack's. Tests can
// script failures per method (a platform error, or HTTP 429 with Retry-After) and keep a
// directory of users for users.info.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';

export interface SlackCall {
  method: string;
  params: Record<string, any>;
  token: string | null;
  at: number;
  /** chat.postMessage that this fake posted (answered ok), with its ts. */
  answered?: boolean;
  ts?: string;
}

export type ScriptedSlackFailure = { error: string } | { status: 429; retryAfterSeconds: number };

export interface FakeSlackUser {
  id: string;
  name: string;
  realName?: string;
  displayName?: string;
  tz?: string;
  locale?: string;
}

interface Script {
  method: string;
  when: (params: Record<string, any>) => boolean;
  failure: ScriptedSlackFailure;
  remaining: number;
}

function decode(value: unknown): unknown {
  if (typeof value !== 'string' || !/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly responses: Array<{ path: string; body: any }> = [];
  private readonly users = new Map<string, FakeSlackUser>();
  private scripts: Script[] = [];
  private readonly delays = new Map<string, number>();
  /** Calls of a method beyond a number are parked unanswered (and unrecorded) until released or dropped. */
  private hold: { method: string; answered: number; after: number } | null = null;
  private readonly parked: Array<() => void> = [];
  private readonly parkedSockets: Array<http.ServerResponse> = [];
  private server: http.Server | null = null;
  private seq = 1000;
  url = '';

  constructor(
    readonly teamId = 'T0HERSTART',
    readonly botUserId = 'U0BOT',
  ) {}

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  addUser(user: FakeSlackUser): void {
    this.users.set(user.id, user);
  }

  /** The next `count` calls of `method` (matching `when`) fail as scripted; Infinity for always. */
  fail(method: string, failure: ScriptedSlackFailure, opts: { count?: number; when?: (p: Record<string, any>) => boolean } = {}): void {
    this.scripts.push({ method, failure, remaining: opts.count ?? 1, when: opts.when ?? (() => true) });
  }

  /** Every call of `method` is answered after `ms` (0 to stop). */
  slow(method: string, ms: number): void {
    if (ms > 0) this.delays.set(method, ms);
    else this.delays.delete(method);
  }

  /**
   * Answers the next `after` calls of `method`, then parks the rest: they are neither answered nor
   * recorded, as if they never reached Slack (a process killed meanwhile never hears back).
   */
  holdAfter(method: string, after: number): void {
    this.hold = { method, answered: 0, after };
  }

  /** Calls parked so far. */
  get parkedCount(): number {
    return this.parked.length;
  }

  /** Stops parking and answers what was parked. */
  releaseHeld(): void {
    this.hold = null;
    for (const answer of this.parked.splice(0)) answer();
    this.parkedSockets.length = 0;
  }

  /** Stops parking and drops what was parked, unanswered and unrecorded. */
  dropHeld(): void {
    this.hold = null;
    this.parked.length = 0;
    for (const res of this.parkedSockets.splice(0)) res.destroy();
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  of(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  clear(): void {
    this.calls.length = 0;
    this.responses.length = 0;
  }

  reset(): void {
    this.clear();
    this.scripts = [];
    this.delays.clear();
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (path.startsWith('/response/')) {
        this.responses.push({ path, body: raw ? JSON.parse(raw) : null });
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
        return;
      }
      const method = path.replace(/^\/api\//, '');
      const isJson = (req.headers['content-type'] ?? '').includes('json');
      const form = isJson ? (raw ? JSON.parse(raw) : {}) : parseQuery(raw);
      const params: Record<string, any> = {};
      for (const [k, v] of Object.entries(form)) params[k] = decode(v);
      const auth = req.headers.authorization;
      const token = auth?.startsWith('Bearer ') ? auth.slice(7) : typeof params.token === 'string' ? params.token : null;
      const answer = () => {
        this.calls.push({ method, params, token, at: Date.now() });
        const delay = this.delays.get(method);
        if (delay) setTimeout(() => this.respond(method, params, res), delay);
        else this.respond(method, params, res);
      };
      if (this.hold && this.hold.method === method && this.hold.answered++ >= this.hold.after) {
        this.parked.push(answer);
        this.parkedSockets.push(res);
        return;
      }
      answer();
    });
  }

  private scripted(method: string, params: Record<string, any>): ScriptedSlackFailure | null {
    const s = this.scripts.find((x) => x.method === method && x.remaining > 0 && x.when(params));
    if (!s) return null;
    s.remaining -= 1;
    return s.failure;
  }

  private respond(method: string, params: Record<string, any>, res: http.ServerResponse): void {
    const json = (payload: unknown, status = 200, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    const failure = this.scripted(method, params);
    if (failure && 'status' in failure) {
      return json({ ok: false, error: 'ratelimited' }, 429, { 'retry-after': String(failure.retryAfterSeconds) });
    }
    if (failure) return json({ ok: false, error: failure.error });
    const ts = () => `17000000${this.seq++}.000100`;
    switch (method) {
      case 'auth.test':
        return json({ ok: true, team_id: this.teamId, team: 'Herstart test', user_id: this.botUserId, bot_id: 'B0BOT' });
      case 'users.info': {
        const u = this.users.get(String(params.user));
        if (!u) return json({ ok: false, error: 'user_not_found' });
        return json({
          ok: true,
          user: {
            id: u.id,
            name: u.name,
            real_name: u.realName ?? u.name,
            tz: u.tz ?? 'Europe/Amsterdam',
            locale: u.locale ?? 'nl-NL',
            profile: { display_name: u.displayName ?? '', real_name: u.realName ?? u.name },
          },
        });
      }
      case 'conversations.open':
        return json({ ok: true, channel: { id: `D${String(params.users)}` } });
      case 'chat.postMessage': {
        const call = this.calls.find((c) => c.params === params);
        const at = ts();
        if (call) Object.assign(call, { answered: true, ts: at });
        return json({ ok: true, channel: params.channel, ts: at, message: { text: params.text } });
      }
      case 'conversations.history': {
        // What was posted in the channel, newest first, with metadata when asked for.
        const posted = this.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === params.channel && c.answered);
        const messages = posted
          .map((c) => ({ type: 'message', text: c.params.text, ts: c.ts, ...(params.include_all_metadata && c.params.metadata ? { metadata: c.params.metadata } : {}) }))
          .reverse()
          .slice(0, Number(params.limit) || 100);
        return json({ ok: true, messages, has_more: false });
      }
      case 'chat.update':
        return json({ ok: true, channel: params.channel, ts: params.ts });
      case 'views.open':
      case 'views.push':
      case 'views.update':
      case 'views.publish':
        return json({ ok: true, view: { id: `V${this.seq++}`, ...(params.view ?? {}) } });
      case 'oauth.v2.access':
        return json({
          ok: true,
          app_id: 'A0HERSTART',
          authed_user: { id: 'U0INSTALLER' },
          scope: 'chat:write,commands,im:history,im:write,users:read',
          token_type: 'bot',
          access_token: `xoxb-installed-${String(params.code)}`,
          bot_user_id: this.botUserId,
          team: { id: 'T0OAUTH', name: 'OAuth workspace' },
          enterprise: null,
          is_enterprise_install: false,
        });
      default:
        return json({ ok: false, error: 'unknown_method' });
    }
  }
}
