// Slack waits three seconds for an answer, then shows the user an error (interactions) or sends
// the event again. The ack answers once; if nothing acknowledged in time, it answers empty itself,
// so a slow listener never shows as a failure in Slack.
import type { ServerResponse } from 'node:http';

export interface ResponseAckOptions {
  /** Answer empty after this long without an ack; below Slack's 3 s. */
  timeoutMs: number;
  onTimeout?: () => void;
}

export class ResponseAck {
  private done = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly res: ServerResponse,
    opts: ResponseAckOptions,
  ) {
    this.timer = setTimeout(() => {
      if (this.done) return;
      opts.onTimeout?.();
      this.write(undefined);
    }, opts.timeoutMs);
    this.timer.unref();
  }

  get acknowledged(): boolean {
    return this.done;
  }

  /** Bolt's ack(): the first call answers; later calls change nothing (an answer cannot be taken back). */
  readonly ack = async (body?: unknown): Promise<void> => {
    this.write(body);
  };

  /** Answers with a status and no body, when the request failed before anyone acknowledged it. */
  fail(status: number): void {
    if (this.done) return;
    this.done = true;
    clearTimeout(this.timer);
    if (!this.res.headersSent) {
      this.res.writeHead(status);
      this.res.end();
    }
  }

  private write(body: unknown): void {
    if (this.done) return;
    this.done = true;
    clearTimeout(this.timer);
    if (this.res.headersSent || this.res.writableEnded) return;
    if (body === undefined || body === null || body === '') {
      this.res.writeHead(200);
      this.res.end();
    } else if (typeof body === 'string') {
      this.res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      this.res.end(body);
    } else {
      this.res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      this.res.end(JSON.stringify(body));
    }
  }
}
