// Proactive messages to Teams (nudges, escalations, check-ins). Each send returns a classified
// outcome instead of throwing, so the caller can retry later, mark the recipient dead or give up.
import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { OutboundMessage } from '../../core/messages';
import type { ChannelSender, SendOutcome } from '../../core/ports';
import type { ConversationRef } from '../../store/types';
import { toActivity, type CardRenderer } from './outbound-activity';
import { backoffDelay, statusOf, retryAfterMsOf } from './http-failure';

/** Statuses worth another try soon: throttled, precondition races, gateway hiccups. */
const RETRYABLE = new Set([412, 429, 502, 503, 504]);
/** The user removed or blocked the app, or the conversation no longer exists. */
const DEAD = new Set([403, 404]);

export interface TeamsSenderOptions {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /**
   * Retry a 429 here (true), or report it at once as `throttled` (false) so a caller that paces
   * many sends, like the scheduler's channel queue, can slow the whole tenant down instead.
   */
  retryThrottled?: boolean;
}

export const defaultSenderOptions: TeamsSenderOptions = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export class TeamsSender implements ChannelSender {
  readonly channel = 'teams' as const;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly renderCard: CardRenderer,
    private readonly opts: TeamsSenderOptions = defaultSenderOptions,
  ) {}

  async send(ref: ConversationRef, messages: OutboundMessage[]): Promise<SendOutcome> {
    // One activity at a time: a retry must never repeat a message that already arrived.
    for (const message of messages) {
      const reference = ref.ref as Partial<ConversationReference>;
      const outcome = await this.sendOne(reference, toActivity(message, this.renderCard, reference.channelId));
      if (outcome.status !== 'sent') return outcome;
    }
    return { status: 'sent' };
  }

  private async sendOne(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<SendOutcome> {
    for (let attempt = 1; ; attempt++) {
      let failure: unknown = null;
      try {
        await this.adapter.continueConversationAsync(this.appId, reference, async (turn) => {
          withoutClientRetries(turn, this.adapter);
          try {
            await turn.sendActivity(activity);
          } catch (err) {
            failure = err;
          }
        });
      } catch (err) {
        failure = err;
      }
      if (failure === null) return { status: 'sent' };

      const status = statusOf(failure);
      if (status !== null && DEAD.has(status)) {
        return { status: 'dead', reason: status === 403 ? 'forbidden (app blocked or removed)' : 'conversation not found' };
      }
      const retryAfterMs = retryAfterMsOf(failure);
      const retryHere = status !== 429 || this.opts.retryThrottled !== false;
      if (status !== null && RETRYABLE.has(status) && retryHere && attempt < this.opts.maxAttempts) {
        await this.opts.sleep(backoffDelay(attempt, retryAfterMs, this.opts));
        continue;
      }
      if (status === 429) return { status: 'throttled', retryAfterMs: retryAfterMs ?? this.opts.maxDelayMs };
      return { status: 'failed', error: describe(failure, status) };
    }
  }
}

/**
 * The connector client's HTTP pipeline retries 429 and 5xx on its own, out of our sight. For
 * proactive sends we want to see throttling (to slow the whole queue down), so we remove that
 * policy for this turn's client and do the retrying here.
 */
function withoutClientRetries(turn: TurnContext, adapter: CloudAdapter): void {
  const client = turn.turnState.get(adapter.ConnectorClientKey) as
    | { client?: { pipeline?: { removePolicy(p: { name: string }): unknown } } }
    | undefined;
  client?.client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
}

function describe(err: unknown, status: number | null): string {
  const message = err instanceof Error ? err.message : String(err);
  return status === null ? message : `HTTP ${status}: ${message}`;
}
