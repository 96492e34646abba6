// A local stand-in for the Bot Framework Connector service: the bot's replies, updates and
// proactive messages arrive here as real HTTP calls and are recorded. Tests can script failures
// (403, 429 with Retry-After...) per conversation and serve a team roster.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  conversationId: string | null;
  activityId: string | null;
  body: any;
  headers: http.IncomingHttpHeaders;
  at: number;
  /** The status this fake answered with. */
  status?: number;
}

export interface ScriptedFailure {
  status: number;
  retryAfterSeconds?: number;
}

export interface RosterMember {
  id: string;
  name: string;
  aadObjectId: string;
  email?: string;
  userPrincipalName?: string;
}

export class FakeConnector {
  readonly calls: RecordedCall[] = [];
  private server: http.Server | null = null;
  private failures = new Map<string, Array<ScriptedFailure | null>>();
  private always = new Map<string, ScriptedFailure>();
  private rosters = new Map<string, RosterMember[]>();
  private createFailure: ScriptedFailure | null = null;
  private nextId = 1;
  private rate: { perSecond: number; retryAfterSeconds: number } | null = null;
  /** Per tenant (the activity's conversation.tenantId), like Teams' limit per app per tenant. */
  private buckets = new Map<string, { tokens: number; refilledAt: number }>();
  private waiters: Array<{ pred: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }> = [];
  url = '';

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  /** Scripts the next calls to this conversation in order: a failure, or null to let one through. */
  script(conversationId: string, steps: Array<ScriptedFailure | null>): void {
    this.failures.set(conversationId, [...(this.failures.get(conversationId) ?? []), ...steps]);
  }

  /** The next `count` sends to this conversation fail with `failure`. */
  failNext(conversationId: string, failure: ScriptedFailure, count = 1): void {
    const list = this.failures.get(conversationId) ?? [];
    for (let i = 0; i < count; i++) list.push(failure);
    this.failures.set(conversationId, list);
  }

  /** Creating a conversation (POST /v3/conversations) fails with `failure`; null lets it succeed again. */
  failCreate(failure: ScriptedFailure | null): void {
    this.createFailure = failure;
  }

  /** Every send to this conversation fails with `failure` (a user who blocked the bot). */
  failAlways(conversationId: string, failure: ScriptedFailure): void {
    this.always.set(conversationId, failure);
  }

  /**
   * Enforces a rate limit like the real service: `perSecond` activity posts per second per tenant
   * (the activity's conversation.tenantId), from a bucket that holds one second's worth (so
   * arrivals bunched by network jitter pass, a sustained excess does not); beyond that 429 with
   * Retry-After. Rejected calls do not count.
   */
  limitRate(perSecond: number, retryAfterSeconds = 1): void {
    this.rate = { perSecond, retryAfterSeconds };
    this.buckets.clear();
  }

  /** Activities this fake accepted (2xx), optionally for one conversation. */
  delivered(conversationId?: string): RecordedCall[] {
    return this.sent(conversationId).filter((c) => c.status !== undefined && c.status < 300);
  }

  setRoster(conversationOrTeamId: string, members: RosterMember[]): void {
    this.rosters.set(conversationOrTeamId, members);
  }

  /** Activities the bot sent (posts and updates), optionally for one conversation. */
  sent(conversationId?: string): RecordedCall[] {
    return this.calls.filter(
      (c) => c.body && c.body.type && (conversationId === undefined || c.conversationId === conversationId),
    );
  }

  clear(): void {
    this.calls.length = 0;
  }

  /** Forgets recorded calls and every scripted failure. */
  reset(): void {
    this.calls.length = 0;
    this.failures.clear();
    this.always.clear();
    this.createFailure = null;
  }

  /** Resolves when a call matching `pred` has arrived (or already had). */
  waitFor(pred: (c: RecordedCall) => boolean, timeoutMs = 5000): Promise<RecordedCall> {
    const existing = this.calls.find(pred);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('FakeConnector.waitFor timed out')), timeoutMs);
      this.waiters.push({
        pred,
        resolve: (c) => {
          clearTimeout(timer);
          resolve(c);
        },
      });
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: any = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        body = raw;
      }
      const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
      const m = /^\/v3\/conversations\/([^/]+)(?:\/activities(?:\/([^/]+))?)?/.exec(path);
      const call: RecordedCall = {
        method: req.method ?? 'GET',
        path,
        conversationId: m?.[1] ?? null,
        activityId: m?.[2] ?? null,
        body,
        headers: req.headers,
        at: Date.now(),
      };
      this.calls.push(call);
      this.respond(call, res);
      for (const w of [...this.waiters]) {
        if (w.pred(call)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(call);
        }
      }
    });
  }

  private respond(call: RecordedCall, res: http.ServerResponse): void {
    const json = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    const conv = call.conversationId;
    const failure = conv ? (this.always.get(conv) ?? this.failures.get(conv)?.shift() ?? null) : null;
    if (!failure && this.rate && call.conversationId && call.method === 'POST' && call.body?.type) {
      const r = this.rate;
      const tenant = String(call.body?.conversation?.tenantId ?? '');
      let b = this.buckets.get(tenant);
      if (!b) this.buckets.set(tenant, (b = { tokens: r.perSecond, refilledAt: call.at }));
      b.tokens = Math.min(r.perSecond, b.tokens + ((call.at - b.refilledAt) / 1000) * r.perSecond);
      b.refilledAt = call.at;
      if (b.tokens < 1) {
        return json(429, { error: { code: 'Throttled', message: 'rate limit' } }, { 'retry-after': String(r.retryAfterSeconds) });
      }
      b.tokens -= 1;
    }
    if (failure) {
      const headers: Record<string, string> = {};
      if (failure.retryAfterSeconds !== undefined) headers['retry-after'] = String(failure.retryAfterSeconds);
      return json(failure.status, { error: { code: `Status${failure.status}`, message: 'scripted failure' } }, headers);
    }
    const members = /^\/v3\/conversations\/([^/]+)\/(pagedmembers|members)(?:\/([^/]+))?$/.exec(call.path);
    if (members && call.method === 'GET') {
      const roster = this.rosters.get(members[1]!) ?? [];
      if (members[3]) {
        const one = roster.find((r) => r.id === members[3] || r.aadObjectId === members[3]);
        return one ? json(200, one) : json(404, { error: { code: 'MemberNotFoundInConversation' } });
      }
      return members[2] === 'pagedmembers' ? json(200, { members: roster }) : json(200, roster);
    }
    if (call.path === '/v3/conversations' && call.method === 'POST') {
      if (this.createFailure) return json(this.createFailure.status, { error: { code: `Status${this.createFailure.status}`, message: 'scripted failure' } });
      const id = `a:created-${this.nextId++}`;
      return json(201, { id, activityId: `act-${this.nextId++}` });
    }
    if (call.method === 'POST' || call.method === 'PUT') {
      return json(200, { id: call.activityId && call.method === 'PUT' ? call.activityId : `act-${this.nextId++}` });
    }
    json(404, { error: { code: 'NotFound' } });
  }
}
