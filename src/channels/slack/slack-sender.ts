// Proactive messages in Slack (nudges, escalations, check-ins): to the person's DM with the app or
// to the HR channel. Each send returns a classified outcome instead of throwing, like TeamsSender:
// sent, throttled (with Slack's Retry-After), dead (the conversation or person is gone) or failed.
import { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { OutboundMessage } from '../../core/messages';
import type { ChannelSender, SendOutcome } from '../../core/ports';
import type { ConversationRef } from '../../store/types';
import { backoffDelay } from '../backoff';
import { boltLogger } from './bolt-logger';
import { parseSlackAddress, type SlackAddress } from './inbound/slack-address';
import type { SlackPost, SlackRenderer } from './slack-render';
import { classifyWebApiError, describeFailure, isGone, isTransient } from './web-api-errors';

type WebClient = webApi.WebClient;

export interface SlackSenderOptions {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const defaultSlackSenderOptions: SlackSenderOptions = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** The bot token for a workspace; null when Herstart is not (or no longer) installed there. */
export type TokenLookup = (workspace: Pick<SlackAddress, 'teamId' | 'enterpriseId'>) => Promise<string | null>;

type Attempt = SendOutcome | { status: 'reopen' };

export class SlackSender implements ChannelSender {
  readonly channel = 'slack' as const;
  private readonly clients = new Map<string, WebClient>();

  constructor(
    private readonly deps: { tokenFor: TokenLookup; apiUrl: string; renderer: SlackRenderer; logger: Logger },
    private readonly opts: SlackSenderOptions = defaultSlackSenderOptions,
  ) {}

  async send(ref: ConversationRef, messages: OutboundMessage[]): Promise<SendOutcome> {
    const address = parseSlackAddress(ref.ref);
    if (!address) return { status: 'failed', error: 'not a Slack address' };
    let token: string | null;
    try {
      token = await this.deps.tokenFor(address);
    } catch (err) {
      return { status: 'failed', error: `no token: ${err instanceof Error ? err.message : String(err)}` };
    }
    if (!token) return { status: 'dead', reason: 'Herstart is no longer installed in this Slack workspace' };
    const client = this.client(token);
    let channel = address.channelId;
    let reopened = false;
    // One Slack message at a time: a retry must never repeat one that already arrived.
    for (const post of messages.flatMap((m) => this.deps.renderer.posts(m))) {
      let outcome = await this.post(client, channel, post, address.kind === 'dm');
      if (outcome.status === 'reopen' && !reopened && address.userId) {
        reopened = true;
        const opened = await this.reopen(client, address.userId);
        if (typeof opened !== 'string') return opened;
        channel = opened;
        outcome = await this.post(client, channel, post, false);
      }
      if (outcome.status === 'reopen') return { status: 'dead', reason: 'channel_not_found' };
      if (outcome.status !== 'sent') return outcome;
    }
    return { status: 'sent' };
  }

  private client(token: string): WebClient {
    let c = this.clients.get(token);
    if (!c) {
      // No retries inside the client: throttling must be seen here, to slow the whole queue down.
      c = new webApi.WebClient(token, {
        slackApiUrl: this.deps.apiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        logger: boltLogger(this.deps.logger),
      });
      this.clients.set(token, c);
    }
    return c;
  }

  private async post(client: WebClient, channel: string, post: SlackPost, mayReopen: boolean): Promise<Attempt> {
    return this.withRetries(async () => {
      await client.chat.postMessage({ channel, text: post.text, ...(post.blocks ? { blocks: post.blocks } : {}), unfurl_links: false, unfurl_media: false });
    }, mayReopen);
  }

  /** A DM whose channel Slack no longer knows may simply need opening again. */
  private async reopen(client: WebClient, userId: string): Promise<string | SendOutcome> {
    let id: string | undefined;
    const outcome = await this.withRetries(async () => {
      id = (await client.conversations.open({ users: userId })).channel?.id;
    }, false);
    if (outcome.status !== 'sent') return outcome as SendOutcome;
    return id ?? { status: 'failed', error: 'conversations.open returned no channel' };
  }

  private async withRetries(call: () => Promise<void>, mayReopen: boolean): Promise<Attempt> {
    for (let attempt = 1; ; attempt++) {
      try {
        await call();
        return { status: 'sent' };
      } catch (err) {
        const f = classifyWebApiError(err);
        if (mayReopen && f.kind === 'platform' && f.code === 'channel_not_found') return { status: 'reopen' };
        if (isGone(f)) return { status: 'dead', reason: describeFailure(f) };
        const retryAfterMs = f.kind === 'ratelimited' ? f.retryAfterMs : null;
        if (isTransient(f) && attempt < this.opts.maxAttempts) {
          await this.opts.sleep(backoffDelay(attempt, retryAfterMs, this.opts));
          continue;
        }
        if (f.kind === 'ratelimited') return { status: 'throttled', retryAfterMs: retryAfterMs ?? this.opts.maxDelayMs };
        this.deps.logger.warn({ failure: describeFailure(f) }, 'Slack proactive send failed');
        return { status: 'failed', error: describeFailure(f) };
      }
    }
  }
}
