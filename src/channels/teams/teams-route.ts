// POST /api/messages: the Bot Framework endpoint. Refuses before it parses: an encoded or non-JSON
// body (415), a body over the limit (413), and, with credentials, a request without a valid token
// (401) before anything in its body is validated. Nothing is written to disk for a request.
import type { IncomingMessage } from 'node:http';
import type restify from 'restify';
import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import { BodyTooLargeError, readRawBody, refuseBeforeReading } from '../read-body';
import { ActivitySchema, toBotActivity } from './inbound-activity';
import type { TeamsAdapter } from './teams-adapter';
import { answerCardAction, handleTeamsTurn, inboxKeyOf, REPLY_LANG, type TeamsTurnDeps } from './teams-turn';
import type { Claimed, InboxWork } from '../inbox-work';
import type { InboxClaim } from '../../store/store';
import { ADAPTIVE_CARD_ACTION, messageResponse } from './universal-actions';
import { adapterTexts } from './adapter-texts';

export interface TeamsRouteOptions {
  /** Typed messages are claimed before their turn and marked done after it. */
  work: InboxWork;
  maxBodyBytes: number;
  /** An app id is configured: every request needs a valid Bot Framework token. */
  authEnabled: boolean;
}

function answer(res: restify.Response, status: number, code: string, message: string): void {
  res.send(status, { code, message });
}

function authorizationOf(req: IncomingMessage): string {
  const v = req.headers.authorization;
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

function jsonObject(raw: Buffer): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A repeat of a message still being handled waits this long (below the connector's 15 s) for that turn. */
const BUSY_WAIT_MS = 8_000;

/** The turn failed after it had started; the user was told (onTurnError), the delivery is handed back. */
class TurnFailed extends Error {
  constructor(readonly invoke: InvokeResult) {
    super('the Teams turn failed');
  }
}

type InvokeResult = Awaited<ReturnType<TeamsAdapter['runAuthenticated']>>;

const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

/**
 * What the token check threw: the signing keys could not be fetched (503: try again), or anything
 * else, which refuses the token (401: a bad signature, an expired or malformed token...).
 */
function isUpstreamTrouble(err: unknown): boolean {
  const e = (err ?? {}) as { statusCode?: unknown; name?: unknown; code?: unknown; type?: unknown };
  if (typeof e.statusCode === 'number') return e.statusCode >= 500;
  return e.name === 'FetchError' || e.type === 'system' || (typeof e.code === 'string' && NETWORK_CODES.has(e.code));
}

function sendInvoke(res: restify.Response, invoke: InvokeResult): void {
  if (invoke?.body !== undefined) res.send(invoke.status ?? 200, invoke.body);
  else res.send(invoke?.status ?? 200);
}

export function mountTeamsRoute(server: restify.Server, adapter: TeamsAdapter, deps: TeamsTurnDeps, opts: TeamsRouteOptions): void {
  adapter.onTurnError = async (turn, err) => {
    deps.logger.error({ err, activityId: turn.activity?.id }, 'Teams turn failed');
    try {
      // The person's language when the core had answered before the failure, else the client's.
      const sorry = adapterTexts((turn.turnState.get(REPLY_LANG) as string | undefined) ?? turn.activity?.locale).failure;
      // Teams waits for an answer to a button press; without one it shows its own error.
      if (turn.activity?.type === 'invoke' && turn.activity.name === ADAPTIVE_CARD_ACTION) await answerCardAction(turn, messageResponse(sorry));
      await turn.sendActivity(sorry);
    } catch (sendErr) {
      deps.logger.error({ err: sendErr }, 'could not tell the user about a failed turn');
    }
  };

  server.post('/api/messages', async function botFrameworkMessages(req: restify.Request, res: restify.Response) {
    const refused = refuseBeforeReading(req, ['application/json']);
    if (refused) {
      req.resume();
      return answer(res, refused.status, 'UnsupportedMediaType', refused.reason);
    }
    const authHeader = authorizationOf(req);
    if (opts.authEnabled && !/^Bearer\s+\S+$/i.test(authHeader)) {
      req.resume();
      return answer(res, 401, 'Unauthorized', 'A Bot Framework token is required.');
    }
    let raw: Buffer;
    try {
      raw = await readRawBody(req, opts.maxBodyBytes);
    } catch (err) {
      if (err instanceof BodyTooLargeError) return answer(res, 413, 'PayloadTooLarge', `The activity is larger than ${opts.maxBodyBytes} bytes.`);
      return answer(res, 400, 'BadRequest', 'The request body could not be read.');
    }
    const body = jsonObject(raw);
    // The token first: whoever sends a body without one learns nothing about what we expect.
    let authenticated: Awaited<ReturnType<typeof adapter.auth.authenticateRequest>>;
    try {
      authenticated = await adapter.auth.authenticateRequest((body ?? {}) as unknown as Activity, authHeader);
    } catch (err) {
      if (!isUpstreamTrouble(err)) {
        deps.logger.warn({ reason: err instanceof Error ? err.message : String(err) }, 'Teams request refused: token');
        return answer(res, 401, 'Unauthorized', 'The Bot Framework token is not valid.');
      }
      // Typically the signing keys cannot be fetched: say so in the log, not to the caller.
      deps.logger.error({ err }, 'Teams request could not be authenticated');
      res.header('Retry-After', '30');
      return answer(res, 503, 'Unavailable', 'Herstart cannot check tokens right now. Try again later.');
    }
    if (!body) return answer(res, 400, 'InvalidActivity', 'The body is not a JSON object.');
    const parsed = ActivitySchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return answer(res, 400, 'InvalidActivity', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
    }
    const key = inboxKeyOf(parsed.data);
    // A typed message is handled once. Its claim is asked for while the turn looks up who is
    // talking (a round trip less); the turn does its work and answers only once it is granted.
    // Refused, a repeat of a finished one, or still busy elsewhere: the turn does nothing.
    const claiming = key ? opts.work.claimOrWait(key, BUSY_WAIT_MS) : null;
    const granted = claiming?.then(
      (c) => c.state === 'claimed',
      () => false,
    );
    let failed = false;
    const turnOnce = async (): Promise<InvokeResult> => {
      const invoke = await adapter.runAuthenticated(authenticated, toBotActivity(body), async (turn) => {
        try {
          await handleTeamsTurn(turn, parsed.data, deps, granted);
        } catch (err) {
          failed = true;
          throw err;
        }
      });
      if (failed) throw new TurnFailed(invoke);
      return invoke;
    };
    const turning = turnOnce();
    // Awaited below in every case; until then a failure must not go unhandled.
    turning.catch(() => undefined);
    let claim: Claimed | null = null;
    if (key && claiming) {
      let c: InboxClaim;
      try {
        c = await claiming;
      } catch (err) {
        // Not handled, so not acknowledged: the connector may send it again.
        deps.logger.error({ err, key }, 'could not claim a Teams activity');
        await turning.catch(() => undefined);
        res.header('Retry-After', '30');
        return answer(res, 503, 'Unavailable', 'Herstart cannot take this activity right now. Try again later.');
      }
      if (c.state === 'done') {
        deps.logger.info({ key }, 'repeated Teams activity ignored');
        await turning.catch(() => undefined);
        res.send(200);
        return;
      }
      if (c.state === 'busy') {
        await turning.catch(() => undefined);
        res.header('Retry-After', String(Math.ceil(opts.work.leaseMs / 1000)));
        return answer(res, 503, 'InProgress', 'This activity is still being handled. Try again later.');
      }
      claim = c;
    }
    try {
      const invoke = key && claim ? await opts.work.run(key, claim, () => turning) : await turning;
      sendInvoke(res, invoke);
    } catch (err) {
      // The user has been told; a repeat of this delivery will be handled again.
      if (err instanceof TurnFailed) return sendInvoke(res, err.invoke);
      deps.logger.error({ err }, 'Teams activity failed');
      if (!res.headersSent) answer(res, 500, 'InternalError', 'The activity could not be handled.');
    }
  });
}
