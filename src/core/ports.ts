// What the core needs from the outside world and what it offers to channel adapters.
import type { Channel, ConversationRef } from '../store/types';
import type { CoreReply, InboundContext, InboundEvent, OutboundMessage } from './messages';

export interface HandleOptions {
  /**
   * The channel's claim on this delivery, still on its way: the core resolves the session
   * alongside it and acts only once it is granted (true); otherwise it does nothing and answers
   * nothing (`duplicate`).
   */
  firstDelivery?: Promise<boolean>;
}

/** The conversation core as adapters see it. */
export interface ConversationCore {
  handle(ctx: InboundContext, event: InboundEvent, opts?: HandleOptions): Promise<CoreReply>;
}

/** Time is injected everywhere so schedules can be simulated and tested. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The result of a proactive send, classified so the caller decides what to do
 * (Company Communicator's approach): retry later, mark the recipient dead, or give up.
 */
export type SendOutcome =
  | { status: 'sent' }
  | { status: 'throttled'; retryAfterMs: number }
  | { status: 'dead'; reason: string }
  | { status: 'failed'; error: string };

export interface ChannelSender {
  readonly channel: Channel;
  send(ref: ConversationRef, messages: OutboundMessage[]): Promise<SendOutcome>;
}

/** What a one-time link grants, as a flow asks for it (see src/links/one-time-links.ts). */
export interface LinkRequest {
  /** What spending it does: 'signin' (workspace), 'dossier' (case file download), ... */
  purpose: string;
  tenantId: string;
  personId: string;
  /** A path on our own server, e.g. '/' or '/cases/<id>/file.pdf'. */
  target: string;
  lang: string;
  ttlMs: number;
}

/** Makes links to post in chat: random, single use, short-lived, bound to the asker. */
export interface LinkMaker {
  mint(req: LinkRequest): Promise<{ url: string; expiresAt: Date }>;
}
