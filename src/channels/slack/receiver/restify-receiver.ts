// A Bolt receiver that lives on a route of our own restify server (POST /slack/events), in the
// small-steps style of bolt-js's HTTPReceiver: read the raw body, check the signature, parse,
// answer Slack's handshakes, drop repeats, acknowledge, then let the app work. No second port.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Clock } from '../../../core/ports';
import type { InboxRepo } from '../../../store/store';
import { envelopeProblem } from '../inbound/payloads';
import { firstDelivery } from './dedupe';
import { isSslCheck, parseSlackBody } from './parse-body';
import { BodyTooLargeError, readRawBody } from './read-raw-body';
import { ResponseAck } from './response-ack';
import { checkSlackSignature } from './verify-signature';

export interface RestifyReceiverOptions {
  signingSecret: string;
  inbox: InboxRepo;
  clock: Clock;
  logger: Logger;
  /** Wall-clock time for the signature's replay window (real time, not the app's clock). */
  nowMs?: () => number;
  maxBodyBytes?: number;
  /** Answer empty after this long when no listener acknowledged; Slack gives up at 3 s. */
  ackTimeoutMs?: number;
}

/** Slack's largest payloads (a modal's state) stay far below this. */
const DEFAULT_MAX_BODY = 1024 * 1024;

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export class RestifyReceiver implements Receiver {
  private app: App | null = null;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly opts: RestifyReceiverOptions) {}

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

  /** The route handler for POST /slack/events. Never throws: every failure is an HTTP status. */
  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const work = this.process(req, res).catch((err: unknown) => {
      this.opts.logger.error({ err }, 'Slack request failed');
      if (!res.headersSent) {
        res.writeHead(500);
        res.end();
      }
    });
    this.inFlight.add(work);
    try {
      await work;
    } finally {
      this.inFlight.delete(work);
    }
  };

  private async process(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger } = this.opts;
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

    const retryNum = Number(header(req, 'x-slack-retry-num'));
    if (!(await firstDelivery(this.opts.inbox, this.opts.clock, parsed.body))) {
      logger.info({ eventId: parsed.body.event_id, retryNum, reason: header(req, 'x-slack-retry-reason') }, 'repeated Slack event ignored');
      return reply(res, 200);
    }
    await this.dispatch(parsed.body, req, res, Number.isInteger(retryNum) ? retryNum : undefined);
  }

  private async dispatch(body: Record<string, unknown>, req: IncomingMessage, res: ServerResponse, retryNum?: number): Promise<void> {
    if (!this.app) throw new Error('the Slack receiver was not given an app');
    const ack = new ResponseAck(res, {
      timeoutMs: this.opts.ackTimeoutMs ?? 2500,
      onTimeout: () => this.opts.logger.warn({ type: body.type ?? body.command }, 'no ack in time; answered Slack empty'),
    });
    const event: ReceiverEvent = {
      body,
      ack: ack.ack,
      retryNum,
      retryReason: header(req, 'x-slack-retry-reason'),
    };
    try {
      await this.app.processEvent(event);
    } catch (err) {
      this.opts.logger.error({ err }, 'Slack event processing failed');
      ack.fail(500);
      return;
    }
    // Nobody acknowledged (a payload no listener handles): answer now rather than at the timeout.
    if (!ack.acknowledged) await ack.ack();
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
