// A Bolt receiver that lives on a route of our own restify server (POST /slack/events), in the
// small-steps style of bolt-js's HTTPReceiver: refuse what cannot be read, read the raw body,
// check the signature, parse, answer Slack's handshakes, keep the delivery in the store, then
// acknowledge and let the app work. No second port.
//
// Slack is acknowledged first and worked on after (it gives three seconds). So that nothing it was
// told we have is lost, every delivery is written to the store's inbox before the ack and marked
// done after the work: a delivery whose work failed is tried again later, and one whose process
// died is picked up by `recover()` (on start-up and every few seconds) once its lease runs out.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Clock } from '../../../core/ports';
import type { InboxRepo } from '../../../store/store';
import { InboxWork, type Claimed } from '../../inbox-work';
import { BodyTooLargeError, readRawBody, refuseBeforeReading } from '../../read-body';
import { envelopeProblem } from '../inbound/payloads';
import { deliveryKey, SLACK_DEDUPE_TTL_SECONDS } from './delivery-key';
import { withDelivery } from '../delivery-context';
import { isSslCheck, parseSlackBody } from './parse-body';
import { ResponseAck } from './response-ack';
import { checkSlackSignature } from './verify-signature';

export interface RestifyReceiverOptions {
  signingSecret: string;
  inbox: InboxRepo;
  /** Real time, for leases on deliveries being handled. */
  wallClock: Clock;
  logger: Logger;
  /** Wall-clock time for the signature's replay window (real time, not the app's clock). */
  nowMs?: () => number;
  maxBodyBytes?: number;
  /** Answer empty after this long when no listener acknowledged; Slack gives up at 3 s. */
  ackTimeoutMs?: number;
  /** How long a delivery's claim holds without a heartbeat (a dead process's deliveries wait this long). */
  leaseMs?: number;
}

/** Slack's largest payloads (a modal's state) stay far below this. */
const DEFAULT_MAX_BODY = 1024 * 1024;
/** Tries in all before a delivery that keeps failing is given up (and logged as such). */
export const MAX_ATTEMPTS = 6;
/** Waits before the next try of a failed delivery: Slack's own outages last minutes, not hours. */
const RETRY_AFTER_MS = [10_000, 60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000];
/** Kept deliveries taken per recovery round. */
const RECOVERY_BATCH = 20;

const CONTENT_TYPES = ['application/json', 'application/x-www-form-urlencoded'];

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

interface Http {
  req: IncomingMessage;
  res: ServerResponse;
}

export class RestifyReceiver implements Receiver {
  private app: App | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly work: InboxWork;
  /** Failures Bolt reports to its error handler, by the body they happened on. */
  private readonly failures = new WeakMap<object, unknown>();

  constructor(private readonly opts: RestifyReceiverOptions) {
    this.work = new InboxWork({
      inbox: opts.inbox,
      wallClock: opts.wallClock,
      logger: opts.logger,
      doneTtlSeconds: SLACK_DEDUPE_TTL_SECONDS,
      ...(opts.leaseMs ? { leaseMs: opts.leaseMs } : {}),
    });
  }

  init(app: App): void {
    this.app = app;
  }

  /** The shared server starts and stops; the receiver has nothing of its own to start. */
  async start(): Promise<void> {}

  async stop(): Promise<void> {
    await this.idle();
  }

  /** Resolves when every request already received has been fully handled (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Bolt swallows a listener's failure after reporting it to the app's error handler; the handler reports it here. */
  noteFailure(body: unknown, error: unknown): void {
    if (typeof body === 'object' && body !== null) this.failures.set(body, error);
  }

  /** The route handler for POST /slack/events. Never throws: every failure is an HTTP status. */
  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    await this.track(
      this.process(req, res).catch((err: unknown) => {
        this.opts.logger.error({ err }, 'Slack request failed');
        if (!res.headersSent) {
          res.writeHead(500);
          res.end();
        }
      }),
    );
  };

  /**
   * Takes kept deliveries that are not done and free (their process died, or a retry is due) and
   * handles them, oldest first. Returns how many it took.
   */
  async recover(): Promise<number> {
    let taken = 0;
    const round = async () => {
      const due = await this.opts.inbox.claimPending({ now: this.opts.wallClock.now(), leaseMs: this.work.leaseMs, limit: RECOVERY_BATCH });
      taken = due.length;
      for (const d of due) {
        this.opts.logger.info({ key: d.key, attempts: d.attempts }, 'handling a Slack delivery kept in the store');
        await this.handleClaimed(d.key, { state: 'claimed', token: d.token }, d.payload, d.attempts, null);
      }
    };
    await this.track(round());
    return taken;
  }

  private async track(work: Promise<void>): Promise<void> {
    this.inFlight.add(work);
    try {
      await work;
    } finally {
      this.inFlight.delete(work);
    }
  }

  private async process(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger } = this.opts;
    const refused = refuseBeforeReading(req, CONTENT_TYPES);
    if (refused) {
      req.resume();
      return reply(res, refused.status, { error: refused.reason });
    }
    let raw: string;
    try {
      raw = (await readRawBody(req, this.opts.maxBodyBytes ?? DEFAULT_MAX_BODY)).toString('utf8');
    } catch (err) {
      return reply(res, err instanceof BodyTooLargeError ? 413 : 400);
    }
    const contentType = header(req, 'content-type');
    if (isSslCheck(raw, contentType)) return reply(res, 200);

    const nowMs = (this.opts.nowMs ?? Date.now)();
    const signature = checkSlackSignature(
      this.opts.signingSecret,
      { rawBody: raw, signature: req.headers['x-slack-signature'], timestamp: req.headers['x-slack-request-timestamp'] },
      nowMs,
    );
    if (!signature.ok) {
      logger.warn({ reason: signature.reason }, 'Slack request refused: signature');
      return reply(res, 401);
    }

    const parsed = parseSlackBody(raw, contentType);
    if (parsed.kind === 'ssl_check') return reply(res, 200);
    if (parsed.kind === 'url_verification') return reply(res, 200, { challenge: parsed.challenge });
    if (parsed.kind === 'invalid') {
      logger.warn({ reason: parsed.reason }, 'Slack request refused: malformed');
      return reply(res, 400, { error: parsed.reason });
    }
    const problem = envelopeProblem(parsed.body);
    if (problem) {
      logger.warn({ reason: problem }, 'Slack request refused: malformed payload');
      return reply(res, 400, { error: problem });
    }

    // Kept in the store before Slack hears "got it"; when the store cannot take it, Slack is told
    // so (503) and sends it again.
    const key = deliveryKey(parsed.body, raw);
    let claim: Awaited<ReturnType<InboxWork['claim']>>;
    try {
      claim = await this.work.claim(key, parsed.body);
    } catch (err) {
      logger.error({ err, key }, 'could not keep a Slack delivery; Slack will send it again');
      return reply(res, 503);
    }
    if (claim.state !== 'claimed') {
      const retryNum = header(req, 'x-slack-retry-num');
      logger.info({ key, state: claim.state, retryNum, reason: header(req, 'x-slack-retry-reason') }, 'repeated Slack delivery: already handled or in hand');
      return reply(res, 200);
    }
    await this.handleClaimed(key, claim, parsed.body, 0, { req, res });
  }

  /** Handles one claimed delivery; a failure is handed back for a later try, or given up after the last one. */
  private async handleClaimed(key: string, claim: Claimed, body: Record<string, unknown>, attempts: number, http: Http | null): Promise<void> {
    const retryAt = () => new Date(this.opts.wallClock.now().getTime() + RETRY_AFTER_MS[Math.min(attempts, RETRY_AFTER_MS.length - 1)]!);
    try {
      await this.work.run(key, claim, () => this.dispatch(key, body, http), retryAt);
    } catch (err) {
      if (attempts + 1 < MAX_ATTEMPTS) {
        this.opts.logger.warn({ err, key, attempt: attempts + 1 }, 'Slack delivery failed; it will be tried again');
        return;
      }
      this.opts.logger.error({ err, key, attempts: attempts + 1 }, 'Slack delivery given up after its last try');
      await this.opts.inbox.complete(key, SLACK_DEDUPE_TTL_SECONDS, this.opts.wallClock.now()).catch(() => undefined);
    }
  }

  private async dispatch(key: string, body: Record<string, unknown>, http: Http | null): Promise<void> {
    if (!this.app) throw new Error('the Slack receiver was not given an app');
    // A kept delivery handled later has nobody waiting for an ack: Slack had it long ago.
    const ack = http
      ? new ResponseAck(http.res, {
          timeoutMs: this.opts.ackTimeoutMs ?? 2500,
          onTimeout: () => this.opts.logger.warn({ type: body.type ?? body.command }, 'no ack in time; answered Slack empty'),
        })
      : null;
    const retryNum = http ? Number(header(http.req, 'x-slack-retry-num')) : NaN;
    const event: ReceiverEvent = {
      body,
      ack: ack ? ack.ack : async () => {},
      retryNum: Number.isInteger(retryNum) ? retryNum : undefined,
      retryReason: http ? header(http.req, 'x-slack-retry-reason') : undefined,
    };
    try {
      // A delivery handled from the store may have answered in part before its process died.
      await withDelivery(key, http === null, () => this.app!.processEvent(event));
    } finally {
      // Kept in the store, so Slack can have its "got it" even when the work failed.
      if (ack && !ack.acknowledged) await ack.ack();
    }
    const failure = this.failures.get(body);
    if (failure !== undefined) {
      this.failures.delete(body);
      throw failure;
    }
  }
}

function reply(res: ServerResponse, status: number, body?: unknown): void {
  if (res.headersSent) return;
  if (body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
