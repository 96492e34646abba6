// One queue per channel for proactive sends, wrapped around the channel's sender. It keeps each
// tenant under the platform's rate limit and each conversation under its own, caps the requests
// in flight, and when the platform answers "too many" (429) it pauses and slows the whole
// tenant's queue, not just the one message, then retries that message after Retry-After plus
// jitter. Messages go one request at a time, so a retry never repeats one that arrived.
import type { Logger } from 'pino';
import type { OutboundMessage } from '../core/messages';
import type { ChannelSender, SendOutcome } from '../core/ports';
import type { Channel, ConversationRef } from '../store/types';
import { DepartureWindow, Pacer, Semaphore } from './pacer';

export interface ChannelLimits {
  /** Requests per second per tenant (per app): the pace. */
  tenantRate: number;
  /** The platform's limit: never more than this many requests leave for one tenant in any second. */
  tenantCap: number;
  /** Messages per second into one conversation, with a burst. */
  conversationRate: number;
  conversationBurst: number;
  /** Requests in flight at once on this channel. */
  concurrency: number;
  /** A throttled message is tried again this many times before the caller hears "throttled". */
  throttleRetries: number;
}

/**
 * Teams: about 50 requests per second per app per tenant; per conversation 7 per second, 8 per
 * 2 seconds, 60 per 30 seconds, 1,800 per hour (Microsoft Learn, "Optimize your bot: rate limiting
 * and best practices in Teams"). A bucket of 7 refilled at 0.5 per second stays inside all four.
 * We pace tenants a little under 50 so timing jitter does not cost a 429, and never let more
 * than 50 leave in any one second (late timers on a busy machine would otherwise let a few go together).
 */
export const TEAMS_LIMITS: ChannelLimits = {
  tenantRate: 48,
  tenantCap: 50,
  conversationRate: 0.5,
  conversationBurst: 7,
  concurrency: 48,
  throttleRetries: 4,
};

/** Slack: chat.postMessage about one message per second per channel, short bursts allowed (api.slack.com rate limits). */
export const SLACK_LIMITS: ChannelLimits = {
  tenantRate: 20,
  tenantCap: 20,
  conversationRate: 1,
  conversationBurst: 1,
  concurrency: 16,
  throttleRetries: 4,
};

export const DEFAULT_LIMITS: Readonly<Record<Channel, ChannelLimits>> = { teams: TEAMS_LIMITS, slack: SLACK_LIMITS };

export interface QueueDeps {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  logger?: Pick<Logger, 'warn' | 'debug'>;
}

export const realQueueDeps: QueueDeps = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export interface QueueStats {
  requests: number;
  throttled: number;
}

export class QueuedSender implements ChannelSender {
  readonly channel: Channel;
  readonly stats: QueueStats = { requests: 0, throttled: 0 };
  private readonly tenants = new Map<string, Pacer>();
  private readonly departures = new Map<string, DepartureWindow>();
  private readonly conversations = new Map<string, { pacer: Pacer; lastUsed: number }>();
  private readonly inFlight: Semaphore;
  /** Told of every 429 with the pause it set (SharedPacing hands it to the other instances). */
  onThrottled: ((tenantId: string, untilMs: number) => void) | null = null;

  constructor(
    private readonly inner: ChannelSender,
    private readonly limits: ChannelLimits = DEFAULT_LIMITS[inner.channel],
    private readonly deps: QueueDeps = realQueueDeps,
  ) {
    this.channel = inner.channel;
    this.inFlight = new Semaphore(limits.concurrency);
  }

  async send(ref: ConversationRef, messages: OutboundMessage[]): Promise<SendOutcome> {
    for (const message of messages) {
      const outcome = await this.sendOne(ref, message);
      if (outcome.status !== 'sent') return outcome;
    }
    return { status: 'sent' };
  }

  private async sendOne(ref: ConversationRef, message: OutboundMessage): Promise<SendOutcome> {
    const tenant = this.tenantPacer(ref.tenantId);
    for (let attempt = 0; ; attempt++) {
      // The conversation's slot first: waiting for it must not hold a tenant slot others could use.
      await this.wait(this.conversationPacer(ref).reserve(this.deps.now()));
      // A slot reserved before a 429 paused the tenant is given up and reserved again after it.
      await this.wait(tenant.reserve(this.deps.now()));
      if (tenant.isPaused(this.deps.now())) await this.wait(tenant.reserve(this.deps.now()));
      const release = await this.inFlight.acquire();
      await this.depart(ref.tenantId);
      let outcome: SendOutcome;
      try {
        this.stats.requests++;
        outcome = await this.inner.send(ref, [message]);
      } finally {
        release();
      }
      if (outcome.status !== 'throttled') {
        if (outcome.status === 'sent') tenant.succeeded();
        return outcome;
      }
      this.stats.throttled++;
      // Retry-After plus up to 20% jitter, so paused senders do not all return at the same moment.
      const pause = outcome.retryAfterMs * (1 + 0.2 * this.deps.random());
      tenant.throttle(this.deps.now(), pause);
      this.onThrottled?.(ref.tenantId, tenant.pausedUntilMs);
      this.deps.logger?.warn({ tenantId: ref.tenantId, channel: this.channel, pauseMs: Math.round(pause), rate: Math.round(tenant.currentRate) }, 'throttled: slowing the tenant queue');
      if (attempt >= this.limits.throttleRetries) return outcome;
    }
  }

  /** Until when (epoch ms) this queue holds the tenant back after a 429; 0 if never. */
  pausedUntil(tenantId: string): number {
    return this.tenants.get(tenantId)?.pausedUntilMs ?? 0;
  }

  /** Another instance was told "too many" for this tenant: wait (and slow down) here too. */
  pauseTenant(tenantId: string, untilMs: number): void {
    const now = this.deps.now();
    if (untilMs > now && untilMs > this.pausedUntil(tenantId)) this.tenantPacer(tenantId).throttle(now, untilMs - now);
  }

  /** Returns once one more request may leave for the tenant within its cap, counting it as left. */
  private async depart(tenantId: string): Promise<void> {
    let w = this.departures.get(tenantId);
    if (!w) {
      w = new DepartureWindow(this.limits.tenantCap, 1000);
      this.departures.set(tenantId, w);
    }
    for (let ms = w.waitMs(this.deps.now()); ms > 0; ms = w.waitMs(this.deps.now())) await this.deps.sleep(ms);
    w.record(this.deps.now());
  }

  private async wait(ms: number): Promise<void> {
    if (ms > 0) await this.deps.sleep(ms);
  }

  private tenantPacer(tenantId: string): Pacer {
    let p = this.tenants.get(tenantId);
    if (!p) {
      p = new Pacer({ ratePerSecond: this.limits.tenantRate, burst: 1 });
      this.tenants.set(tenantId, p);
    }
    return p;
  }

  private conversationPacer(ref: ConversationRef): Pacer {
    const key = `${ref.tenantId}\u0000${ref.ownerId}`;
    const now = this.deps.now();
    let entry = this.conversations.get(key);
    if (!entry) {
      if (this.conversations.size > 50_000) this.forgetIdle(now);
      entry = { pacer: new Pacer({ ratePerSecond: this.limits.conversationRate, burst: this.limits.conversationBurst }), lastUsed: now };
      this.conversations.set(key, entry);
    }
    entry.lastUsed = now;
    return entry.pacer;
  }

  /** A conversation quiet for an hour has a full bucket again: its pacer can go. */
  private forgetIdle(now: number): void {
    for (const [key, entry] of this.conversations) if (now - entry.lastUsed > 3_600_000) this.conversations.delete(key);
  }
}
